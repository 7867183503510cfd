"use client";
// Sign-in with e-mail and password through next-auth. The throttle and a wrong password get
// different messages; neither says whether an account exists.
import { useRef, useState } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Alert, Button, FormField, FormLabel, Heading2, Paragraph, Textbox } from "@utrecht/component-library-react";

type Props = { returnTo: string; magicLinks: boolean; initialError?: string; linkSent?: boolean; defaultEmail?: string };

function errorKey(error: string | undefined): "invalid" | "throttled" | "failed" | null {
  if (!error) return null;
  if (error === "throttled") return "throttled";
  if (error === "invalid" || error === "CredentialsSignin") return "invalid";
  return "failed";
}

export function SignInForm({ returnTo, magicLinks, initialError, linkSent, defaultEmail }: Props) {
  const t = useTranslations("Manage.signIn");
  const [error, setError] = useState(errorKey(initialError));
  const [sent, setSent] = useState(Boolean(linkSent));
  const [busy, setBusy] = useState(false);
  const messageRef = useRef<HTMLDivElement>(null);

  async function submitPassword(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setBusy(true);
    const result = await signIn("credentials", {
      email: String(data.get("email") ?? ""),
      password: String(data.get("password") ?? ""),
      redirect: false,
    }).catch(() => undefined);
    setBusy(false);
    if (result?.ok && !result.error) {
      window.location.assign(returnTo);
      return;
    }
    setError(errorKey(result?.error ?? "failed"));
    requestAnimationFrame(() => messageRef.current?.focus());
  }

  async function submitMagicLink(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    await signIn("email", { email: String(data.get("email") ?? ""), redirect: false, callbackUrl: returnTo }).catch(() => undefined);
    setSent(true);
  }

  return (
    <>
      <div ref={messageRef} tabIndex={-1} className="form-message" aria-live="polite">
        {error && (
          <Alert type="error" role="alert">
            <Paragraph>{t(error)}</Paragraph>
          </Alert>
        )}
      </div>
      <form className="manage-form" onSubmit={submitPassword} aria-label={t("title")}>
        <FormField label={<FormLabel htmlFor="inloggen-email">{t("email")}</FormLabel>} input={<Textbox id="inloggen-email" name="email" type="email" autoComplete="username" required defaultValue={defaultEmail} />} />
        <FormField
          label={<FormLabel htmlFor="inloggen-wachtwoord">{t("password")}</FormLabel>}
          input={<Textbox id="inloggen-wachtwoord" name="password" type="password" autoComplete="current-password" required />}
        />
        <div>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {busy ? t("busy") : t("submit")}
          </Button>
        </div>
      </form>
      {magicLinks && (
        <section aria-labelledby="magic-link" className="manage-section">
          <Heading2 id="magic-link">{t("magicTitle")}</Heading2>
          <Paragraph>{t("magicLead")}</Paragraph>
          {sent ? (
            <Alert type="ok" role="status">
              <Paragraph>{t("magicSent")}</Paragraph>
            </Alert>
          ) : (
            <form className="manage-form" onSubmit={submitMagicLink} aria-labelledby="magic-link">
              <FormField label={<FormLabel htmlFor="link-email">{t("email")}</FormLabel>} input={<Textbox id="link-email" name="email" type="email" autoComplete="email" required defaultValue={defaultEmail} />} />
              <div>
                <Button type="submit" appearance="secondary-action-button">
                  {t("magicSubmit")}
                </Button>
              </div>
            </form>
          )}
        </section>
      )}
    </>
  );
}
