// The help finder's URL: every answer lives in the query string (a GET form), so the answer is
// a link a resident can keep or send, a reload gives the same page, and nothing is stored.
// One zod schema reads it. Links are typed by hand and crawled by bots, so every field is
// capped and an unknown value never breaks the page: that field falls back to its default and
// carries a message (a key under HelpFinder.errors) that the page shows next to the question.
import { z } from "zod";
import { URGENCIES, type Urgency } from "../referral-helper/needs";
import { SITUATIONS, type Situation } from "./situations";

/** Parameter names: short Dutch words, as in the rest of the site's URLs. */
export const PARAM = { situations: "wat", urgency: "spoed", buurt: "buurt", postcode: "postcode", language: "taal", access: "gaan" } as const;
export type Field = keyof typeof PARAM;
export const FIELDS = Object.keys(PARAM) as Field[];

export const ACCESS = ["ja", "nee"] as const;
/** The longest postcode we read ("3527 AB"), with room for stray spaces. */
export const POSTCODE_MAX = 12;

export type ErrorKey = "situation" | "urgency" | "buurt" | "postcode" | "language" | "access" | "one" | "tooLong" | "tooMany";
export type FieldError = { key: ErrorKey; values?: { max: number } };
export type FieldErrors = Partial<Record<Field, FieldError>>;

export type HelpQuery = {
  situations: Situation[];
  urgency: Urgency;
  /** CBS buurt code, upper case (BU0344xxxx). */
  buurt: string | null;
  /** "3527 AB" or "3527": a postcode, written the one way. */
  postcode: string | null;
  /** ISO 639 code as chosen (the page's language unless another was chosen); null: no preference. */
  language: string | null;
  /** False: only by phone or online (or at home). */
  canTravel: boolean;
};

type Raw = Record<string, string | string[] | undefined>;

const list = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? [...new Set(value)] : [value]);
/** One value. The same value twice is still one; two different values are not. */
const single = (value: unknown) => (Array.isArray(value) && new Set(value).size === 1 ? value[0] : value);
/** An empty choice ("Kies je buurt", "Maakt niet uit") is no choice. */
const emptyToNull = (value: string) => (value === "" ? null : value);

/** An enum's message: "one" when two different answers came for a one-answer question. */
const choice = (key: ErrorKey) => ({ error: (issue: { input?: unknown }) => (Array.isArray(issue.input) ? "one" : key) });
const text = (max: number) => z.string({ message: "one" }).trim().max(max, { message: "tooLong" });

export const helpQuerySchema = z.object({
  situations: z.preprocess(list, z.array(z.enum(SITUATIONS, { message: "situation" })).max(SITUATIONS.length, { message: "tooMany" })),
  urgency: z.preprocess(single, z.enum(URGENCIES, choice("urgency")).optional()),
  buurt: z.preprocess(
    single,
    text(10)
      .toUpperCase()
      .refine((value) => value === "" || /^BU0344\d{4}$/.test(value), { message: "buurt" })
      .transform(emptyToNull)
      .optional(),
  ),
  postcode: z.preprocess(
    single,
    text(POSTCODE_MAX)
      .toUpperCase()
      .refine((value) => value === "" || /^[1-9]\d{3} ?([A-Z]{2})?$/.test(value), { message: "postcode" })
      .transform((value) => emptyToNull(value.replace(/^(\d{4}) ?([A-Z]{2})$/, "$1 $2")))
      .optional(),
  ),
  language: z.preprocess(
    single,
    text(3)
      .toLowerCase()
      .refine((value) => value === "" || /^[a-z]{2,3}$/.test(value), { message: "language" })
      .transform(emptyToNull)
      .optional(),
  ),
  access: z.preprocess(single, z.enum(ACCESS, choice("access")).optional()),
});

export type ParsedHelpQuery = {
  query: HelpQuery;
  errors: FieldErrors;
  /** Whether the form was sent at all: a bare /hulpwijzer shows only the questions. */
  asked: boolean;
};

function errorOf(issue: z.core.$ZodIssue): FieldError {
  const key = issue.message as ErrorKey;
  if ("maximum" in issue) return { key, values: { max: Number(issue.maximum) } };
  return { key };
}

/**
 * Reads the query string. `locale`: the page's language, the default answer to "which
 * language"; `languages`: the codes the form offers (spoken somewhere), any other is a
 * field error. Never throws.
 */
export function parseHelpQuery(raw: Raw, options: { locale: string; languages: readonly string[] }): ParsedHelpQuery {
  const errors: FieldErrors = {};
  const read = <F extends Field>(field: F) => {
    const result = helpQuerySchema.shape[field].safeParse(raw[PARAM[field]]);
    if (result.success) return result.data as z.output<(typeof helpQuerySchema.shape)[F]>;
    errors[field] = errorOf(result.error.issues[0]);
    return undefined;
  };
  const situations = read("situations") ?? [];
  const urgency = read("urgency") ?? "deze-week";
  const buurt = read("buurt") ?? null;
  const postcode = read("postcode") ?? null;
  const access = read("access") ?? "ja";
  let language = read("language");
  if (language && language !== options.locale && !options.languages.includes(language)) {
    errors.language = { key: "language" };
    language = undefined;
  }
  // No answer given: the page's language. "Maakt niet uit" (an empty value): none.
  if (language === undefined) language = options.locale;
  return {
    query: {
      situations: SITUATIONS.filter((situation) => situations.includes(situation)),
      urgency,
      buurt,
      postcode,
      language,
      canTravel: access === "ja",
    },
    errors,
    asked: FIELDS.some((field) => raw[PARAM[field]] !== undefined),
  };
}
