// Fills an empty database with Utrecht: wijken and buurten, the categories of help, and the
// partners of the debt-help chain with their services, hours, areas, referrals and networks.
// One transaction: an interrupted seed leaves nothing half-done.
import type { Db } from "../../lib/db";
import { refreshAllOpenings } from "../../lib/search/openings";
import { refreshSearchVectors } from "../../lib/search/refresh-vectors";
import { hashPassword } from "../../lib/auth/password";
import { DEV_PASSWORD, devAccounts } from "./accounts";
import { categories } from "./categories";
import { locations } from "./locations";
import { wijken, buurten } from "./neighbourhoods";
import { networks } from "./networks";
import { organisations } from "./organisations";
import { referrals } from "./referrals";
import { locationTranslations, translations } from "./translations";
import type { SeedOrganisation, SeedService } from "./types";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export type SeedCounts = { organisations: number; services: number; buurten: number };

const DAY_MS = 24 * 60 * 60 * 1000;

export async function isSeeded(db: Db): Promise<boolean> {
  return (await db.wijk.count()) > 0;
}

function isoDate(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

// Spread "last verified" over the past year so that stale listings exist from the start.
function verifiedAt(index: number, now: Date): Date {
  return new Date(now.getTime() - ((index * 37) % 330) * DAY_MS);
}

async function createService(
  tx: Tx,
  organizationId: string,
  service: SeedService,
  ids: { category: Map<string, string>; location: Map<string, string> },
): Promise<string> {
  const created = await tx.service.create({
    data: {
      organizationId,
      slug: service.slug,
      name: service.name,
      description: service.description,
      phases: service.phases,
      accessModes: service.accessModes,
      languages: service.languages,
      eligibility: service.eligibility,
      isFree: service.isFree,
      costNote: service.costNote,
      noRegistration: service.noRegistration,
      capacity: service.capacity,
      capacityNote: service.capacityNote,
      phone: service.phone,
      email: service.email,
      url: service.url,
      categories: {
        create: service.categories.map((slug) => ({ categoryId: required(ids.category, slug, "categorie") })),
      },
      areas: {
        create: [
          ...(service.areas?.wijken ?? []).map((wijkCode) => ({ wijkCode })),
          ...(service.areas?.buurten ?? []).map((buurtCode) => ({ buurtCode })),
        ],
      },
      locations: {
        create: service.at.map((at) => ({
          locationId: required(ids.location, at.location, "locatie"),
          schedules: {
            create: at.hours.map((hours) => ({
              freq: hours.weekOfMonth ? ("MONTHLY" as const) : ("WEEKLY" as const),
              byDay: hours.day,
              weekOfMonth: hours.weekOfMonth,
              opensAt: hours.opens,
              closesAt: hours.closes,
              description: hours.note,
            })),
          },
          exceptions: {
            create: (at.exceptions ?? []).map((exception) => ({
              startDate: isoDate(exception.start),
              endDate: isoDate(exception.end),
              kind: exception.closed ? ("CLOSED" as const) : ("SPECIAL_HOURS" as const),
              opensAt: exception.closed ? null : exception.opens,
              closesAt: exception.closed ? null : exception.closes,
              reason: exception.reason,
            })),
          },
        })),
      },
    },
    select: { id: true },
  });
  return created.id;
}

function required(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`Seed: onbekende ${what} "${key}"`);
  return id;
}

async function createOrganisation(
  tx: Tx,
  organisation: SeedOrganisation,
  index: number,
  now: Date,
  ids: { category: Map<string, string>; location: Map<string, string> },
) {
  const created = await tx.organization.create({
    data: {
      slug: organisation.slug,
      name: organisation.name,
      alternateName: organisation.alternateName,
      kind: organisation.kind,
      track: organisation.track,
      description: organisation.description,
      website: organisation.website,
      email: organisation.email,
      phone: organisation.phone,
      whatsapp: organisation.whatsapp,
      status: "PUBLISHED",
      exampleData: organisation.exampleData,
      verifiedAt: verifiedAt(index, now),
      locations: {
        create: organisation.locations.map((key) => ({ locationId: required(ids.location, key, "locatie") })),
      },
    },
    select: { id: true },
  });
  const services = new Map<string, string>();
  for (const service of organisation.services) {
    services.set(service.slug, await createService(tx, created.id, service, ids));
  }
  return { id: created.id, services };
}

