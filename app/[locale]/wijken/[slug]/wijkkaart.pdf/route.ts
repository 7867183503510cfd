import { wijkkaartPdfResponse } from "@/lib/print/pdf-responses";

/** /en/wijken/<slug>/wijkkaart.pdf (and /nl/…): the wijkkaart as an A4 PDF. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  return wijkkaartPdfResponse(request, locale, slug);
}
