// A checksum of every table, to prove that a refused action changed nothing at all.
import type { Db } from "../../../lib/db";

export async function databaseFingerprint(db: Db): Promise<Record<string, string>> {
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  const sums = await db.$queryRawUnsafe<{ name: string; sum: string | null }[]>(
    tables.map(({ name }) => `SELECT '${name}' AS name, md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) AS sum FROM "${name}" t`).join(" UNION ALL "),
  );
  return Object.fromEntries(sums.map((row) => [row.name, row.sum ?? ""]));
}

/** The tables whose checksum differs. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((name) => before[name] !== after[name]);
}
