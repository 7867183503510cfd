// One public service, fully nested (GET /api/hsds/services/{id}); 404 when unknown or not public.
import { detailSchema, localeOf } from "@/lib/hsds/params";
import { hsdsService } from "@/lib/hsds/queries";
import { hsdsAnswer } from "@/lib/hsds/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return hsdsAnswer(request, detailSchema, "HSDS service", (query) => hsdsService(id, localeOf(query)));
}
