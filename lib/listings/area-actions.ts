"use server";
// Saving the wijken and buurten a service serves, as one set. Guarded by the service's
// version and its organisation's ownership condition; unknown codes are refused.
import { getTranslations } from "next-intl/server";
import { defineAction } from "../actions/action";
import { RuleError } from "../actions/errors";
import { areaSchema, normaliseAreas } from "./area-schema";
import { areaSnapshot, replaceAreas } from "./area-snapshot";
import { bumpServiceVersion, requireEditableService } from "./hours-access";
import { listingTransaction } from "./transaction";
import { recordRevision } from "./revisions";
import { revalidateListings } from "./revalidate";

export const saveAreas = defineAction({
  schema: areaSchema,
  access: "update:listing:own",
  async run(input, { user, locale }) {
    await listingTransaction(async (tx) => {
      const service = await requireEditableService(tx, user, input.serviceId);
      const [wijken, buurten] = await Promise.all([
        tx.wijk.findMany({ where: { code: { in: input.wijkCodes } }, select: { code: true } }),
        tx.buurt.findMany({ where: { code: { in: input.buurtCodes } }, select: { code: true, wijkCode: true } }),
      ]);
      if (wijken.length !== new Set(input.wijkCodes).size) throw new RuleError("choice", "wijkCodes");
      if (buurten.length !== new Set(input.buurtCodes).size) throw new RuleError("choice", "buurtCodes");
      const selection = normaliseAreas(input, new Map(buurten.map((buurt) => [buurt.code, buurt.wijkCode])));
      const before = await areaSnapshot(tx, service.id);
      await bumpServiceVersion(tx, user, service.id, input.version, async () => {
        // Names, not CBS codes: the conflict panel is read by people.
        const names = new Map(
          [...(await tx.wijk.findMany({ select: { code: true, name: true } })), ...(await tx.buurt.findMany({ select: { code: true, name: true } }))].map((area) => [area.code, area.name]),
        );
        const named = (codes: string[]) => codes.map((code) => names.get(code) ?? code);
        return [
          { field: "wijkCodes", yours: named(selection.wijkCodes), theirs: named(before?.wijkCodes ?? []) },
          { field: "buurtCodes", yours: named(selection.buurtCodes), theirs: named(before?.buurtCodes ?? []) },
        ].filter((change) => JSON.stringify(change.yours) !== JSON.stringify(change.theirs));
      });
      await replaceAreas(tx, service.id, selection);
      if (JSON.stringify(before) === JSON.stringify(selection)) return;
      await recordRevision(tx, {
        entityType: "Areas",
        entityId: service.id,
        organizationId: service.organizationId,
        userId: user.id,
        action: "UPDATE",
        before,
        after: selection,
      });
    });
    revalidateListings();
    const t = await getTranslations({ locale, namespace: "HoursEditor" });
    return { message: t("areas.saved") };
  },
});