export async function seedUtrecht(db: Db, now = new Date(), options: { devAccounts?: boolean } = {}): Promise<SeedCounts> {
  const passwordHash = options.devAccounts === false ? null : await hashPassword(DEV_PASSWORD);
  return db.$transaction(
    async (tx) => {
      await tx.wijk.createMany({
        data: wijken.map((w) => ({ code: w.code, name: w.name, slug: w.slug, centroidLat: w.lat, centroidLng: w.lng })),
      });
      await tx.buurt.createMany({
        data: buurten.map((b) => ({
          code: b.code,
          wijkCode: b.wijkCode,
          name: b.name,
          slug: b.slug,
          centroidLat: b.lat,
          centroidLng: b.lng,
        })),
      });

      const category = new Map<string, string>();
      for (const [index, c] of categories.entries()) {
        const created = await tx.category.create({
          data: { slug: c.slug, name: c.name, nameEn: c.nameEn, description: c.description, sortOrder: index },
        });
        category.set(c.slug, created.id);
      }

      const location = new Map<string, string>();
      for (const l of locations) {
        const created = await tx.location.create({
          data: {
            name: l.name,
            address1: l.address1,
            postalCode: l.postalCode,
            latitude: l.lat,
            longitude: l.lng,
            buurtCode: l.buurtCode,
            accessibility: l.accessibility,
            accessibilityNote: l.accessibilityNote,
            transportation: l.transportation,
            exampleData: l.exampleData,
          },
        });
        location.set(l.key, created.id);
      }

      const organisationIds = new Map<string, { id: string; services: Map<string, string> }>();
      for (const [index, organisation] of organisations.entries()) {
        organisationIds.set(organisation.slug, await createOrganisation(tx, organisation, index, now, { category, location }));
      }
      const org = (slug: string) => {
        const found = organisationIds.get(slug);
        if (!found) throw new Error(`Seed: onbekende organisatie "${slug}"`);
        return found;
      };

      for (const translation of translations) {
        const { id, services } = org(translation.organisation);
        await tx.organizationTranslation.createMany({
          data: Object.entries(translation.description ?? {}).map(([locale, description]) => ({ organizationId: id, locale, description })),
        });
        for (const [slug, byLocale] of Object.entries(translation.services ?? {})) {
          const serviceId = required(services, slug, "dienst");
          await tx.serviceTranslation.createMany({
            data: Object.entries(byLocale).map(([locale, texts]) => ({ serviceId, locale, description: texts.description ?? null, eligibility: texts.eligibility ?? null })),
          });
        }
      }
      for (const [key, byLocale] of Object.entries(locationTranslations)) {
        const locationId = required(location, key, "locatie");
        await tx.locationTranslation.createMany({ data: Object.entries(byLocale).map(([locale, transportation]) => ({ locationId, locale, transportation })) });
      }

      for (const r of referrals) {
        const from = org(r.from);
        const to = org(r.to);
        const confirmed = r.status === "CONFIRMED";
        await tx.referralLink.create({
          data: {
            fromOrganizationId: from.id,
            toOrganizationId: to.id,
            fromServiceId: r.fromService ? required(from.services, r.fromService, "dienst") : undefined,
            toServiceId: r.toService ? required(to.services, r.toService, "dienst") : undefined,
            kind: r.kind,
            whenToRefer: r.whenToRefer,
            handoverSteps: r.handoverSteps,
            whatToBring: r.whatToBring,
            jointFirstMeeting: r.jointFirstMeeting,
            contactRole: r.contactRole,
            professionalContact: r.professionalContact,
            status: r.status,
            fromConfirmedAt: now,
            toConfirmedAt: confirmed ? now : null,
            exampleData: true,
          },
        });
      }

      for (const n of networks) {
        await tx.network.create({
          data: {
            slug: n.slug,
            name: n.name,
            kind: n.kind,
            description: n.description,
            wijkCode: n.wijkCode,
            meetingRhythm: n.meetingRhythm,
            email: n.email,
            website: n.website,
            exampleData: n.exampleData,
            members: { create: n.members.map((slug) => ({ organizationId: org(slug).id })) },
          },
        });
      }

      // Employers whose staff see professional-only referral details (moderators keep the list).
      await tx.professionalDomain.createMany({
        data: [
          { domain: "utrecht.nl", note: "Gemeente Utrecht" },
          { domain: "buurtteamsutrecht.nl", note: "Buurtteams Utrecht" },
        ],
      });

      if (passwordHash) {
        for (const account of devAccounts) {
          await tx.user.create({
            data: {
              email: account.email,
              name: account.name,
              role: account.role,
              passwordHash,
              emailVerified: now,
              memberships: { create: account.memberships.map((m) => ({ organizationId: org(m.organisation).id, role: m.role })) },
            },
          });
        }
      }

      await refreshSearchVectors(tx);
      await refreshAllOpenings(tx);
      const services = [...organisationIds.values()].reduce((sum, o) => sum + o.services.size, 0);
      return { organisations: organisations.length, services, buurten: buurten.length };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
