// A separate database for scale tests and benchmarks; it never touches the app's own database:
//   DATABASE_URL set → database "<name>_synthetic" on that server (dropped and made anew);
//   unset            → embedded database in "<EMBEDDED_DB_DIR>-synthetic" (made anew).
import { rmSync } from "node:fs";
import pg from "pg";
import { z } from "zod";
import { createPrismaClient } from "../../lib/db";
import { env } from "../../lib/env";
import { startEmbeddedDatabase } from "../../lib/embedded-db";
import { seedUtrecht } from "../../prisma/seed";
import { migrateDeploy } from "./migrate";
import { generateSynthetic } from "./synthetic";

const count = z.coerce.number().int().min(1).max(1_000_000);
export const syntheticArgsSchema = z.object({ organisations: count.default(2000), services: count.default(10000), seed: z.coerce.number().int().optional() });

export async function createSyntheticDatabase(options: z.infer<typeof syntheticArgsSchema>, log: (line: string) => void = console.log) {
  const config = env();
  let url: string;
  let stop = async () => {};
  let how: string;
  if (config.DATABASE_URL) {
    const server = new URL(config.DATABASE_URL);
    const name = `${server.pathname.slice(1) || "postgres"}_synthetic`;
    const admin = new pg.Client({ connectionString: config.DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    server.pathname = `/${name}`;
    url = server.toString();
    how = `DATABASE_URL=${url} npm start`;
  } else {
    const dataDir = `${config.EMBEDDED_DB_DIR}-synthetic`;
    rmSync(dataDir, { recursive: true, force: true });
    const embedded = await startEmbeddedDatabase({ dataDir });
    url = embedded.url;
    stop = () => embedded.stop();
    how = `EMBEDDED_DB_DIR=${dataDir} npm start`;
  }
  log(`Synthetische database: ${url}`);
  await migrateDeploy(url);
  const db = createPrismaClient(url);
  try {
    await seedUtrecht(db);
    const counts = await generateSynthetic(db, options, log);
    return { url, stop, how, counts };
  } finally {
    await db.$disconnect();
  }
}

