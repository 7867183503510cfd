// Ownership and version checks shared by the hours, exception and area actions. Every lookup
// carries the user's ownership condition through the service's organisation, so an id of
// another organisation's service or location matches no row, whatever else is posted.
import { ConflictError, NotAllowedError } from "../actions/errors";
import type { FieldChange } from "../actions/state";
import { editableOrganizations, type ScopeUser } from "../auth/scopes";
import type { Tx } from "./revisions";

/** The service at a location, when it belongs to `serviceId` and the user may edit it; else NotAllowedError. */
export async function requireEditableServiceAtLocation(tx: Tx, user: ScopeUser, serviceId: string, serviceAtLocationId: string) {
  const row = await tx.serviceAtLocation.findFirst({
    where: { id: serviceAtLocationId, serviceId, service: { organization: editableOrganizations(user) } },
    select: { id: true, serviceId: true, service: { select: { organizationId: true } } },
  });
  if (!row) throw new NotAllowedError();
  return { id: row.id, serviceId: row.serviceId, organizationId: row.service.organizationId };
}

/** The service, when the user may edit it; else NotAllowedError. */
export async function requireEditableService(tx: Tx, user: ScopeUser, serviceId: string) {
  const row = await tx.service.findFirst({ where: { id: serviceId, organization: editableOrganizations(user) }, select: { id: true, organizationId: true } });
  if (!row) throw new NotAllowedError();
  return row;
}

/**
 * Raises the service's version if it is still the one the form was loaded with. Hours and
 * areas are part of the service, so they share its version with the service's own form.
 * Someone saved meanwhile → ConflictError (nothing written); not the user's → NotAllowedError.
 */
export async function bumpServiceVersion(tx: Tx, user: ScopeUser, serviceId: string, version: number, changes: () => FieldChange[] | Promise<FieldChange[]>): Promise<void> {
  const updated = await tx.service.updateMany({
    where: { id: serviceId, version, organization: editableOrganizations(user) },
    data: { version: { increment: 1 } },
  });
  if (updated.count > 0) return;
  const current = await tx.service.findFirst({ where: { id: serviceId, organization: editableOrganizations(user) }, select: { version: true } });
  if (!current) throw new NotAllowedError();
  throw new ConflictError(await changes(), current.version);
}
