"use server";
// Moderators decide who sees professional-only referral details: by e-mail domain of an
// employer (everyone at "buurtteamsutrecht.nl") or by marking one account.
import { defineAction } from "../actions/action";
import { RuleError } from "../actions/errors";
import { db } from "../db";
import { revalidateListings } from "../listings/revalidate";
import { addDomainSchema, removeDomainSchema, setProfessionalSchema } from "./professional-schema";

export const addProfessionalDomain = defineAction({
  schema: addDomainSchema,
  access: "grant:professional:any",
  async run(input, { user }) {
    // createMany with skipDuplicates: adding a domain twice keeps the first note.
    await db.professionalDomain.createMany({ data: [{ domain: input.domain, note: input.note, createdById: user.id }], skipDuplicates: true });
    revalidateListings();
  },
});

export const removeProfessionalDomain = defineAction({
  schema: removeDomainSchema,
  access: "grant:professional:any",
  async run(input) {
    await db.professionalDomain.deleteMany({ where: { domain: input.domain } });
    revalidateListings();
  },
});

export const setProfessional = defineAction({
  schema: setProfessionalSchema,
  access: "grant:professional:any",
  async run(input) {
    const updated = await db.user.updateMany({ where: { email: input.email }, data: { isProfessional: input.grant } });
    // Moderators may know whether an account exists: they manage accounts.
    if (updated.count === 0) throw new RuleError("accountNotFound", "email");
    revalidateListings();
  },
});
