// "Voor wie in: Overvecht (hele wijk)" instead of a list of eleven buurt names: buurt-level
// service areas are grouped per wijk, and a wijk whose buurten are all listed counts as whole.

type Area = {
  wijk: { name: string; slug: string } | null;
  buurt: { code: string; name: string; wijk: { name: string; slug: string; _count: { buurten: number } } } | null;
};

export type AreaSummary = { wijk: { name: string; slug: string }; whole: boolean; buurten: string[] };

/** Empty when the service has no areas, which means it serves the whole city. */
export function summariseAreas(areas: readonly Area[]): AreaSummary[] {
  const byWijk = new Map<string, AreaSummary & { total: number; codes: Set<string> }>();
  const entry = (wijk: { name: string; slug: string }, total: number) => {
    const existing = byWijk.get(wijk.slug);
    if (existing) return existing;
    const created = { wijk: { name: wijk.name, slug: wijk.slug }, whole: false, buurten: [], total, codes: new Set<string>() };
    byWijk.set(wijk.slug, created);
    return created;
  };
  for (const area of areas) {
    if (area.wijk) entry(area.wijk, 0).whole = true;
    else if (area.buurt) {
      const summary = entry(area.buurt.wijk, area.buurt.wijk._count.buurten);
      summary.total = area.buurt.wijk._count.buurten;
      if (!summary.codes.has(area.buurt.code)) {
        summary.codes.add(area.buurt.code);
        summary.buurten.push(area.buurt.name);
      }
    }
  }
  return [...byWijk.values()]
    .map(({ wijk, whole, buurten, total, codes }) => {
      const complete = whole || (total > 0 && codes.size >= total);
      return { wijk, whole: complete, buurten: complete ? [] : [...buurten].sort((a, b) => a.localeCompare(b, "nl")) };
    })
    .sort((a, b) => a.wijk.name.localeCompare(b.wijk.name, "nl"));
}
