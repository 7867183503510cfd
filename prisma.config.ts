import { defineConfig } from "prisma/config";
import { cliAdapter } from "./prisma/cli-adapter";

// DATABASE_URL is set by scripts/run-with-db.ts (embedded database) or by you (a server).
// `prisma generate` needs no database, but without DATABASE_URL in the environment it tries
// to download a native query engine (impossible offline), so a placeholder is set.
process.env.DATABASE_URL ??= "postgresql://unset@127.0.0.1:1/unset";
const databaseUrl = process.env.DATABASE_URL;

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => cliAdapter(databaseUrl, process.env.EMBEDDED_DATABASE === "1"),
});
