// The official Open Referral HSDS 3 JSON Schemas (tests/fixtures/hsds, source and licence in
// its README) as ajv validators, and the HSDA paged wrapper.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";

const SCHEMA_DIR = path.resolve(import.meta.dirname, "../../fixtures/hsds");

// The Page object of the HSDS 3.0 OpenAPI document (components.schemas.Page, openreferral/
// specification schema/openapi.json, CC BY-SA 4.0), with `contents` as every list there has it.
// The specification marks no field required; every one of ours must be there.
const PAGE_SCHEMA = {
  type: "object",
  properties: {
    total_items: { type: "integer" },
    total_pages: { type: "integer" },
    page_number: { type: "integer" },
    size: { type: "integer" },
    first_page: { type: "boolean" },
    last_page: { type: "boolean" },
    empty: { type: "boolean" },
    contents: { type: "array" },
  },
  required: ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"],
};

export type HsdsSchemaName = "service" | "organization" | "service_at_location" | "taxonomy" | "taxonomy_term" | "page";

export function hsdsValidators(): Record<HsdsSchemaName, ValidateFunction> {
  // The HSDS files carry Table Schema keywords (constraints, core, …): not strict.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  for (const file of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".json"))) {
    const schema = JSON.parse(readFileSync(path.join(SCHEMA_DIR, file), "utf8"));
    ajv.addSchema({ ...schema, $id: `https://hsds.example/${file}` });
  }
  const get = (name: string) => {
    const validate = ajv.getSchema(`https://hsds.example/${name}.json`);
    if (!validate) throw new Error(`${name}.json not found in HSDS schemas`);
    return validate;
  };
  return {
    service: get("service"),
    organization: get("organization"),
    service_at_location: get("service_at_location"),
    taxonomy: get("taxonomy"),
    taxonomy_term: get("taxonomy_term"),
    page: ajv.compile(PAGE_SCHEMA),
  };
}
