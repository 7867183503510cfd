import { handoutPdfResponse } from "@/lib/print/pdf-responses";

/** /en/organisaties/<slug>/folder.pdf (and /nl/…): the folder as a one-page PDF. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  return handoutPdfResponse(request, locale, slug);
}
