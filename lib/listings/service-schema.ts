// The service form: one schema for the form in the browser and the actions. A service is
// never deleted: "stoppen" sets it INACTIVE, so it leaves the map and can come back.
import { z } from "zod";
import { checkbox, checkboxList, id, optionalEmail, optionalPhone, optionalText, optionalUrl, requiredText, version } from "../forms/fields";

export const SERVICE_STATUSES = ["ACTIVE", "TEMPORARILY_CLOSED", "INACTIVE"] as const;
export const DEBT_PHASES = ["SIGNALEREN", "TOELEIDEN", "STABILISEREN", "OPLOSSEN", "NAZORG"] as const;
export const ACCESS_MODES = ["WALK_IN", "APPOINTMENT", "HOME_VISIT", "PHONE", "ONLINE"] as const;
export const CAPACITY_STATUSES = ["OPEN", "WAITING_LIST", "FULL"] as const;
/** The languages most asked for in Utrecht, as ISO 639 codes; names via lib/organisations/language-names.ts. */
export const SERVICE_LANGUAGES = ["nl", "en", "ar", "tr", "ber", "pl", "so", "ti", "fa", "uk", "pap", "es", "fr"] as const;

/** Ids from checkboxes named "field[]"; which ones may be used is checked against the database. */
const idList = z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(id).max(100, "tooLong"));

export const serviceSchema = z.object({
  organizationId: id,
  /** Absent for a new service. */
  serviceId: z.preprocess((value) => (value === "" ? undefined : value), id.optional()),
  version: z.preprocess((value) => (value === "" ? undefined : value), version.optional()),
  name: requiredText(120),
  description: requiredText(2000),
  status: z.enum(SERVICE_STATUSES, "choice"),
  categoryIds: idList,
  phases: checkboxList([...DEBT_PHASES]),
  accessModes: checkboxList([...ACCESS_MODES]),
  languages: checkboxList([...SERVICE_LANGUAGES]),
  eligibility: optionalText(1000),
  isFree: checkbox,
  costNote: optionalText(300),
  noRegistration: checkbox,
  capacity: z.enum(CAPACITY_STATUSES, "choice"),
  capacityNote: optionalText(300),
  phone: optionalPhone(),
  email: optionalEmail(),
  url: optionalUrl(),
  locationIds: idList,
});

export type ServiceInput = z.output<typeof serviceSchema>;

/** The fields of the form, in the order the history and conflict screens show them. */
export const SERVICE_FIELDS = [
  "name",
  "description",
  "status",
  "categoryIds",
  "phases",
  "accessModes",
  "languages",
  "eligibility",
  "isFree",
  "costNote",
  "noRegistration",
  "capacity",
  "capacityNote",
  "phone",
  "email",
  "url",
  "locationIds",
] as const;

/** "Inloop voor formulieren & brieven" → "inloop-voor-formulieren-brieven". */
export function slugFromName(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "hulp";
}
