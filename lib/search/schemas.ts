// The search parameters of the public API (/api/v1/services) and of the map page's URL: one
// schema, so a shared link, a reload and an API call mean the same thing.
import { z } from "zod";
import { AccessMode, DebtPhase } from "../generated/prisma/enums";
import type { Weekday } from "../hours";
import { routing } from "../i18n/routing";

export const ACCESS_PARAM = { "walk-in": "WALK_IN", appointment: "APPOINTMENT", "home-visit": "HOME_VISIT", phone: "PHONE", online: "ONLINE" } as const satisfies Record<string, AccessMode>;
export type AccessParam = keyof typeof ACCESS_PARAM;
export const PHASE_PARAM = { signaleren: "SIGNALEREN", toeleiden: "TOELEIDEN", stabiliseren: "STABILISEREN", oplossen: "OPLOSSEN", nazorg: "NAZORG" } as const satisfies Record<string, DebtPhase>;
export type PhaseParam = keyof typeof PHASE_PARAM;
export const WEEKDAY_PARAMS = ["mo", "tu", "we", "th", "fr", "sa", "su"] as const;

const many = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(item).max(20));

const yes = z
  .enum(["true", "false", "1", "0"])
  .optional()
  .transform((value) => value === "true" || value === "1");

const code = (pattern: RegExp, message: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .refine((value) => pattern.test(value), { message });

export const searchParamsSchema = z
  .object({
    q: z.string().trim().max(100, { message: "q mag hoogstens 100 tekens zijn" }).optional().transform((v) => v || undefined),
    wijk: code(/^(wk0344\d{2}|[a-z0-9-]{2,60})$/, "wijk moet een wijknaam (slug) of CBS-code WK0344xx zijn").optional(),
    buurt: code(/^(bu0344\d{4}|[a-z0-9-]{2,60})$/, "buurt moet een buurtnaam (slug) of CBS-code BU0344xxxx zijn").optional(),
    category: many(code(/^[a-z0-9-]{2,60}$/, "category moet een categorie-slug zijn")),
    phase: many(z.enum(Object.keys(PHASE_PARAM) as [PhaseParam, ...PhaseParam[]], { message: "phase moet een van signaleren, toeleiden, stabiliseren, oplossen, nazorg zijn" })),
    kind: z.enum(["formal", "informal"], { message: "kind moet formal of informal zijn" }).optional(),
    open: z.enum(["now", ...WEEKDAY_PARAMS], { message: "open moet now of een dag (mo, tu, we, th, fr, sa, su) zijn" }).optional(),
    at: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "at moet een tijd HH:MM zijn" }).optional(),
    lang: many(code(/^[a-z]{2,3}$/, "lang moet een ISO 639-taalcode zijn (bijvoorbeeld nl, ar, tr)")),
    access: many(z.enum(Object.keys(ACCESS_PARAM) as [AccessParam, ...AccessParam[]], { message: "access moet een van walk-in, appointment, home-visit, phone, online zijn" })),
    free: yes,
    no_registration: yes,
    near: z
      .string()
      .regex(/^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/, { message: "near moet breedtegraad,lengtegraad zijn, bijvoorbeeld 52.09,5.12" })
      .transform((value) => {
        const [lat, lng] = value.split(",").map(Number);
        return { lat, lng };
      })
      .refine(({ lat, lng }) => lat >= 50.5 && lat <= 54 && lng >= 3 && lng <= 7.6, { message: "near moet een punt in Nederland zijn" })
      .optional(),
    sort: z.enum(["relevance", "distance", "name", "open"], { message: "sort moet relevance, distance, name of open zijn" }).optional(),
    page: z.coerce.number({ message: "page moet een getal zijn" }).int({ message: "page moet een geheel getal zijn" }).min(1, { message: "page moet 1 of hoger zijn" }).max(1000, { message: "page mag hoogstens 1000 zijn" }).default(1),
    per_page: z.coerce.number({ message: "per_page moet een getal zijn" }).int({ message: "per_page moet een geheel getal zijn" }).min(1, { message: "per_page moet tussen 1 en 100 zijn" }).max(100, { message: "per_page moet tussen 1 en 100 zijn" }).default(20),
    format: z.enum(["json", "geojson"], { message: "format moet json of geojson zijn" }).default("json"),
    // The language of the texts a coordinator can translate (ADR 0012); `lang` already filters
    // on the languages spoken. Without it, or with nl: the Dutch texts.
    locale: z.enum(routing.locales, { message: `locale moet een van ${routing.locales.join(", ")} zijn` }).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.at && (!value.open || value.open === "now")) {
      ctx.addIssue({ code: "custom", path: ["at"], message: "at werkt alleen samen met open=mo…su" });
    }
    if (value.sort === "distance" && !value.near) {
      ctx.addIssue({ code: "custom", path: ["sort"], message: "sort=distance werkt alleen samen met near" });
    }
  });

export type SearchParams = z.output<typeof searchParamsSchema>;

/** Reads URLSearchParams (repeatable keys become arrays) into the schema's input shape. */
export function searchParamsInput(params: URLSearchParams): Record<string, string | string[]> {
  const input: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    input[key] = values.length > 1 ? values : values[0];
  }
  return input;
}

export function weekdayOf(param: (typeof WEEKDAY_PARAMS)[number]): Weekday {
  return param.toUpperCase() as Weekday;
}
