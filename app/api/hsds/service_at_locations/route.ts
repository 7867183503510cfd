// Each public service at each of its locations (GET /api/hsds/service_at_locations).
import { serviceAtLocationListSchema, localeOf } from "@/lib/hsds/params";
import { hsdsServiceAtLocationPage } from "@/lib/hsds/service-at-locations";
import { hsdsAnswer } from "@/lib/hsds/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return hsdsAnswer(request, serviceAtLocationListSchema, "HSDS service_at_locations", ({ page, per_page, ...params }) =>
    hsdsServiceAtLocationPage(page, per_page, localeOf(params), params),
  );
}
