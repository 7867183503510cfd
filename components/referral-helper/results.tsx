// The answer: grouped in the ranking's order, each group with a sentence about what it is.
import { useTranslations } from "next-intl";
import { Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import { formatDistance } from "@/lib/geo/distance";
import { describeOpenState, describeRule } from "@/lib/hours";
import type { HelperQuery } from "@/lib/referral-helper/params";
import type { ClientArea, HelperAnswer } from "@/lib/referral-helper/queries";
import { GROUP_ORDER } from "@/lib/referral-helper/rank";
import { toOpenState } from "@/lib/search-ui/open-state";
import { PrintButton } from "@/components/print/print-button";
import { getPathname } from "@/lib/i18n/navigation";
import { defaultHandoutLocale } from "@/lib/referral-helper/handout";
import { HandoutForm } from "./handout-form";
import { reasonText } from "./reason-text";
import { ResultCard } from "./result-card";

type Props = {
  answer: HelperAnswer;
  area: ClientArea;
  query: HelperQuery;
  now: Date;
  locale: "nl" | "en";
  languageName: (code: string) => string;
};

export function HelperResults({ answer, area, query, now, locale, languageName }: Props) {
  const t = useTranslations("ReferralHelper");
  const sourceLang = locale === "en" ? "nl" : undefined;
  const listFormat = new Intl.ListFormat(locale, { type: "conjunction" });
  const context = {
    buurt: area.buurt.name,
    list: (items: string[]) => listFormat.format(items),
    distance: (metres: number) => formatDistance(metres, locale),
    language: languageName,
  };
  const handoutAction = getPathname({ href: "/verwijzen/handout", locale });
  const printedOn = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Europe/Amsterdam" }).format(now);
  return (
    <section aria-labelledby="rh-resultaten-titel" className="rh-results">
      <Heading2 id="rh-resultaten-titel">{t("results.heading", { buurt: area.buurt.name, wijk: area.wijk.name })}</Heading2>
      {area.addressLabel && <Paragraph>{t("results.address", { address: area.addressLabel })}</Paragraph>}
      <Paragraph className="rh-no-print">{t("results.summary", { count: answer.results.length })}</Paragraph>
      {query.needs.length === 0 && <Paragraph className="rh-no-print">{t("results.noNeeds")}</Paragraph>}
      {answer.hasOwnAgreements && <Paragraph className="rh-no-print">{t("results.ownAgreements")}</Paragraph>}
      <div className="rh-print-bar rh-no-print">
        <PrintButton label={t("results.print")} />
        <Paragraph>{t("results.printHelp")}</Paragraph>
        <Paragraph>{t("results.share")}</Paragraph>
      </div>
      <HandoutForm action={handoutAction} query={query} language={defaultHandoutLocale(query.language, locale)} />
      <Paragraph className="rh-print-only">{t("results.printedOn", { date: printedOn })}</Paragraph>
      {answer.results.length === 0 && <Paragraph>{t("results.empty")}</Paragraph>}
      {GROUP_ORDER.map((group) => {
        const results = answer.results.filter((result) => result.group === group);
        if (results.length === 0) return null;
        const headingId = `rh-groep-${group}`;
        return (
          <section key={group} aria-labelledby={headingId} className="rh-group">
            <Heading3 id={headingId}>{t(`groups.${group}`)}</Heading3>
            <Paragraph className="rh-no-print">{t(`groupIntro.${group}`)}</Paragraph>
            {group === "near" && <NearOrder query={query} />}
            <ul className="rh-result-list">
              {results.map((result) => (
                <ResultCard
                  key={result.item.id}
                  result={result}
                  reasons={result.reasons.map((reason) => reasonText(reason, t, context))}
                  openText={describeOpenState(toOpenState(result.item.open, now, locale), now, locale)}
                  hours={result.contact.hours.map((rule) => describeRule(rule, locale))}
                  sourceLang={sourceLang}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

/** What goes before "open soonest" in the near list (rank.ts, soonestKey), said only when it applies. */
function NearOrder({ query }: { query: HelperQuery }) {
  const t = useTranslations("ReferralHelper.groupIntro");
  const first = [
    ...(!query.canTravel ? [t("nearTravelFirst")] : []),
    ...(query.language && query.language !== "nl" ? [t("nearLanguageFirst")] : []),
  ];
  return first.length > 0 ? <Paragraph className="rh-no-print">{first.join(" ")}</Paragraph> : null;
}
