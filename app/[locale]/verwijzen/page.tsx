// The referral helper for professionals: where can this client go, and how do I hand them
// over warmly? Everything follows from the URL (a GET form), so an answer can be shared,
// reloaded and printed, and the page works without JavaScript. Nothing about the client is
// stored or logged. A signed-in user's own organisation's agreements come first; reading the
// session sets no cookie for anonymous visitors.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Alert, Heading1, Paragraph } from "@utrecht/component-library-react";
import { HelperForm } from "@/components/referral-helper/helper-form";
import { HelperResults } from "@/components/referral-helper/results";
import { TeamLookup } from "@/components/referral-helper/team-lookup";
import { clientIp } from "@/lib/auth/client-ip";
import { getCurrentUser } from "@/lib/auth/session";
import { getPathname } from "@/lib/i18n/navigation";
import { isFullLocale, routing } from "@/lib/i18n/routing";
import { hasQuestion, parseHelperQuery } from "@/lib/referral-helper/params";
import { findReferralHelp, loadHelperOptions, resolveClientArea } from "@/lib/referral-helper/queries";
import { languageName } from "@/lib/search-ui/names";
import "../../styles/referral-helper.css";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };


/** Why no answer could be given, as message keys ("not_found" comes from the geocoder). */
const AREA_MESSAGES = { missing: "missing", not_found: "notFound", outside: "outside", invalid: "invalid", unavailable: "unavailable", limited: "limited" } as const;

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const t = await getTranslations({ locale, namespace: "ReferralHelper" });
  return { title: t("metaTitle") };
}

export default async function ReferralHelperPage({ params, searchParams }: Props) {
  const { locale } = await params;
  // For professionals: Dutch and English only (resident-only languages are sent on by proxy.ts).
  if (!isFullLocale(locale)) notFound();
  setRequestLocale(locale);
  await connection();
  const now = new Date();
  const query = parseHelperQuery(await searchParams);
  const action = getPathname({ href: "/verwijzen", locale });

  const [options, area, user, t, tLanguages] = await Promise.all([
    loadHelperOptions(),
    hasQuestion(query) ? headers().then((requestHeaders) => resolveClientArea(query, clientIp(requestHeaders))) : Promise.resolve(null),
    getCurrentUser(),
    getTranslations("ReferralHelper"),
    getTranslations("Languages"),
  ]);
  const answer = area?.status === "found" ? await findReferralHelp(query, area.area, { now, user }) : null;
  const nameOf = (code: string) => languageName(code, locale, (c) => (tLanguages.has(c) ? tLanguages(c) : undefined));

  return (
    <div className="rh-page">
      <div className="rh-no-print">
        <Heading1>{t("title")}</Heading1>
        <Paragraph lead>{t("lead")}</Paragraph>
        <Paragraph className="rh-privacy">{t("privacy")}</Paragraph>
        <TeamLookup action={action} address={query.address ?? ""} />
      </div>
      {area && area.status !== "found" && (
        <Alert type="warning" className="page-alert rh-no-print">
          <Paragraph>{t(`area.${AREA_MESSAGES[area.status]}`)}</Paragraph>
        </Alert>
      )}
      {answer && area?.status === "found" && (
        <HelperResults answer={answer} area={area.area} query={query} now={now} locale={locale} languageName={nameOf} />
      )}
      <HelperForm action={action} query={query} options={options} languageName={nameOf} />
    </div>
  );
}
