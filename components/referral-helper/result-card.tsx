// One place to refer to: why it is here, conditions, where and when, contact, and how to
// hand over warmly. The checkbox decides whether it is on the client's print (CSS only, so
// it works without JavaScript too).
import { useTranslations } from "next-intl";
import { Heading4 } from "@utrecht/component-library-react";
import { Link } from "@/lib/i18n/navigation";
import { telHref } from "@/lib/organisations/contact-links";
import type { HelperAnswer } from "@/lib/referral-helper/queries";
import { HANDOUT_PARAM } from "@/lib/referral-helper/handout";
import { HANDOUT_FORM_ID } from "./handout-form";
import { HandoverAgreement } from "./handover";

type Result = HelperAnswer["results"][number];

type Props = {
  result: Result;
  reasons: string[];
  openText: string;
  hours: string[];
  /** lang of texts organisations wrote in Dutch, on the English page. */
  sourceLang: string | undefined;
};

export function ResultCard({ result, reasons, openText, hours, sourceLang }: Props) {
  const t = useTranslations("ReferralHelper.result");
  const { item, contact } = result;
  const organisation = item.organization.name;
  const headingId = `rh-resultaat-${item.id}`;
  const chooseId = `rh-kies-${item.id}`;
  return (
    <li className="rh-result">
      <Heading4 id={headingId}>
        <Link href={`/organisaties/${item.organization.slug}`} className="utrecht-link">
          {organisation}
        </Link>
        <span className="rh-result__service" lang={sourceLang}>
          {" — "}
          {item.service.name}
        </span>
      </Heading4>
      <p className="rh-result__choose rh-no-print">
        {/* Also a field of the client's sheet form (handout-form.tsx), wherever that is on the page. */}
        <input
          type="checkbox"
          id={chooseId}
          name={HANDOUT_PARAM.place}
          value={item.id}
          form={HANDOUT_FORM_ID}
          className="utrecht-checkbox utrecht-checkbox--html-input"
          defaultChecked
        />
        <label htmlFor={chooseId}>
          {t("choose")}
          <span className="visually-hidden"> ({organisation})</span>
        </label>
      </p>
      <div className="rh-result__why">
        <p className="rh-result__label">{t("why")}</p>
        <ul>
          {reasons.map((reason, index) => (
            <li key={index}>{reason}</li>
          ))}
        </ul>
      </div>
      <dl className="rh-facts">
        {item.service.eligibility && !item.service.noRegistration && (
          <>
            <dt>{t("conditions")}</dt>
            <dd lang={sourceLang}>{item.service.eligibility}</dd>
          </>
        )}
        <dt>{t("where")}</dt>
        <dd>
          {item.location ? (
            <>
              {item.location.name !== organisation && <span lang={sourceLang}>{item.location.name}, </span>}
              {item.location.address1}, {item.location.postalCode} {item.location.city}
            </>
          ) : (
            t("noPlace")
          )}
        </dd>
        <dt>{t("open")}</dt>
        <dd>{openText}</dd>
        {hours.length > 0 && (
          <>
            <dt>{t("hours")}</dt>
            <dd>
              <ul className="rh-hours">
                {hours.map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {contact.phone && (
          <>
            <dt>{t("phone")}</dt>
            <dd>
              <a href={telHref(contact.phone)} className="utrecht-link">
                {contact.phone}
              </a>
            </dd>
          </>
        )}
        {contact.email && (
          <>
            <dt>{t("email")}</dt>
            <dd>
              <a href={`mailto:${contact.email}`} className="utrecht-link">
                {contact.email}
              </a>
            </dd>
          </>
        )}
      </dl>
      <div className="rh-result__handover">
        <p className="rh-result__label">{t("handover")}</p>
        {result.handovers.length > 0 ? (
          <ul className="rh-handovers">
            {result.handovers.map((handover) => (
              <HandoverAgreement key={handover.id} handover={handover} sourceLang={sourceLang} />
            ))}
          </ul>
        ) : (
          <p>{t("noHandover")}</p>
        )}
      </div>
      <p className="rh-result__links rh-no-print">
        <Link href={`/organisaties/${item.organization.slug}/folder`} className="utrecht-link">
          {t("folder")}
          <span className="visually-hidden"> ({organisation})</span>
        </Link>
      </p>
    </li>
  );
}
