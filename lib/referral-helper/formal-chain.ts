// The formal debt-help chain as the 2024 study of Utrecht's chain divides it (chapters 2 and
// 3): the gemeente's Schulddienstverlening, the buurtteams, and the sociaal raadslieden of
// U Centraal — with De Geldzaak, which the raadslieden opened in 2021 as an extra front door.
// Other professional organisations (the Juridisch Loket, the Huishoudboekje, De
// Tussenvoorziening) help too, but are not that chain: the helper shows them as help that
// fits, not as "the formal route".
//
// The data model has no field for "part of the formal chain": which organisations form it is
// a matter of the city's policy, not something a coordinator ticks. Slugs never change once
// an organisation exists (coordinators edit names, not slugs), so the chain is named by slug,
// as buurtteams are told apart by slug (lib/wijken/buurtteams.ts). tests/unit/seed-data.test.ts
// checks that the seed has each of them, with the right track.

/** The formal chain besides the buurtteams, which have a group of their own. */
export const FORMAL_CHAIN_SLUGS = [
  "gemeente-utrecht-schulddienstverlening",
  "u-centraal-sociaal-raadslieden",
  "de-geldzaak",
] as const;

/**
 * Categories that bring the formal chain's services into the helper's search, whatever the
 * client's needs: debt help (the gemeente, De Geldzaak), money questions (De Geldzaak) and
 * legal advice (the sociaal raadslieden).
 */
export const FORMAL_CHAIN_CATEGORIES: readonly string[] = ["schuldhulp", "geldvragen", "juridisch-advies"];

export function isFormalChain(organisationSlug: string): boolean {
  return (FORMAL_CHAIN_SLUGS as readonly string[]).includes(organisationSlug);
}
