// The answer, on the same page as the questions: where the resident lives, their buurtteam,
// the first steps they can take today, the help that fits, the numbers for all of Utrecht and
// how the route works — in that order, so what to do now comes before how it all works.
import { useLocale, useTranslations } from "next-intl";
import { Alert, Heading2, Heading3, Heading4, Paragraph } from "@utrecht/component-library-react";
import { CityWideNumbers } from "@/components/search/city-wide-numbers";
import type { FinderAnswer } from "@/lib/help-finder/answer";
import type { HelpQuery } from "@/lib/help-finder/query";
import { firstSteps } from "@/lib/help-finder/situations";
import { isolateLtr } from "@/lib/i18n/bidi";
import { Link } from "@/lib/i18n/navigation";
import { telHref } from "@/lib/organisations/contact-links";
import type { ClientArea } from "@/lib/referral-helper/queries";
import { GROUP_ORDER } from "@/lib/referral-helper/rank";
import { HelpItem } from "./help-item";
import { reasonTexts, type ReasonContext } from "./help-reasons";

type Props = {
  query: HelpQuery;
  area: ClientArea | null;
  answer: FinderAnswer | null;
  /** "Nu open · tot 17:00" */
  openText: (result: FinderAnswer["help"][number]) => string;
  context: ReasonContext;
  /** lang of the texts organisations write in Dutch, on a page in another language. */
  sourceLang: string | undefined;
};

export function FinderAnswerView({ query, area, answer, openText, context, sourceLang }: Props) {
  const t = useTranslations("HelpFinder");
  const locale = useLocale();
  return (
    <section aria-labelledby="hf-antwoord-titel" className="hf-answer">
      <Heading2 id="hf-antwoord-titel">{t("answer.heading")}</Heading2>
      {area && (
        <Paragraph>
          {area.addressLabel
            ? t("answer.whereAddress", { label: isolateLtr(area.addressLabel, locale), buurt: area.buurt.name, wijk: area.wijk.name })
            : t("answer.where", { buurt: area.buurt.name, wijk: area.wijk.name })}
        </Paragraph>
      )}
      {query.urgency === "vandaag" && (
        <Alert type="warning" className="hf-urgent">
          <Paragraph>{t("answer.urgentToday")}</Paragraph>
        </Alert>
      )}
      {answer && <Teams teams={answer.teams} />}
      <FirstSteps query={query} />
      {answer && <MatchingHelp query={query} answer={answer} openText={openText} context={context} sourceLang={sourceLang} />}
      <div className="hf-block">
        <CityWideNumbers level={3} />
      </div>
      <Route />
      <Paragraph className="hf-share">{t("answer.share")}</Paragraph>
    </section>
  );
}

function Teams({ teams }: { teams: FinderAnswer["teams"] }) {
  const t = useTranslations("HelpFinder.teams");
  const locale = useLocale();
  return (
    <section aria-labelledby="hf-team-titel" className="hf-block">
      <Heading3 id="hf-team-titel">{t("heading", { count: Math.max(teams.length, 1) })}</Heading3>
      {teams.length === 0 ? (
        <Paragraph>{t("none")}</Paragraph>
      ) : (
        <>
          <Paragraph>{t("intro")}</Paragraph>
          <ul className="hf-teams">
            {teams.map((team) => (
              <li key={team.slug} className="hf-team">
                <strong>{team.name}</strong> ({t(`kinds.${team.kind}`)})
                {team.phone && (
                  <>
                    <br />
                    <a href={telHref(team.phone)} className="utrecht-link">
                      {t("call", { phone: isolateLtr(team.phone, locale) })}
                    </a>
                  </>
                )}
                <br />
                <Link href={`/organisaties/${team.slug}`} className="utrecht-link">
                  {t("more", { name: team.name })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function FirstSteps({ query }: { query: HelpQuery }) {
  const t = useTranslations("HelpFinder.steps");
  return (
    <section aria-labelledby="hf-stappen-titel" className="hf-block">
      <Heading3 id="hf-stappen-titel">{t("heading")}</Heading3>
      <Paragraph>{t("intro")}</Paragraph>
      <ul className="hf-steps">
        {firstSteps(query.situations, query.urgency).map(({ group, step }) => (
          <li key={`${group}.${step}`}>{t(`${group}.${step}`)}</li>
        ))}
      </ul>
    </section>
  );
}

type HelpProps = Pick<Props, "query" | "openText" | "context" | "sourceLang"> & { answer: FinderAnswer };

function MatchingHelp({ query, answer, openText, context, sourceLang }: HelpProps) {
  const t = useTranslations("HelpFinder.help");
  const onlyTeam = query.situations.length === 0 || query.situations.every((situation) => situation === "weet-niet");
  if (onlyTeam) {
    return (
      <section aria-labelledby="hf-hulp-titel" className="hf-block">
        <Heading3 id="hf-hulp-titel">{t("heading")}</Heading3>
        <Paragraph>{t("onlyTeam")}</Paragraph>
      </section>
    );
  }
  const wantsLanguage = query.language && query.language !== "nl" ? query.language : null;
  return (
    <section aria-labelledby="hf-hulp-titel" className="hf-block">
      <Heading3 id="hf-hulp-titel">{t("heading")}</Heading3>
      {answer.help.length === 0 ? (
        <Paragraph>{t("none")}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {t("intro")}
            {!query.canTravel && <> {t("introRemote")}</>}
            {wantsLanguage && <> {t("introLanguage", { language: context.language(wantsLanguage) })}</>}
          </Paragraph>
          {GROUP_ORDER.map((group) => {
            const results = answer.help.filter((result) => result.group === group);
            if (group === "buurtteam" || results.length === 0) return null;
            const headingId = `hf-groep-${group}`;
            return (
              <section key={group} aria-labelledby={headingId} className="hf-group">
                <Heading4 id={headingId}>{t(`groups.${group}`)}</Heading4>
                <ul className="hf-items">
                  {results.map((result) => (
                    <HelpItem
                      key={result.item.id}
                      result={result}
                      reasons={reasonTexts(result.reasons, (key, values) => t(key as never, values as never), context)}
                      openText={openText(result)}
                      sourceLang={sourceLang}
                    />
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}

function Route() {
  const t = useTranslations("HelpFinder.route");
  return (
    <section aria-labelledby="hf-route-titel" className="hf-block hf-route">
      <Heading3 id="hf-route-titel">{t("heading")}</Heading3>
      <Heading4>{t("teamTitle")}</Heading4>
      <Paragraph>{t("team")}</Paragraph>
      <Heading4>{t("gemeenteTitle")}</Heading4>
      <Paragraph>{t("gemeente")}</Paragraph>
      <Heading4>{t("informalTitle")}</Heading4>
      <Paragraph>{t("informal")}</Paragraph>
      <Paragraph>{t("noPromise")}</Paragraph>
    </section>
  );
}
