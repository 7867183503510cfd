// Helpers for the management journeys: signing in with a seeded account, and reading the
// development mailbox (the app's mail without an SMTP server, see README).
import { expect, type Page } from "@playwright/test";

export const DEV_PASSWORD = "sociale-kaart-dev";

export async function signIn(page: Page, email: string, password = DEV_PASSWORD): Promise<void> {
  await page.goto("/beheer/inloggen");
  await page.getByLabel("E-mailadres", { exact: true }).first().fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn organisaties" })).toBeVisible();
}

/** The first link in the newest mail to this address. */
export async function linkFromLatestMail(page: Page, to: string): Promise<string> {
  await page.goto("/dev/mailbox");
  const mail = page.locator(`article[data-to="${to}"]`).first();
  await expect(mail).toBeVisible();
  const text = (await mail.locator("pre").textContent()) ?? "";
  const link = /https?:\/\/\S+/.exec(text)?.[0];
  expect(link, `a link in the mail to ${to}`).toBeTruthy();
  return link as string;
}

/** A date some days from now, as <input type="date"> wants it (Amsterdam calendar). */
export function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 24 * 3600_000).toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });
}
