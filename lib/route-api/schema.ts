// The query of GET /api/v1/route (issue 12, point 5): one address in Utrecht and what the
// resident needs. One schema for the route, its tests and the OpenAPI document
// (lib/openapi/document.ts), so the documentation cannot say something the route does not do.
// The needs are the referral helper's (lib/referral-helper/needs.ts): the same words bring
// the same categories and debt phases, here and in /verwijzen.
import { z } from "zod";
import { NEEDS, type Need } from "../referral-helper/needs";

/** `behoefte` may be repeated, at most once per need. */
export const MAX_NEEDS = NEEDS.length;

/** What each need means, for the OpenAPI document and the developers page. */
export const NEED_DESCRIPTIONS: Record<Need, string> = {
  betalingsachterstand: "Achterstand met huur, energie, zorgverzekering of andere rekeningen",
  "zware-schulden": "Schulden die iemand niet zelf kan oplossen (schuldhulp, schuldregeling, bewindvoering)",
  voedselnood: "Geen of te weinig eten in huis (voedselbank, maaltijden)",
  formulieren: "Hulp met formulieren, brieven en toeslagen",
  administratie: "Hulp om de administratie op orde te krijgen en te houden (ook een financieel maatje)",
  inkomen: "Meer inkomen: regelingen, U-pas, werk",
  eenzaamheid: "Er alleen voor staan: ontmoeting in de buurt",
};

const POSTCODE = /^[1-9][0-9]{3} ?[A-Za-z]{2}$/;
// A house number with an optional addition as BAG writes them: 12, 12A, 12-2, 12 bis. The
// look-ahead keeps 100000 from reading as 10000 with addition 0.
const HOUSE_NUMBER = /^([1-9][0-9]{0,4})(?![0-9])(?:[ -]?([A-Za-z0-9]{1,4}))?$/;

const many = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(item).max(MAX_NEEDS));

export const routeQuerySchema = z.object({
  postcode: z
    .string({ message: "postcode ontbreekt: geef een postcode zoals 3527 AB" })
    .trim()
    .regex(POSTCODE, { message: "postcode moet een Nederlandse postcode zijn, zoals 3527 AB of 3527AB" })
    .transform((value) => value.replace(" ", "").toUpperCase())
    .meta({ description: "Postcode van het adres, met of zonder spatie", example: "3527AB" }),
  huisnummer: z
    .string({ message: "huisnummer ontbreekt: geef een huisnummer van 1 tot en met 99999" })
    .trim()
    .regex(HOUSE_NUMBER, { message: "huisnummer moet een getal van 1 tot en met 99999 zijn, eventueel met een toevoeging (12, 12A, 12-2)" })
    .transform((value) => {
      const [, number, addition] = HOUSE_NUMBER.exec(value) ?? [];
      return { number: Number(number), addition: addition?.toUpperCase() ?? null };
    })
    .meta({ description: "Huisnummer (1 tot en met 99999), eventueel met toevoeging: 12, 12A, 12-2", example: "2" }),
  behoefte: many(z.enum(NEEDS, { message: `behoefte moet een van ${NEEDS.join(", ")} zijn` }))
    .refine((needs) => needs.length > 0, { message: `behoefte ontbreekt: geef minstens één van ${NEEDS.join(", ")}` })
    .transform((needs) => NEEDS.filter((need) => needs.includes(need)))
    .meta({
      description: `Waar de inwoner hulp bij zoekt; mag vaker (hoogstens ${MAX_NEEDS} keer). ${NEEDS.map((need) => `${need}: ${NEED_DESCRIPTIONS[need]}`).join(". ")}.`,
    }),
});

export type RouteQuery = z.output<typeof routeQuerySchema>;

/** The address as PDOK is asked for it: "3527AB 2 A". */
export function addressQueryOf(query: RouteQuery): string {
  return [query.postcode, query.huisnummer.number, query.huisnummer.addition].filter((part) => part !== null).join(" ");
}
