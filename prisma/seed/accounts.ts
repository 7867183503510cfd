// Development accounts, so that the coordinator and moderator flows can be tried at once.
// Only on the embedded demo database and in tests: on a DATABASE_URL server they are made only
// when SEED_DEV_ACCOUNTS=1 (scripts/lib/database.ts). The password is public, in the README.
import type { MembershipRole, Role } from "../../lib/generated/prisma/enums";

export const DEV_PASSWORD = "sociale-kaart-dev";

export type SeedAccount = {
  email: string;
  name: string;
  role: Role;
  memberships: { organisation: string; role: MembershipRole }[];
};

export const devAccounts: SeedAccount[] = [
  { email: "moderator@sociale-kaart.test", name: "Mo de Moderator", role: "MODERATOR", memberships: [] },
  { email: "admin@sociale-kaart.test", name: "Ada Admin", role: "ADMIN", memberships: [] },
  {
    email: "overvecht@sociale-kaart.test",
    name: "Olga (Formulierenspreekuur Overvecht)",
    role: "USER",
    memberships: [{ organisation: "formulierenspreekuur-overvecht", role: "OWNER" }],
  },
  {
    email: "lunetten@sociale-kaart.test",
    name: "Lars (Geldcafé Lunetten)",
    role: "USER",
    memberships: [{ organisation: "geldcafe-lunetten", role: "OWNER" }],
  },
  {
    email: "redacteur@sociale-kaart.test",
    name: "Rana (redacteur Formulierenspreekuur)",
    role: "USER",
    memberships: [{ organisation: "formulierenspreekuur-overvecht", role: "EDITOR" }],
  },
];
