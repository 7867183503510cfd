// Outgoing mail. With SMTP_URL set it goes out through that server; without it (development,
// tests) it is written to the server log and kept for the development mailbox (/dev/mailbox),
// so that invitation and reset flows can be completed end to end without a mail server. In
// production without SMTP (and without DEV_MAILBOX) nothing can deliver it: sendMail says so
// (returns false) and only the subject is logged, so every caller can tell people the truth.
import "server-only";
import { db } from "../db";
import { devMailboxEnabled, env, type Env } from "../env";
import { requestLog } from "../log";

export type Mail = { to: string; subject: string; text: string };

let transport: { sendMail(message: object): Promise<unknown> } | undefined;

async function smtpTransport(url: string) {
  if (!transport) {
    const nodemailer = await import("nodemailer");
    transport = nodemailer.createTransport(url);
  }
  return transport;
}

/** Whether a mail can reach anybody now: an SMTP server, or the development mailbox. */
export function mailDeliverable(config: Env = env()): boolean {
  return Boolean(config.SMTP_URL) || devMailboxEnabled(config);
}

/**
 * Sends (or, without SMTP, keeps for the development mailbox) one mail. True when it went
 * somewhere its reader can open it; false when it was dropped. An SMTP failure throws.
 */
export async function sendMail(mail: Mail): Promise<boolean> {
  const config = env();
  if (config.SMTP_URL) {
    const smtp = await smtpTransport(config.SMTP_URL);
    await smtp.sendMail({ from: config.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
    return true;
  }
  // The text holds sign-in, reset and invitation links: in production a log must not, as
  // anyone who can read the log could use them. In development the whole mail is printed on
  // purpose, past the log's redaction: the developer needs the link in it.
  if (config.NODE_ENV === "production") (await requestLog()).warn("Mail niet verstuurd: SMTP_URL ontbreekt", { subject: mail.subject });
  else console.info(`[mail] aan ${mail.to}: ${mail.subject}\n${mail.text}`);
  if (!devMailboxEnabled(config)) return false;
  await db.devMail.create({ data: mail });
  return true;
}

/** Absolute link for an e-mail, e.g. appUrl("/beheer/uitnodiging/abc"). */
export function appUrl(path: string): string {
  const base = env().NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  return new URL(path, base).toString();
}
