"use client";
// Inviting someone by e-mail as owner or editor of this listing.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectInput, TextInput } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { inviteMember } from "@/lib/access/invitation-actions";
import { inviteSchema } from "@/lib/access/invitation-schema";

export function InviteForm({ organizationId }: { organizationId: string }) {
  const t = useTranslations("Access.members");
  return (
    <ActionForm action={inviteMember} schema={inviteSchema} labels={{ email: t("inviteEmail"), role: t("inviteRole") }} className="manage-form" aria-label={t("inviteTitle")} resetOnSuccess>
      <HiddenField name="organizationId" value={organizationId} />
      <TextInput name="email" label={t("inviteEmail")} type="email" autoComplete="off" required />
      <SelectInput
        name="role"
        label={t("inviteRole")}
        required
        defaultValue="EDITOR"
        description={t("roleHint")}
        options={[
          { value: "EDITOR", label: t("role.EDITOR") },
          { value: "OWNER", label: t("role.OWNER") },
        ]}
      />
      <div>
        <SubmitButton>{t("inviteSubmit")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
