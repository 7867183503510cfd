// npm run openings:refresh — moves the window of materialised openings (lib/search/openings.ts)
// on to yesterday…two weeks ahead and works out every place's openings again. Meant to run once
// a day from cron, shortly after midnight; a search that finds the window running out does the
// same itself, so a missed run costs one slow search, never a wrong answer.
import { db, disconnectDb } from "../lib/db";
import { refreshAllOpenings } from "../lib/search/openings";
import { runMain } from "./lib/run-main";

runMain(async () => {
  try {
    const started = Date.now();
    // Batch by batch, each in a transaction of its own: editors never wait for the whole run.
    const counts = await refreshAllOpenings(db);
    console.log(`Openingstijden: ${counts.openings} openingen voor ${counts.places} plaatsen uitgerekend in ${Math.round((Date.now() - started) / 1000)} s.`);
    return 0;
  } finally {
    await disconnectDb();
  }
});
