// One taxonomy term with its taxonomy (GET /api/hsds/taxonomy_terms/{id}).
import { z } from "zod";
import { hsdsTaxonomyTerm } from "@/lib/hsds/taxonomy-queries";
import { hsdsAnswer } from "@/lib/hsds/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return hsdsAnswer(request, z.object({}), "HSDS taxonomy_term", () => hsdsTaxonomyTerm(id));
}
