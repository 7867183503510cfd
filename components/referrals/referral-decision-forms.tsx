"use client";
// The buttons on one agreement: confirm or decline a proposal (receiving side), end a
// confirmed agreement (either side) or withdraw an own proposal. Declining and ending ask
// for a reason first, inside a disclosure (details/summary) that works with the keyboard.
// After a step the agreement moves to another list and its form unmounts, so the answer is
// shown in the page's flash region (flashOnSuccess).
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, TextArea, VersionField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { confirmReferral, declineReferral, endReferral } from "@/lib/referrals/referral-actions";
import { decideReferralSchema, endReferralSchema } from "@/lib/referrals/referral-schema";

type Props = { referralId: string; version: number };

function Ids({ referralId, version }: Props) {
  return (
    <>
      <HiddenField name="referralId" value={referralId} />
      <VersionField version={version} />
    </>
  );
}

export function DecideForms({ referralId, version, partnerName }: Props & { partnerName: string }) {
  const t = useTranslations("Referrals.manage");
  return (
    <div className="referral-actions">
      <ActionForm action={confirmReferral} schema={decideReferralSchema} flashOnSuccess aria-label={`${t("confirm")}: ${partnerName}`}>
        <Ids referralId={referralId} version={version} />
        <SubmitButton>{t("confirm")}</SubmitButton>
      </ActionForm>
      <details className="referral-actions__more">
        <summary>{t("decline")}</summary>
        <ActionForm action={declineReferral} schema={decideReferralSchema} flashOnSuccess labels={{ reason: t("declineReason") }} className="manage-form" aria-label={`${t("decline")}: ${partnerName}`}>
          <Ids referralId={referralId} version={version} />
          <TextArea name="reason" label={t("declineReason")} description={t("declineReasonHint")} rows={2} maxLength={500} />
          <div>
            <SubmitButton appearance="secondary-action-button">{t("decline")}</SubmitButton>
          </div>
        </ActionForm>
      </details>
    </div>
  );
}

export function EndForm({ referralId, version, partnerName, withdraw }: Props & { partnerName: string; withdraw: boolean }) {
  const t = useTranslations("Referrals.manage");
  const label = withdraw ? t("withdraw") : t("end");
  return (
    <details className="referral-actions__more">
      <summary>{label}</summary>
      <ActionForm action={endReferral} schema={endReferralSchema} flashOnSuccess labels={{ reason: t("endReason") }} className="manage-form" aria-label={`${label}: ${partnerName}`}>
        <Ids referralId={referralId} version={version} />
        <TextArea name="reason" label={t("endReason")} description={t("endReasonHint")} required rows={2} maxLength={500} />
        <div>
          <SubmitButton appearance="secondary-action-button">{label}</SubmitButton>
        </div>
      </ActionForm>
    </details>
  );
}
