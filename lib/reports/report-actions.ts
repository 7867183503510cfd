"use server";
// "Meld een fout" from the public page. No account, no cookie, no personal data: only the
// listing, a topic and the message are stored. A program that fills in the hidden trap field
// or sends the form within seconds gets the same thanks as a person, so it learns nothing,
// and nothing is written. People are limited to a few reports an hour per (hashed) address.
import { getTranslations } from "next-intl/server";
import { defineAction } from "../actions/action";
import { RuleError } from "../actions/errors";
import { isLimited, PUBLIC_REPORTS_PER_IP, recordEvent } from "../auth/rate-limit";
import { db } from "../db";
import { checkReportFormToken } from "./form-token";
import { reportSchema } from "./report-schema";

export const submitReport = defineAction({
  schema: reportSchema,
  access: "public",
  async run(input, { ip, locale }) {
    const t = await getTranslations({ locale, namespace: "Moderation.report" });
    const thanks = { message: t("thanks") };
    if (input.website_url.trim() !== "") return thanks;
    const token = checkReportFormToken(input.startedAt);
    if (token === "forged" || token === "tooFast") return thanks;
    if (token === "expired") throw new RuleError("formExpired");
    if (await isLimited(db, PUBLIC_REPORTS_PER_IP, ip)) throw new RuleError("throttled");
    const created = await db.$transaction(async (tx) => {
      // Only listings that are on the map can be reported on: the id is posted, so check it.
      const organisation = await tx.organization.findFirst({ where: { id: input.organizationId, status: "PUBLISHED" }, select: { id: true } });
      if (!organisation) return false;
      await tx.correctionReport.create({ data: { organizationId: organisation.id, topic: input.topic, message: input.message } });
      await recordEvent(tx, PUBLIC_REPORTS_PER_IP, ip);
      return true;
    });
    if (!created) throw new RuleError("listingGone");
    return thanks;
  },
});
