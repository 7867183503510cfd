// One public service at one location, with schedules and location (GET /api/hsds/service_at_locations/{id}).
import { detailSchema, localeOf } from "@/lib/hsds/params";
import { hsdsServiceAtLocation } from "@/lib/hsds/service-at-locations";
import { hsdsAnswer } from "@/lib/hsds/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return hsdsAnswer(request, detailSchema, "HSDS service_at_location", (query) => hsdsServiceAtLocation(id, localeOf(query)));
}
