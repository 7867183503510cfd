"use client";
// One part's translation into one language: the Dutch texts to translate, a form to save the
// translation and, when there is one, a form to remove it. Both send the part's version, so a
// change made meanwhile (by someone else, or in another form) is a conflict, not lost.
import { useTranslations } from "next-intl";
import { Heading3, Heading4 } from "@utrecht/component-library-react";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, TextArea, VersionField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { removeTranslation, saveTranslation } from "@/lib/listings/translation-actions";
import { removeTranslationSchema, TRANSLATED_FIELDS, translationSchema, type TranslatedPart, type TranslationLocale } from "@/lib/listings/translation-schema";

type Props = {
  part: TranslatedPart;
  organizationId: string;
  ownerId: string;
  locale: TranslationLocale;
  /** The language's name in the page's language, e.g. "Arabisch". */
  languageName: string;
  dir: "ltr" | "rtl";
  version: number;
  title: string;
  headingLevel: 3 | 4;
  /** The Dutch texts, by field; null where there is none. */
  original: Record<string, string | null>;
  /** The stored translation, by field; null when there is none yet. */
  translation: Record<string, string | null> | null;
};

const ORIGINAL_LABEL: Record<string, "originalDescription" | "originalEligibility" | "originalTransportation"> = {
  description: "originalDescription",
  eligibility: "originalEligibility",
  transportation: "originalTransportation",
};

const OWNER_FIELD = { organisation: null, service: "serviceId", location: "locationId" } as const;

export function TranslationPartForm({ part, organizationId, ownerId, locale, languageName, dir, version, title, headingLevel, original, translation }: Props) {
  const t = useTranslations("Listing.translations");
  const fields = Object.keys(TRANSLATED_FIELDS[part]);
  const caps = TRANSLATED_FIELDS[part] as Record<string, number>;
  const label = (field: string) => t(field as "description", { name: languageName });
  const labels = Object.fromEntries(fields.map((field) => [field, label(field)]));
  const headingId = `vertaling-${part}-${ownerId}`;
  const Heading = headingLevel === 3 ? Heading3 : Heading4;
  const ownerField = OWNER_FIELD[part];
  return (
    <section className="translation-part" aria-labelledby={headingId}>
      <Heading id={headingId}>{title}</Heading>
      {fields.map((field) => (
        <div key={field} className="translation-part__original">
          <p className="translation-part__label">{t(ORIGINAL_LABEL[field] ?? "originalDescription")}</p>
          {original[field] ? <blockquote lang="nl">{original[field]}</blockquote> : <p>{t("noEligibility")}</p>}
        </div>
      ))}
      <ActionForm action={saveTranslation} schema={translationSchema} labels={labels} className="manage-form" aria-label={t("formLabel", { name: title })}>
        <HiddenField name="part" value={part} />
        <HiddenField name="organizationId" value={organizationId} />
        {ownerField && <HiddenField name={ownerField} value={ownerId} />}
        <HiddenField name="locale" value={locale} />
        <VersionField version={version} />
        {part === "service" && <p>{t("serviceHint")}</p>}
        {/* A text without a Dutch original is not shown on the page, so it is not asked for. */}
        {fields.filter((field) => original[field]).map((field) => (
          <TextArea
            key={field}
            name={field}
            label={labels[field]}
            required={part !== "service"}
            defaultValue={translation?.[field] ?? null}
            rows={field === "description" ? 6 : 3}
            maxLength={caps[field]}
            lang={locale}
            dir={dir}
          />
        ))}
        <div>
          <SubmitButton>{t("save")}</SubmitButton>
        </div>
      </ActionForm>
      {translation && (
        <ActionForm action={removeTranslation} schema={removeTranslationSchema} aria-label={t("removeLabel", { name: title })}>
          <HiddenField name="part" value={part} />
          <HiddenField name="organizationId" value={organizationId} />
          <HiddenField name="ownerId" value={ownerId} />
          <HiddenField name="locale" value={locale} />
          <VersionField version={version} />
          <SubmitButton appearance="secondary-action-button">{t("remove")}</SubmitButton>
        </ActionForm>
      )}
    </section>
  );
}
