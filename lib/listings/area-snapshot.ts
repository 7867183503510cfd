// The wijken and buurten a service serves, as stored in revisions (entityType "Areas",
// entityId = service id) and restored from them. No areas at all means the whole city.
import type { Snapshot } from "./diff";
import type { Tx } from "./revisions";

export type AreaSnapshot = { wijkCodes: string[]; buurtCodes: string[] };

const codes = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

export async function areaSnapshot(tx: Tx, serviceId: string): Promise<(Snapshot & AreaSnapshot) | null> {
  const service = await tx.service.findUnique({ where: { id: serviceId }, select: { areas: { select: { wijkCode: true, buurtCode: true } } } });
  if (!service) return null;
  return {
    wijkCodes: service.areas.flatMap((area) => (area.wijkCode ? [area.wijkCode] : [])).sort(),
    buurtCodes: service.areas.flatMap((area) => (area.buurtCode ? [area.buurtCode] : [])).sort(),
  };
}

/** Replaces the service's areas; the caller checks access, versions and the codes. */
export async function replaceAreas(tx: Tx, serviceId: string, selection: AreaSnapshot): Promise<void> {
  await tx.serviceArea.deleteMany({ where: { serviceId } });
  const rows: { serviceId: string; wijkCode?: string; buurtCode?: string }[] = [
    ...[...new Set(selection.wijkCodes)].map((wijkCode) => ({ serviceId, wijkCode })),
    ...[...new Set(selection.buurtCodes)].map((buurtCode) => ({ serviceId, buurtCode })),
  ];
  if (rows.length > 0) await tx.serviceArea.createMany({ data: rows });
}

/**
 * Writes a snapshot back (restore); null means "the whole city". The service's version goes
 * up, so a form opened before the restore reports a conflict. The caller checks access and
 * records the revision.
 */
export async function applyAreaSnapshot(tx: Tx, serviceId: string, snapshot: Snapshot | null): Promise<void> {
  const service = await tx.service.findUnique({ where: { id: serviceId }, select: { id: true } });
  if (!service) return;
  // Only codes that still exist: a snapshot from before a boundary change must not fail the restore.
  const [wijken, buurten] = await Promise.all([
    tx.wijk.findMany({ where: { code: { in: codes(snapshot?.wijkCodes) } }, select: { code: true } }),
    tx.buurt.findMany({ where: { code: { in: codes(snapshot?.buurtCodes) } }, select: { code: true } }),
  ]);
  await replaceAreas(tx, serviceId, { wijkCodes: wijken.map((w) => w.code), buurtCodes: buurten.map((b) => b.code) });
  await tx.service.update({ where: { id: serviceId }, data: { version: { increment: 1 } } });
}
