// Published organisations (GET /api/hsds/organizations): search, modified_after, full, full_service.
import { organizationListSchema, localeOf } from "@/lib/hsds/params";
import { hsdsOrganizationPage } from "@/lib/hsds/organizations";
import { hsdsAnswer } from "@/lib/hsds/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return hsdsAnswer(request, organizationListSchema, "HSDS organizations", ({ page, per_page, ...params }) => hsdsOrganizationPage(page, per_page, localeOf(params), params));
}
