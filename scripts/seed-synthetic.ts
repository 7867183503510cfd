// npm run seed:synthetic -- --organisations 2000 --services 10000 [--seed 1]
// Builds a separate database with the Utrecht seed plus a large synthetic data set
// (see scripts/lib/synthetic-database.ts for where it goes).
import { parseArgs } from "node:util";
import { UserError } from "../lib/errors";
import { runMain } from "./lib/run-main";
import { createSyntheticDatabase, syntheticArgsSchema } from "./lib/synthetic-database";

runMain(async () => {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== "--"),
    options: { organisations: { type: "string" }, services: { type: "string" }, seed: { type: "string" } },
  });
  const parsed = syntheticArgsSchema.safeParse(values);
  if (!parsed.success) {
    throw new UserError(`Ongeldige waarde: ${parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  const started = Date.now();
  const result = await createSyntheticDatabase(parsed.data);
  await result.stop();
  console.log(`Klaar in ${Math.round((Date.now() - started) / 1000)} s: ${result.counts.organisations} organisaties, ${result.counts.services} diensten.`);
  console.log(`Bekijken: ${result.how}`);
});
