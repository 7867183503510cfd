"use server";
// Saving and removing a translation of a listing's texts (ADR 0012). A translation belongs to
// its owner — the organisation, a service or an address — like any of its fields: the owner's
// version-guarded UPDATE, with the ownership condition in its WHERE, comes first (a form of
// someone else's listing, or one opened before another save, matches no row and changes
// nothing), and the owner's revision records the change, so the history shows it and a
// restore brings it back. A shared address's translation is in every organisation's history.
import { getTranslations } from "next-intl/server";
import { defineAction } from "../actions/action";
import { ConflictError, NotAllowedError } from "../actions/errors";
import { editableOrganizations, type ScopeUser } from "../auth/scopes";
import type { Prisma } from "../generated/prisma/client";
import { changedFields, type Snapshot } from "./diff";
import { listingTransaction } from "./transaction";
import { recordRevision, type Tx } from "./revisions";
import { organisationSnapshot } from "./organisation-snapshot";
import { serviceSnapshot } from "./service-snapshot";
import { locationSnapshot } from "./location-snapshot";
import { locationViews, recordLocationChange } from "./location-revisions";
import { revalidateListings } from "./revalidate";
import { removeTranslationSchema, TRANSLATED_FIELDS, translationSchema, type TranslatedPart, type TranslationLocale } from "./translation-schema";

type Texts = Record<string, string | null>;
type Change = { part: TranslatedPart; organizationId: string; ownerId: string; locale: TranslationLocale; version: number; texts: Texts | null };

/** The address is linked to this organisation, and the user may edit that organisation. */
function linkedTo(organizationId: string, user: ScopeUser): Prisma.LocationWhereInput {
  return { organizations: { some: { organizationId, organization: { id: organizationId, ...editableOrganizations(user) } } } };
}

/** Raises the owner's version where the user may edit it and the version is the form's: 1 row, or 0. */
async function claimOwner(tx: Tx, change: Change, user: ScopeUser): Promise<number> {
  const { part, organizationId, ownerId, version } = change;
  const bump = { version: { increment: 1 } };
  if (part === "organisation") {
    return (await tx.organization.updateMany({ where: { id: ownerId, version, ...editableOrganizations(user) }, data: bump })).count;
  }
  if (part === "service") {
    return (await tx.service.updateMany({ where: { id: ownerId, organizationId, version, organization: editableOrganizations(user) }, data: bump })).count;
  }
  return (await tx.location.updateMany({ where: { id: ownerId, version, ...linkedTo(organizationId, user) }, data: bump })).count;
}

/** The owner's version now, if the user may edit it (for the conflict message); null when not. */
async function currentVersion(tx: Tx, change: Change, user: ScopeUser): Promise<number | null> {
  const { part, organizationId, ownerId } = change;
  const row =
    part === "organisation"
      ? await tx.organization.findFirst({ where: { id: ownerId, ...editableOrganizations(user) }, select: { version: true } })
      : part === "service"
        ? await tx.service.findFirst({ where: { id: ownerId, organizationId, organization: editableOrganizations(user) }, select: { version: true } })
        : await tx.location.findFirst({ where: { id: ownerId, ...linkedTo(organizationId, user) }, select: { version: true } });
  return row?.version ?? null;
}

const snapshotOf = (tx: Tx, change: Change): Promise<Snapshot | null> =>
  change.part === "organisation"
    ? organisationSnapshot(tx, change.ownerId)
    : change.part === "service"
      ? serviceSnapshot(tx, change.ownerId)
      : locationSnapshot(tx, change.ownerId, change.organizationId);

/** What this language's translation says in a snapshot, field by field (null: not there). */
function storedTexts(snapshot: Snapshot | null, change: Change): Texts {
  const all = (snapshot?.translations ?? {}) as Record<string, Record<string, string> | undefined>;
  const mine = all[change.locale] ?? {};
  return Object.fromEntries(Object.keys(TRANSLATED_FIELDS[change.part]).map((field) => [field, mine[field] ?? null]));
}

/** Writes (texts) or removes (null) the one translation row. */
async function writeRow(tx: Tx, change: Change): Promise<void> {
  const { part, ownerId, locale, texts } = change;
  if (part === "organisation") {
    const key = { organizationId_locale: { organizationId: ownerId, locale } };
    if (!texts) await tx.organizationTranslation.deleteMany({ where: { organizationId: ownerId, locale } });
    else await tx.organizationTranslation.upsert({ where: key, create: { organizationId: ownerId, locale, description: String(texts.description) }, update: { description: String(texts.description) } });
  } else if (part === "service") {
    const data = { description: texts?.description ?? null, eligibility: texts?.eligibility ?? null };
    if (!texts) await tx.serviceTranslation.deleteMany({ where: { serviceId: ownerId, locale } });
    else await tx.serviceTranslation.upsert({ where: { serviceId_locale: { serviceId: ownerId, locale } }, create: { serviceId: ownerId, locale, ...data }, update: data });
  } else {
    if (!texts) await tx.locationTranslation.deleteMany({ where: { locationId: ownerId, locale } });
    else
      await tx.locationTranslation.upsert({
        where: { locationId_locale: { locationId: ownerId, locale } },
        create: { locationId: ownerId, locale, transportation: String(texts.transportation) },
        update: { transportation: String(texts.transportation) },
      });
  }
}

async function applyChange(change: Change, user: ScopeUser): Promise<void> {
  await listingTransaction(async (tx) => {
    const before = await snapshotOf(tx, change);
    // Every organisation's view of a shared address before the change (location-revisions.ts).
    const views = change.part === "location" ? await locationViews(tx, change.ownerId) : null;
    if ((await claimOwner(tx, change, user)) === 0) {
      const version = await currentVersion(tx, change, user);
      if (version === null || !before) throw new NotAllowedError();
      throw new ConflictError(changedFields(change.texts ?? storedTexts(null, change), storedTexts(before, change)), version);
    }
    await writeRow(tx, change);
    const { part, organizationId, ownerId } = change;
    if (part === "location" && views) {
      await recordLocationChange(tx, { locationId: ownerId, organizationId, userId: user.id, action: "UPDATE", before, othersBefore: views });
      return;
    }
    await recordRevision(tx, {
      entityType: part === "organisation" ? "Organization" : "Service",
      entityId: ownerId,
      organizationId,
      userId: user.id,
      action: "UPDATE",
      before,
      after: await snapshotOf(tx, change),
    });
  });
  revalidateListings();
}

export const saveTranslation = defineAction({
  schema: translationSchema,
  access: "update:listing:own",
  async run(input, { user, locale }) {
    const ownerId = input.part === "organisation" ? input.organizationId : input.part === "service" ? input.serviceId : input.locationId;
    const texts: Texts =
      input.part === "organisation"
        ? { description: input.description }
        : input.part === "service"
          ? { description: input.description, eligibility: input.eligibility }
          : { transportation: input.transportation };
    await applyChange({ part: input.part, organizationId: input.organizationId, ownerId, locale: input.locale, version: input.version, texts }, user);
    const t = await getTranslations({ locale, namespace: "Listing.translations" });
    return { message: t("saved") };
  },
});

export const removeTranslation = defineAction({
  schema: removeTranslationSchema,
  access: "update:listing:own",
  async run(input, { user, locale }) {
    const ownerId = input.part === "organisation" ? input.organizationId : input.ownerId;
    await applyChange({ ...input, ownerId, texts: null }, user);
    const t = await getTranslations({ locale, namespace: "Listing.translations" });
    return { message: t("removed") };
  },
});
