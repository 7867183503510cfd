import "server-only";
// The OpenAPI 3.1 document of /api/v1 (issue 12, point 6), served at /api/v1/openapi.json.
// Its parameters are generated from the zod schemas the routes themselves parse with
// (z.toJSONSchema, zod 4's own converter, draft 2020-12 as OpenAPI 3.1 uses): the search
// filters of lib/search/schemas.ts, the route query of lib/route-api/schema.ts and the address
// of lib/map/geocode-address.ts. So a new or changed parameter shows here without an edit; only
// the descriptions of the search filters are written below. tests/unit/openapi.test.ts checks
// the document against the official OpenAPI 3.1 schema and against the route files.
import { z } from "zod";
import { DATA_LICENSE } from "../hsds/api-info";
import { addressQuerySchema } from "../map/geocode-address";
import { GEOCODER_LIMIT, MAP_PLACE_LIMIT, PUBLIC_API_LIMIT } from "../ratelimit/limits";
import { routeAnswerSchema } from "../route-api/answer-schema";
import { routeQuerySchema } from "../route-api/schema";
import { searchParamsSchema } from "../search/schemas";

type JsonSchema = Record<string, unknown>;
type Parameter = { name: string; in: "query" | "path"; required: boolean; description?: string; schema: JsonSchema; style?: "form"; explode?: boolean };

/** Draft 2020-12 JSON Schema of one zod schema, as the client sends it (io: input) or gets it. */
export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const json = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
  // The document's jsonSchemaDialect names the dialect once.
  delete json.$schema;
  return json;
}

/** What the search filters mean; their types, patterns and limits come from the schema. */
const SEARCH_DESCRIPTIONS: Record<keyof typeof searchParamsSchema.shape, string> = {
  q: "Zoekwoorden (naam, beschrijving, categorie)",
  wijk: "Wijk: slug of CBS-code WK0344xx",
  buurt: "Buurt: slug of CBS-code BU0344xxxx",
  category: "Categorie-slug; mag vaker",
  phase: "Fase van de schuldhulp; mag vaker",
  kind: "formal (professionele hulp) of informal (vrijwilligers, buurtinitiatieven)",
  open: "now: nu open; mo…su: open op die dag",
  at: "Tijd HH:MM, samen met open=mo…su",
  lang: "Gesproken taal (ISO 639); mag vaker",
  access: "Hoe je er terecht kunt; mag vaker",
  free: "Alleen gratis hulp",
  no_registration: "Alleen hulp zonder aanmelding",
  near: "Punt breedtegraad,lengtegraad: afstanden worden hiervandaan gemeten",
  sort: "Volgorde; distance alleen met near",
  page: "Pagina (vanaf 1)",
  per_page: "Resultaten per pagina (1 tot en met 100)",
  format: "json of geojson",
  locale: "Taal van de teksten die coördinatoren vertaalden; zonder: Nederlands",
};

/** Query parameters of a zod object: required when the schema refuses a missing value. */
export function queryParameters(schema: z.ZodObject, descriptions: Record<string, string> = {}): Parameter[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const fieldSchema = field as z.ZodType;
    const json = jsonSchemaOf(fieldSchema, "input");
    const description = descriptions[name] ?? (typeof json.description === "string" ? json.description : undefined);
    const parameter: Parameter = { name, in: "query", required: !fieldSchema.safeParse(undefined).success, ...(description ? { description } : {}), schema: json };
    // Repeatable parameters: ?behoefte=a&behoefte=b.
    return json.type === "array" ? { ...parameter, style: "form", explode: true } : parameter;
  });
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const jsonContent = (schema: JsonSchema) => ({ "application/json": { schema } });
const errorResponse = (description: string, schema = ref("Error")) => ({ description, content: jsonContent(schema) });

const ERRORS = {
  "400": errorResponse("Een parameter is fout; `issues` noemt elke fout parameter met een Nederlandse melding", ref("InvalidParameter")),
  "429": {
    description: "Te veel verzoeken vanaf dit adres; probeer het opnieuw na `Retry-After` seconden",
    headers: { "Retry-After": { schema: { type: "integer" }, description: "Seconden tot een nieuw verzoek mag" } },
    content: jsonContent(ref("RateLimited")),
  },
  "500": errorResponse("Er ging iets mis aan onze kant", ref("Error")),
};

