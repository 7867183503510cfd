// pg_dump and pg_restore get the database password through PGPASSWORD, never on the command
// line, where any user of the machine reads it in the process list.
import { describe, expect, it } from "vitest";
import { pgConnection, pgDumpArgs } from "../../scripts/lib/backup";

describe("pgConnection", () => {
  it("moves the password out of the URL into PGPASSWORD", () => {
    const { url, env } = pgConnection("postgresql://app:Geheim%2F123@db.example.nl:5432/kaart?sslmode=require");
    expect(url).toBe("postgresql://app@db.example.nl:5432/kaart?sslmode=require");
    expect(env.PGPASSWORD).toBe("Geheim/123");
    expect(pgDumpArgs(url, "x.dump").join(" ")).not.toContain("Geheim");
  });

  it("leaves a URL without a password as it is", () => {
    const { url, env } = pgConnection("postgresql://postgres@127.0.0.1:5432/kaart");
    expect(url).toBe("postgresql://postgres@127.0.0.1:5432/kaart");
    expect(env.PGPASSWORD).toBe(process.env.PGPASSWORD);
  });
});
