import { notFound } from "next/navigation";
import { connection } from "next/server";
import { findWijkSummary } from "@/lib/wijken/queries";

// Checked above this segment's loading.tsx so an unknown wijk gets a real 404 status: after the
// loading fallback has been streamed the status is fixed at 200.
// (A loading.tsx higher up, such as app/[locale]/loading.tsx, starts the stream before this
// runs and so still fixes the status at 200; the page is then marked noindex.)
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
