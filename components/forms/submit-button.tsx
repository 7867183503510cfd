"use client";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import { Button } from "@utrecht/button-react";

export function SubmitButton({ children, appearance = "primary-action-button" }: { children?: React.ReactNode; appearance?: "primary-action-button" | "secondary-action-button" | "subtle-button" }) {
  const { pending } = useFormStatus();
  const t = useTranslations("Forms");
  return (
    <Button type="submit" appearance={appearance} busy={pending} disabled={pending}>
      {pending ? t("saving") : (children ?? t("save"))}
    </Button>
  );
}
