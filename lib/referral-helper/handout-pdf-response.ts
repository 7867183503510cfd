import "server-only";
// /verwijzen/handout.pdf: the client's handout as a file, made on the server like the folder
// and the wijkkaart (lib/print/pdf-responses.ts). GET only, nothing stored; a request the
// handout cannot be made from gets a 4xx with a plain sentence, never a 500.
import { clientIp } from "../auth/client-ip";
import { env } from "../env";
import { isFullLocale } from "../i18n/routing";
import { siteOrigin } from "../print/listing-url";
import { renderClientHandoutPdf } from "../print/pdf/client-handout-pdf";
import { handoutTranslator } from "./handout-messages";
import { loadClientHandout } from "./handout-queries";

const STATUS = { missing: 400, invalid: 400, not_found: 404, outside: 404, unavailable: 503, limited: 429 } as const;

function plain(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store", ...extra },
  });
}

export async function clientHandoutPdfResponse(request: Request, locale: string): Promise<Response> {
  // The helper is a page for professionals, in Dutch and English (its sheet in any language).
  if (!isFullLocale(locale)) return plain(404, "Deze pagina bestaat niet. This page does not exist.");
  const url = new URL(request.url);
  const raw: Record<string, string[]> = {};
  for (const [key, value] of url.searchParams) (raw[key] ??= []).push(value);
  const outcome = await loadClientHandout(raw, { pageLocale: locale, requester: clientIp(request.headers), origin: siteOrigin(env().NEXTAUTH_URL, request.url) });
  const t = await handoutTranslator(locale);
  if (outcome.status === "invalid") {
    const lines = Object.entries(outcome.errors).map(([field, key]) => `${field}: ${t(`clientHandout.errors.${key}`, { max: 30 })}`);
    return plain(400, [t("clientHandout.errors.heading"), ...lines].join("\n"));
  }
  if (outcome.status === "area") {
    const { area } = outcome;
    const status = STATUS[area.status];
    const text = area.status === "invalid" ? area.message : t("clientHandout.errors.heading");
    return plain(status, text, area.status === "limited" ? { "Retry-After": String(area.retryAfterSeconds) } : {});
  }
  const sheetT = await handoutTranslator(outcome.handout.locale);
  const bytes = await renderClientHandoutPdf(outcome.handout, sheetT);
  return new Response(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/pdf" }), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="hulp-${outcome.handout.locale}.pdf"`,
      // A client's sheet: never kept by a cache on the way.
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    },
  });
}
