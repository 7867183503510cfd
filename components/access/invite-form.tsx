"use client";
// Inviting someone by e-mail as owner or editor of this listing. When the mail could not be
// sent (no mail server), the action hands back the link once: it is shown here to copy.
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { FormField, FormLabel, Textbox } from "@utrecht/component-library-react";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectInput, TextInput } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { inviteMember } from "@/lib/access/invitation-actions";
import { inviteSchema } from "@/lib/access/invitation-schema";

export function InviteForm({ organizationId }: { organizationId: string }) {
  const t = useTranslations("Access.members");
  const linkId = useId();
  const [link, setLink] = useState<string | null>(null);
  return (
    <>
      <ActionForm
        action={inviteMember}
        schema={inviteSchema}
        labels={{ email: t("inviteEmail"), role: t("inviteRole") }}
        className="manage-form"
        aria-label={t("inviteTitle")}
        resetOnSuccess
        onSuccess={(state) => setLink(state.status === "success" ? (state.data?.link ?? null) : null)}
      >
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
      {link && (
        <FormField
          label={<FormLabel htmlFor={linkId}>{t("invitationLink")}</FormLabel>}
          input={<Textbox id={linkId} readOnly value={link} onFocus={(event) => event.currentTarget.select()} />}
        />
      )}
    </>
  );
}
