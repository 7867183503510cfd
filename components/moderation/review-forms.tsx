"use client";
// A moderator's two answers to a submitted listing. Rejecting needs a reason: it goes to the
// submitter by e-mail.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, TextArea } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { approveListing, rejectListing } from "@/lib/moderation/review-actions";
import { approveListingSchema, rejectListingSchema } from "@/lib/moderation/review-schema";

type Props = { organisationId: string; name: string };

export function ApproveListingForm({ organisationId, name }: Props) {
  const t = useTranslations("Moderation.pending");
  return (
    <ActionForm action={approveListing} schema={approveListingSchema} className="review-form" aria-label={t("approveLabel", { name })} flashOnSuccess>
      <HiddenField name="organizationId" value={organisationId} />
      <div>
        <SubmitButton>{t("approve")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function RejectListingForm({ organisationId, name }: Props) {
  const t = useTranslations("Moderation.pending");
  return (
    <ActionForm action={rejectListing} schema={rejectListingSchema} labels={{ reason: t("reason") }} className="manage-form review-form" aria-label={t("rejectLabel", { name })} flashOnSuccess>
      <HiddenField name="organizationId" value={organisationId} />
      <TextArea name="reason" label={t("reason")} description={t("reasonHint")} required rows={3} maxLength={1000} />
      <div>
        <SubmitButton appearance="secondary-action-button">{t("reject")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
