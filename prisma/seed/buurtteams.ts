import type { SeedException, SeedHours, SeedOrganisation, SeedService } from "./types";

// Buurtteams Sociaal and Buurtteams Jeugd & Gezin (spoor 2). Every buurt of Utrecht is served
// by exactly one sociaal team and exactly one jeugd & gezin team; big wijken have two teams
// that split the buurten. The office lies in the wijk; the service area is what counts.
// Phone numbers, e-mail addresses and office addresses are examples.

type TeamRow = {
  /** Part of the slug after "buurtteam-sociaal-" or "buurtteam-jeugd-en-gezin-". */
  slug: string;
  /** Shown after "Buurtteam Sociaal" / "Buurtteam Jeugd & Gezin". */
  area: string;
  location: string;
  buurten: string[];
  languages: string[];
  phone: string;
  waitingList?: string;
  /** A weekly walk-in hour at the office, without appointment. */
  walkIn?: SeedHours;
};

const BT_WEBSITE = "https://www.buurtteamsutrecht.nl";

// ------------------------------------------------------------------ buurten per team
const WEST = [
  "BU03440111", "BU03440112", "BU03440113", "BU03440114", "BU03440121", "BU03440122",
  "BU03440123", "BU03440124", "BU03440131", "BU03440132", "BU03440133",
];
const ZUILEN = ["BU03440231", "BU03440232", "BU03440233", "BU03440241", "BU03440242", "BU03440243", "BU03440244"];
const ONDIEP_PIJLSWEERD = ["BU03440211", "BU03440212", "BU03440221", "BU03440222", "BU03440223", "BU03440224"];
const OVERVECHT_NOORD = ["BU03440322", "BU03440331", "BU03440332", "BU03440333", "BU03440341", "BU03440342", "BU03440343"];
const OVERVECHT_ZUID = ["BU03440311", "BU03440312", "BU03440321"];
const NOORDOOST = [
  "BU03440411", "BU03440412", "BU03440413", "BU03440414", "BU03440415", "BU03440421",
  "BU03440422", "BU03440423", "BU03440431", "BU03440432", "BU03440433",
];
const OOST = [
  "BU03440511", "BU03440512", "BU03440521", "BU03440522", "BU03440523", "BU03440524", "BU03440525",
  "BU03440526", "BU03440531", "BU03440532", "BU03440533", "BU03440534", "BU03440535",
];
const BINNENSTAD = [
  "BU03440611", "BU03440612", "BU03440613", "BU03440621", "BU03440622", "BU03440623",
  "BU03440624", "BU03440625", "BU03440626", "BU03440627", "BU03440628",
];
const HOOGRAVEN_TOLSTEEG = ["BU03440721", "BU03440722", "BU03440723", "BU03440731", "BU03440732", "BU03440733"];
const LUNETTEN = ["BU03440711", "BU03440712"];
const KANALENEILAND = ["BU03440821", "BU03440831", "BU03440832"];
const DICHTERSWIJK_RIVIERENWIJK_TRANSWIJK = ["BU03440811", "BU03440812", "BU03440822", "BU03440823"];
const LEIDSCHE_RIJN_NOORD = ["BU03440911", "BU03440912", "BU03440913", "BU03440921", "BU03440922", "BU03440931", "BU03440932"];
const LEIDSCHE_RIJN_ZUID = [
  "BU03440933", "BU03440934", "BU03440941", "BU03440942", "BU03440943", "BU03440951", "BU03440952", "BU03440953",
];
const VLEUTEN_DE_MEERN = [
  "BU03441011", "BU03441012", "BU03441013", "BU03441014", "BU03441021", "BU03441022",
  "BU03441023", "BU03441024", "BU03441031", "BU03441032", "BU03441033", "BU03441041",
];

