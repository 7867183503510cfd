"use client";
// Taking an address off this organisation. Nothing is deleted and the history can undo it;
// the text says what happens to the help and opening hours there.
import { useTranslations } from "next-intl";
import { Paragraph } from "@utrecht/component-library-react";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, VersionField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { useRouter } from "@/lib/i18n/navigation";
import { unlinkLocation } from "@/lib/listings/location-actions";
import { unlinkLocationSchema } from "@/lib/listings/location-schema";

type Props = { organisationId: string; locationId: string; version: number; sharedWith: string[] };

export function UnlinkLocationForm({ organisationId, locationId, version, sharedWith }: Props) {
  const t = useTranslations("Listing.locations");
  const router = useRouter();
  return (
    <ActionForm
      action={unlinkLocation}
      schema={unlinkLocationSchema}
      aria-label={t("unlinkTitle")}
      onSuccess={() => router.push(`/beheer/organisaties/${organisationId}/adressen?melding=weggehaald`)}
    >
      <Paragraph>{t("unlinkExplain")}</Paragraph>
      {sharedWith.length > 0 && <Paragraph>{t("unlinkShared", { names: sharedWith.join(", ") })}</Paragraph>}
      <HiddenField name="organizationId" value={organisationId} />
      <HiddenField name="locationId" value={locationId} />
      <VersionField version={version} />
      <SubmitButton appearance="secondary-action-button">{t("unlinkButton")}</SubmitButton>
    </ActionForm>
  );
}
