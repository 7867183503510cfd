"use client";
// Accepting an invitation: with an existing account one button ("Doe mee"); someone new
// chooses a name and password, and then signs in with the invited address.
import { useTranslations } from "next-intl";
import { Paragraph } from "@utrecht/component-library-react";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, TextInput } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { acceptInvitation, acceptInvitationWithAccount } from "@/lib/access/invitation-actions";
import { acceptInvitationSchema, acceptWithAccountSchema } from "@/lib/access/invitation-schema";
import { useRouter } from "@/lib/i18n/navigation";
import { NewPasswordFields, usePasswordLabels } from "./new-password-fields";

export function JoinForm({ token }: { token: string }) {
  const t = useTranslations("Access.invitation");
  const router = useRouter();
  return (
    <ActionForm
      action={acceptInvitation}
      schema={acceptInvitationSchema}
      className="manage-form"
      aria-label={t("join")}
      onSuccess={(state) => {
        if (state.status === "success" && state.data) router.push(`/beheer/organisaties/${state.data.organizationId}`);
      }}
    >
      <HiddenField name="token" value={token} />
      <div>
        <SubmitButton>{t("join")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function NewAccountJoinForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("Access.invitation");
  const router = useRouter();
  return (
    <ActionForm
      action={acceptInvitationWithAccount}
      schema={acceptWithAccountSchema}
      labels={{ name: t("name"), ...usePasswordLabels() }}
      className="manage-form"
      aria-label={t("createTitle")}
      onSuccess={() => router.push({ pathname: "/beheer/inloggen", query: { email, uitnodiging: "geaccepteerd" } })}
    >
      <HiddenField name="token" value={token} />
      <Paragraph>{t.rich("emailFixed", { email, strong: (text) => <strong>{text}</strong> })}</Paragraph>
      <TextInput name="name" label={t("name")} description={t("nameHint")} autoComplete="name" required maxLength={120} />
      <NewPasswordFields />
      <div>
        <SubmitButton>{t("create")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
