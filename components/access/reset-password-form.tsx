"use client";
// Setting a new password with the mailed link; afterwards to the sign-in page, e-mail filled in.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { resetPassword } from "@/lib/access/password-actions";
import { resetPasswordSchema } from "@/lib/access/password-schema";
import { useRouter } from "@/lib/i18n/navigation";
import { NewPasswordFields, usePasswordLabels } from "./new-password-fields";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("Access.reset");
  const router = useRouter();
  return (
    <ActionForm
      action={resetPassword}
      schema={resetPasswordSchema}
      labels={usePasswordLabels()}
      className="manage-form"
      aria-label={t("newTitle")}
      onSuccess={(state) => {
        const email = state.status === "success" ? state.data?.email : undefined;
        router.push({ pathname: "/beheer/inloggen", query: { ...(email ? { email } : {}), wachtwoord: "gewijzigd" } });
      }}
    >
      <HiddenField name="token" value={token} />
      <NewPasswordFields />
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
