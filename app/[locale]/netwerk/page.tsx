import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NetworkView } from "@/components/network/network-view";
import { getPathname } from "@/lib/i18n/navigation";
import { hasFilters, parseNetworkFilters } from "@/lib/network/filters";
import { getNetworkGraph } from "@/lib/network/graph-queries";
import { layoutGraph } from "@/lib/network/layout";
import { listNetworks } from "@/lib/network/network-queries";
import { listWijken } from "@/lib/wijken/queries";
import "../../styles/network.css";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Network.view" });
  return { title: t("title") };
}

export default async function NetworkViewPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Read at request time: the build has no database.
  await connection();
  const filters = parseNetworkFilters(await searchParams);
  const [wijken, networks] = await Promise.all([listWijken(), listNetworks()]);
  // A slug that names nothing (an old link) is ignored: the form then shows "all".
  const wijk = wijken.find((w) => w.slug === filters.wijk) ?? null;
  const network = networks.find((n) => n.slug === filters.netwerk) ?? null;
  const graph = await getNetworkGraph({
    wijkCode: wijk?.code ?? null,
    networkSlug: network?.slug ?? null,
    kind: filters.kind === "formal" ? "FORMAL" : filters.kind === "informal" ? "INFORMAL" : null,
  });
  const layout = layoutGraph(
    graph.organisations.map(({ id, name, track, kind }) => ({ id, name, track, kind })),
    graph.links.map((link) => ({ id: link.id, from: link.fromOrganization.id, to: link.toOrganization.id, kind: link.kind })),
  );

  return (
    <NetworkView
      graph={graph}
      layout={layout}
      form={{
        action: getPathname({ href: "/netwerk", locale }),
        values: { wijk: wijk?.slug ?? "", netwerk: network?.slug ?? "", kind: filters.kind ?? "" },
        wijken: wijken.map((w) => ({ value: w.slug, label: w.name })),
        networks: networks.map((n) => ({ value: n.slug, label: n.name })),
        filtered: hasFilters(filters),
      }}
    />
  );
}
