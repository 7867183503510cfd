// The list of every mutation the app offers, for the authorization matrix. A new server
// action belongs here; the matrix then proves who may call it.
import type { Db } from "../../../lib/db";
import { saveOrganisationDetails } from "../../../lib/listings/organisation-actions";
import { submitReport } from "../../../lib/reports/report-actions";
import { reportFormToken } from "../../../lib/reports/form-token";
import { resolveReport, settleReport } from "../../../lib/reports/resolve-actions";
import { approveListing, rejectListing } from "../../../lib/moderation/review-actions";
import { TARGET_SLUG, everyone, listingManagers, moderatorsOnly, type Mutation, type Target } from "./matrix";

async function organisation(db: Db, target: Target) {
  return db.organization.findUniqueOrThrow({ where: { slug: TARGET_SLUG[target] } });
}

async function openReport(db: Db, target: Target) {
  const o = await organisation(db, target);
  return db.correctionReport.create({ data: { organizationId: o.id, topic: "HOURS", message: "De tijden op de kaart kloppen niet." } });
}

async function pending(db: Db, target: Target) {
  return db.organization.update({ where: { slug: TARGET_SLUG[target] }, data: { status: "PENDING" } });
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
  {
    name: "report a mistake (public)",
    prepare: async (db, target) => ({
      organizationId: (await organisation(db, target)).id,
      topic: "HOURS",
      message: "Op dinsdag is het spreekuur gesloten.",
      startedAt: reportFormToken(new Date(Date.now() - 60_000)),
    }),
    call: (input) => submitReport({ status: "idle" }, input),
    allowed: everyone,
  },
  {
    name: "resolve a report about one's listing",
    prepare: async (db, target) => ({ reportId: (await openReport(db, target)).id, note: "Tijden aangepast." }),
    call: (input) => resolveReport({ status: "idle" }, input),
    allowed: listingManagers,
  },
  {
    name: "settle any report (moderation)",
    prepare: async (db, target) => ({ reportId: (await openReport(db, target)).id, outcome: "DISMISSED", note: "Klopt al." }),
    call: (input) => settleReport({ status: "idle" }, input),
    allowed: moderatorsOnly,
  },
  {
    name: "approve a submitted listing",
    prepare: async (db, target) => ({ organizationId: (await pending(db, target)).id }),
    call: (input) => approveListing({ status: "idle" }, input),
    allowed: moderatorsOnly,
  },
  {
    name: "reject a submitted listing",
    prepare: async (db, target) => ({ organizationId: (await pending(db, target)).id, reason: "Er ontbreekt een adres." }),
    call: (input) => rejectListing({ status: "idle" }, input),
    allowed: moderatorsOnly,
  },
];
