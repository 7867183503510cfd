// The list of every mutation the app offers, for the authorization matrix. A new server
// action belongs here; the matrix then proves who may call it.
import type { Db } from "../../../lib/db";
import { saveOrganisationDetails } from "../../../lib/listings/organisation-actions";
import { TARGET_SLUG, listingManagers, type Mutation, type Target } from "./matrix";

async function organisation(db: Db, target: Target) {
  return db.organization.findUniqueOrThrow({ where: { slug: TARGET_SLUG[target] } });
}

export const mutations: Mutation[] = [
  {
    name: "save organisation details",
    prepare: async (db, target) => {
      const o = await organisation(db, target);
      return {
        organizationId: o.id,
        version: String(o.version),
        name: o.name,
        alternateName: `matrix ${Date.now()}`,
        description: o.description,
        kind: o.kind,
        track: o.track,
      };
    },
    call: (input) => saveOrganisationDetails({ status: "idle" }, input),
    allowed: listingManagers,
  },
];
