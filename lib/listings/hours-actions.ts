"use server";
// Saving the weekly and monthly rules of a service at one location. The whole set is
// replaced at once, inside a transaction that first checks that the location belongs to the
// user's service and raises the service's version (a stale form changes nothing).
import { getTranslations } from "next-intl/server";
import { defineAction } from "../actions/action";
import type { HoursLocale } from "../hours/types";
import { bumpServiceVersion, requireEditableServiceAtLocation } from "./hours-access";
import { describeHoursRule } from "./hours-describe";
import { hoursSchema } from "./hours-schema";
import { hoursSnapshot, replaceHoursRules, sortRules } from "./hours-snapshot";
import { listingTransaction } from "./transaction";
import { recordRevision } from "./revisions";
import { revalidateListings } from "./revalidate";

export const saveHours = defineAction({
  schema: hoursSchema,
  access: "update:listing:own",
  async run(input, { user, locale }) {
    const hoursLocale = locale as HoursLocale;
    const rules = sortRules(input.rules);
    await listingTransaction(async (tx) => {
      const place = await requireEditableServiceAtLocation(tx, user, input.serviceId, input.serviceAtLocationId);
      const before = await hoursSnapshot(tx, place.id);
      await bumpServiceVersion(tx, user, input.serviceId, input.version, () => {
        const yours = rules.map((rule) => describeHoursRule(rule, hoursLocale));
        const theirs = (before?.rules ?? []).map((rule) => describeHoursRule(rule, hoursLocale));
        return JSON.stringify(yours) === JSON.stringify(theirs) ? [] : [{ field: "rules", yours, theirs }];
      });
      await replaceHoursRules(tx, place.id, rules);
      const after = await hoursSnapshot(tx, place.id);
      if (JSON.stringify(before) === JSON.stringify(after)) return;
      await recordRevision(tx, {
        entityType: "Hours",
        entityId: place.id,
        organizationId: place.organizationId,
        userId: user.id,
        action: "UPDATE",
        before,
        after,
      });
    });
    revalidateListings();
    const t = await getTranslations({ locale, namespace: "HoursEditor" });
    return { message: t("rules.saved") };
  },
});
