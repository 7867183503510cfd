// The taxonomies: debt-help phases, access modes and categories (GET /api/hsds/taxonomies).
import { taxonomyListSchema } from "@/lib/hsds/params";
import { hsdsTaxonomyPage } from "@/lib/hsds/taxonomy-queries";
import { hsdsAnswer } from "@/lib/hsds/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return hsdsAnswer(request, taxonomyListSchema, "HSDS taxonomies", hsdsTaxonomyPage);
}
