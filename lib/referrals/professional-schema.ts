// Who counts as a professional: the moderators' forms for e-mail domains and for the
// professional role of one account.
import { z } from "zod";
import { email, optionalText } from "../forms/fields";

// Anyone can get an address at these: a professional domain must belong to an employer.
export const PUBLIC_MAIL_DOMAINS = [
  "gmail.com",
  "googlemail.com",
  "hotmail.com",
  "hotmail.nl",
  "outlook.com",
  "outlook.nl",
  "live.nl",
  "live.com",
  "msn.com",
  "yahoo.com",
  "icloud.com",
  "me.com",
  "proton.me",
  "protonmail.com",
  "ziggo.nl",
  "kpnmail.nl",
  "planet.nl",
  "home.nl",
  "xs4all.nl",
] as const;

const DOMAIN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** "@Utrecht.nl " → "utrecht.nl"; a full address is not a domain. */
export const professionalDomain = z
  .string()
  .trim()
  .toLowerCase()
  .transform((value) => value.replace(/^@/, ""))
  .pipe(
    z
      .string()
      .min(1, { message: "required", abort: true })
      .refine((value) => DOMAIN.test(value) && !(PUBLIC_MAIL_DOMAINS as readonly string[]).includes(value), "domain"),
  );

export const addDomainSchema = z.object({
  domain: professionalDomain,
  note: optionalText(200),
});

export const removeDomainSchema = z.object({
  domain: z.string().trim().toLowerCase().min(1, "required").max(253, "tooLong"),
});

export const setProfessionalSchema = z.object({
  email,
  grant: z.enum(["true", "false"], "choice").transform((value) => value === "true"),
});

/** The part after the @, lower case. */
export function emailDomain(address: string): string {
  return address.slice(address.lastIndexOf("@") + 1).trim().toLowerCase();
}

/** "team.utrecht.nl" matches "team.utrecht.nl" and "utrecht.nl" (but never just "nl"). */
export function domainCandidates(domain: string): string[] {
  const parts = domain.split(".").filter(Boolean);
  const candidates: string[] = [];
  for (let index = 0; index < parts.length - 1; index += 1) candidates.push(parts.slice(index).join("."));
  return candidates;
}
