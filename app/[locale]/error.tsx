"use client";
// Shown when a page of the site fails (most likely the database is unreachable). Plain words,
// a way to try again and a way out; never the error itself, which means nothing to a visitor
// and may reveal internals. The digest is logged so it can be matched to the server log.
import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { Button, Heading1, Paragraph } from "@/components/utrecht/client";
import { Link } from "@/lib/i18n/navigation";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("ErrorPage");
  useEffect(() => {
    const digest = error instanceof Error && "digest" in error ? String(error.digest) : undefined;
    console.error("Pagina kon niet worden geladen", digest ?? "");
  }, [error]);
  return (
    <div className="message-page" role="alert">
      <Heading1>{t("title")}</Heading1>
      <Paragraph lead>{t("lead")}</Paragraph>
      <p className="message-page__actions">
        <Button appearance="primary-action-button" type="button" onClick={() => retry()}>
          {t("retry")}
        </Button>{" "}
        <Link href="/" className="utrecht-link">
          {t("toMap")}
        </Link>
      </p>
    </div>
  );
}
