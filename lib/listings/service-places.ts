// Taking services away from addresses: when an address is unlinked, or unticked on a
// service's form. The opening hours and exceptions there go with the place, so they are
// written into the history first (as the Hours and ScheduleException parts, under the place's
// id), and the service snapshot keeps that id: restoring the service brings the place back
// with the same id, after which its hours and exceptions can be restored too.
import { recordRevision, type Tx } from "./revisions";
import { serviceSnapshot } from "./service-snapshot";
import { hoursSnapshot } from "./hours-snapshot";
import { toExceptionSnapshot } from "./exception-snapshot";

type Who = { organizationId: string; userId: string };

/** Deletes these service-at-location rows after recording their hours and exceptions. */
export async function removePlaces(tx: Tx, placeIds: string[], who: Who): Promise<void> {
  for (const id of placeIds) {
    const hours = await hoursSnapshot(tx, id);
    if (hours && hours.rules.length > 0) {
      await recordRevision(tx, { entityType: "Hours", entityId: id, ...who, action: "DELETE", before: hours, after: null });
    }
    const exceptions = await tx.scheduleException.findMany({
      where: { serviceAtLocationId: id },
      select: { id: true, serviceAtLocationId: true, startDate: true, endDate: true, kind: true, opensAt: true, closesAt: true, reason: true },
    });
    for (const { id: exceptionId, ...row } of exceptions) {
      await recordRevision(tx, { entityType: "ScheduleException", entityId: exceptionId, ...who, action: "DELETE", before: toExceptionSnapshot(row), after: null });
    }
  }
  if (placeIds.length > 0) await tx.serviceAtLocation.deleteMany({ where: { id: { in: placeIds } } });
}

/**
 * When an address is unlinked: the organisation's services there lose that place. Each gets a
 * Service revision (its `locationIds` change) and a new version, so a service form opened
 * before cannot put it back there unnoticed.
 */
export async function removeServicesFromLocation(tx: Tx, input: { locationId: string } & Who): Promise<string[]> {
  const who = { organizationId: input.organizationId, userId: input.userId };
  const places = await tx.serviceAtLocation.findMany({
    where: { locationId: input.locationId, service: { organizationId: input.organizationId } },
    select: { id: true, serviceId: true },
    orderBy: { serviceId: "asc" },
  });
  for (const place of places) {
    const before = await serviceSnapshot(tx, place.serviceId);
    await removePlaces(tx, [place.id], who);
    await tx.service.update({ where: { id: place.serviceId }, data: { version: { increment: 1 } } });
    await recordRevision(tx, {
      entityType: "Service",
      entityId: place.serviceId,
      ...who,
      action: "UPDATE",
      before,
      after: await serviceSnapshot(tx, place.serviceId),
    });
  }
  return places.map((p) => p.serviceId);
}
