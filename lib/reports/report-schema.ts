// "Meld een fout": what a visitor may send about a listing. Deliberately no name, e-mail or
// phone field: residents never leave personal data with us. `startedAt` (a signed moment the
// form was shown) and the empty trap field `website_url` keep simple bots out without any
// third-party service (see form-token.ts and report-actions.ts).
import { z } from "zod";
import { REPORT_MESSAGE_MAX, REPORT_MESSAGE_MIN, REPORT_TOPICS } from "./report-fields";

export const reportSchema = z.object({
  organizationId: z.string().trim().min(1).max(64),
  topic: z.enum(REPORT_TOPICS, "choice"),
  message: z.string().trim().min(1, "required").min(REPORT_MESSAGE_MIN, "tooShort").max(REPORT_MESSAGE_MAX, "tooLong"),
  startedAt: z.string().max(200).optional().default(""),
  website_url: z.string().max(2000).optional().default(""),
});

export type ReportInput = z.output<typeof reportSchema>;
