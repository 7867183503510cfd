// The app's log. In production one JSON line per entry (time, level, message, request id,
// fields), which log collectors read without parsing rules; in development a readable line.
// A few lines of our own instead of a library such as pino: what we need beyond printing is the
// redaction below, and pino's redaction works on key paths only, while the secrets that leak
// into logs here sit inside text (a sign-in link in an error message, a search in a URL).
//
// Never logged, wherever they appear: values under keys that name a secret (password, token,
// cookie, session, authorization, hash…); query strings (on public pages and the API they are
// residents' searches); credentials in URLs (smtp://user:pass@…); long random strings (the
// tokens in invitation, reset and sign-in links, session tokens, hashes).

export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;

export type Logger = {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger that adds these fields to every entry, e.g. { requestId }. */
  with(fields: LogFields): Logger;
};

export const REDACTED = "[redacted]";

const SECRET_KEY = /pass(word|wd|phrase)?|secret|token|cookie|authori[sz]ation|session|hash|credential|api[-_]?key|signature/i;

// Order matters: credentials and query strings first, then whatever random string is left.
const TEXT_RULES: Array<[RegExp, string]> = [
  // scheme://user:password@host → scheme://[redacted]@host
  [/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@'"<>]+@/gi, `$1${REDACTED}@`],
  // /path?q=… (a search, a token, an e-mail address in a sign-in link) → /path?[redacted]
  [/(\/[^\s?#'"<>]*)\?[^\s#'"<>]+/g, `$1?${REDACTED}`],
  // argon2 password hashes
  [/\$argon2[a-z]*\$[^\s'"]+/g, REDACTED],
  // tokens (32 random bytes are 43 base64url characters), session ids, SHA-256 hashes, JWT parts
  [/[A-Za-z0-9_-]{32,}/g, REDACTED],
];

/** Longer strings are cut first: the rules scan text more than once, and a log line needs no more. */
export const MAX_TEXT = 4096;

export function redactText(text: string): string {
  const bounded = text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…[${text.length - MAX_TEXT} more]` : text;
  return TEXT_RULES.reduce((current, [pattern, replacement]) => current.replace(pattern, replacement), bounded);
}

const MAX_DEPTH = 6;

function errorFields(error: Error): LogFields {
  const fields: LogFields = { name: error.name, message: error.message };
  const extra = error as Error & { code?: unknown; digest?: unknown; cause?: unknown };
  if (extra.code !== undefined) fields.code = extra.code;
  if (extra.digest !== undefined) fields.digest = extra.digest;
  if (error.stack) fields.stack = error.stack;
  if (extra.cause !== undefined) fields.cause = extra.cause;
  return fields;
}

/** A copy of value that is safe to log: see the top of this file. */
export function redact(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === "string") return redactText(value);
  if (value === null || typeof value !== "object") {
    return typeof value === "bigint" ? value.toString() : typeof value === "function" ? undefined : value;
  }
  if (seen.has(value)) return "[circular]";
  if (depth >= MAX_DEPTH) return "[…]";
  seen.add(value);
  if (value instanceof Error) return redact(errorFields(value), depth + 1, seen);
  if (value instanceof Date) return value.toISOString();
  if (value instanceof URL) return redactText(value.toString());
  if (Array.isArray(value)) return value.slice(0, 50).map((item) => redact(item, depth + 1, seen));
  const out: LogFields = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) ? REDACTED : redact(item, depth + 1, seen);
  }
  return out;
}

/**
 * An error without its message: for failures around a resident's search, where a database
 * message may quote the search ("invalid input syntax: …"). Name, code and where it happened.
 */
export function errorWithoutMessage(error: unknown): LogFields {
  if (!(error instanceof Error)) return { name: typeof error };
  const { code } = error as Error & { code?: unknown };
  const frames = error.stack?.split("\n").filter((line) => line.trimStart().startsWith("at ")).join("\n");
  return { name: error.name, ...(code !== undefined ? { code } : {}), ...(frames ? { stack: frames } : {}) };
}

type Entry = { time: string; level: LogLevel; message: string } & LogFields;

/** The entry as it is written: one JSON line, or a readable line (development). */
export function formatEntry(level: LogLevel, message: string, fields: LogFields, json: boolean, now = new Date()): string {
  const { requestId, ...rest } = fields;
  const safe = redact(rest) as LogFields;
  // The request id is ours (proxy.ts makes or checks it): it is kept as it is.
  const entry: Entry = { time: now.toISOString(), level, message: redactText(message), ...(requestId ? { requestId } : {}), ...safe };
  if (json) return JSON.stringify(entry);
  const details: LogFields = { ...entry };
  for (const key of ["time", "level", "message"]) delete details[key];
  const { time, message: text } = entry;
  const stack = typeof (details.error as LogFields | undefined)?.stack === "string" ? (details.error as LogFields).stack : undefined;
  const rendered = Object.keys(details).length ? ` ${JSON.stringify(details, (key, v) => (key === "stack" ? undefined : v))}` : "";
  return `${time.slice(11, 19)} ${level.toUpperCase()} ${text}${rendered}${stack ? `\n${String(stack)}` : ""}`;
}

function jsonOutput(): boolean {
  const format = process.env.LOG_FORMAT;
  if (format === "json") return true;
  if (format === "pretty") return false;
  return process.env.NODE_ENV === "production";
}

function write(level: LogLevel, message: string, fields: LogFields): void {
  if (level === "debug" && process.env.NODE_ENV === "production") return;
  const line = formatEntry(level, message, fields, jsonOutput());
  // Through the console method of the same level: warnings and errors go to stderr, the rest
  // to stdout, as process managers expect.
  console[level](line);
}

function makeLogger(bound: LogFields): Logger {
  return {
    debug: (message, fields) => write("debug", message, { ...bound, ...fields }),
    info: (message, fields) => write("info", message, { ...bound, ...fields }),
    warn: (message, fields) => write("warn", message, { ...bound, ...fields }),
    error: (message, fields) => write("error", message, { ...bound, ...fields }),
    with: (fields) => makeLogger({ ...bound, ...fields }),
  };
}

export const log: Logger = makeLogger({});

/**
 * The logger for the request being handled, with its request id (set by proxy.ts); outside a
 * request (scripts, start-up) the plain logger.
 */
export async function requestLog(): Promise<Logger> {
  try {
    const { headers } = await import("next/headers");
    const requestId = (await headers()).get("x-request-id");
    return requestId ? log.with({ requestId }) : log;
  } catch {
    return log;
  }
}
