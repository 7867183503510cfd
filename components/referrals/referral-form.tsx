"use client";
// Proposing a referral agreement, or changing a proposal that is not yet confirmed. The
// service lists narrow to the chosen partner when JavaScript runs; without it every
// partner's services are listed as "organisation: service" and the server checks the pair.
import { useState } from "react";
import type { ActionState } from "@/lib/actions/state";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { CheckboxInput, HiddenField, SelectInput, TextArea, TextInput, VersionField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { proposeReferral, updateReferral } from "@/lib/referrals/referral-actions";
import { proposeReferralSchema, REFERRAL_KINDS, updateReferralSchema } from "@/lib/referrals/referral-schema";
import { useRouter } from "@/lib/i18n/navigation";
import { HandoverStepsField } from "./handover-steps-field";

type Option = { id: string; name: string };
type Action = (state: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;
export type PartnerOption = Option & { services: Option[] };

export type ReferralFormValues = {
  id: string;
  version: number;
  toOrganizationId: string;
  fromServiceId: string | null;
  toServiceId: string | null;
  kind: string;
  whenToRefer: string;
  handoverSteps: string[];
  whatToBring: string | null;
  jointFirstMeeting: boolean;
  contactRole: string | null;
  professionalContact: string | null;
};

type Props = {
  organisationId: string;
  partners: PartnerOption[];
  ownServices: Option[];
  /** The proposal being changed; without it, a new proposal. */
  referral?: ReferralFormValues;
};

export function ReferralForm({ organisationId, partners, ownServices, referral }: Props) {
  const t = useTranslations("Referrals.form");
  const terms = useTranslations("Terms.referralKind");
  const router = useRouter();
  const [partnerId, setPartnerId] = useState(referral?.toOrganizationId ?? "");
  const chosen = partners.find((partner) => partner.id === partnerId);
  const toServices = chosen
    ? chosen.services.map((service) => ({ value: service.id, label: service.name }))
    : partners.flatMap((partner) => partner.services.map((service) => ({ value: service.id, label: `${partner.name}: ${service.name}` })));
  const labels = {
    toOrganizationId: t("partner"),
    fromServiceId: t("fromService"),
    toServiceId: t("toService"),
    kind: t("kind"),
    whenToRefer: t("whenToRefer"),
    handoverSteps: t("steps"),
    whatToBring: t("whatToBring"),
    jointFirstMeeting: t("jointFirstMeeting"),
    contactRole: t("contactRole"),
    professionalContact: t("professionalContact"),
  };
  const back = `/beheer/organisaties/${organisationId}/verwijzingen`;
  // The partner select's change bubbles up to its wrapper (SelectInput keeps its own state).
  function choosePartner(event: React.FormEvent<HTMLDivElement>) {
    const target = event.target as unknown as HTMLSelectElement;
    if (target.name === "toOrganizationId") setPartnerId(target.value);
  }
  return (
    <ActionForm
      action={(referral ? updateReferral : proposeReferral) as Action}
      schema={referral ? updateReferralSchema : proposeReferralSchema}
      labels={labels}
      className="manage-form referral-form"
      aria-label={referral ? t("editTitle") : t("newTitle")}
      flashOnSuccess
      onSuccess={() => router.push(back)}
    >
      {referral ? (
        <>
          <HiddenField name="referralId" value={referral.id} />
          <VersionField version={referral.version} />
        </>
      ) : (
        <HiddenField name="fromOrganizationId" value={organisationId} />
      )}
      {/* The partner is fixed once proposed: a different partner is a different agreement. */}
      {!referral && (
        <div onChange={choosePartner}>
          <SelectInput
            name="toOrganizationId"
            label={t("partner")}
            description={t("partnerHint")}
            required
            emptyLabel={t("choose")}
            options={partners.map((partner) => ({ value: partner.id, label: partner.name }))}
          />
        </div>
      )}
      <SelectInput name="fromServiceId" label={t("fromService")} emptyLabel={t("anyService")} defaultValue={referral?.fromServiceId} options={ownServices.map((s) => ({ value: s.id, label: s.name }))} />
      <SelectInput
        key={partnerId}
        name="toServiceId"
        label={t("toService")}
        description={chosen ? undefined : t("toServiceHint")}
        emptyLabel={t("anyService")}
        defaultValue={referral?.toServiceId}
        options={toServices}
      />
      <SelectInput name="kind" label={t("kind")} required defaultValue={referral?.kind ?? "HEAVIER_HELP"} options={REFERRAL_KINDS.map((kind) => ({ value: kind, label: terms(kind) }))} />
      <TextArea name="whenToRefer" label={t("whenToRefer")} description={t("whenToReferHint")} required defaultValue={referral?.whenToRefer} rows={3} maxLength={1000} />
      <HandoverStepsField defaultSteps={referral?.handoverSteps ?? []} />
      <TextArea name="whatToBring" label={t("whatToBring")} description={t("whatToBringHint")} defaultValue={referral?.whatToBring} rows={2} maxLength={500} />
      <CheckboxInput name="jointFirstMeeting" label={t("jointFirstMeeting")} defaultChecked={referral?.jointFirstMeeting} />
      <TextInput name="contactRole" label={t("contactRole")} description={t("contactRoleHint")} defaultValue={referral?.contactRole} maxLength={120} />
      <TextInput name="professionalContact" label={t("professionalContact")} description={t("professionalContactHint")} defaultValue={referral?.professionalContact} maxLength={200} />
      <div>
        <SubmitButton>{referral ? t("submitEdit") : t("submitPropose")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
