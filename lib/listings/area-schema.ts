// The areas a service serves: whole wijken and single buurten, saved as one set. Nothing
// ticked means the whole city. Shared by the form and the action.
import { z } from "zod";
import { id, version } from "../forms/fields";

/** Checkboxes named "wijkCodes[]": absent when none is ticked. */
function codeList(pattern: RegExp) {
  return z
    .preprocess((value) => (Array.isArray(value) ? value : [value]), z.array(z.string().trim().regex(pattern, "choice")).max(200, "tooLong"))
    .optional()
    .transform((codes) => codes ?? []);
}

export const areaSchema = z.object({
  serviceId: id,
  version,
  wijkCodes: codeList(/^WK\d{6}$/),
  buurtCodes: codeList(/^BU\d{8}$/),
});

export type AreaInput = z.output<typeof areaSchema>;

/**
 * A buurt inside a wijk that is chosen as a whole adds nothing, so it is dropped; doubles
 * too. Codes come out sorted, so the same choice always gives the same snapshot.
 */
export function normaliseAreas(selection: { wijkCodes: readonly string[]; buurtCodes: readonly string[] }, wijkOfBuurt: ReadonlyMap<string, string>) {
  const wijkCodes = [...new Set(selection.wijkCodes)].sort();
  const whole = new Set(wijkCodes);
  const buurtCodes = [...new Set(selection.buurtCodes)].filter((code) => !whole.has(wijkOfBuurt.get(code) ?? "")).sort();
  return { wijkCodes, buurtCodes };
}
