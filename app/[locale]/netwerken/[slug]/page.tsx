import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { setRequestLocale } from "next-intl/server";
import { NetworkDetail } from "@/components/network/network-detail";
import { findNetworkSummary, getNetworkPage } from "@/lib/network/network-queries";
import "../../../styles/network.css";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  await connection();
  const summary = await findNetworkSummary(slug);
  return summary ? { title: summary.name, description: summary.description } : {};
}

export default async function NetworkPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await connection();
  const network = await getNetworkPage(slug);
  if (!network) notFound();
  return <NetworkDetail network={network} />;
}
