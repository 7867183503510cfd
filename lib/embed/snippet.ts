// The snippet page's choices (/ontwikkelaars/insluiten): read from its GET form, each checked
// against what exists (a wijk, a category, a spoken language, one of our languages), and turned
// into the /embed address and the <iframe> code a partner copies. Anything unknown or too long
// is left out rather than refused: the page then simply offers the code without it.
import { routing, type Locale } from "../i18n/routing";

export type EmbedChoice = {
  /** The language of the embedded page's texts. */
  locale: Locale;
  wijk: string | null;
  category: string | null;
  /** A language spoken at the place (the map's `lang` filter). */
  lang: string | null;
  openNow: boolean;
  map: boolean;
};

export type EmbedOptions = { wijken: readonly string[]; categories: readonly string[]; languages: readonly string[] };

/** The form's field for the page language: not `locale` or `lang`, which the search already uses. */
export const PAGE_LANGUAGE_FIELD = "paginataal";

function oneOf(value: string | null, allowed: readonly string[]): string | null {
  if (value === null || value.length > 100) return null;
  return allowed.includes(value) ? value : null;
}

export function parseEmbedChoice(query: URLSearchParams, options: EmbedOptions, pageLocale: Locale): EmbedChoice {
  return {
    locale: (oneOf(query.get(PAGE_LANGUAGE_FIELD), routing.locales) as Locale | null) ?? pageLocale,
    wijk: oneOf(query.get("wijk"), options.wijken),
    category: oneOf(query.get("category"), options.categories),
    lang: oneOf(query.get("lang"), options.languages),
    openNow: query.get("open") === "now",
    map: query.get("kaart") === "1",
  };
}

/** "/embed?wijk=overvecht", "/en/embed?…": the same filter names as the map page. */
export function embedPath(choice: EmbedChoice): string {
  const query = new URLSearchParams();
  if (choice.wijk) query.set("wijk", choice.wijk);
  if (choice.category) query.set("category", choice.category);
  if (choice.lang) query.set("lang", choice.lang);
  if (choice.openNow) query.set("open", "now");
  if (choice.map) query.set("kaart", "1");
  const path = choice.locale === routing.defaultLocale ? "/embed" : `/${choice.locale}/embed`;
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

function attribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The code to paste: a titled frame (its name for screen readers), lazy, without a border. */
export function iframeCode(origin: string, choice: EmbedChoice, title: string): string {
  const height = choice.map ? 1000 : 600;
  return `<iframe src="${attribute(origin + embedPath(choice))}" title="${attribute(title)}" width="100%" height="${height}" style="border: 0" loading="lazy"></iframe>`;
}

/**
 * Our public address for the code: NEXTAUTH_URL when set (the configured public address),
 * otherwise what the request came to. Only a plain host[:port] is taken from the request.
 */
export function publicOrigin(configured: string | undefined, host: string | null, overHttps: boolean): string {
  if (configured) return new URL(configured).origin;
  const safeHost = host && /^[a-z0-9.-]+(?::\d{1,5})?$/i.test(host) ? host : "localhost";
  return `${overHttps ? "https" : "http"}://${safeHost}`;
}
