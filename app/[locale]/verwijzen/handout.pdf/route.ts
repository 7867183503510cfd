import { clientHandoutPdfResponse } from "@/lib/referral-helper/handout-pdf-response";

/** /verwijzen/handout.pdf?<the helper's query>&handouttaal=ar: the client's sheet as a PDF. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return clientHandoutPdfResponse(request, locale);
}
