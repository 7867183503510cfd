// Which message files make up a language. Its own module (no next-intl import) so that tests
// can read the messages exactly as the app does (lib/i18n/request.ts).
// Messages are split by area of the site (one JSON file each per language) so that people
// translating or reviewing one part do not need to read the rest; here they become one object.
export const PARTS = ["common", "home", "detail", "forms", "beheer", "listing", "hours-editor", "history", "access", "moderation", "referrals", "referral-helper", "network", "print", "gaps", "help-finder", "categories"] as const;

/**
 * What a resident-only language (ar, tr, pl, uk) has of its own: the residents' pages, and in
 * "extras" the few texts of other parts that residents see (the "Meld een fout" form, networks
 * on an organisation page). lib/i18n/public-messages.ts says which; a test checks they are all there.
 */
export const PUBLIC_PARTS = ["common", "home", "detail", "forms", "print", "help-finder", "categories", "extras"] as const;
