import { useTranslations } from "next-intl";
import { DataList, DataListItem, DataListKey, DataListValue, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Breadcrumb } from "@/components/organisation/breadcrumb";
import { ExampleDataNotice } from "@/components/organisation/example-data-notice";
import { NetworkContactLinks } from "@/components/organisation/network-list";
import { useSourceLang } from "@/components/organisation/source-lang";
import { Link } from "@/lib/i18n/navigation";
import { filterQuery } from "@/lib/network/filters";
import type { NetworkPageData } from "@/lib/network/network-queries";

/** /netwerken/[slug]: what the network is, where it works, when it meets, who takes part, how to reach it. */
export function NetworkDetail({ network }: { network: NetworkPageData }) {
  const t = useTranslations("Network");
  const terms = useTranslations("Terms");
  const crumbs = useTranslations("Breadcrumb");
  const lang = useSourceLang();
  const hasContact = Boolean(network.website || network.email);

  return (
    <article className="detail-page">
      <Breadcrumb
        trail={[
          { href: "/", label: crumbs("map") },
          { href: "/netwerken", label: t("crumbs.networks") },
        ]}
        current={network.name}
      />
      <Heading1>{network.name}</Heading1>
      {network.exampleData && <ExampleDataNotice>{t("page.exampleData")}</ExampleDataNotice>}

      <DataList className="network-facts">
        <DataListItem>
          <DataListKey>{t("page.kindLabel")}</DataListKey>
          <DataListValue>{terms(`networkKind.${network.kind}`)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t("page.areaLabel")}</DataListKey>
          <DataListValue>
            {network.wijk ? (
              <Link href={`/wijken/${network.wijk.slug}`} className="utrecht-link">
                {t("page.wijkLink", { wijk: network.wijk.name })}
              </Link>
            ) : (
              t("page.cityWide")
            )}
          </DataListValue>
        </DataListItem>
        {network.meetingRhythm && (
          <DataListItem>
            <DataListKey>{t("page.rhythmLabel")}</DataListKey>
            <DataListValue>
              <span lang={lang}>{network.meetingRhythm}</span>
            </DataListValue>
          </DataListItem>
        )}
      </DataList>

      <section className="detail-section" aria-labelledby="over-titel">
        <Heading2 id="over-titel">{t("page.aboutHeading")}</Heading2>
        <Paragraph lang={lang}>{network.description}</Paragraph>
      </section>

      <section id="leden" className="detail-section" aria-labelledby="leden-titel">
        <Heading2 id="leden-titel">{t("page.membersHeading")}</Heading2>
        {network.members.length === 0 ? (
          <Paragraph>{t("page.noMembers")}</Paragraph>
        ) : (
          <>
            <ul className="network-members" aria-label={t("page.membersLabel", { network: network.name })}>
              {network.members.map(({ organization, role }) => (
                <li key={organization.slug}>
                  <Link href={`/organisaties/${organization.slug}`} className="utrecht-link">
                    {organization.name}
                  </Link>
                  {role && (
                    <>
                      {" "}
                      <span lang={lang}>({role})</span>
                    </>
                  )}
                </li>
              ))}
            </ul>
            <Paragraph>
              <Link href={{ pathname: "/netwerk", query: filterQuery({ netwerk: network.slug }) }} className="utrecht-link">
                {t("page.inView")}
              </Link>
            </Paragraph>
          </>
        )}
      </section>

      <section id="contact" className="detail-section" aria-labelledby="contact-titel">
        <Heading2 id="contact-titel">{t("page.contactHeading")}</Heading2>
        {hasContact ? (
          <NetworkContactLinks website={network.website} email={network.email} />
        ) : (
          <Paragraph>{t("page.noContact")}</Paragraph>
        )}
      </section>
    </article>
  );
}
