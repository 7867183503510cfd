import { handoutPdfResponse } from "@/lib/print/pdf-responses";

// Dutch pages have no /nl prefix; proxy.ts adds it by rewriting, but it skips paths with a
// dot, so /organisaties/<slug>/folder.pdf never reaches app/[locale]. This route serves it.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return handoutPdfResponse(request, "nl", slug);
}
