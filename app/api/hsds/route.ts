// Open Referral HSDS 3 API root: version, licence of the data and publisher (lib/hsds/api-info.ts).
import { z } from "zod";
import { apiInfo } from "@/lib/hsds/api-info";
import { hsdsAnswer } from "@/lib/hsds/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return hsdsAnswer(request, z.object({}), "HSDS API info", async () => apiInfo(new URL(request.url).origin));
}
