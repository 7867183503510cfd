import { defineConfig } from "prisma/config";
import { cliAdapter } from "./prisma/cli-adapter";

// DATABASE_URL is set by scripts/run-with-db.ts (embedded database) or by you (a server).
// `prisma generate` needs no database, so a placeholder keeps it working on a fresh install.
const databaseUrl = process.env.DATABASE_URL ?? "postgresql://unset@127.0.0.1:1/unset";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => cliAdapter(databaseUrl, process.env.EMBEDDED_DATABASE === "1"),
});
