// For developers (issue 12, point 6): what the open data offers (/api/v1, the route API for
// national route sites, /api/hsds, the OpenAPI document), the licence, the rate limits and
// examples with curl. Dutch and English only (lib/i18n/full-locale-pages.ts): its readers are
// developers; the snippet page below it (/ontwikkelaars/insluiten) speaks all six.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading1, Heading2, Heading3, Link as UtrechtLink, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { Breadcrumb } from "@/components/organisation/breadcrumb";
import { publicOrigin } from "@/lib/embed/snippet";
import { env } from "@/lib/env";
import { DATA_LICENSE } from "@/lib/hsds/api-info";
import { Link } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { GEOCODER_LIMIT, PUBLIC_API_LIMIT } from "@/lib/ratelimit/limits";
import { NEEDS } from "@/lib/referral-helper/needs";
import { MAX_NEEDS } from "@/lib/route-api/schema";
import { reachedOverHttps } from "@/lib/security/headers";
import "../../styles/developers.css";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const t = await getTranslations({ locale, namespace: "Developers" });
  return { title: t("title") };
}

const ENDPOINTS = [
  { path: "/api/v1/services?q=…&wijk=…&open=now", key: "services" },
  { path: "/api/v1/map-points?…", key: "mapPoints" },
  { path: "/api/v1/map-points/{id}", key: "mapPlace" },
  { path: "/api/v1/wijken.geojson", key: "wijken" },
  { path: "/api/v1/geocode?q=…", key: "geocode" },
  { path: "/api/v1/route?postcode=…&huisnummer=…&behoefte=…", key: "route" },
  { path: "/api/v1/openapi.json", key: "openapi" },
  { path: "/api/hsds", key: "hsds" },
] as const;

function CodeExample({ children, label }: { children: string; label: string }) {
  return (
    // A named, focusable region: a long line scrolls sideways, also by keyboard.
    <pre className="developers-code" role="region" tabIndex={0} aria-label={label}>
      <code>{children}</code>
    </pre>
  );
}

export default async function DevelopersPage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [requestHeaders, t, crumbs] = await Promise.all([headers(), getTranslations("Developers"), getTranslations("Breadcrumb")]);
  // The examples name this site's own address.
  const origin = publicOrigin(env().NEXTAUTH_URL, requestHeaders.get("host"), reachedOverHttps(requestHeaders, `http://${requestHeaders.get("host")}/`));
  const routeExample = [
    `const url = new URL("${origin}/api/v1/route");`,
    `url.searchParams.set("postcode", postcode); // "3527AB"`,
    `url.searchParams.set("huisnummer", huisnummer); // "2", "2A", "2-1"`,
    `url.searchParams.append("behoefte", "zware-schulden");`,
    `url.searchParams.append("behoefte", "voedselnood");`,
    `const response = await fetch(url);`,
    `if (response.status === 404) { /* not in Utrecht: the resident's own gemeente */ }`,
    `const route = await response.json();`,
    `// route.buurtteams[0].name, route.buurtteams[0].phone`,
    `// route.formal_route.phone ("14 030"), route.formal_route.how_to_sign_up`,
    `// route.near[0].organisation.name, route.near[0].reasons[0].text`,
  ].join("\n");

  return (
    <div className="detail-page">
      <Breadcrumb trail={[{ href: "/", label: crumbs("map") }]} current={t("title")} />
      <Heading1>{t("title")}</Heading1>
      <Paragraph lead>{t("lead")}</Paragraph>

      <section aria-labelledby="available">
        <Heading2 id="available">{t("available.heading")}</Heading2>
        <UnorderedList className="developers-endpoints">
          {ENDPOINTS.map(({ path, key }) => (
            <UnorderedListItem key={key}>
              <code>GET {path}</code>: {t(`available.${key}`)}
              {key === "openapi" && (
                <>
                  {" "}
                  <UtrechtLink href="/api/v1/openapi.json">openapi.json</UtrechtLink>
                </>
              )}
            </UnorderedListItem>
          ))}
        </UnorderedList>
        <Paragraph>
          {t.rich("available.embed", {
            link: (chunks) => (
              <Link href="/ontwikkelaars/insluiten" className="utrecht-link utrecht-link--html-a">
                {chunks}
              </Link>
            ),
          })}
        </Paragraph>
      </section>

      <section aria-labelledby="route">
        <Heading2 id="route">{t("route.heading")}</Heading2>
        <Paragraph>{t("route.intro")}</Paragraph>
        <Heading3>{t("route.needsHeading")}</Heading3>
        <Paragraph>{t("route.needsIntro", { max: MAX_NEEDS })}</Paragraph>
        <UnorderedList className="developers-needs">
          {NEEDS.map((need) => (
            <UnorderedListItem key={need}>
              <code>{need}</code>: {t(`route.needs.${need}`)}
            </UnorderedListItem>
          ))}
        </UnorderedList>
        <Heading3>{t("route.exampleHeading")}</Heading3>
        <Paragraph>{t("route.exampleIntro")}</Paragraph>
        <CodeExample label={t("route.exampleHeading")}>{routeExample}</CodeExample>
        <Paragraph>{t("route.errors")}</Paragraph>
      </section>

      <section aria-labelledby="licence">
        <Heading2 id="licence">{t("licence.heading")}</Heading2>
        <Paragraph>
          {t.rich("licence.text", {
            licence: (chunks) => <UtrechtLink href={DATA_LICENSE.url}>{chunks}</UtrechtLink>,
          })}
        </Paragraph>
      </section>

      <section aria-labelledby="limits">
        <Heading2 id="limits">{t("limits.heading")}</Heading2>
        <Paragraph>{t("limits.text", { api: PUBLIC_API_LIMIT.limit, lookups: GEOCODER_LIMIT.limit })}</Paragraph>
      </section>

      <section aria-labelledby="examples">
        <Heading2 id="examples">{t("examples.heading")}</Heading2>
        <Paragraph>{t("examples.search")}</Paragraph>
        <CodeExample label={t("examples.search")}>{`curl "${origin}/api/v1/services?wijk=overvecht&category=voedsel&open=now"`}</CodeExample>
        <Paragraph>{t("examples.route")}</Paragraph>
        <CodeExample label={t("examples.route")}>
          {`curl "${origin}/api/v1/route?postcode=3527AB&huisnummer=2&behoefte=zware-schulden&behoefte=voedselnood"`}
        </CodeExample>
        <Paragraph>{t("examples.hsds")}</Paragraph>
        <CodeExample label={t("examples.hsds")}>{`curl "${origin}/api/hsds/services?modified_after=2026-12-01T00:00:00Z&per_page=50"`}</CodeExample>
      </section>
    </div>
  );
}
