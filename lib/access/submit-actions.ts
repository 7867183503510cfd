"use server";
// "Meld een initiatief aan". The organisation starts as PENDING (not on the public map) with
// the submitter as OWNER; a moderator approves it. Without an account, one is created in the
// same transaction; that path is throttled per IP address and guarded by a honeypot.
import { getTranslations } from "next-intl/server";
import { defineAction } from "../actions/action";
import { RuleError } from "../actions/errors";
import { db } from "../db";
import { hashPassword } from "../auth/password";
import { SIGNUPS_PER_IP, isLimited, recordEvent } from "../auth/rate-limit";
import { listingTransaction } from "../listings/transaction";
import { recordRevision, type Tx } from "../listings/revisions";
import { organisationSnapshot } from "../listings/organisation-snapshot";
import { membershipSnapshot } from "./snapshots";
import { slugify } from "./slug";
import { submitInitiativeSchema, submitWithAccountSchema, type InitiativeInput } from "./submit-schema";

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string })?.code === "P2002";
}

async function createInitiative(tx: Tx, input: InitiativeInput, userId: string): Promise<string> {
  const slug = slugify(input.name);
  if (await tx.organization.findUnique({ where: { slug }, select: { id: true } })) throw new RuleError("slugTaken", "name");
  const organisation = await tx.organization.create({
    data: {
      slug,
      name: input.name,
      description: input.description,
      kind: input.kind,
      track: input.track,
      website: input.website,
      email: input.email,
      phone: input.phone,
      status: "PENDING",
      submittedById: userId,
      memberships: { create: { userId, role: "OWNER" } },
    },
    select: { id: true },
  });
  const details = await organisationSnapshot(tx, organisation.id);
  const common = { organizationId: organisation.id, userId };
  await recordRevision(tx, { ...common, entityType: "Listing", entityId: organisation.id, action: "SUBMIT", after: { ...details, slug, status: "PENDING" } });
  await recordRevision(tx, { ...common, entityType: "Membership", entityId: userId, action: "CREATE", after: await membershipSnapshot(tx, userId, organisation.id) });
  return organisation.id;
}

/** A concurrent submission of the same name surfaces as a unique-key violation on the slug. */
async function withSlugCheck<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error) && JSON.stringify((error as { meta?: unknown }).meta ?? "").includes("slug")) throw new RuleError("slugTaken", "name");
    throw error;
  }
}

export const submitInitiative = defineAction({
  schema: submitInitiativeSchema,
  access: "submit:listing",
  async run(input, { user, locale }) {
    if (input.website_url) throw new RuleError("unexpected");
    const organizationId = await withSlugCheck(() => listingTransaction((tx) => createInitiative(tx, input, user.id)));
    const t = await getTranslations({ locale, namespace: "Access.submit" });
    return { message: t("submitted"), data: { organizationId, email: null as string | null } };
  },
});

export const submitInitiativeWithAccount = defineAction({
  schema: submitWithAccountSchema,
  access: "public",
  async run(input, { ip, locale }) {
    // Robots fill in the hidden field; people never see it. Nothing is written.
    if (input.website_url) throw new RuleError("unexpected");
    if (await isLimited(db, SIGNUPS_PER_IP, ip)) throw new RuleError("throttled");
    await recordEvent(db, SIGNUPS_PER_IP, ip);
    const passwordHash = await hashPassword(input.password);
    const organizationId = await withSlugCheck(() =>
      listingTransaction(async (tx) => {
        const taken = await tx.user.findUnique({ where: { email: input.accountEmail }, select: { id: true } });
        if (taken) throw new RuleError("emailTaken", "accountEmail");
        const user = await tx.user.create({ data: { email: input.accountEmail, name: input.accountName, passwordHash }, select: { id: true } });
        return createInitiative(tx, input, user.id);
      }),
    );
    const t = await getTranslations({ locale, namespace: "Access.submit" });
    return { message: t("submitted"), data: { organizationId, email: input.accountEmail as string | null } };
  },
});
