"use client";
// Moderators' forms for professional e-mail domains and for the professional role of one
// account. Each remove/revoke button names what it removes, for screen-reader users.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, TextInput } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { addProfessionalDomain, removeProfessionalDomain, setProfessional } from "@/lib/referrals/professional-actions";
import { addDomainSchema, removeDomainSchema, setProfessionalSchema } from "@/lib/referrals/professional-schema";

export function AddDomainForm() {
  const t = useTranslations("Referrals.professionals");
  return (
    <ActionForm action={addProfessionalDomain} schema={addDomainSchema} labels={{ domain: t("domain"), note: t("note") }} className="manage-form" aria-label={t("addDomain")} resetOnSuccess>
      <TextInput name="domain" label={t("domain")} description={t("domainHint")} required autoComplete="off" maxLength={253} />
      <TextInput name="note" label={t("note")} description={t("noteHint")} maxLength={200} />
      <div>
        <SubmitButton>{t("addDomain")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function RemoveDomainForm({ domain }: { domain: string }) {
  const t = useTranslations("Referrals.professionals");
  return (
    <ActionForm action={removeProfessionalDomain} schema={removeDomainSchema} aria-label={t("removeDomainLabel", { domain })}>
      <HiddenField name="domain" value={domain} />
      <SubmitButton appearance="secondary-action-button">
        {t("removeDomain")}
        <span className="visually-hidden"> {domain}</span>
      </SubmitButton>
    </ActionForm>
  );
}

export function GrantProfessionalForm() {
  const t = useTranslations("Referrals.professionals");
  return (
    <ActionForm action={setProfessional} schema={setProfessionalSchema} labels={{ email: t("email") }} className="manage-form" aria-label={t("grant")} resetOnSuccess>
      <HiddenField name="grant" value="true" />
      <TextInput name="email" label={t("email")} type="email" required autoComplete="off" />
      <div>
        <SubmitButton>{t("grant")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function RevokeProfessionalForm({ email }: { email: string }) {
  const t = useTranslations("Referrals.professionals");
  return (
    <ActionForm action={setProfessional} schema={setProfessionalSchema} aria-label={t("revokeLabel", { email })}>
      <HiddenField name="email" value={email} />
      <HiddenField name="grant" value="false" />
      <SubmitButton appearance="secondary-action-button">
        {t("revoke")}
        <span className="visually-hidden"> {email}</span>
      </SubmitButton>
    </ActionForm>
  );
}
