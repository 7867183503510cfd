// One taxonomy (GET /api/hsds/taxonomies/{id}).
import { z } from "zod";
import { hsdsTaxonomy } from "@/lib/hsds/taxonomy-queries";
import { hsdsAnswer } from "@/lib/hsds/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return hsdsAnswer(request, z.object({}), "HSDS taxonomy", () => hsdsTaxonomy(id));
}
