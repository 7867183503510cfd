import "server-only";
// Reading an organisation's addresses for the management pages. Every query carries the
// user's ownership condition, so someone else's address is not found (and shows 404).
import { db } from "../db";
import type { SessionUser } from "../auth/session";
import { editableOrganizations } from "../auth/scopes";
import { referenceData } from "../search/reference-data";

function linkedTo(user: SessionUser, organizationId: string) {
  return { organizations: { some: { organizationId, organization: { id: organizationId, ...editableOrganizations(user) } } } };
}

const locationSelect = {
  id: true,
  name: true,
  description: true,
  address1: true,
  postalCode: true,
  city: true,
  latitude: true,
  longitude: true,
  buurtCode: true,
  accessibility: true,
  accessibilityNote: true,
  transportation: true,
  version: true,
  buurt: { select: { name: true } },
} as const;

/** Other organisations at the same address (a shared hub): the page says an edit changes it for them too. */
function othersAt(organizationId: string) {
  return {
    where: { organizationId: { not: organizationId } },
    select: { organization: { select: { id: true, name: true } } },
    orderBy: { organization: { name: "asc" as const } },
  };
}

export async function listLocations(user: SessionUser, organizationId: string) {
  const rows = await db.location.findMany({
    where: linkedTo(user, organizationId),
    select: {
      ...locationSelect,
      organizations: othersAt(organizationId),
      services: { where: { service: { organizationId } }, select: { service: { select: { id: true, name: true } } }, orderBy: { service: { name: "asc" } } },
    },
    orderBy: { name: "asc" },
  });
  return rows.map(({ organizations, services, ...row }) => ({
    ...row,
    sharedWith: organizations.map((link) => link.organization),
    services: services.map((place) => place.service),
  }));
}

export type ManagedLocation = Awaited<ReturnType<typeof listLocations>>[number];

/** The address, or null when it is not (or no longer) linked to this organisation of the user's. */
export async function findLocation(user: SessionUser, organizationId: string, locationId: string) {
  const row = await db.location.findFirst({
    where: { id: locationId, ...linkedTo(user, organizationId) },
    select: {
      ...locationSelect,
      organizations: othersAt(organizationId),
      services: { where: { service: { organizationId } }, select: { service: { select: { id: true, name: true } } } },
    },
  });
  if (!row) return null;
  const { organizations, services, ...location } = row;
  return { ...location, sharedWith: organizations.map((link) => link.organization), services: services.map((place) => place.service) };
}

export type EditableLocation = NonNullable<Awaited<ReturnType<typeof findLocation>>>;

/** Buurt names by CBS code, so the form can name the buurt of an address it looked up. */
export async function buurtNames(): Promise<Record<string, string>> {
  const { buurten } = await referenceData();
  return Object.fromEntries(buurten.map((b) => [b.code, b.name]));
}
