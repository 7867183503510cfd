// The tables in one sentence per phase and per weekday: "Dinsdag: geen inloop in
// Vleuten-De Meern en Leidsche Rijn." Answers "where is nothing on Tuesday?" at a glance.
import { getLocale, getTranslations } from "next-intl/server";
import { UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { joinNames, type DaySummary, type PhaseSummary } from "@/lib/gaps/coverage";

export async function PhaseSummaryList({ summaries }: { summaries: PhaseSummary[] }) {
  const [t, locale] = await Promise.all([getTranslations("Gaps"), getLocale()]);
  return (
    <UnorderedList className="gaps-summaries">
      {summaries.map(({ phase, without, wijken }) => {
        const name = t(`phases.${phase}`);
        const sentence =
          without.length === 0
            ? t("phaseSection.phaseEverywhere", { phase: name })
            : without.length === wijken
              ? t("phaseSection.phaseNowhere", { phase: name })
              : t("phaseSection.phaseWithout", { phase: name, wijken: joinNames(without, locale) });
        return <UnorderedListItem key={phase}>{sentence}</UnorderedListItem>;
      })}
    </UnorderedList>
  );
}

export async function DaySummaryList({ summaries }: { summaries: DaySummary[] }) {
  const [t, locale] = await Promise.all([getTranslations("Gaps"), getLocale()]);
  return (
    <UnorderedList className="gaps-summaries">
      {summaries.map(({ day, without, onlySometimes, wijken }) => {
        const name = t(`days.${day}`);
        const sentence =
          without.length === 0
            ? t("walkInSection.dayEverywhere", { day: name })
            : without.length === wijken
              ? t("walkInSection.dayNowhere", { day: name })
              : t("walkInSection.dayWithout", { day: name, wijken: joinNames(without, locale) });
        return (
          <UnorderedListItem key={day}>
            {sentence}
            {onlySometimes.length > 0 && <> {t("walkInSection.daySometimes", { wijken: joinNames(onlySometimes, locale) })}</>}
          </UnorderedListItem>
        );
      })}
    </UnorderedList>
  );
}
