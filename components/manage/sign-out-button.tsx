"use client";
import { signOut } from "next-auth/react";
import { Button } from "@utrecht/component-library-react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <Button appearance="subtle-button" type="button" onClick={() => signOut({ callbackUrl: "/" })}>
      {label}
    </Button>
  );
}
