// GET /api/hsds: what this API is (HSDA's root answer: version, profile, openapi_url) and, as
// the issue asks, the licence of the data and who publishes it. The data is CC0 1.0, as Dutch
// municipal open data usually is (data.overheid.nl recommends CC0 or public domain): anyone may
// reuse it without conditions. The HSDS schemas themselves are CC BY-SA 4.0 (Open Referral).
export const HSDS_VERSION = "3.0";
export const DATA_LICENSE = {
  name: "CC0 1.0 Universal (Public Domain Dedication)",
  id: "CC0-1.0",
  url: "https://creativecommons.org/publicdomain/zero/1.0/",
} as const;

export function apiInfo(origin: string) {
  return {
    version: HSDS_VERSION,
    // The HSDS 3.0 specification's own OpenAPI document: this API follows it, no profile of ours.
    openapi_url: "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json",
    profile: "https://docs.openreferral.org/en/3.0/",
    name: "Sociale kaart schuldhulp Utrecht — Open Referral HSDS API",
    description: "Openbare hulp bij geldzorgen en schulden in Utrecht: diensten, organisaties, plekken en tijden.",
    license: DATA_LICENSE,
    publisher: { name: "Sociale kaart schuldhulp Utrecht", url: origin },
    endpoints: ["/services", "/organizations", "/service_at_locations", "/taxonomies", "/taxonomy_terms"].map((path) => `${origin}/api/hsds${path}`),
  };
}
