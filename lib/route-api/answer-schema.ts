// The shape of GET /api/v1/route's answer, as a zod schema: the types answer.ts builds and the
// response the OpenAPI document (lib/openapi/document.ts) publishes come from this one place,
// and tests/integration/route-api.test.ts checks a real answer against the published one.
import { z } from "zod";

const reason = z
  .object({
    code: z.string().meta({ description: "Vaste code van de reden (servesBuurt, formalRoute, teamAgreement, meetsNeeds, openNow, opensToday, nearby, noRegistration, alternativeFor, hasConditions, …)" }),
    text: z.string().meta({ description: "De reden in gewone woorden (Nederlands, B1)" }),
  });

export const routePlaceSchema = z
  .object({
    organisation: z.object({ name: z.string(), slug: z.string() }),
    service: z.object({ name: z.string(), slug: z.string(), description: z.string() }),
    location: z
      .object({ name: z.string(), address: z.string(), postcode: z.string(), city: z.string(), lat: z.number(), lng: z.number() })
      .nullable()
      .meta({ description: "Null bij hulp zonder vaste plek (bellen, online)" }),
    distance_m: z.number().int().nullable().meta({ description: "Afstand tot het adres in meters" }),
    open: z.object({
      status: z.enum(["open", "closed", "unknown"]),
      closes_at: z.string().nullable().meta({ description: "ISO-tijdstip, als het nu open is" }),
      next_opening: z.string().nullable().meta({ description: "ISO-tijdstip van de volgende opening, als het nu dicht is" }),
    }),
    phone: z.string().nullable(),
    website: z.string().nullable(),
    page: z.string().meta({ description: "De pagina van de organisatie op de sociale kaart" }),
    no_registration: z.boolean(),
    eligibility: z.string().nullable().meta({ description: "Voorwaarden om er terecht te kunnen" }),
    reasons: z.array(reason),
  });

export const routeAnswerSchema = z
  .object({
    address: z.object({
      label: z.string().nullable(),
      buurt: z.object({ code: z.string(), name: z.string() }),
      wijk: z.object({ code: z.string(), name: z.string() }),
    }),
    needs: z.array(z.string()),
    buurtteams: z
      .array(
        z.object({
          name: z.string(),
          slug: z.string(),
          kind: z.enum(["sociaal", "jeugdEnGezin"]).meta({ description: "sociaal: voor volwassenen; jeugdEnGezin: voor gezinnen met kinderen" }),
          phone: z.string().nullable(),
          page: z.string(),
          reasons: z.array(reason),
        }),
      )
      .meta({ description: "Het buurtteam van het adres: de deur die altijd open is. Sociaal team eerst." }),
    formal_route: z
      .object({
        organisation: z.string(),
        service: z.string().nullable(),
        phone: z.string().meta({ description: "14 030, het nummer van de gemeente Utrecht" }),
        website: z.string(),
        how_to_sign_up: z.array(z.string()).meta({ description: "Hoe je je aanmeldt, in stappen" }),
        who_can_sign_up: z.string().nullable(),
        what_to_expect: z.string().nullable(),
        handover_by_buurtteam: z
          .object({ buurtteam: z.string(), steps: z.array(z.string()), what_to_bring: z.string().nullable(), joint_first_meeting: z.boolean() })
          .nullable()
          .meta({ description: "De afspraak van het buurtteam om warm over te dragen, als die er is" }),
        page: z.string().nullable(),
        reasons: z.array(reason),
        other_doors: z.array(routePlaceSchema).meta({ description: "De rest van de formele keten (sociaal raadslieden, De Geldzaak), bij zware schulden" }),
      })
      .meta({ description: "De formele route: de schulddienstverlening van de gemeente Utrecht" }),
    near: z.array(routePlaceSchema).meta({ description: "Hulp dichtbij voor de behoefte: wat het eerst open is eerst" }),
    alternatives: z.array(routePlaceSchema).meta({ description: "Hulp zonder aanmelding voor wie ergens niet terecht kan" }),
  });

export type RoutePlace = z.output<typeof routePlaceSchema>;
export type RouteAnswer = z.output<typeof routeAnswerSchema>;
