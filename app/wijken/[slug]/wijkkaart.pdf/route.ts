import { wijkkaartPdfResponse } from "@/lib/print/pdf-responses";

// The Dutch address without /nl prefix: see app/organisaties/[slug]/folder.pdf/route.ts.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return wijkkaartPdfResponse(request, "nl", slug);
}
