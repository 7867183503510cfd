// The referral helper's URL: every choice of the form lives in the query string, so a result
// can be shared with a colleague, reloaded and printed. Read leniently — a hand-edited or
// half-filled link still gives the best answer it can — and written back canonically.
import { isNeed, isUrgency, NEEDS, type Need, type Urgency } from "./needs";

export type HelperQuery = {
  /** Address or postcode as typed; geocoded on the server. */
  address: string | null;
  /** CBS buurt code, upper case (BU0344xxxx). */
  buurt: string | null;
  needs: Need[];
  urgency: Urgency;
  /** ISO 639 code or null. */
  language: string | null;
  canTravel: boolean;
};

export const PARAM = { address: "adres", buurt: "buurt", needs: "nodig", urgency: "spoed", language: "taal", travel: "reizen" } as const;

type Raw = Record<string, string | string[] | undefined>;

const first = (raw: Raw, key: string): string | undefined => {
  const value = raw[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
};
const all = (raw: Raw, key: string): string[] => {
  const value = raw[key];
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((v) => v.trim());
};

export function parseHelperQuery(raw: Raw): HelperQuery {
  const address = first(raw, PARAM.address)?.slice(0, 100) ?? null;
  const buurt = first(raw, PARAM.buurt)?.toUpperCase() ?? null;
  const wanted = new Set(all(raw, PARAM.needs).filter(isNeed));
  const urgency = first(raw, PARAM.urgency) ?? "";
  const language = first(raw, PARAM.language)?.toLowerCase() ?? "";
  return {
    address,
    buurt: buurt && /^BU0344\d{4}$/.test(buurt) ? buurt : null,
    needs: NEEDS.filter((need) => wanted.has(need)),
    urgency: isUrgency(urgency) ? urgency : "deze-week",
    language: /^[a-z]{2,3}$/.test(language) ? language : null,
    canTravel: first(raw, PARAM.travel) !== "nee",
  };
}

/** Whether the form was sent at all: a bare /verwijzen shows only the form. */
export function hasQuestion(query: HelperQuery): boolean {
  return query.address !== null || query.buurt !== null;
}

/** The query string for this question, as the form would send it. */
export function helperQueryString(query: HelperQuery): string {
  const params = new URLSearchParams();
  if (query.address) params.set(PARAM.address, query.address);
  if (query.buurt) params.set(PARAM.buurt, query.buurt);
  for (const need of query.needs) params.append(PARAM.needs, need);
  params.set(PARAM.urgency, query.urgency);
  if (query.language) params.set(PARAM.language, query.language);
  params.set(PARAM.travel, query.canTravel ? "ja" : "nee");
  return params.toString();
}
