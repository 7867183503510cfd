// Handling a report: coordinators mark it resolved (a note is welcome, not required);
// moderators may also dismiss one, and then must say why.
import { z } from "zod";
import { id, optionalText } from "../forms/fields";

export const resolveReportSchema = z.object({
  reportId: id,
  note: optionalText(1000),
});

export const settleReportSchema = z
  .object({
    reportId: id,
    outcome: z.enum(["RESOLVED", "DISMISSED"], "choice"),
    note: optionalText(1000),
  })
  .superRefine((value, context) => {
    if (value.outcome === "DISMISSED" && !value.note) context.addIssue({ code: "custom", path: ["note"], message: "noteRequired" });
  });
