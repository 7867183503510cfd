import { useLocale, useTranslations } from "next-intl";
import { Heading3, Paragraph } from "@utrecht/component-library-react";
import type { DetailService } from "@/lib/organisations/detail-queries";
import { languageName } from "@/lib/organisations/language-names";
import { summariseAreas } from "@/lib/organisations/service-areas";
import { useCategoryName } from "@/lib/i18n/category-name";
import { Link } from "@/lib/i18n/navigation";
import { ContactLinks, hasContact, type ContactDetails } from "./contact-links";
import { useSourceLang } from "./source-lang";
import { ListingText } from "./listing-text";

/** One fact of a service: a term and what it says. */
function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="service-facts__item">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function ServiceAreas({ areas }: { areas: DetailService["areas"] }) {
  const t = useTranslations("Service");
  const summary = summariseAreas(areas);
  if (summary.length === 0) return <>{t("wholeCity")}</>;
  return (
    <ul className="plain-list">
      {summary.map(({ wijk, whole, buurten }) => {
        const link = (chunks: React.ReactNode) => (
          <Link href={`/wijken/${wijk.slug}`} className="utrecht-link">
            {chunks}
          </Link>
        );
        return (
          <li key={wijk.slug}>
            {whole
              ? t.rich("wholeWijk", { wijk: wijk.name, link })
              : t.rich("buurtenInWijk", { wijk: wijk.name, link, buurten: buurten.join(", ") })}
          </li>
        );
      })}
    </ul>
  );
}

/** Everything a resident or a worker needs to know about one kind of help. */
export function ServiceCard({ service, organisation }: { service: DetailService; organisation: { name: string } & ContactDetails }) {
  const t = useTranslations("Service");
  const terms = useTranslations("Terms");
  const locale = useLocale();
  const nameOf = useCategoryName();
  const lang = useSourceLang();
  const languageFallback = (code: string) => (terms.has(`languageNames.${code}`) ? terms(`languageNames.${code}`) : undefined);
  // Service contact details are shown only where they differ from the organisation's own.
  const contact: ContactDetails = {
    phone: service.phone !== organisation.phone ? service.phone : null,
    email: service.email !== organisation.email ? service.email : null,
    website: service.url !== organisation.website ? service.url : null,
  };

  return (
    <article className="service-card" aria-labelledby={`dienst-${service.slug}`}>
      <Heading3 id={`dienst-${service.slug}`} lang={lang}>
        {service.name}
      </Heading3>
      <Paragraph>
        <ListingText text={service.description} lang={service.textLang.description} />
      </Paragraph>
      <dl className="service-facts">
        {service.phases.length > 0 && (
          <Fact term={t("phases")}>{service.phases.map((phase) => terms(`phase.${phase}`)).join(" · ")}</Fact>
        )}
        {service.categories.length > 0 && (
          <Fact term={t("categories")}>
            {service.categories.map(({ category }) => nameOf(category)).join(" · ")}
          </Fact>
        )}
        {service.accessModes.length > 0 && (
          <Fact term={t("accessModes")}>{service.accessModes.map((mode) => terms(`accessMode.${mode}`)).join(" · ")}</Fact>
        )}
        {service.languages.length > 0 && (
          <Fact term={t("languages")}>{service.languages.map((code) => languageName(code, locale, languageFallback)).join(", ")}</Fact>
        )}
        {service.eligibility && (
          <Fact term={t("eligibility")}>
            <ListingText text={service.eligibility} lang={service.textLang.eligibility} />
          </Fact>
        )}
        <Fact term={t("cost")}>
          {service.isFree ? t("free") : t("paid")}
          {service.costNote && (
            <>
              . <span lang={lang}>{service.costNote}</span>
            </>
          )}
        </Fact>
        <Fact term={t("registration")}>{service.noRegistration ? t("noRegistration") : t("registrationNeeded")}</Fact>
        <Fact term={t("capacity")}>
          {terms(`capacity.${service.capacity}`)}
          {service.capacityNote && (
            <>
              . <span lang={lang}>{service.capacityNote}</span>
            </>
          )}
        </Fact>
        <Fact term={t("areas")}>
          <ServiceAreas areas={service.areas} />
        </Fact>
      </dl>
      {hasContact(contact) && (
        <div className="service-card__contact">
          <p className="service-card__contact-heading">{t("contact")}</p>
          <ContactLinks name={service.name} contact={contact} />
        </div>
      )}
    </article>
  );
}
