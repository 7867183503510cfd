"use client";
// "Meld een initiatief aan". Signed-out visitors also make their account here. The field
// `website_url` is a trap for robots: hidden from people (also from screen readers and the
// keyboard), so only an automated form-filler puts something in it.
import { useTranslations } from "next-intl";
import { Fieldset, FieldsetLegend, Paragraph } from "@utrecht/component-library-react";
import { ActionForm } from "@/components/forms/action-form";
import { SelectInput, TextArea, TextInput } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { submitInitiative, submitInitiativeWithAccount } from "@/lib/access/submit-actions";
import { INITIATIVE_FIELDS, submitInitiativeSchema, submitWithAccountSchema } from "@/lib/access/submit-schema";
import { useRouter } from "@/lib/i18n/navigation";
import { NewPasswordFields } from "./new-password-fields";

/** Off-screen inline, so it stays hidden even if a stylesheet fails to load. */
const HONEYPOT_STYLE = { position: "absolute", insetInlineStart: "-10000px", inlineSize: "1px", blockSize: "1px", overflow: "hidden" } as const;

export function InitiativeForm({ signedIn }: { signedIn: boolean }) {
  const t = useTranslations("Access.submit");
  const o = useTranslations("Manage.organisation");
  const p = useTranslations("Access.password");
  const router = useRouter();
  const labels: Record<string, string> = {
    accountName: t("accountName"),
    accountEmail: t("accountEmail"),
    password: p("password"),
    passwordRepeat: p("repeat"),
    name: t("name"),
    description: o("description"),
    kind: o("kind"),
    track: o("track"),
    website: o("website"),
    email: o("email"),
    phone: o("phone"),
  };
  return (
    <ActionForm
      action={signedIn ? submitInitiative : submitInitiativeWithAccount}
      schema={signedIn ? submitInitiativeSchema : submitWithAccountSchema}
      labels={Object.fromEntries(INITIATIVE_FIELDS.map((field) => [field, labels[field]]))}
      className="manage-form"
      aria-label={t("title")}
      onSuccess={(state) => {
        const email = state.status === "success" ? state.data?.email : null;
        router.push({ pathname: "/beheer/aanmelden/bedankt", query: email ? { email } : {} });
      }}
    >
      {!signedIn && (
        <Fieldset>
          <FieldsetLegend>{t("accountLegend")}</FieldsetLegend>
          <Paragraph>{t("accountLead")}</Paragraph>
          <TextInput name="accountName" label={t("accountName")} autoComplete="name" required maxLength={120} />
          <TextInput name="accountEmail" label={t("accountEmail")} type="email" autoComplete="email" required description={t("accountEmailHint")} />
          <NewPasswordFields />
        </Fieldset>
      )}
      <Fieldset>
        <FieldsetLegend>{t("organisationLegend")}</FieldsetLegend>
        <TextInput name="name" label={t("name")} required maxLength={120} />
        <TextArea name="description" label={o("description")} description={o("descriptionHint")} required rows={6} maxLength={2000} />
        <SelectInput
          name="kind"
          label={o("kind")}
          required
          defaultValue="INFORMAL"
          options={[
            { value: "INFORMAL", label: o("kindInformal") },
            { value: "FORMAL", label: o("kindFormal") },
          ]}
        />
        <SelectInput
          name="track"
          label={o("track")}
          required
          defaultValue="SOCIALE_BASIS"
          description={t("trackHint")}
          options={(["SOCIALE_BASIS", "BUURTTEAM", "SPECIALIST"] as const).map((value) => ({ value, label: o(`track${value}`) }))}
        />
      </Fieldset>
      <Fieldset>
        <FieldsetLegend>{t("contactLegend")}</FieldsetLegend>
        <Paragraph>{t("contactLead")}</Paragraph>
        <TextInput name="website" label={o("website")} type="url" inputMode="url" />
        <TextInput name="email" label={o("email")} type="email" autoComplete="off" />
        <TextInput name="phone" label={o("phone")} type="tel" />
      </Fieldset>
      <div style={HONEYPOT_STYLE} aria-hidden="true">
        <label htmlFor="website_url">{t("honeypot")}</label>
        <input id="website_url" name="website_url" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <Paragraph>{t("afterwards")}</Paragraph>
      <div>
        <SubmitButton>{t("submit")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
