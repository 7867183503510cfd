import { notFound } from "next/navigation";
import { connection } from "next/server";
import { findNetworkSummary } from "@/lib/network/network-queries";

// The existence check sits in the layout, above the page, so an unknown network answers with
// a real 404 status whatever is added below later. There is deliberately no loading.tsx:
// public pages are sent whole (docs/decisions/0005).
export default async function NetworkLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ locale: string; slug: string }>;
}) {
  const { slug } = await params;
  await connection();
  if (!(await findNetworkSummary(slug))) notFound();
  return children;
}
