// Links in e-mails, in the language the sender used: Dutch at "/", English under "/en".
import "server-only";
import { appUrl } from "../mail/send";

export function localizedAppUrl(locale: string, path: string): string {
  return appUrl(locale === "nl" ? path : `/${locale}${path}`);
}
