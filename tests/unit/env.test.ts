import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("defaults to the embedded database and PDOK tiles", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.EMBEDDED_DB_DIR).toBe(".data/pglite");
    expect(env.EMBEDDED_DB_PORT).toBe(0);
    expect(env.TILE_URL).toContain("service.pdok.nl/brt/achtergrondkaart");
    expect(env.TILE_ATTRIBUTION).toContain("Kadaster");
    expect(env.SEED_ON_EMPTY).toBe(true);
  });

  it("treats an empty value as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("accepts a PostgreSQL server URL", () => {
    const url = "postgresql://postgres@127.0.0.1:5432/kaart";
    expect(parseEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
  });

  it("names every bad value in one readable message", () => {
    const parse = () => parseEnv({ DATABASE_URL: "mysql://x", EMBEDDED_DB_PORT: "70000", SEED_ON_EMPTY: "misschien" });
    expect(parse).toThrow(EnvError);
    try {
      parse();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/DATABASE_URL: moet een PostgreSQL-adres zijn/);
      expect(message).toMatch(/EMBEDDED_DB_PORT/);
      expect(message).toMatch(/SEED_ON_EMPTY/);
    }
  });
});
