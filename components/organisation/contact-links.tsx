import { useLocale, useTranslations } from "next-intl";
import { isolateLtr } from "@/lib/i18n/bidi";
import { telHref, websiteLabel, whatsappHref } from "@/lib/organisations/contact-links";
import { ExternalLink } from "./external-link";

export type ContactDetails = {
  phone?: string | null;
  whatsapp?: string | null;
  email?: string | null;
  website?: string | null;
};

export function hasContact(contact: ContactDetails): boolean {
  return Boolean(contact.phone || contact.whatsapp || contact.email || contact.website);
}

/** Call, WhatsApp, e-mail and website as plain links: the visitor chooses which to follow. */
export function ContactLinks({ name, contact }: { name: string; contact: ContactDetails }) {
  const t = useTranslations("Contact");
  const locale = useLocale();
  const whatsapp = contact.whatsapp ? whatsappHref(contact.whatsapp) : null;
  if (!hasContact(contact)) return <p>{t("none")}</p>;
  return (
    <ul className="contact-links" aria-label={t("listLabel", { name })}>
      {contact.phone && (
        <li>
          <a href={telHref(contact.phone)} className="utrecht-link contact-links__phone">
            {t("call", { number: isolateLtr(contact.phone, locale) })}
          </a>
        </li>
      )}
      {contact.whatsapp && whatsapp && (
        <li>
          <ExternalLink href={whatsapp}>{t("whatsapp", { number: isolateLtr(contact.whatsapp, locale) })}</ExternalLink>
        </li>
      )}
      {contact.email && (
        <li>
          <a href={`mailto:${contact.email}`} className="utrecht-link">
            {t("email", { address: isolateLtr(contact.email, locale) })}
          </a>
        </li>
      )}
      {contact.website && (
        <li>
          <ExternalLink href={contact.website}>{t("website", { site: isolateLtr(websiteLabel(contact.website), locale) })}</ExternalLink>
        </li>
      )}
    </ul>
  );
}
