// The referral-agreement forms: one schema for the form in the browser and the action.
// An agreement belongs to two organisations, so its contact is a function ("coördinator
// inloop"), never a person's name or private number.
import { z } from "zod";
import { checkbox, id, optionalText, requiredText, version } from "../forms/fields";

export const REFERRAL_KINDS = ["HEAVIER_HELP", "LIGHTER_HELP", "ALTERNATIVE", "PRACTICAL"] as const;

/** Up to ten steps; empty rows (added but not filled in) are left out. */
const handoverSteps = z.preprocess(
  (value) => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]).map((step) => (typeof step === "string" ? step.trim() : step)).filter((step) => step !== ""),
  z.array(z.string().max(500, "tooLong")).max(10, "tooLong"),
);

const optionalId = z.preprocess((value) => (value === "" ? null : value), id.nullable().optional().transform((v) => v ?? null));

/** What both sides agree on: when to refer and how the hand-over goes. */
const agreementFields = {
  fromServiceId: optionalId,
  toServiceId: optionalId,
  kind: z.enum(REFERRAL_KINDS, "choice"),
  whenToRefer: requiredText(1000),
  handoverSteps,
  whatToBring: optionalText(500),
  jointFirstMeeting: checkbox,
  contactRole: optionalText(120),
  professionalContact: optionalText(200),
};

export const proposeReferralSchema = z.object({
  fromOrganizationId: id,
  toOrganizationId: id,
  ...agreementFields,
});

/** Changing a proposal that is not yet confirmed (the proposing side only). */
export const updateReferralSchema = z.object({
  referralId: id,
  version,
  ...agreementFields,
});

/** Confirming or declining a proposal (the receiving side only). */
export const decideReferralSchema = z.object({
  referralId: id,
  version,
  reason: optionalText(500),
});

/** Ending a confirmed agreement (either side), or withdrawing a proposal (the proposing side). */
export const endReferralSchema = z.object({
  referralId: id,
  version,
  reason: requiredText(500),
});

export type ProposeReferralInput = z.output<typeof proposeReferralSchema>;

/** The fields of the form, in the order the conflict panel shows them. */
export const REFERRAL_FIELDS = [
  "toOrganizationId",
  "fromServiceId",
  "toServiceId",
  "kind",
  "whenToRefer",
  "handoverSteps",
  "whatToBring",
  "jointFirstMeeting",
  "contactRole",
  "professionalContact",
] as const;
