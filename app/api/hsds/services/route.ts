// Open Referral HSDS 3 services (GET /api/hsds/services): search, taxonomy_term_id, taxonomy_id,
// organization_id, modified_after, minimal, full, page, per_page, lang/locale.
import { serviceListSchema, localeOf } from "@/lib/hsds/params";
import { hsdsMinimalServicePage, hsdsServicePage } from "@/lib/hsds/queries";
import { hsdsAnswer } from "@/lib/hsds/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return hsdsAnswer(request, serviceListSchema, "HSDS services", ({ page, per_page, minimal, ...params }) =>
    minimal ? hsdsMinimalServicePage(page, per_page, params) : hsdsServicePage(page, per_page, localeOf(params), params),
  );
}
