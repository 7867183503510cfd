"use client";
// Asking for a password link. The answer is the same for every address (see the action).
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { TextInput } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { requestPasswordReset } from "@/lib/access/password-actions";
import { requestResetSchema } from "@/lib/access/password-schema";

export function RequestResetForm({ defaultEmail }: { defaultEmail?: string }) {
  const t = useTranslations("Access.reset");
  return (
    <ActionForm action={requestPasswordReset} schema={requestResetSchema} labels={{ email: t("email") }} className="manage-form" aria-label={t("title")}>
      <TextInput name="email" label={t("email")} type="email" autoComplete="email" required defaultValue={defaultEmail} />
      <div>
        <SubmitButton>{t("submit")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
