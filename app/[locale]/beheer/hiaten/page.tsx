import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading1, Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { canSeeGaps } from "@/lib/gaps/access";
import { requireUser } from "@/lib/auth/session";
import { Link, redirect } from "@/lib/i18n/navigation";
import { getGapsOverview } from "@/lib/gaps/queries";
import { parseMapChoice } from "@/lib/gaps/choice";
import { projectWijken } from "@/lib/gaps/choropleth";
import { mapValues } from "@/lib/gaps/map-values";
import { STALE_AFTER_MONTHS } from "@/lib/organisations/verification";
import { PhaseTable } from "@/components/gaps/phase-table";
import { WalkInTable } from "@/components/gaps/walk-in-table";
import { DaySummaryList, PhaseSummaryList } from "@/components/gaps/gap-summaries";
import { StaleWijkTable } from "@/components/gaps/stale-wijk-table";
import { MapChoiceForm } from "@/components/gaps/map-choice-form";
import { GapMap } from "@/components/gaps/gap-map";
import "../../../styles/gaps.css";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Gaps" });
  return { title: t("title") };
}

const SECTIONS = [
  { id: "fasen", key: "phaseSection" },
  { id: "inloop", key: "walkInSection" },
  { id: "verouderd", key: "staleSection" },
  { id: "kaart", key: "mapSection" },
] as const;

/** Where help is missing, per wijk: for moderators and professionals (lib/gaps/access.ts). */
export default async function GapsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser("/beheer/hiaten");
  if (!(await canSeeGaps(user))) return redirect({ href: { pathname: "/beheer", query: { "geen-toegang": "1" } }, locale });
  const { choice, invalid } = parseMapChoice(await searchParams);
  const [t, overview] = await Promise.all([getTranslations("Gaps"), getGapsOverview(user)]);
  const choiceLabel =
    choice.kind === "phase"
      ? t("mapSection.choicePhase", { phase: t(`phases.${choice.phase}`) })
      : t("mapSection.choiceDay", { day: t(`daysLower.${choice.day}`) });

  return (
    <div className="gaps">
      <Heading1>{t("title")}</Heading1>
      <Paragraph lead>{t("lead")}</Paragraph>
      <Paragraph>{t("counted")}</Paragraph>
      <nav aria-labelledby="hiaten-inhoud" className="gaps__contents">
        <Heading2 id="hiaten-inhoud" className="gaps__contents-title">
          {t("contents")}
        </Heading2>
        <UnorderedList>
          {SECTIONS.map((section) => (
            <UnorderedListItem key={section.id}>
              <a href={`#${section.id}`}>{t(`${section.key}.title`)}</a>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </nav>

      <section aria-labelledby="fasen" className="gaps__section">
        <Heading2 id="fasen">{t("phaseSection.title")}</Heading2>
        <Paragraph>{t("phaseSection.lead")}</Paragraph>
        <Paragraph>{t("phaseSection.cityWide")}</Paragraph>
        <Heading3>{t("phaseSection.summaryTitle")}</Heading3>
        <PhaseSummaryList summaries={overview.phaseSummaries} />
        <PhaseTable rows={overview.phases} captionId="fasen-tabel" />
      </section>

      <section aria-labelledby="inloop" className="gaps__section">
        <Heading2 id="inloop">{t("walkInSection.title")}</Heading2>
        <Paragraph>{t("walkInSection.lead")}</Paragraph>
        <Heading3>{t("walkInSection.summaryTitle")}</Heading3>
        <DaySummaryList summaries={overview.daySummaries} />
        <WalkInTable rows={overview.walkIn} captionId="inloop-tabel" />
      </section>

      <section aria-labelledby="verouderd" className="gaps__section">
        <Heading2 id="verouderd">{t("staleSection.title")}</Heading2>
        <Paragraph>{t("staleSection.lead", { months: STALE_AFTER_MONTHS })}</Paragraph>
        <StaleWijkTable stale={overview.stale} captionId="verouderd-tabel" />
        <Paragraph>
          <Link href="/beheer/moderatie/verouderd">{t("staleSection.toList")}</Link>
        </Paragraph>
      </section>

      <section aria-labelledby="kaart" className="gaps__section">
        <Heading2 id="kaart">{t("mapSection.title")}</Heading2>
        <Paragraph>{t("mapSection.lead")}</Paragraph>
        {invalid && <Paragraph role="status">{t("mapSection.invalid")}</Paragraph>}
        <MapChoiceForm choice={choice} />
        <Paragraph className="gaps__showing">{t("mapSection.showing", { choice: choiceLabel })}</Paragraph>
        <GapMap map={projectWijken(overview.wijken)} values={mapValues(choice, overview.phases, overview.walkIn)} choiceLabel={choiceLabel} />
      </section>
    </div>
  );
}
