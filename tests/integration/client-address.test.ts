// The client address behind the per-address limits (TRUST_PROXY, lib/auth/client-ip.ts): an
// X-Forwarded-For the client makes up must not give it a fresh address per request. Shown on
// the public report form ("Meld een fout", five an hour per address).
import { afterEach, describe, expect, it, vi } from "vitest";
import { withTestDatabase } from "./support/test-database";
import { actAs } from "./support/next-runtime";
import { SLUGS, organisationId } from "./support/users";
import { submitReport } from "../../lib/reports/report-actions";
import { reportFormToken } from "../../lib/reports/form-token";
import { resetEnv } from "../../lib/env";

const t = withTestDatabase();

async function report(message: string) {
  const data = new FormData();
  const values = {
    organizationId: await organisationId(t.db, SLUGS.a),
    topic: "HOURS",
    message,
    startedAt: reportFormToken(new Date(Date.now() - 10_000)),
    website_url: "",
  };
  for (const [name, value] of Object.entries(values)) data.append(name, value);
  return submitReport({ status: "idle" }, data);
}

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnv();
});

describe("the client address", () => {
  it("with TRUST_PROXY unset, a made-up X-Forwarded-For per request does not get past the report limit", async () => {
    const statuses: string[] = [];
    for (let i = 1; i <= 7; i += 1) {
      actAs(null, { ip: "198.51.100.70", forwardedFor: `10.66.0.${i}` });
      statuses.push((await report(`Melding ${i}: de openingstijden kloppen niet meer.`)).status);
    }
    expect(statuses).toEqual(["success", "success", "success", "success", "success", "error", "error"]);
  });

  it("with TRUST_PROXY=1, the proxy's own entry counts, not what the client put in front of it", async () => {
    vi.stubEnv("TRUST_PROXY", "1");
    resetEnv();
    const statuses: string[] = [];
    for (let i = 1; i <= 6; i += 1) {
      // The proxy (socket 10.0.0.2) appends the address it saw; the client prepended its own guesses.
      actAs(null, { ip: "10.0.0.2", forwardedFor: `10.66.1.${i}, 198.51.100.71` });
      statuses.push((await report(`Melding ${i}: het telefoonnummer klopt niet.`)).status);
    }
    expect(statuses).toEqual(["success", "success", "success", "success", "success", "error"]);
    // Someone else behind the same proxy is not held up.
    actAs(null, { ip: "10.0.0.2", forwardedFor: "198.51.100.72" });
    expect((await report("Een andere bezoeker: het adres klopt niet.")).status).toBe("success");
  });
});
