// npm run import:boundaries -- <file.geojson> [more files]
// Reads wijk and/or buurt boundaries into the database (the embedded one unless DATABASE_URL is set).
import { prepareDatabase } from "./lib/database";
import { createPrismaClient } from "../lib/db";
import { importBoundaries, describeSummary } from "./lib/boundaries";
import { runMain } from "./lib/run-main";
import { UserError } from "../lib/errors";

runMain(async () => {
  const files = process.argv.slice(2).filter((arg) => arg !== "--");
  if (files.length === 0) {
    throw new UserError("Geef een of meer GeoJSON-bestanden op, bijvoorbeeld:\n  npm run import:boundaries -- data/utrecht/wijken.geojson data/utrecht/buurten.geojson");
  }
  const database = await prepareDatabase();
  const db = createPrismaClient(database.url);
  try {
    for (const file of files) {
      console.log(`Importeren: ${file}`);
      const summary = await importBoundaries(db, file);
      console.log(`Klaar: ${describeSummary(summary)}.`);
    }
  } finally {
    await db.$disconnect();
    await database.stop();
  }
});