const LOCATION_ID: Parameter = {
  name: "id",
  in: "path",
  required: true,
  description: "Id van een plek, uit /api/v1/map-points",
  // As lib/search/points-handler.ts checks it.
  schema: { type: "string", pattern: "^[A-Za-z0-9_-]{1,64}$" },
};

const limits = `Per IP-adres: ${PUBLIC_API_LIMIT.limit} API-verzoeken en ${GEOCODER_LIMIT.limit} adressen opzoeken per minuut (popups van de kaart: ${MAP_PLACE_LIMIT.limit} per minuut); daarboven 429 met Retry-After.`;

const ROUTE_EXAMPLE =
  "Een landelijke routesite (zoals Geldfit of de Nederlandse Schuldhulproute) vraagt na de postcode en het huisnummer van de inwoner:\n\n" +
  "```js\nconst url = new URL('https://<deze site>/api/v1/route');\nurl.searchParams.set('postcode', '3527AB');\nurl.searchParams.set('huisnummer', '2');\n" +
  "url.searchParams.append('behoefte', 'zware-schulden');\nurl.searchParams.append('behoefte', 'voedselnood');\nconst answer = await fetch(url).then((r) => r.json());\n" +
  "// answer.buurtteams[0].name en .phone: het buurtteam; answer.formal_route.phone: 14 030;\n// answer.near: hulp dichtbij, wat het eerst open is eerst, elk met reasons[].text\n```\n\n" +
  "Een 404 betekent: geen adres in de gemeente Utrecht; verwijs dan naar de eigen gemeente.";

