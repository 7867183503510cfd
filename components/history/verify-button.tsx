"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { verifyListing } from "@/lib/listings/verify-actions";
import { verifyListingSchema } from "@/lib/listings/verify-schema";

export function VerifyButton({ organisationId }: { organisationId: string }) {
  const t = useTranslations("History.verification");
  return (
    <ActionForm action={verifyListing} schema={verifyListingSchema} className="verification-panel__form" aria-label={t("title")}>
      <HiddenField name="organizationId" value={organisationId} />
      <div>
        <SubmitButton>{t("button")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
