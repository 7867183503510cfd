// npm run admin:create -- <e-mail> — makes (or promotes) an administrator and prints a
// one-time link, valid for 24 hours, with which they choose a password. For the first real
// admin of a deployment: the development accounts never exist on a DATABASE_URL server.
import { createPrismaClient } from "../lib/db";
import { env } from "../lib/env";
import { UserError } from "../lib/errors";
import { ADMIN_LINK_HOURS, createAdminWithLink } from "../lib/access/admin-account";
import { runMain } from "./lib/run-main";

runMain(async () => {
  const [email] = process.argv.slice(2);
  if (!email) throw new UserError("Gebruik: npm run admin:create -- <e-mailadres>");
  const { DATABASE_URL, NEXTAUTH_URL } = env();
  if (!DATABASE_URL) throw new UserError("DATABASE_URL ontbreekt. Start dit script met npm run admin:create.");
  const db = createPrismaClient(DATABASE_URL);
  try {
    const result = await createAdminWithLink(db, { email, baseUrl: NEXTAUTH_URL ?? "http://localhost:3000" });
    console.log(
      `${result.created ? "Beheerder aangemaakt" : "Account is nu beheerder"}: ${result.email}\n\n` +
        `Eenmalige link om een wachtwoord te kiezen (${ADMIN_LINK_HOURS} uur geldig, niet bewaard — geef hem alleen aan ${result.email}):\n\n  ${result.link}\n`,
    );
    if (!NEXTAUTH_URL) console.log("Let op: NEXTAUTH_URL is niet gezet; de link gebruikt http://localhost:3000.");
    return 0;
  } finally {
    await db.$disconnect();
  }
});
