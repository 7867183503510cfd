// Refuses a bad server-action request in the proxy, before Next reads its body: Next refuses
// these too, but answers 500 (and logs them as server errors). Here they get what they are:
// 403 for a call from another site, 413 for a body over the limit, 400 for a body that is not
// a well-formed form. Every POST that Next might treat as a server action is checked (Next's
// own test: a Next-Action header, or a multipart or urlencoded body); other requests pass.
//
// The proxy reads a copy of the body: Next keeps the original for the action itself
// (proxyClientMaxBodySize in next.config must stay above ACTION_BODY_LIMIT_BYTES, or the copy
// is cut off at that size and an oversized body would look small here).
import { FORM_LIMITS } from "../forms/form-limits";

/** Next's serverActions.bodySizeLimit, in next.config, is set from this: one limit for both. */
export const ACTION_BODY_LIMIT = "1mb";
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;
/** How much of a body Next copies for the proxy: more than the limit, so we can see it is exceeded. */
export const PROXY_BODY_COPY_LIMIT = "2mb";
/** Parts of one multipart body: the form's fields plus React's own (the arguments, "$ACTION_…"). */
export const ACTION_MAX_PARTS = FORM_LIMITS.fields + 16;

type Refusal = 400 | 403 | 413;

const TEXT: Record<"nl" | "en", Record<Refusal, string>> = {
  nl: {
    400: "Dit formulier kwam niet goed aan of heeft te veel velden. Er is niets verstuurd. Laad de pagina opnieuw en probeer het nog eens.",
    403: "Dit formulier is niet vanaf deze website verstuurd. Er is niets verstuurd.",
    413: "Dit formulier is te groot (hoogstens 1 MB). Er is niets verstuurd.",
  },
  en: {
    400: "This form did not arrive intact or has too many fields. Nothing was sent. Reload the page and try again.",
    403: "This form was not sent from this website. Nothing was sent.",
    413: "This form is too large (at most 1 MB). Nothing was sent.",
  },
};

function refuse(request: Request, status: Refusal): Response {
  const { pathname } = new URL(request.url);
  const language = pathname === "/en" || pathname.startsWith("/en/") ? "en" : "nl";
  return new Response(TEXT[language][status], {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/**
 * Next's CSRF check (app-render/action-handler.js): the Origin's host must equal the first
 * X-Forwarded-Host, or else the Host header. No Origin passes, as it does in Next (a
 * hand-made request carries no one else's cookies). We set no serverActions.allowedOrigins.
 */
function isCrossOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return false;
  let originHost: string;
  try {
    originHost = origin === "null" ? "null" : new URL(origin).host;
  } catch {
    return true;
  }
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  return !host || originHost !== host;
}

/** The body, up to one byte past the limit; null when it is larger. */
async function readLimited(request: Request): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > ACTION_BODY_LIMIT_BYTES) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

function boundaryOf(contentType: string): string | null {
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
  return match ? (match[1] ?? match[2]) : null;
}

/** Counts "--boundary" lines without parsing, so a body of 50,000 tiny parts costs one scan. */
function countParts(body: Uint8Array, boundary: string): number {
  const needle = new TextEncoder().encode(`--${boundary}`);
  const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  let count = 0;
  for (let at = buffer.indexOf(needle); at !== -1; at = buffer.indexOf(needle, at + needle.length)) count++;
  return Math.max(0, count - 1);
}

/** The same parser Next uses for a form posted without JavaScript (the platform's FormData). */
async function parseForm(body: Uint8Array<ArrayBuffer>, contentType: string): Promise<FormData | null> {
  try {
    return await new Response(body, { headers: { "Content-Type": contentType } }).formData();
  } catch {
    return null;
  }
}

/** React's arguments of a fetch action are JSON: in field "0" of a multipart body, or the whole body. */
function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

async function bodyProblem(request: Request, contentType: string, isFetchAction: boolean): Promise<Refusal | null> {
  const length = request.headers.get("content-length");
  if (length !== null && !(Number(length) <= ACTION_BODY_LIMIT_BYTES)) return 413;
  const body = await readLimited(request);
  if (body === null) return 413;
  if (contentType.startsWith("multipart/form-data")) {
    const boundary = boundaryOf(contentType);
    if (!boundary) return 400;
    if (countParts(body, boundary) > ACTION_MAX_PARTS) return 400;
    const form = await parseForm(body, contentType);
    if (!form) return 400;
    const root = form.get("0");
    if (isFetchAction && typeof root === "string" && !isJson(root)) return 400;
    return null;
  }
  if (contentType === "application/x-www-form-urlencoded") {
    const text = new TextDecoder().decode(body);
    let fields = 0;
    for (let at = text.indexOf("&"); at !== -1 && fields <= ACTION_MAX_PARTS; at = text.indexOf("&", at + 1)) fields++;
    return fields + 1 > ACTION_MAX_PARTS ? 400 : null;
  }
  // A fetch action whose arguments React sent as one JSON text.
  if (isFetchAction && body.byteLength > 0 && !isJson(new TextDecoder().decode(body))) return 400;
  return null;
}

/** The refusal for a bad server-action request, or null to let it through. */
export async function refuseBadActionRequest(request: Request): Promise<Response | null> {
  if (request.method !== "POST") return null;
  // Actions run on pages only; the API (next-auth's sign-in form among it) answers for itself.
  const { pathname } = new URL(request.url);
  if (pathname === "/api" || pathname.startsWith("/api/")) return null;
  const contentType = request.headers.get("content-type") ?? "";
  const isFetchAction = request.headers.has("next-action");
  const isForm = contentType.startsWith("multipart/form-data") || contentType === "application/x-www-form-urlencoded";
  if (!isFetchAction && !isForm) return null;
  if (isCrossOrigin(request.headers)) return refuse(request, 403);
  const problem = await bodyProblem(request, contentType, isFetchAction);
  return problem ? refuse(request, problem) : null;
}
