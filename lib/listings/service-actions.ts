"use server";
// Adding and editing an organisation's services. The ownership condition and the version
// check are part of the UPDATE's WHERE clause; categories and addresses are checked against
// the database, so posted ids of another organisation's address match nothing and change
// nothing. A service is never deleted: stopping it sets it INACTIVE.
import { getTranslations } from "next-intl/server";
import { defineAction } from "../actions/action";
import { ConflictError, NotAllowedError, RuleError } from "../actions/errors";
import { editableOrganizations } from "../auth/scopes";
import { refreshSearchVectors } from "../search/refresh-vectors";
import { changedFields } from "./diff";
import { listingTransaction } from "./transaction";
import { recordRevision, type Tx } from "./revisions";
import { serviceFields, serviceSnapshot } from "./service-snapshot";
import { serviceSchema, slugFromName, type ServiceInput } from "./service-schema";
import { revalidateListings } from "./revalidate";
import { removePlaces } from "./service-places";

/** Every posted category exists, and every posted address belongs to the organisation. */
async function checkChoices(tx: Tx, organizationId: string, input: ServiceInput): Promise<void> {
  const categories = await tx.category.count({ where: { id: { in: input.categoryIds } } });
  if (categories !== new Set(input.categoryIds).size) throw new RuleError("choice", "categoryIds");
  const locations = await tx.organizationLocation.count({ where: { organizationId, locationId: { in: input.locationIds } } });
  if (locations !== new Set(input.locationIds).size) throw new RuleError("choice", "locationIds");
}

/** Unique within the organisation: "geldcafe", then "geldcafe-2", "geldcafe-3", … */
async function freeSlug(tx: Tx, organizationId: string, name: string): Promise<string> {
  const base = slugFromName(name);
  const taken = new Set(
    (await tx.service.findMany({ where: { organizationId, slug: { startsWith: base } }, select: { slug: true } })).map((s) => s.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The columns of the Service row itself; categories and addresses are rows of their own. */
function ownFields(input: ServiceInput) {
  const { name, description, status, phases, accessModes, languages, eligibility, isFree, costNote, noRegistration, capacity, capacityNote, phone, email, url } = input;
  return { name, description, status, phases, accessModes, languages, eligibility, isFree, costNote, noRegistration, capacity, capacityNote, phone, email, url };
}

export const saveService = defineAction({
  schema: serviceSchema,
  access: "update:listing:own",
  async run(input, { user, locale }) {
    const { organizationId, serviceId, version } = input;
    const categoryIds = [...new Set(input.categoryIds)];
    const locationIds = [...new Set(input.locationIds)];
    const savedId = await listingTransaction(async (tx) => {
      if (!serviceId) {
        const organisation = await tx.organization.findFirst({ where: { id: organizationId, ...editableOrganizations(user) }, select: { id: true } });
        if (!organisation) throw new NotAllowedError();
        await checkChoices(tx, organizationId, input);
        const service = await tx.service.create({
          data: {
            ...ownFields(input),
            organizationId,
            slug: await freeSlug(tx, organizationId, input.name),
            categories: { create: categoryIds.map((categoryId) => ({ categoryId })) },
            locations: { create: locationIds.map((locationId) => ({ locationId })) },
          },
          select: { id: true },
        });
        await refreshSearchVectors(tx, [service.id]);
        await recordRevision(tx, {
          entityType: "Service",
          entityId: service.id,
          organizationId,
          userId: user.id,
          action: "CREATE",
          before: null,
          after: await serviceSnapshot(tx, service.id),
        });
        return service.id;
      }

      if (version === undefined) throw new NotAllowedError();
      const scope = { id: serviceId, organizationId, organization: editableOrganizations(user) };
      const before = await serviceSnapshot(tx, serviceId);
      const updated = await tx.service.updateMany({ where: { ...scope, version }, data: { ...ownFields(input), version: { increment: 1 } } });
      if (updated.count === 0) {
        const current = await tx.service.findFirst({ where: scope, select: { version: true } });
        if (!current || !before) throw new NotAllowedError();
        throw new ConflictError(changedFields(serviceFields({ ...input, categoryIds, locationIds }), serviceFields(before)), current.version);
      }
      await checkChoices(tx, organizationId, input);
      await tx.serviceCategory.deleteMany({ where: { serviceId, categoryId: { notIn: categoryIds } } });
      await tx.serviceCategory.createMany({ data: categoryIds.map((categoryId) => ({ serviceId, categoryId })), skipDuplicates: true });
      // A removed address takes its opening hours with it; their history is kept first.
      const removed = await tx.serviceAtLocation.findMany({ where: { serviceId, locationId: { notIn: locationIds } }, select: { id: true } });
      await removePlaces(tx, removed.map((p) => p.id), { organizationId, userId: user.id });
      await tx.serviceAtLocation.createMany({ data: locationIds.map((locationId) => ({ serviceId, locationId })), skipDuplicates: true });
      await refreshSearchVectors(tx, [serviceId]);
      await recordRevision(tx, {
        entityType: "Service",
        entityId: serviceId,
        organizationId,
        userId: user.id,
        action: "UPDATE",
        before,
        after: await serviceSnapshot(tx, serviceId),
      });
      return serviceId;
    });
    revalidateListings();
    const t = await getTranslations({ locale, namespace: "Listing.services" });
    return { message: t(serviceId ? "saved" : "added"), data: { serviceId: savedId } };
  },
});
