// GET /api/health: the process is up and answers (liveness). Touches nothing else, so a
// database outage does not make a process manager restart healthy web servers.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
