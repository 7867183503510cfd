// The slug helper and the password rules shared by the access forms.
import { describe, expect, it } from "vitest";
import { slugify } from "@/lib/access/slug";
import { PASSWORD_MIN_LENGTH } from "@/lib/access/password-rules";
import { resetPasswordSchema } from "@/lib/access/password-schema";
import { submitWithAccountSchema } from "@/lib/access/submit-schema";

describe("slugify", () => {
  it("makes the same kind of address as the seeded listings", () => {
    expect(slugify("Geldcafé Lunetten")).toBe("geldcafe-lunetten");
    expect(slugify("  Formulierenspreekuur   Overvecht ")).toBe("formulierenspreekuur-overvecht");
    expect(slugify("Eten & Geld (Zuilen)!")).toBe("eten-en-geld-zuilen");
    expect(slugify("Stichting Ça Ira — 2e locatie")).toBe("stichting-ca-ira-2e-locatie");
  });

  it("never returns an empty or over-long slug", () => {
    expect(slugify("!!!")).toBe("initiatief");
    const long = slugify("woord ".repeat(40));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.endsWith("-")).toBe(false);
  });
});

describe("password rules", () => {
  it("ask for at least ten characters", () => {
    expect(PASSWORD_MIN_LENGTH).toBe(10);
  });

  it("report a short password and a different repeat at the right fields", () => {
    const short = resetPasswordSchema.safeParse({ token: "x", password: "kort", passwordRepeat: "kort" });
    expect(short.success).toBe(false);
    expect(short.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["password", "passwordTooShort"]]);
    const different = resetPasswordSchema.safeParse({ token: "x", password: "lang genoeg wachtwoord", passwordRepeat: "iets anders dan dat" });
    expect(different.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["passwordRepeat", "passwordMismatch"]]);
  });

  it("give a new initiative the default kind and track", () => {
    const parsed = submitWithAccountSchema.parse({
      name: "Buurtkas",
      description: "Wij helpen",
      accountName: "Sam",
      accountEmail: "Sam@Voorbeeld.nl ",
      password: "een lang wachtwoord",
      passwordRepeat: "een lang wachtwoord",
    });
    expect(parsed).toMatchObject({ kind: "INFORMAL", track: "SOCIALE_BASIS", accountEmail: "sam@voorbeeld.nl", website_url: "", website: null });
  });
});
