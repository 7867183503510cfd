// Texts of the nl/en-only parts (moderation, referrals, network, referral-helper) that residents
// see on their own pages. The resident-only languages (ar, tr, pl, uk) have these in their
// extras.json; everything else of those parts they never see (the pages redirect, proxy.ts).
// A path names a message or a whole namespace. Found by reading every component on the public
// pages (map and list, organisation and its folder, wijken, wijk and its wijkkaart, help finder,
// not-found and error pages, the layout); tests/unit/i18n/messages-complete.test.ts checks the
// translations have exactly these.
export const PUBLIC_MESSAGE_PATHS = [
  // "Meld een fout" on an organisation page: the form, its topics, its thanks, the contents entry.
  "Moderation.report",
  // On an organisation page for a signed-in professional (also in ar/tr/pl/uk).
  "Referrals.public",
  // Networks on an organisation page and a wijk page.
  "Network.wijk",
  "Network.city",
  "Network.rhythm",
  "Network.members",
  "Network.website",
  "Network.email",
  "Network.view.inWijk",
  // A wijk page's buurtteam table: "refer someone from this buurt".
  "ReferralHelper.wijkLink",
] as const;
