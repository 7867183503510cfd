// Environment, parsed once by zod. Used by the app and by the scripts; a bad value stops the
// process with one readable line per problem instead of a stack trace later on.
import { z } from "zod";
import { UserError } from "./errors";
import { parseFrameAncestors } from "./security/frame-ancestors";

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), {
    message: "moet een PostgreSQL-adres zijn, bijvoorbeeld postgresql://user:pass@host:5432/db",
  });

const port = z.coerce.number().int().min(0).max(65535);
const flag = z.enum(["0", "1", "true", "false"]).transform((v) => v === "1" || v === "true");

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** A PostgreSQL server. Unset: the embedded database is started by scripts/run-with-db.ts. */
  DATABASE_URL: postgresUrl.optional(),
  /**
   * A read replica (or a connection pooler in front of one) for public reads: search, the map
   * points and public pages. Unset: they read from DATABASE_URL. Writes always go to DATABASE_URL.
   */
  DATABASE_READ_URL: postgresUrl.optional(),
  /** Connections per pool (DATABASE_URL's, and DATABASE_READ_URL's when set) in each app instance. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /**
   * Statement timeout in milliseconds on the DATABASE_READ_URL connections: a public read that
   * runs longer is cancelled instead of holding a connection. 0 = none. (Without a read URL
   * the one pool also serves long admin work, so it gets no timeout.)
   */
  DATABASE_READ_STATEMENT_TIMEOUT: z.coerce.number().int().min(0).default(10_000),
  /** The answer cache of search and map points (docs/decisions/0009-answer-cache.md); 0 turns it off. */
  SEARCH_CACHE: flag.default(true),
  /** Most answers the cache keeps per instance. */
  SEARCH_CACHE_ENTRIES: z.coerce.number().int().min(1).default(1000),
  /** Most memory the cached answers take per instance, in megabytes (their JSON size). */
  SEARCH_CACHE_MB: z.coerce.number().min(1).default(64),
  /** Longest a cached answer is kept, in seconds, even when its data and open states do not change. */
  SEARCH_CACHE_MAX_AGE: z.coerce.number().int().min(1).max(3600).default(300),
  /** Searches computed at the same time per instance (cache hits do not count). Unset: DATABASE_POOL_SIZE. */
  SEARCH_CONCURRENCY: z.coerce.number().int().min(1).optional(),
  /** Searches that may wait for a turn; more at once are answered 503 with Retry-After. */
  SEARCH_QUEUE: z.coerce.number().int().min(0).default(100),
  /** Longest a search waits for a turn, in milliseconds, before it is answered 503. */
  SEARCH_QUEUE_WAIT: z.coerce.number().int().min(0).default(5_000),
  /** Where the embedded database keeps its files; ":memory:" for a throw-away database. */
  EMBEDDED_DB_DIR: z.string().min(1).default(".data/pglite"),
  /** Loopback port of the embedded database; 0 picks a free one. */
  EMBEDDED_DB_PORT: port.default(0),
  /** Folder with wijken.geojson and buurten.geojson, imported when an empty database is seeded; relative to the project folder. */
  BOUNDARIES_DIR: z.string().min(1).default("data/utrecht"),
  /** Seed an empty database with the Utrecht data on start. */
  SEED_ON_EMPTY: flag.default(true),
  /**
   * With the seed, create the development accounts listed in the README (their password is
   * public). Unset: only on the embedded database, never on a DATABASE_URL server; 1 forces them.
   */
  SEED_DEV_ACCOUNTS: flag.optional(),
  /** Basemap tiles: {z}/{x}/{y} template and its attribution (HTML allowed: a link). */
  TILE_URL: z
    .string()
    .url()
    .default("https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png"),
  /** PDOK Locatieserver (address and postcode search), called from our server only. */
  PDOK_LOCATIESERVER_URL: z.string().url().default("https://api.pdok.nl/bzk/locatieserver/search/v3_1"),
  TILE_ATTRIBUTION: z.string().default('Kaartgegevens © <a href="https://www.kadaster.nl">Kadaster</a>'),
  /** Signs session cookies and hashes throttling keys. scripts/run-with-db.ts creates one in .data/. */
  NEXTAUTH_SECRET: z.string().min(32, "moet minstens 32 tekens lang zijn").optional(),
  /** The public address of the app, used in links in e-mails, e.g. https://socialekaart.utrecht.nl */
  NEXTAUTH_URL: z.string().url().optional(),
  /** SMTP server for outgoing mail, e.g. smtp://user:pass@mail.example.nl:587. Unset: mail is logged. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default("Sociale kaart Utrecht <noreply@socialekaart.example>"),
  /**
   * Reverse proxies in front of the app whose X-Forwarded-For is trusted (lib/auth/client-ip.ts).
   * 0 (default): none, the client address is the connection's. 1: one proxy (nginx, a load
   * balancer) that appends the client address; the app must then be reachable only through it.
   */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** Keep outgoing mail in the database and show it at /dev/mailbox (development and tests only). */
  DEV_MAILBOX: flag.optional(),
  /** Strict-Transport-Security max-age in seconds, sent on responses that came over https; 0 = no HSTS. */
  HSTS_MAX_AGE: z.coerce.number().int().min(0).default(15552000),
  /**
   * Sites that may show the /embed pages in a frame (CSP frame-ancestors; every other page:
   * nobody). "*" (default): any https site and localhost; "none": no one; or origins separated
   * by spaces or commas, e.g. "https://www.utrecht.nl https://*.buurtteamsutrecht.nl".
   * Parsed into the header's sources (lib/security/frame-ancestors.ts).
   */
  EMBED_FRAME_ANCESTORS: z
    .string()
    .max(4000)
    .optional()
    .transform((value, ctx) => {
      const parsed = parseFrameAncestors(value);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: "custom", message: parsed.message });
      return z.NEVER;
    }),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends UserError {}

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  // Empty strings count as unset, as in most .env tooling.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `- ${issue.path.join(".")}: ${issue.message}`);
  throw new EnvError(`Ongeldige instelling in de omgevingsvariabelen:\n${lines.join("\n")}`);
}

let cached: Env | undefined;

/** The development mailbox is on in development and tests, and in production only when asked for. */
export function devMailboxEnabled(current: Env = env()): boolean {
  if (current.SMTP_URL) return false;
  return current.DEV_MAILBOX ?? current.NODE_ENV !== "production";
}

export function env(): Env {
  cached ??= parseEnv();
  return cached;
}

/** Forgets the parsed environment so the next env() reads process.env again (tests). */
export function resetEnv(): void {
  cached = undefined;
}
