import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { devMailboxEnabled } from "@/lib/env";
import { db } from "@/lib/db";

export const metadata: Metadata = { robots: { index: false, follow: false } };

type Props = { params: Promise<{ locale: string }> };

// The mails the app would have sent, newest first. Exists only without SMTP in development
// and tests (DEV_MAILBOX), never on a real site: mails hold sign-in links.
export default async function DevMailboxPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  if (!devMailboxEnabled()) notFound();
  const [mails, t, format] = await Promise.all([
    db.devMail.findMany({ orderBy: { createdAt: "desc" }, take: 50 }),
    getTranslations("Manage.mailbox"),
    getFormatter(),
  ]);
  return (
    <div className="manage">
      <Heading1>{t("title")}</Heading1>
      <Paragraph lead>{t("lead")}</Paragraph>
      {mails.length === 0 && <Paragraph>{t("empty")}</Paragraph>}
      {mails.map((mail) => (
        <article key={mail.id} className="manage-list__item dev-mail" data-to={mail.to}>
          <Heading2>{mail.subject}</Heading2>
          <Paragraph>
            {t("to")}: {mail.to} · {t("sent")}: {format.dateTime(mail.createdAt, { dateStyle: "short", timeStyle: "medium" })}
          </Paragraph>
          <pre className="dev-mail__text">{mail.text}</pre>
        </article>
      ))}
    </div>
  );
}
