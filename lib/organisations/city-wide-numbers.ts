// The numbers that help anyone in Utrecht, whatever their buurt, language or day: shown where
// a search finds nothing (issue 11, point 4), so no search ends without a number to call.
// One place for them, each with where it comes from. Only real, public numbers belong here:
// the seed's other phone numbers are examples (prisma/seed/organisations-formal.ts). The seed
// lists the same numbers for these organisations; tests/unit/city-wide-numbers.test.ts keeps
// the two the same.

export type CityWideNumber = {
  /** Key of its texts under NoResults.cityWide in the messages. */
  key: "gemeente" | "juridischLoket" | "geldfit";
  /** A proper name: the same in every language. */
  name: string;
  phone: string | null;
  website: string;
  /** The organisation in the seed with this number. */
  seedOrganisation: string;
  /** Where the number is published. */
  source: string;
};

export const CITY_WIDE_NUMBERS: readonly CityWideNumber[] = [
  {
    key: "gemeente",
    name: "Gemeente Utrecht",
    phone: "14 030",
    website: "https://www.utrecht.nl/werk-en-inkomen/",
    seedOrganisation: "gemeente-utrecht-schulddienstverlening",
    source: "utrecht.nl: the gemeente's general number, also for schuldhulp (Schulddienstverlening)",
  },
  {
    key: "juridischLoket",
    name: "Het Juridisch Loket",
    phone: "0900-8020",
    website: "https://www.juridischloket.nl",
    seedOrganisation: "juridisch-loket",
    source: "juridischloket.nl: the national number of free legal advice (normal call charges)",
  },
  {
    key: "geldfit",
    name: "Geldfit",
    phone: null,
    website: "https://www.geldfit.nl",
    seedOrganisation: "geldfit",
    source: "geldfit.nl: an anonymous money test with a chat, for all of the Netherlands",
  },
];
