// "Meld een initiatief aan": a new organisation, and for someone without an account also
// the account that will own it. `website_url` is a honeypot: hidden from people, so only
// robots fill it in.
import { z } from "zod";
import { email, optionalEmail, optionalPhone, optionalUrl, requiredText } from "../forms/fields";
import { mismatch, newPassword, passwordsMatch } from "./password-rules";

const initiativeFields = {
  name: requiredText(120),
  description: requiredText(2000),
  kind: z.enum(["FORMAL", "INFORMAL"], "choice").default("INFORMAL"),
  track: z.enum(["SOCIALE_BASIS", "BUURTTEAM", "SPECIALIST"], "choice").default("SOCIALE_BASIS"),
  website: optionalUrl(),
  email: optionalEmail(),
  phone: optionalPhone(),
  website_url: z.string().optional().default(""),
};

export const submitInitiativeSchema = z.object(initiativeFields);

export const submitWithAccountSchema = z
  .object({
    ...initiativeFields,
    accountName: requiredText(120),
    accountEmail: email,
    password: newPassword,
    passwordRepeat: z.string(),
  })
  .refine(passwordsMatch, mismatch);

export type InitiativeInput = z.output<typeof submitInitiativeSchema>;

/** The fields in form order, for the error summary. */
export const INITIATIVE_FIELDS = ["accountName", "accountEmail", "password", "passwordRepeat", "name", "description", "kind", "track", "website", "email", "phone"] as const;