// ------------------------------------------------------------------ teams
const sociaalTeams: TeamRow[] = [
  {
    slug: "west",
    area: "West",
    location: "buurtteam-west",
    buurten: WEST,
    languages: ["nl", "en", "ar", "ber", "tr"],
    phone: "030-740 1101",
    walkIn: { day: "MO", opens: "13:00", closes: "15:00", note: "Inloopspreekuur: binnenlopen zonder afspraak." },
  },
  {
    slug: "zuilen",
    area: "Zuilen",
    location: "buurtteam-zuilen",
    buurten: ZUILEN,
    languages: ["nl", "en", "tr", "ar", "pl"],
    phone: "030-740 1102",
  },
  {
    slug: "ondiep-pijlsweerd",
    area: "Ondiep en Pijlsweerd",
    location: "buurtteam-ondiep",
    buurten: ONDIEP_PIJLSWEERD,
    languages: ["nl", "en", "ar", "ber"],
    phone: "030-740 1103",
  },
  {
    slug: "overvecht-noord",
    area: "Overvecht-Noord",
    location: "buurtteam-overvecht-noord",
    buurten: OVERVECHT_NOORD,
    languages: ["nl", "en", "ar", "ber", "tr", "so"],
    phone: "030-740 1104",
    waitingList:
      "Een eerste gesprek duurt nu ongeveer drie weken. Dreigt een huisuitzetting of afsluiting van gas en licht? Bel dan meteen: dan helpen we dezelfde week.",
    walkIn: { day: "TU", opens: "09:00", closes: "11:00", note: "Inloopspreekuur: binnenlopen zonder afspraak." },
  },
  {
    slug: "overvecht-zuid",
    area: "Overvecht-Zuid",
    location: "buurtteam-overvecht-zuid",
    buurten: OVERVECHT_ZUID,
    languages: ["nl", "en", "ar", "ber", "tr"],
    phone: "030-740 1105",
  },
  {
    slug: "noordoost",
    area: "Noordoost",
    location: "buurtteam-noordoost",
    buurten: NOORDOOST,
    languages: ["nl", "en"],
    phone: "030-740 1106",
  },
  {
    slug: "oost",
    area: "Oost",
    location: "buurtteam-oost",
    buurten: OOST,
    languages: ["nl", "en"],
    phone: "030-740 1107",
  },
  {
    slug: "binnenstad",
    area: "Binnenstad",
    location: "buurtteam-binnenstad",
    buurten: BINNENSTAD,
    languages: ["nl", "en", "pl"],
    phone: "030-740 1108",
  },
  {
    slug: "hoograven-tolsteeg",
    area: "Hoograven en Tolsteeg",
    location: "buurtteam-hoograven",
    buurten: HOOGRAVEN_TOLSTEEG,
    languages: ["nl", "en", "ar", "tr"],
    phone: "030-740 1109",
  },
  {
    slug: "lunetten",
    area: "Lunetten",
    location: "buurtteam-lunetten",
    buurten: LUNETTEN,
    languages: ["nl", "en"],
    phone: "030-740 1110",
  },
  {
    slug: "kanaleneiland",
    area: "Kanaleneiland",
    location: "buurtteam-kanaleneiland",
    buurten: KANALENEILAND,
    languages: ["nl", "en", "ar", "ber", "tr", "ti"],
    phone: "030-740 1111",
    waitingList:
      "Wachttijd voor een eerste gesprek is ongeveer twee weken. Kom in de tussentijd naar het inloopspreekuur op donderdag.",
    walkIn: { day: "TH", opens: "09:00", closes: "11:00", note: "Inloopspreekuur: binnenlopen zonder afspraak." },
  },
  {
    slug: "dichterswijk-rivierenwijk-transwijk",
    area: "Dichterswijk, Rivierenwijk en Transwijk",
    location: "buurtteam-rivierenwijk",
    buurten: DICHTERSWIJK_RIVIERENWIJK_TRANSWIJK,
    languages: ["nl", "en", "ar", "tr"],
    phone: "030-740 1112",
  },
  {
    slug: "leidsche-rijn",
    area: "Leidsche Rijn",
    location: "buurtteam-leidsche-rijn",
    buurten: [...LEIDSCHE_RIJN_NOORD, ...LEIDSCHE_RIJN_ZUID],
    languages: ["nl", "en", "ar", "pl"],
    phone: "030-740 1113",
  },
  {
    slug: "vleuten-de-meern",
    area: "Vleuten-De Meern",
    location: "buurtteam-vleuten-de-meern",
    buurten: VLEUTEN_DE_MEERN,
    languages: ["nl", "en"],
    phone: "030-740 1114",
  },
];

