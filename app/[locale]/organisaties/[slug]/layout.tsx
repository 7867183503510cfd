import { notFound } from "next/navigation";
import { connection } from "next/server";
import { findPublishedOrganisationSummary } from "@/lib/organisations/detail-queries";

// The existence check lives here, above this segment's loading.tsx, on purpose: once the
// loading fallback has been sent the response is streaming with status 200, and a notFound()
// from the page could no longer turn it into a 404. The page reuses the cached lookup.
export default async function OrganisationLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ locale: string; slug: string }>;
}) {
  const { slug } = await params;
  await connection();
  if (!(await findPublishedOrganisationSummary(slug))) notFound();
  return children;
}
