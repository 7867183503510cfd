// "Laatst gecontroleerd": listings are checked by their coordinators; after half a year the
// page says so, because hours and people change and a resident may make a wasted trip.

export const STALE_AFTER_MONTHS = 6;

export function isStale(verifiedAt: Date | null, now: Date): boolean {
  if (!verifiedAt) return true;
  const limit = new Date(now);
  limit.setUTCMonth(limit.getUTCMonth() - STALE_AFTER_MONTHS);
  return verifiedAt.getTime() < limit.getTime();
}