export function openApiDocument(origin: string) {
  const searchParameters = queryParameters(searchParamsSchema, SEARCH_DESCRIPTIONS);
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://spec.openapis.org/oas/3.1/dialect/base",
    info: {
      title: "Sociale kaart schuldhulp Utrecht — API v1",
      version: "1.0.0",
      summary: "Openbare hulp bij geldzorgen en schulden in Utrecht: zoeken, kaart, wijken en de lokale route.",
      description: `Open data, zonder sleutel en zonder cookies. ${limits} Zie ook de Open Referral HSDS 3 API onder /api/hsds.`,
      license: { name: DATA_LICENSE.name, identifier: DATA_LICENSE.id },
    },
    servers: [{ url: origin }],
    paths: {
      "/api/v1/services": {
        get: {
          operationId: "searchServices",
          summary: "Zoek hulp: diensten per plek, met filters",
          parameters: searchParameters,
          responses: {
            "200": {
              description: "Resultaten (JSON of, met format=geojson, GeoJSON); ETag en Cache-Control tot de volgende opening of sluiting",
              content: { ...jsonContent(ref("SearchResult")), "application/geo+json": { schema: { type: "object" } } },
            },
            "304": { description: "Niet veranderd (If-None-Match)" },
            ...ERRORS,
            "503": errorResponse("Even te druk; probeer het opnieuw na Retry-After"),
          },
        },
      },
      "/api/v1/map-points": {
        get: {
          operationId: "mapPoints",
          summary: "Alle plekken die passen, voor een kaart (compacte GeoJSON); dezelfde filters als /api/v1/services, page en sort worden genegeerd",
          parameters: searchParameters,
          responses: {
            "200": { description: "GeoJSON FeatureCollection", content: { "application/geo+json": { schema: { type: "object" } } } },
            "304": { description: "Niet veranderd (If-None-Match)" },
            ...ERRORS,
            "503": errorResponse("Even te druk; probeer het opnieuw na Retry-After"),
          },
        },
      },
      "/api/v1/map-points/{id}": {
        get: {
          operationId: "mapPlace",
          summary: "Eén plek met de diensten daar die passen bij de filters (voor een popup)",
          parameters: [LOCATION_ID, ...searchParameters],
          responses: {
            "200": { description: "De plek en haar diensten", content: jsonContent({ type: "object" }) },
            "304": { description: "Niet veranderd (If-None-Match)" },
            ...ERRORS,
            "404": errorResponse("Deze plek staat niet (meer) op de kaart"),
          },
        },
      },
      "/api/v1/wijken.geojson": {
        get: {
          operationId: "wijken",
          summary: "De grenzen van de wijken van Utrecht (CBS), als GeoJSON",
          responses: {
            "200": { description: "GeoJSON FeatureCollection; een dag te bewaren, met ETag", content: { "application/geo+json": { schema: { type: "object" } } } },
            "304": { description: "Niet veranderd (If-None-Match)" },
          },
        },
      },
      "/api/v1/geocode": {
        get: {
          operationId: "geocode",
          summary: "Adres of postcode in Utrecht → punt, buurt en wijk (via PDOK, door onze server)",
          parameters: [{ name: "q", in: "query", required: true, description: "Adres of postcode", schema: jsonSchemaOf(addressQuerySchema, "input") }],
          responses: {
            "200": {
              description: "Het adres; niet te bewaren (no-store)",
              content: jsonContent({
                type: "object",
                properties: {
                  label: { type: "string" },
                  lat: { type: "number" },
                  lng: { type: "number" },
                  buurtCode: { type: ["string", "null"] },
                  wijkCode: { type: ["string", "null"] },
                },
                required: ["label", "lat", "lng", "buurtCode", "wijkCode"],
              }),
            },
            "400": errorResponse("Geen bruikbaar adres"),
            "404": errorResponse("Dit adres vonden we niet in Utrecht"),
            "429": ERRORS["429"],
            "503": errorResponse("Adres zoeken lukt nu niet"),
          },
        },
      },
      "/api/v1/route": {
        get: {
          operationId: "route",
          summary: "De lokale route voor één adres: buurtteam, formele route (14 030) en hulp dichtbij",
          description:
            "Voor één adres in Utrecht en wat de inwoner nodig heeft: het buurtteam, de schulddienstverlening van de gemeente (14 030, hoe je je aanmeldt) en hulp dichtbij die het eerst open is, elk met een reden. Niet te bewaren (no-store): het antwoord bevat een adres en hangt af van het moment. Telt als API-verzoek en als adres opzoeken.\n\n" +
            ROUTE_EXAMPLE,
          parameters: queryParameters(routeQuerySchema),
          responses: {
            "200": { description: "De route", content: jsonContent(ref("RouteAnswer")) },
            ...ERRORS,
            "404": errorResponse("Geen adres in de gemeente Utrecht (error: not_found of outside_utrecht)"),
            "503": errorResponse("Adres zoeken lukt nu niet"),
          },
        },
      },
      "/api/v1/openapi.json": {
        get: { operationId: "openapi", summary: "Dit document", responses: { "200": { description: "OpenAPI 3.1", content: jsonContent({ type: "object" }) } } },
      },
    },
    components: {
      schemas: {
        RouteAnswer: jsonSchemaOf(routeAnswerSchema, "output"),
        SearchResult: {
          type: "object",
          properties: {
            total: { type: "integer" },
            page: { type: "integer" },
            per_page: { type: "integer" },
            items: { type: "array", items: { type: "object" } },
            facets: { type: "object" },
            near: { type: ["object", "null"] },
          },
          required: ["total", "page", "per_page", "items", "facets", "near"],
        },
        Error: { type: "object", properties: { error: { type: "string" }, message: { type: "string" } }, required: ["error", "message"] },
        InvalidParameter: {
          type: "object",
          properties: {
            error: { const: "invalid_parameter" },
            parameter: { type: "string" },
            message: { type: "string" },
            issues: {
              type: "array",
              items: { type: "object", properties: { parameter: { type: "string" }, message: { type: "string" } }, required: ["parameter", "message"] },
            },
          },
          required: ["error", "parameter", "message", "issues"],
        },
        RateLimited: {
          type: "object",
          properties: { error: { const: "rate_limited" }, message: { type: "string" }, retry_after: { type: "integer" } },
          required: ["error", "message", "retry_after"],
        },
      },
    },
  };
}
