// "Meld een fout": what a visitor may send about a listing. Deliberately no name, e-mail or
// phone field: residents never leave personal data with us. `startedAt` (a signed moment the
// form was shown) and the empty trap field `website_url` keep simple bots out without any
// third-party service (see form-token.ts and report-actions.ts).
import { z } from "zod";

export const REPORT_TOPICS = ["HOURS", "ADDRESS", "CONTACT", "SERVICES", "CLOSED_DOWN", "OTHER"] as const;

export const REPORT_MESSAGE_MIN = 10;
export const REPORT_MESSAGE_MAX = 1000;

export const reportSchema = z.object({
  organizationId: z.string().trim().min(1).max(64),
  topic: z.enum(REPORT_TOPICS, "choice"),
  message: z.string().trim().min(1, "required").min(REPORT_MESSAGE_MIN, "tooShort").max(REPORT_MESSAGE_MAX, "tooLong"),
  startedAt: z.string().max(200).optional().default(""),
  website_url: z.string().max(2000).optional().default(""),
});

export type ReportInput = z.output<typeof reportSchema>;
