// One published organisation with its locations and services (GET /api/hsds/organizations/{id}).
import { detailSchema, localeOf } from "@/lib/hsds/params";
import { hsdsOrganization } from "@/lib/hsds/organizations";
import { hsdsAnswer } from "@/lib/hsds/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return hsdsAnswer(request, detailSchema, "HSDS organization", (query) => hsdsOrganization(id, localeOf(query), query.full_service ?? false));
}
