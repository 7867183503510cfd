import { useTranslations } from "next-intl";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Breadcrumb } from "@/components/organisation/breadcrumb";
import { useSourceLang } from "@/components/organisation/source-lang";
import { Link } from "@/lib/i18n/navigation";
import type { NetworkListItem } from "@/lib/network/network-queries";

/** /netwerken: every network with its kind, area and how many organisations take part. */
export function NetworkIndex({ networks }: { networks: NetworkListItem[] }) {
  const t = useTranslations("Network");
  const terms = useTranslations("Terms");
  const crumbs = useTranslations("Breadcrumb");
  const lang = useSourceLang();
  return (
    <div className="detail-page">
      <Breadcrumb trail={[{ href: "/", label: crumbs("map") }]} current={t("crumbs.networks")} />
      <Heading1>{t("index.title")}</Heading1>
      <Paragraph lead>{t("index.lead")}</Paragraph>
      <Paragraph>
        <Link href="/netwerk" className="utrecht-link">
          {t("index.toView")}
        </Link>
      </Paragraph>
      <ul className="plain-list network-index" aria-label={t("index.listLabel")}>
        {networks.map((network) => (
          <li key={network.slug} className="network-index__item">
            <Heading2 className="network-index__name">
              <Link href={`/netwerken/${network.slug}`} className="utrecht-link">
                {network.name}
              </Link>
            </Heading2>
            <p className="network__kind">
              {terms(`networkKind.${network.kind}`)} · {network.wijk ? t("wijk", { wijk: network.wijk.name }) : t("city")} ·{" "}
              {t("index.memberCount", { count: network._count.members })}
            </p>
            <Paragraph lang={lang}>{network.description}</Paragraph>
          </li>
        ))}
      </ul>
    </div>
  );
}
