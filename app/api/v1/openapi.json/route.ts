// GET /api/v1/openapi.json: the OpenAPI 3.1 document of /api/v1, generated from the routes'
// zod schemas (lib/openapi/document.ts). It changes only with a deploy: an hour in browsers
// and CDNs is enough.
import { openApiDocument } from "@/lib/openapi/document";

// The servers entry names the address it was asked at (behind any proxy the request's origin).
export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  return Response.json(openApiDocument(new URL(request.url).origin), {
    headers: { "Cache-Control": "public, max-age=3600", "Access-Control-Allow-Origin": "*" },
  });
}