const jeugdEnGezinTeams: TeamRow[] = [
  {
    slug: "west",
    area: "West",
    location: "buurtteam-west",
    buurten: WEST,
    languages: ["nl", "en", "ar", "ber", "tr"],
    phone: "030-740 1201",
  },
  {
    slug: "noordwest",
    area: "Noordwest",
    location: "buurtteam-zuilen",
    buurten: [...ZUILEN, ...ONDIEP_PIJLSWEERD],
    languages: ["nl", "en", "ar", "tr"],
    phone: "030-740 1202",
  },
  {
    slug: "overvecht",
    area: "Overvecht",
    location: "buurtteam-overvecht-zuid",
    buurten: [...OVERVECHT_NOORD, ...OVERVECHT_ZUID],
    languages: ["nl", "en", "ar", "ber", "tr", "so"],
    phone: "030-740 1203",
  },
  {
    slug: "noordoost",
    area: "Noordoost",
    location: "buurtteam-noordoost",
    buurten: NOORDOOST,
    languages: ["nl", "en"],
    phone: "030-740 1204",
  },
  {
    slug: "oost",
    area: "Oost",
    location: "buurtteam-oost",
    buurten: OOST,
    languages: ["nl", "en"],
    phone: "030-740 1205",
  },
  {
    slug: "binnenstad",
    area: "Binnenstad",
    location: "buurtteam-binnenstad",
    buurten: BINNENSTAD,
    languages: ["nl", "en"],
    phone: "030-740 1206",
  },
  {
    slug: "zuid",
    area: "Zuid",
    location: "buurtteam-hoograven",
    buurten: [...HOOGRAVEN_TOLSTEEG, ...LUNETTEN],
    languages: ["nl", "en", "ar", "tr"],
    phone: "030-740 1207",
  },
  {
    slug: "zuidwest",
    area: "Zuidwest",
    location: "buurtteam-kanaleneiland",
    buurten: [...KANALENEILAND, ...DICHTERSWIJK_RIVIERENWIJK_TRANSWIJK],
    languages: ["nl", "en", "ar", "ber", "tr", "ti"],
    phone: "030-740 1208",
    waitingList:
      "Er is een korte wachtlijst voor begeleiding. Bij zorgen over de veiligheid van een kind of een dreigende uithuiszetting is er direct hulp.",
  },
  {
    slug: "leidsche-rijn-noord",
    area: "Leidsche Rijn-Noord",
    location: "buurtteam-leidsche-rijn",
    buurten: LEIDSCHE_RIJN_NOORD,
    languages: ["nl", "en", "ar", "pl"],
    phone: "030-740 1209",
  },
  {
    slug: "leidsche-rijn-zuid",
    area: "Leidsche Rijn-Zuid",
    location: "buurtteam-leidsche-rijn",
    buurten: LEIDSCHE_RIJN_ZUID,
    languages: ["nl", "en", "ar"],
    phone: "030-740 1210",
  },
  {
    slug: "vleuten-de-meern",
    area: "Vleuten-De Meern",
    location: "buurtteam-vleuten-de-meern",
    buurten: VLEUTEN_DE_MEERN,
    languages: ["nl", "en"],
    phone: "030-740 1211",
  },
];

// ------------------------------------------------------------------ shared hours
const OFFICE_HOURS: SeedHours[] = (["MO", "TU", "WE", "TH", "FR"] as const).map((day) => ({
  day,
  opens: "08:30",
  closes: "17:00",
  note: "Bellen of langskomen op afspraak.",
}));

const HOLIDAYS: SeedException[] = [
  { start: "2026-12-24", end: "2026-12-24", closed: false, opens: "08:30", closes: "12:00", reason: "Kerstavond: alleen 's ochtends" },
  { start: "2026-12-25", end: "2026-12-26", closed: true, reason: "Kerstdagen" },
  { start: "2026-12-31", end: "2026-12-31", closed: false, opens: "08:30", closes: "12:00", reason: "Oudejaarsdag: alleen 's ochtends" },
  { start: "2027-01-01", end: "2027-01-01", closed: true, reason: "Nieuwjaarsdag" },
];

function slugEmail(prefix: string, slug: string): string {
  return `${prefix}.${slug}@buurtteamsutrecht.nl`;
}

