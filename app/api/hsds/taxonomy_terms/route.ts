// The terms of every taxonomy (GET /api/hsds/taxonomy_terms): taxonomy_id, parent_id, top_only, search.
import { taxonomyTermListSchema } from "@/lib/hsds/params";
import { hsdsTaxonomyTermPage } from "@/lib/hsds/taxonomy-queries";
import { hsdsAnswer } from "@/lib/hsds/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return hsdsAnswer(request, taxonomyTermListSchema, "HSDS taxonomy_terms", hsdsTaxonomyTermPage);
}
