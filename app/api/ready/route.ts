// GET /api/ready: send traffic here (readiness): database reachable, migrations current, not
// shutting down. 503 with a short reason otherwise. See lib/ops/readiness.ts.
import { db } from "@/lib/db";
import { checkReadiness } from "@/lib/ops/readiness";

export const dynamic = "force-dynamic";

const HEADERS = { "Cache-Control": "no-store" };

export async function GET(): Promise<Response> {
  const readiness = await checkReadiness(db);
  if (readiness.ready) return Response.json({ status: "ready", ...(readiness.note ? { note: readiness.note } : {}) }, { headers: HEADERS });
  return Response.json({ status: "not_ready", reason: readiness.reason }, { status: 503, headers: HEADERS });
}