function sociaalService(team: TeamRow): SeedService {
  // A weekly walk-in hour is part of the same service: one service per team keeps the
  // service area (and so the "one team per buurt" rule) in one place.
  const hours: SeedHours[] = team.walkIn ? [...OFFICE_HOURS, team.walkIn] : OFFICE_HOURS;
  return {
    slug: "geldzorgen-en-schulden",
    name: "Hulp bij geldzorgen en schulden",
    description: team.walkIn
      ? "Heb je geldzorgen of schulden? Een medewerker van het buurtteam maakt samen met jou een overzicht en zorgt voor rust. Eén keer per week kun je zonder afspraak binnenlopen."
      : "Heb je geldzorgen of schulden? Een medewerker van het buurtteam maakt samen met jou een overzicht en zorgt voor rust. Als het nodig is, gaan we samen naar de schuldhulp van de gemeente.",
    categories: ["schuldhulp", "geldvragen", "administratie", "inkomensondersteuning", "wonen"],
    phases: ["SIGNALEREN", "TOELEIDEN", "STABILISEREN"],
    accessModes: team.walkIn ? ["APPOINTMENT", "WALK_IN", "HOME_VISIT", "PHONE"] : ["APPOINTMENT", "HOME_VISIT", "PHONE"],
    languages: team.languages,
    eligibility: `Voor volwassenen die wonen in ${team.area}. Je hebt geen verwijzing nodig.`,
    isFree: true,
    noRegistration: false,
    capacity: team.waitingList ? "WAITING_LIST" : "OPEN",
    capacityNote: team.waitingList,
    phone: team.phone,
    email: slugEmail("sociaal", team.slug),
    url: BT_WEBSITE,
    areas: { buurten: team.buurten },
    at: [{ location: team.location, hours, exceptions: HOLIDAYS }],
  };
}

function jeugdEnGezinService(team: TeamRow): SeedService {
  return {
    slug: "gezin-en-geldzorgen",
    name: "Steun voor gezinnen met geldzorgen",
    description:
      "Geldzorgen geven veel stress in een gezin. De medewerker helpt ouders met rust en overzicht, kijkt naar regelingen voor de kinderen en zoekt samen met jou verdere hulp.",
    categories: ["opvoeding-en-gezin", "geldvragen", "schuldhulp", "inkomensondersteuning"],
    phases: ["SIGNALEREN", "TOELEIDEN", "STABILISEREN"],
    accessModes: ["APPOINTMENT", "HOME_VISIT", "PHONE"],
    languages: team.languages,
    eligibility: `Voor gezinnen met kinderen en jongeren tot 18 jaar (soms tot 23 jaar) die wonen in ${team.area}.`,
    isFree: true,
    noRegistration: false,
    capacity: team.waitingList ? "WAITING_LIST" : "OPEN",
    capacityNote: team.waitingList,
    phone: team.phone,
    email: slugEmail("jeugdengezin", team.slug),
    url: BT_WEBSITE,
    areas: { buurten: team.buurten },
    at: [{ location: team.location, hours: OFFICE_HOURS, exceptions: HOLIDAYS }],
  };
}

export const buurtteamsSociaal: SeedOrganisation[] = sociaalTeams.map((team) => ({
  slug: `buurtteam-sociaal-${team.slug}`,
  name: `Buurtteam Sociaal ${team.area}`,
  alternateName: "Buurtteams Utrecht",
  kind: "FORMAL",
  track: "BUURTTEAM",
  description: `Het buurtteam sociaal helpt volwassenen in ${team.area} met vragen over geld, wonen, zorg en meedoen. Bel of kom langs: je hebt geen verwijzing nodig. Het buurtteam is de ingang naar de schuldhulp van de gemeente.`,
  website: BT_WEBSITE,
  email: slugEmail("sociaal", team.slug),
  phone: team.phone,
  exampleData: true,
  locations: [team.location],
  services: [sociaalService(team)],
}));

export const buurtteamsJeugdEnGezin: SeedOrganisation[] = jeugdEnGezinTeams.map((team) => ({
  slug: `buurtteam-jeugd-en-gezin-${team.slug}`,
  name: `Buurtteam Jeugd & Gezin ${team.area}`,
  alternateName: "Buurtteams Utrecht",
  kind: "FORMAL",
  track: "BUURTTEAM",
  description: `Het buurtteam jeugd & gezin helpt ouders, kinderen en jongeren in ${team.area}. Ook als geldzorgen thuis voor spanning zorgen. Je hebt geen verwijzing nodig.`,
  website: BT_WEBSITE,
  email: slugEmail("jeugdengezin", team.slug),
  phone: team.phone,
  exampleData: true,
  locations: [team.location],
  services: [jeugdEnGezinService(team)],
}));

export const buurtteams: SeedOrganisation[] = [...buurtteamsSociaal, ...buurtteamsJeugdEnGezin];
