import { describe, expect, it } from "vitest";
import { splitSqlStatements } from "@/prisma/split-sql";

describe("splitSqlStatements", () => {
  it("splits at top-level semicolons", () => {
    expect(splitSqlStatements("CREATE TABLE a (id int);\nCREATE TABLE b (id int);")).toEqual(["CREATE TABLE a (id int)", "CREATE TABLE b (id int)"]);
  });

  it("leaves semicolons in comments, strings, identifiers and dollar-quoted bodies alone", () => {
    const script = [
      "-- a comment; with a semicolon",
      "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$",
      "BEGIN",
      "  RAISE EXCEPTION 'stop; now';",
      "  RETURN NEW;",
      "END $$;",
      "/* block; comment */ SELECT 'it''s; fine', \"odd;name\" FROM t;",
      "SELECT $body$ x; y $body$;",
    ].join("\n");
    const statements = splitSqlStatements(script);
    expect(statements).toHaveLength(3);
    expect(statements[0]).toMatch(/^-- a comment; with a semicolon\nCREATE FUNCTION/);
    expect(statements[0]).toMatch(/RETURN NEW;\nEND \$\$$/);
    expect(statements[1]).toBe("/* block; comment */ SELECT 'it''s; fine', \"odd;name\" FROM t");
    expect(statements[2]).toBe("SELECT $body$ x; y $body$");
  });

  it("drops empty and comment-only pieces", () => {
    expect(splitSqlStatements(";;\n-- only a comment\n")).toEqual([]);
  });
});
