// One place that fits: who, why it fits (in the resident's words), where, when open and a
// number to call. The organisation page has everything else.
import { useTranslations } from "next-intl";
import { Heading5 } from "@utrecht/component-library-react";
import { Link } from "@/lib/i18n/navigation";
import { telHref } from "@/lib/organisations/contact-links";
import type { FinderAnswer } from "@/lib/help-finder/answer";

type Props = {
  result: FinderAnswer["help"][number];
  reasons: string[];
  openText: string;
  /** lang of the texts organisations write in Dutch, on a page in another language. */
  sourceLang: string | undefined;
};

export function HelpItem({ result, reasons, openText, sourceLang }: Props) {
  const t = useTranslations("HelpFinder.help");
  const { item, contact } = result;
  return (
    <li className="hf-item">
      <Heading5>
        <Link href={`/organisaties/${item.organization.slug}`} className="utrecht-link">
          {item.organization.name}
        </Link>
        <span className="hf-item__service" lang={sourceLang}>
          {" — "}
          {item.service.name}
        </span>
      </Heading5>
      {reasons.length > 0 && (
        <ul className="hf-item__reasons">
          {reasons.map((reason, index) => (
            <li key={index}>{reason}</li>
          ))}
        </ul>
      )}
      <dl className="hf-facts">
        <dt>{t("where")}</dt>
        <dd>
          {item.location ? (
            <>
              {item.location.name !== item.organization.name && <span lang={sourceLang}>{item.location.name}, </span>}
              <bdi>
                {item.location.address1}, {item.location.postalCode} {item.location.city}
              </bdi>
            </>
          ) : (
            t("noPlace")
          )}
        </dd>
        <dt>{t("open")}</dt>
        <dd>{openText}</dd>
        {contact.phone && (
          <>
            <dt>{t("phone")}</dt>
            <dd>
              <a href={telHref(contact.phone)} className="utrecht-link" dir="ltr">
                {contact.phone}
              </a>
            </dd>
          </>
        )}
      </dl>
    </li>
  );
}
