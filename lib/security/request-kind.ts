// What proxy.ts does with a request, decided by its path. The proxy's matcher lets every path
// through except Next's own files and real static files, so a path with a dot that next.config
// rewrites to a page (/organisaties/a.b, /x.y) gets the page's headers and the action guard too.
//   api:  JSON; a request id, no page CSP (next.config gives it default-src 'none'), not localised.
//   file: the server-made PDFs; a request id, no page CSP (see lib/security/headers.ts: PDF
//         viewers break under one) and no next-intl: next.config rewrites the Dutch address.
//   page: everything else; a fresh nonce in the page CSP, localised by next-intl.
import { routing } from "../i18n/routing";

export type RequestKind = "api" | "file" | "page";

const LOCALE = `(?:/(?:${routing.locales.join("|")}))?`;
/** Only the PDF routes: any other ".pdf" path is a page (their 404 is HTML with a CSP). */
const SERVER_PDF = new RegExp(`^${LOCALE}/(?:organisaties/[^/]+/folder|wijken/[^/]+/wijkkaart|verwijzen/handout)\\.pdf$`);

export function requestKind(pathname: string): RequestKind {
  if (pathname === "/api" || pathname.startsWith("/api/")) return "api";
  if (SERVER_PDF.test(pathname)) return "file";
  return "page";
}
