"use server";
// Closing a report. The ownership condition is part of the UPDATE's WHERE: a coordinator
// who posts the id of another listing's report matches no row and changes nothing. Only
// open reports can be closed, so two people handling one report cannot overwrite each other.
import { getTranslations } from "next-intl/server";
import { defineAction } from "../actions/action";
import { NotAllowedError } from "../actions/errors";
import { editableOrganizations } from "../auth/scopes";
import { db } from "../db";
import { resolveReportSchema, settleReportSchema } from "./resolve-schema";
import { revalidateManagePages } from "./revalidate";

/** Owners and editors of the listing (and moderators): mark as resolved. */
export const resolveReport = defineAction({
  schema: resolveReportSchema,
  access: "update:listing:own",
  async run(input, { user, locale }) {
    const updated = await db.correctionReport.updateMany({
      where: { id: input.reportId, status: "OPEN", organization: editableOrganizations(user) },
      data: { status: "RESOLVED", resolutionNote: input.note, resolvedById: user.id, resolvedAt: new Date() },
    });
    if (updated.count === 0) throw new NotAllowedError();
    revalidateManagePages();
    const t = await getTranslations({ locale, namespace: "Moderation.reports" });
    return { message: t("resolved") };
  },
});

/** Moderators, for any listing: resolve, or dismiss with a note. */
export const settleReport = defineAction({
  schema: settleReportSchema,
  access: "moderate:report:any",
  async run(input, { user, locale }) {
    const updated = await db.correctionReport.updateMany({
      where: { id: input.reportId, status: "OPEN" },
      data: { status: input.outcome, resolutionNote: input.note, resolvedById: user.id, resolvedAt: new Date() },
    });
    if (updated.count === 0) throw new NotAllowedError();
    revalidateManagePages();
    const t = await getTranslations({ locale, namespace: "Moderation.reports" });
    return { message: t(input.outcome === "RESOLVED" ? "resolved" : "dismissed") };
  },
});
