import "server-only";
// GET /api/hsds/organizations and /organizations/{id}: published organisations. The list gives
// the one-to-one fields; `full` adds phones, locations and the ids and names of its services,
// `full_service` its services fully nested. One organisation is always `full`.
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { rowFor, shownText } from "../organisations/listing-language";
import { toHsdsService } from "./export";
import { publishedOrganizationKey } from "./filters";
import { hsdsId } from "./ids";
import { toHsdsLocation } from "./location-export";
import { pageOf, pageWindow } from "./paged";
import { HsdsNotFound } from "./respond";
import { hsdsServiceInclude } from "./service-include";

const optional = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

export type OrganizationOptions = { full?: boolean; full_service?: boolean; search?: string; modified_after?: Date };

function organizationInclude(locale: string, options: OrganizationOptions) {
  const translations = { where: { locale } };
  const nested = options.full || options.full_service;
  return {
    translations,
    ...(nested ? { locations: { include: { location: { include: { translations } } }, orderBy: { location: { name: "asc" } } } } : {}),
    ...(options.full_service
      ? { services: { where: { status: "ACTIVE" }, include: hsdsServiceInclude(locale), orderBy: { name: "asc" } } }
      : options.full
        ? { services: { where: { status: "ACTIVE" }, select: { id: true, name: true }, orderBy: { name: "asc" } } }
        : {}),
  } satisfies Prisma.OrganizationInclude;
}

type OrgRow = Prisma.OrganizationGetPayload<{ include: { translations: true } }> & {
  locations?: Prisma.OrganizationLocationGetPayload<{ include: { location: { include: { translations: true } } } }>[];
  services?: ({ id: string; name: string } | Parameters<typeof toHsdsService>[0])[];
};

export function toHsdsOrganization(org: OrgRow, locale: string, options: OrganizationOptions) {
  const id = hsdsId("organization", org.id);
  const description = shownText(org.description, rowFor(org.translations, locale)?.description, locale);
  const base = {
    id,
    name: org.name,
    alternate_name: optional(org.alternateName),
    description: description.text,
    text_languages: { description: description.lang },
    email: optional(org.email),
    website: optional(org.website),
    last_modified: org.updatedAt.toISOString(),
  };
  if (!options.full && !options.full_service) return base;
  return {
    ...base,
    phones: org.phone ? [{ id: hsdsId("phone", `organization:${org.id}`), organization_id: id, number: org.phone }] : [],
    locations: (org.locations ?? []).map(({ location }) => toHsdsLocation(location, locale)),
    services: (org.services ?? []).map((service) =>
      "organization" in service ? toHsdsService(service, locale) : { id: hsdsId("service", service.id), name: service.name, status: "active" },
    ),
  };
}

function organizationWhere(options: OrganizationOptions): Prisma.OrganizationWhereInput {
  const parts: Prisma.OrganizationWhereInput[] = [{ status: "PUBLISHED" }];
  if (options.search) {
    const contains = { contains: options.search, mode: "insensitive" } as const;
    parts.push({ OR: [{ name: contains }, { alternateName: contains }, { description: contains }] });
  }
  if (options.modified_after) {
    const gte = options.modified_after;
    parts.push({ OR: [{ updatedAt: { gte } }, { locations: { some: { location: { updatedAt: { gte } } } } }] });
  }
  return { AND: parts };
}

export async function hsdsOrganizationPage(page: number, perPage: number, locale: string, options: OrganizationOptions) {
  const where = organizationWhere(options);
  const [total, rows] = await Promise.all([
    db.organization.count({ where }),
    db.organization.findMany({ where, include: organizationInclude(locale, options), orderBy: [{ name: "asc" }, { id: "asc" }], ...pageWindow(page, perPage) }),
  ]);
  return pageOf(rows.map((row) => toHsdsOrganization(row as OrgRow, locale, options)), total, page, perPage);
}

export async function hsdsOrganization(id: string, locale: string, fullService = false) {
  const key = await publishedOrganizationKey(id);
  const options = { full: true, full_service: fullService };
  const row = key ? await db.organization.findFirst({ where: { id: key, status: "PUBLISHED" }, include: organizationInclude(locale, options) }) : null;
  if (!row) throw new HsdsNotFound("organization");
  return toHsdsOrganization(row as OrgRow, locale, options);
}
