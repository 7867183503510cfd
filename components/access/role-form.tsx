"use client";
// Changing a member's role between owner and editor.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectInput } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { changeMemberRole } from "@/lib/access/member-actions";
import { changeRoleSchema } from "@/lib/access/member-schema";

export function RoleForm({ organizationId, userId, role, memberName }: { organizationId: string; userId: string; role: "OWNER" | "EDITOR"; memberName: string }) {
  const t = useTranslations("Access.members");
  return (
    <ActionForm action={changeMemberRole} schema={changeRoleSchema} className="access-inline-form" aria-label={t("roleFormLabel", { name: memberName })}>
      <HiddenField name="organizationId" value={organizationId} />
      <HiddenField name="userId" value={userId} />
      <SelectInput
        name="role"
        label={t("roleFor", { name: memberName })}
        required
        defaultValue={role}
        options={[
          { value: "OWNER", label: t("role.OWNER") },
          { value: "EDITOR", label: t("role.EDITOR") },
        ]}
      />
      <SubmitButton appearance="secondary-action-button">{t("changeRole")}</SubmitButton>
    </ActionForm>
  );
}
