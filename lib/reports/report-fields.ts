// What the "Meld een fout" form offers, without zod: the form runs in the browser on every
// organisation page, and importing report-schema.ts there brought all of zod along (about
// 30 kB gzipped). report-schema.ts builds its schema from these.
export const REPORT_TOPICS = ["HOURS", "ADDRESS", "CONTACT", "SERVICES", "CLOSED_DOWN", "OTHER"] as const;

export const REPORT_MESSAGE_MIN = 10;
export const REPORT_MESSAGE_MAX = 1000;
