"use client";
// The two password fields of the reset, invitation and sign-up forms.
import { useTranslations } from "next-intl";
import { TextInput } from "@/components/forms/fields";
import { PASSWORD_MIN_LENGTH } from "@/lib/access/password-rules";

export function NewPasswordFields() {
  const t = useTranslations("Access.password");
  return (
    <>
      <TextInput name="password" label={t("password")} type="password" autoComplete="new-password" required description={t("hint", { min: PASSWORD_MIN_LENGTH })} />
      <TextInput name="passwordRepeat" label={t("repeat")} type="password" autoComplete="new-password" required />
    </>
  );
}

export function usePasswordLabels(): Record<string, string> {
  const t = useTranslations("Access.password");
  return { password: t("password"), passwordRepeat: t("repeat") };
}
