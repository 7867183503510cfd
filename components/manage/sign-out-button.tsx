"use client";
import { signOut } from "next-auth/react";
import { useLocale } from "next-intl";
import { Button } from "@utrecht/component-library-react";

export function SignOutButton({ label }: { label: string }) {
  // Back to the map in the language the person was using.
  const locale = useLocale();
  const home = locale === "nl" ? "/" : `/${locale}`;
  return (
    <Button appearance="subtle-button" type="button" onClick={() => signOut({ callbackUrl: home })}>
      {label}
    </Button>
  );
}
