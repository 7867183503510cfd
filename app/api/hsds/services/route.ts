// Open Referral HSDS 3.0 export of all public services (GET /api/hsds/services?page=&per_page=).
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { hsdsServicePage } from "@/lib/hsds/queries";
import { PUBLIC_API_LIMIT } from "@/lib/ratelimit/limits";
import { rateLimitResponse } from "@/lib/ratelimit/response";
import { requestLog } from "@/lib/log";
import { routing } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

const LOCALES = routing.locales;
const LOCALE_MESSAGE = (name: string) => `${name} moet een van ${LOCALES.join(", ")} zijn`;

const paramsSchema = z.object({
  page: z.coerce.number({ message: "page moet een getal zijn" }).int().min(1, { message: "page moet 1 of hoger zijn" }).default(1),
  per_page: z.coerce.number({ message: "per_page moet een getal zijn" }).int().min(1).max(200, { message: "per_page moet tussen 1 en 200 zijn" }).default(50),
  // The language of the texts coordinators translate (ADR 0012): `lang` or `locale`, the same.
  lang: z.enum(LOCALES, { message: LOCALE_MESSAGE("lang") }).optional(),
  locale: z.enum(LOCALES, { message: LOCALE_MESSAGE("locale") }).optional(),
}).refine((value) => !value.lang || !value.locale || value.lang === value.locale, { message: "lang en locale zeggen elk een andere taal: geef er één", path: ["locale"] });

export async function GET(request: NextRequest) {
  // Checked first: a refused parameter costs no query, so it needs no rate-limit write either.
  const parsed = paramsSchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return NextResponse.json({ error: "invalid_parameter", parameter: String(issue.path[0]), message: issue.message }, { status: 400 });
  }
  // Every request counts here: the export does not go through the answer cache, so each one
  // queries the database (unlike /api/v1/services and /api/v1/map-points, which count only the
  // requests that start a computation).
  const limited = await rateLimitResponse(request, PUBLIC_API_LIMIT, { "Access-Control-Allow-Origin": "*" });
  if (limited) return limited;
  try {
    const body = await hsdsServicePage(parsed.data.page, parsed.data.per_page, parsed.data.locale ?? parsed.data.lang ?? "nl");
    return NextResponse.json(body, { headers: { "Cache-Control": "public, max-age=300, s-maxage=3600", "Access-Control-Allow-Origin": "*" } });
  } catch (error) {
    (await requestLog()).error("HSDS export failed", { error });
    return NextResponse.json({ error: "server_error", message: "Er ging iets mis. Probeer het later opnieuw." }, { status: 500 });
  }
}
