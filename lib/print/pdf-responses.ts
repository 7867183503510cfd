import "server-only";
import { hasLocale } from "next-intl";
import { env } from "../env";
import { routing } from "../i18n/routing";
import { getPublishedOrganisationDetail } from "../organisations/detail-queries";
import { buildHandout } from "./handout";
import { printLocale, siteOrigin, type PrintLocale } from "./listing-url";
import { printTranslator } from "./messages";
import { renderHandoutPdf } from "./pdf/handout-pdf";
import { renderWijkkaartPdf } from "./pdf/wijkkaart-pdf";
import { buildWijkkaart } from "./wijkkaart";
import { getWijkkaartData } from "./wijkkaart-queries";

// The PDF routes pass proxy.ts for a request id only (lib/security/request-kind.ts: no page
// CSP, not localised); next.config rewrites the Dutch address to app/[locale]. The language
// comes from the route itself and the few headers a file download needs are set here.

const NOT_FOUND: Record<PrintLocale, string> = {
  nl: "Deze pagina bestaat niet.",
  en: "This page does not exist.",
  ar: "هذه الصفحة غير موجودة.",
  tr: "Bu sayfa yok.",
  pl: "Ta strona nie istnieje.",
  uk: "Цієї сторінки не існує.",
};

function notFound(locale: string): Response {
  return new Response(NOT_FOUND[printLocale(locale)], {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" },
  });
}

function pdfResponse(bytes: Uint8Array, filename: string): Response {
  return new Response(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/pdf" }), {
    headers: {
      "Content-Type": "application/pdf",
      // inline: opens in the browser's PDF viewer; the name is used when it is saved.
      "Content-Disposition": `inline; filename="${filename}"`,
      // Opening hours change: never serve yesterday's printout from a cache.
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    },
  });
}

export async function handoutPdfResponse(request: Request, locale: string, slug: string): Promise<Response> {
  if (!hasLocale(routing.locales, locale)) return notFound(locale);
  const now = new Date();
  const lang = printLocale(locale);
  // The description in the folder's language when the coordinator translated it (ADR 0012).
  const organisation = await getPublishedOrganisationDetail(slug, now, null, lang);
  if (!organisation) return notFound(locale);
  const t = await printTranslator(lang);
  const handout = buildHandout(organisation, now, lang, siteOrigin(env().NEXTAUTH_URL, request.url), t);
  return pdfResponse(await renderHandoutPdf(handout, t), `folder-${organisation.slug}.pdf`);
}

export async function wijkkaartPdfResponse(request: Request, locale: string, slug: string): Promise<Response> {
  if (!hasLocale(routing.locales, locale)) return notFound(locale);
  const now = new Date();
  const data = await getWijkkaartData(slug, now);
  if (!data) return notFound(locale);
  const lang = printLocale(locale);
  const t = await printTranslator(lang);
  const kaart = buildWijkkaart(data, now, lang, siteOrigin(env().NEXTAUTH_URL, request.url), t);
  return pdfResponse(await renderWijkkaartPdf(kaart, t), `wijkkaart-${data.wijk.slug}.pdf`);
}
