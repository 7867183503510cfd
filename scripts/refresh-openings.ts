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
    const counts = await db.$transaction((tx) => refreshAllOpenings(tx), { timeout: 600_000, maxWait: 60_000 });
    console.log(`Openingstijden: ${counts.openings} openingen voor ${counts.places} plaatsen uitgerekend in ${Math.round((Date.now() - started) / 1000)} s.`);
    return 0;
  } finally {
    await disconnectDb();
  }
});
