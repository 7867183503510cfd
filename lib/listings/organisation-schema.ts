// The organisation-details form: one schema for the form in the browser and the action.
import { z } from "zod";
import { optionalEmail, optionalPhone, optionalText, optionalUrl, requiredText, version } from "../forms/fields";

export const organisationDetailsSchema = z.object({
  organizationId: z.string().min(1),
  version,
  name: requiredText(120),
  alternateName: optionalText(120),
  description: requiredText(2000),
  kind: z.enum(["FORMAL", "INFORMAL"], "choice"),
  track: z.enum(["SOCIALE_BASIS", "BUURTTEAM", "SPECIALIST"], "choice"),
  website: optionalUrl(),
  email: optionalEmail(),
  phone: optionalPhone(),
  whatsapp: optionalPhone(),
});

export type OrganisationDetailsInput = z.output<typeof organisationDetailsSchema>;

/** The fields of the form, in the order the history and conflict screens show them. */
export const ORGANISATION_FIELDS = ["name", "alternateName", "description", "kind", "track", "website", "email", "phone", "whatsapp"] as const;
