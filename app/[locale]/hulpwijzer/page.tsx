// The help finder "Wat speelt er?" (issue 11, point 3): a resident answers up to five plain
// questions and gets, on the same page, their buurtteam, the first steps they can take today,
// the help that fits, the numbers for all of Utrecht and how the route works. Everything
// follows from the URL (a GET form): the answer is a link to keep or share, the page works
// without JavaScript, and nothing is stored, logged or put in a cookie. Residents' page: all
// six languages.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Alert, Heading1, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { FIELD_IDS, FinderForm } from "@/components/help-finder/finder-form";
import { FinderAnswerView } from "@/components/help-finder/finder-answer";
import { clientIp } from "@/lib/auth/client-ip";
import { formatDistance } from "@/lib/geo/distance";
import { findHelp, loadFinderOptions, resolveFinderArea } from "@/lib/help-finder/answer";
import { FIELDS, parseHelpQuery, type Field } from "@/lib/help-finder/query";
import { describeOpenState } from "@/lib/hours";
import { hoursLocaleOf, intlLocale } from "@/lib/i18n/intl-locale";
import { getPathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { toOpenState } from "@/lib/search-ui/open-state";
import { languageName } from "@/lib/search-ui/names";
import "../../styles/help-finder.css";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Why no buurt could be found, as keys under HelpFinder.area ("not_found" comes from the geocoder). */
const AREA_MESSAGES = { missing: "missing", not_found: "notFound", outside: "outside", invalid: "invalid", unavailable: "unavailable", limited: "limited" } as const;

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const t = await getTranslations({ locale, namespace: "HelpFinder" });
  return { title: t("metaTitle") };
}

export default async function HelpFinderPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  await connection();
  const now = new Date();
  const textLocale = hoursLocaleOf(locale);
  const action = getPathname({ href: "/hulpwijzer", locale });

  const [options, raw, t, tLanguages] = await Promise.all([loadFinderOptions(), searchParams, getTranslations("HelpFinder"), getTranslations("Languages")]);
  const { query, errors, asked } = parseHelpQuery(raw, { locale, languages: options.languages });
  const wantsArea = asked && (query.buurt !== null || query.postcode !== null);
  const area = wantsArea ? await resolveFinderArea(query, clientIp(await headers())) : null;
  const found = area?.status === "found" ? area.area : null;
  const answer = found ? await findHelp(query, found, now) : null;

  // A buurt code of the right form that is not a buurt of Utrecht is the buurt question's error.
  if (area?.status === "missing" && query.buurt && !query.postcode) errors.buurt = { key: "buurt" };
  const messages: Partial<Record<Field, string>> = Object.fromEntries(
    FIELDS.flatMap((field) => {
      const error = errors[field];
      return error ? [[field, t(`errors.${error.key}`, error.values)]] : [];
    }),
  );
  const areaMessage = !asked || found || errors.buurt || errors.postcode ? null : t(`area.${area ? AREA_MESSAGES[area.status as keyof typeof AREA_MESSAGES] : "missing"}`);

  const nameOf = (code: string) => languageName(code, locale, (c) => (tLanguages.has(c) ? tLanguages(c) : undefined));
  const listFormat = new Intl.ListFormat(intlLocale(locale), { type: "conjunction" });
  const problems = FIELDS.filter((field) => messages[field]);

  return (
    <div className="hf-page">
      <Heading1>{t("title")}</Heading1>
      <Paragraph lead>{t("lead")}</Paragraph>
      <Paragraph className="hf-privacy">{t("privacy")}</Paragraph>
      {(problems.length > 0 || areaMessage) && (
        <Alert type="error" className="page-alert">
          <Paragraph>{t("errors.summary")}</Paragraph>
          <UnorderedList>
            {problems.map((field) => (
              <UnorderedListItem key={field}>
                <a href={`#${FIELD_IDS[field]}`} className="utrecht-link">
                  {messages[field]}
                </a>
              </UnorderedListItem>
            ))}
            {areaMessage && (
              <UnorderedListItem>
                <a href="#hf-buurt" className="utrecht-link">
                  {areaMessage}
                </a>
              </UnorderedListItem>
            )}
          </UnorderedList>
        </Alert>
      )}
      {asked && (
        <FinderAnswerView
          query={query}
          area={found}
          answer={answer}
          openText={(result) => describeOpenState(toOpenState(result.item.open, now, textLocale), now, textLocale)}
          context={{ distance: (metres) => formatDistance(metres, textLocale), language: nameOf, list: (items) => listFormat.format(items) }}
          sourceLang={locale === "nl" ? undefined : "nl"}
        />
      )}
      <FinderForm
        action={action}
        query={query}
        messages={messages}
        areaMessage={areaMessage}
        options={options}
        locale={locale}
        languageName={nameOf}
        answered={asked}
      />
    </div>
  );
}
