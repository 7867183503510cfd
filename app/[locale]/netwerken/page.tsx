import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NetworkIndex } from "@/components/network/network-index";
import { listNetworks } from "@/lib/network/network-queries";
import "../../styles/network.css";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Network.index" });
  return { title: t("title") };
}

export default async function NetworksPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Read at request time: the build has no database.
  await connection();
  return <NetworkIndex networks={await listNetworks()} />;
}
