// npm run reminders — mails the owners of listings that were not checked for half a year
// (see lib/listings/reminders.ts). Meant to run once a day from cron; running it more often
// sends nothing extra, since each listing is reminded at most once every 30 days.
import { db, disconnectDb } from "../lib/db";
import { sendVerificationReminders } from "../lib/listings/reminders";
import { runMain } from "./lib/run-main";

runMain(async () => {
  try {
    const counts = await sendVerificationReminders(db, new Date());
    console.log(
      `Herinneringen: ${counts.mails} e-mail(s) voor ${counts.listings} organisatie(s).` +
        (counts.withoutOwner ? ` ${counts.withoutOwner} organisatie(s) zonder eigenaar om te mailen.` : "") +
        (counts.failed ? ` ${counts.failed} mislukt (volgende keer opnieuw).` : ""),
    );
    return counts.failed > 0 ? 1 : 0;
  } finally {
    await disconnectDb();
  }
});
