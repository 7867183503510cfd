import { notFound } from "next/navigation";
import { connection } from "next/server";
import { findWijkSummary } from "@/lib/wijken/queries";

// Checked above this segment's loading.tsx so an unknown wijk gets a real 404 status: after the
// loading fallback has been streamed the status is fixed at 200.
export default async function WijkLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ locale: string; slug: string }>;
}) {
  const { slug } = await params;
  await connection();
  if (!(await findWijkSummary(slug))) notFound();
  return children;
}
