import type { SeedException, SeedHours, SeedOrganisation } from "./types";

// Formal partners outside the buurtteams: the gemeente (spoor 3), U Centraal, De Tussenvoorziening
// and other professional organisations. Hours and most contact details are examples, except the
// gemeente's general number 14 030 and the Juridisch Loket's 0900-8020.
//
// The study divides the chain this way (chapters 2–3): the formal chain is the gemeente's
// Schulddienstverlening, the buurtteams and U Centraal's sociaal raadslieden, with De Geldzaak
// as the raadslieden's extra front door — professionals, so track SPECIALIST, not the sociale
// basis (spoor 1), which is informal help. U Centraal's financieel vrijwilligers are volunteers
// and stay in the sociale basis. lib/referral-helper/formal-chain.ts names the chain.

const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR"] as const;

function weekdays(opens: SeedHours["opens"], closes: SeedHours["closes"], note?: string): SeedHours[] {
  return WEEKDAYS.map((day) => ({ day, opens, closes, note }));
}

const GEMEENTE_FEESTDAGEN: SeedException[] = [
  { start: "2026-12-24", end: "2026-12-24", closed: false, opens: "09:00", closes: "13:00", reason: "Kerstavond: tot 13:00 uur" },
  { start: "2026-12-25", end: "2026-12-26", closed: true, reason: "Kerstdagen" },
  { start: "2026-12-31", end: "2026-12-31", closed: false, opens: "09:00", closes: "13:00", reason: "Oudejaarsdag: tot 13:00 uur" },
  { start: "2027-01-01", end: "2027-01-01", closed: true, reason: "Nieuwjaarsdag" },
];

const KERSTVAKANTIE: SeedException = {
  start: "2026-12-24",
  end: "2027-01-01",
  closed: true,
  reason: "Kerstvakantie",
};

export const formalOrganisations: SeedOrganisation[] = [
  // ------------------------------------------------------------------ gemeente (spoor 3)
  {
    slug: "gemeente-utrecht-schulddienstverlening",
    name: "Gemeente Utrecht – Schulddienstverlening",
    alternateName: "Schulddienstverlening Werk en Inkomen",
    kind: "FORMAL",
    track: "SPECIALIST",
    description:
      "De schuldhulp van de gemeente Utrecht, afdeling Werk en Inkomen. Een schuldhulpverlener zorgt eerst voor rust en maakt dan met je schuldeisers een regeling. Je kunt zelf bellen of je laten aanmelden via het buurtteam.",
    website: "https://www.utrecht.nl/werk-en-inkomen/",
    email: "schulddienstverlening@utrecht.nl",
    phone: "14 030",
    exampleData: true,
    locations: ["stadskantoor", "buurtteam-kanaleneiland", "buurtteam-overvecht-zuid"],
    services: [
      {
        slug: "aanmelden-schuldhulp",
        name: "Aanmelden voor schuldhulp",
        description:
          "Heb je schulden die je niet zelf kunt oplossen? Meld je aan bij de schuldhulp van de gemeente. Je kunt al bellen bij je eerste betalingsachterstand.",
        categories: ["schuldhulp", "geldvragen"],
        phases: ["TOELEIDEN", "STABILISEREN"],
        accessModes: ["PHONE", "ONLINE", "APPOINTMENT"],
        languages: ["nl", "en"],
        eligibility:
          "Voor inwoners van Utrecht van 18 jaar en ouder. Ook als je werkt, een eigen bedrijf hebt gehad of een koophuis hebt. Je kunt je ook laten aanmelden door het buurtteam.",
        isFree: true,
        noRegistration: false,
        capacity: "OPEN",
        capacityNote:
          "Meestal binnen drie weken een eerste gesprek. Dreigt een huisuitzetting of afsluiting van energie? Zeg dat meteen: dan gaat het sneller.",
        phone: "14 030",
        url: "https://www.utrecht.nl/werk-en-inkomen/",
        at: [{ location: "stadskantoor", hours: weekdays("09:00", "17:00", "Telefonisch bereikbaar via 14 030."), exceptions: GEMEENTE_FEESTDAGEN }],
      },
      {
        slug: "schuldregeling",
        name: "Schuldregeling en saneringskrediet",
        description:
          "De schuldhulpverlener maakt met jou een plan en regelt met je schuldeisers een schuldregeling van 18 maanden of een saneringskrediet. Daarna ben je schuldenvrij.",
        categories: ["schuldhulp", "administratie"],
        phases: ["STABILISEREN", "OPLOSSEN", "NAZORG"],
        accessModes: ["APPOINTMENT", "HOME_VISIT", "PHONE"],
        languages: ["nl", "en"],
        eligibility:
          "Na aanmelding en een intakegesprek. Je inkomen en vaste lasten zijn op orde (stabiel) en je maakt geen nieuwe schulden.",
        isFree: true,
        noRegistration: false,
        capacity: "OPEN",
        at: [
          { location: "stadskantoor", hours: weekdays("09:00", "17:00", "Op afspraak."), exceptions: GEMEENTE_FEESTDAGEN },
          {
            location: "buurtteam-kanaleneiland",
            hours: [{ day: "TU", opens: "09:00", closes: "12:00", note: "Spreekuur in de wijk, op afspraak." }],
            exceptions: [KERSTVAKANTIE],
          },
          {
            location: "buurtteam-overvecht-zuid",
            hours: [{ day: "TH", opens: "13:00", closes: "16:00", note: "Spreekuur in de wijk, op afspraak." }],
            exceptions: [KERSTVAKANTIE],
          },
        ],
      },
      {
        slug: "vroegsignalering",
        name: "Vroegsignalering: we komen langs bij een achterstand",
        description:
          "Heb je een achterstand bij de huur, energie, water of zorgverzekering? Dan krijg je misschien een brief of bezoek van de gemeente. Een medewerker kijkt samen met jou hoe het betalen weer lukt.",
        categories: ["schuldhulp", "wonen", "geldvragen"],
        phases: ["SIGNALEREN", "TOELEIDEN"],
        accessModes: ["HOME_VISIT", "PHONE"],
        languages: ["nl", "en", "ar", "tr"],
        eligibility: "De gemeente neemt zelf contact op na een melding van een verhuurder of leverancier. Je kunt ook zelf bellen.",
        isFree: true,
        noRegistration: false,
        capacity: "OPEN",
        phone: "14 030",
        at: [{ location: "stadskantoor", hours: weekdays("09:00", "17:00"), exceptions: GEMEENTE_FEESTDAGEN }],
      },
      {
        slug: "crisishulp",
        name: "Crisishulp bij afsluiting of huisuitzetting",
        description:
          "Word je binnenkort afgesloten van gas, licht of water? Of dreigt een huisuitzetting? Het crisisteam van de gemeente zoekt snel een oplossing met de verhuurder of leverancier.",
        categories: ["schuldhulp", "wonen"],
        phases: ["STABILISEREN"],
        accessModes: ["PHONE", "HOME_VISIT"],
        languages: ["nl", "en"],
        eligibility: "Voor inwoners van Utrecht met een dreigende afsluiting of een datum voor huisuitzetting.",
        isFree: true,
        noRegistration: false,
        capacity: "OPEN",
        phone: "14 030",
        at: [{ location: "stadskantoor", hours: weekdays("09:00", "17:00", "Bel en zeg dat het om crisishulp gaat."), exceptions: GEMEENTE_FEESTDAGEN }],
      },
      {
        slug: "geldzorgen-jongeren",
        name: "Hulp bij geldzorgen voor jongeren (18 tot 27 jaar)",
        description:
          "Ben je tussen 18 en 27 jaar en heb je geldzorgen of schulden? Je krijgt advies of een snelle oplossing voor je schulden, zodat je verder kunt met school of werk.",
        categories: ["schuldhulp", "geldvragen", "werk-en-inkomen"],
        phases: ["TOELEIDEN", "STABILISEREN", "OPLOSSEN"],
        accessModes: ["PHONE", "ONLINE", "APPOINTMENT"],
        languages: ["nl", "en"],
        eligibility: "Voor jongeren van 18 tot en met 26 jaar die in Utrecht wonen.",
        isFree: true,
        noRegistration: false,
        capacity: "OPEN",
        at: [{ location: "stadskantoor", hours: weekdays("09:00", "17:00"), exceptions: GEMEENTE_FEESTDAGEN }],
      },
    ],
  },
  {
    slug: "gemeente-utrecht-huishoudboekje",
    name: "Gemeente Utrecht – Huishoudboekje",
    alternateName: "Huishoudboekje",
    kind: "FORMAL",
    track: "SPECIALIST",
    description:
      "Met het Huishoudboekje komt je inkomen binnen op een rekening van de gemeente. De gemeente betaalt daarvan elke maand je vaste lasten, zoals huur en energie. Wat overblijft krijg je als leefgeld.",
    website: "https://www.utrecht.nl/werk-en-inkomen/",
    email: "huishoudboekje@utrecht.nl",
    phone: "14 030",
    exampleData: true,
    locations: ["stadskantoor"],
    services: [
      {
        slug: "huishoudboekje",
        name: "Huishoudboekje: de gemeente betaalt je vaste lasten",
        description:
          "De gemeente betaalt op tijd je huur, energie en zorgverzekering. Jij krijgt elke week of maand je leefgeld. Zo ontstaan geen nieuwe achterstanden en heb je rust.",
        categories: ["administratie", "schuldhulp"],
        phases: ["STABILISEREN", "OPLOSSEN", "NAZORG"],
        accessModes: ["APPOINTMENT", "PHONE", "ONLINE"],
        languages: ["nl", "en"],
        eligibility:
          "Voor iedere inwoner van Utrecht die (tijdelijk) hulp nodig heeft bij het beheer van geld. Je doet vrijwillig mee en kunt weer stoppen.",
        isFree: true,
        noRegistration: false,
        capacity: "WAITING_LIST",
        capacityNote: "Er melden zich veel mensen aan. Het kan een paar weken duren voordat je Huishoudboekje start.",
        phone: "14 030",
        at: [{ location: "stadskantoor", hours: weekdays("09:00", "17:00", "Op afspraak."), exceptions: GEMEENTE_FEESTDAGEN }],
      },
    ],
  },
  {
    slug: "gemeente-utrecht-werk-en-inkomen",
    name: "Gemeente Utrecht – Werk en Inkomen",
    alternateName: "Werk en Inkomen",
    kind: "FORMAL",
    track: "SPECIALIST",
    description:
      "Bij Werk en Inkomen vraag je een bijstandsuitkering, bijzondere bijstand en de U-pas aan. Ook als je werkt maar een laag inkomen hebt, kun je soms extra geld krijgen.",
    website: "https://www.utrecht.nl/werk-en-inkomen/",
    phone: "14 030",
    exampleData: true,
    locations: ["stadskantoor"],
    services: [
      {
        slug: "bijzondere-bijstand",
        name: "Bijzondere bijstand en regelingen voor een laag inkomen",
        description:
          "Heb je onverwachte kosten die je niet kunt betalen, zoals een verhuizing of een eigen bijdrage? Vraag bijzondere bijstand aan. De gemeente kijkt ook naar andere regelingen waar je recht op hebt.",
        categories: ["inkomensondersteuning", "geldvragen"],
        phases: ["STABILISEREN"],
        accessModes: ["ONLINE", "PHONE", "APPOINTMENT"],
        languages: ["nl", "en"],
        eligibility: "Voor inwoners met een laag inkomen en weinig spaargeld. De gemeente kijkt naar je inkomen en je vermogen.",
        isFree: true,
        noRegistration: false,
        capacity: "OPEN",
        phone: "14 030",
        at: [{ location: "stadskantoor", hours: weekdays("09:00", "17:00"), exceptions: GEMEENTE_FEESTDAGEN }],
      },
      {
        slug: "u-pas",
        name: "U-pas aanvragen",
        description:
          "Met de U-pas krijg je korting of gratis toegang tot sport, cultuur, zwemles en schoolspullen. Ook je kinderen krijgen een pas.",
        categories: ["u-pas", "inkomensondersteuning", "opvoeding-en-gezin"],
        phases: ["SIGNALEREN", "STABILISEREN", "NAZORG"],
        accessModes: ["ONLINE", "PHONE"],
        languages: ["nl", "en"],
        eligibility: "Voor inwoners van Utrecht met een inkomen tot ongeveer 125% van het sociaal minimum.",
        isFree: true,
        noRegistration: false,
        capacity: "OPEN",
        at: [{ location: "stadskantoor", hours: weekdays("09:00", "17:00"), exceptions: GEMEENTE_FEESTDAGEN }],
      },
      {
        slug: "bijstandsuitkering",
        name: "Bijstandsuitkering aanvragen",
        description:
          "Heb je geen of te weinig inkomen om van te leven? Dan kun je een bijstandsuitkering aanvragen. Een klantmanager helpt je ook op weg naar werk.",
        categories: ["inkomensondersteuning", "werk-en-inkomen"],
        phases: ["STABILISEREN"],
        accessModes: ["ONLINE", "APPOINTMENT"],
        languages: ["nl", "en"],
        eligibility: "Voor inwoners van 18 jaar en ouder zonder ander inkomen of vermogen boven de grens.",
        isFree: true,
        noRegistration: false,
        capacity: "OPEN",
        at: [{ location: "stadskantoor", hours: weekdays("09:00", "17:00"), exceptions: GEMEENTE_FEESTDAGEN }],
      },
    ],
  },

  // ------------------------------------------------------------------ U Centraal
  {
    slug: "u-centraal-sociaal-raadslieden",
    name: "U Centraal – Sociaal raadslieden",
    alternateName: "Stichting Sociaal Raadslieden",
    kind: "FORMAL",
    track: "SPECIALIST",
    description:
      "De sociaal raadslieden van U Centraal geven gratis advies over toeslagen, belastingen, uitkeringen en brieven van instanties. Ze helpen je bezwaar maken en iets aanvragen waar je recht op hebt.",
    website: "https://www.ucentraal.nl",
    email: "sociaalraadslieden@ucentraal.nl",
    phone: "030-740 2301",
    exampleData: true,
    locations: ["u-centraal-kantoor", "buurtteam-kanaleneiland", "buurtteam-leidsche-rijn", "buurtteam-zuilen"],
    services: [
      {
        slug: "spreekuur-sociaal-raadslieden",
        name: "Spreekuur sociaal raadslieden",
        description:
          "Een sociaal raadsman of -vrouw kijkt naar je rechten. Samen vraag je een toeslag aan, maak je bezwaar of lees je een moeilijke brief. Zo voorkom je dat je later geld moet terugbetalen.",
        categories: ["juridisch-advies", "toeslagen", "formulierenhulp", "inkomensondersteuning"],
        phases: ["SIGNALEREN", "TOELEIDEN", "STABILISEREN"],
        accessModes: ["APPOINTMENT", "WALK_IN", "PHONE"],
        languages: ["nl", "en", "ar", "tr"],
        eligibility: "Voor alle inwoners van Utrecht. Neem je brieven en je DigiD mee.",
        isFree: true,
        noRegistration: false,
        capacity: "OPEN",
        phone: "030-740 2301",
        at: [
          {
            location: "u-centraal-kantoor",
            hours: weekdays("09:00", "17:00", "Telefonisch spreekuur en afspraken."),
            exceptions: [KERSTVAKANTIE],
          },
          {
            location: "buurtteam-kanaleneiland",
            hours: [{ day: "WE", opens: "13:00", closes: "16:00", note: "Inloop, zonder afspraak." }],
            exceptions: [KERSTVAKANTIE],
          },
          {
            location: "buurtteam-leidsche-rijn",
            hours: [{ day: "TU", opens: "09:00", closes: "12:00", note: "Inloop, zonder afspraak." }],
            exceptions: [KERSTVAKANTIE],
          },
          {
            location: "buurtteam-zuilen",
            hours: [{ day: "FR", opens: "09:00", closes: "12:00", note: "Inloop, zonder afspraak." }],
            exceptions: [KERSTVAKANTIE],
          },
        ],
      },
    ],
  },
  {
    slug: "u-centraal-financieel-vrijwilligers",
    name: "U Centraal – Financieel vrijwilligers",
    alternateName: "Thuisadministratie U Centraal",
    kind: "FORMAL",
    track: "SOCIALE_BASIS",
    description:
      "Getrainde vrijwilligers van U Centraal helpen je thuis met je post en je geldzaken. U Centraal traint ook vrijwilligers van andere organisaties (Budgetvaardig).",
    website: "https://www.ucentraal.nl",
    email: "financieelvrijwilligers@ucentraal.nl",
    phone: "030-740 2302",
    exampleData: true,
    locations: ["u-centraal-kantoor"],
    services: [
      {
        slug: "thuisadministratie",
        name: "Hulp bij je thuisadministratie",
        description:
          "Een vrijwilliger komt bij je thuis. Samen ordenen jullie de post, maken jullie een overzicht van inkomsten en uitgaven en leer je zelf je administratie bij te houden.",
        categories: ["administratie", "financieel-maatje", "budgetcursus"],
        phases: ["SIGNALEREN", "STABILISEREN", "NAZORG"],
        accessModes: ["HOME_VISIT", "PHONE"],
        languages: ["nl", "en", "ar", "tr"],
        eligibility: "Voor inwoners van Utrecht die hun papieren niet (meer) op orde krijgen. Je hebt geen verwijzing nodig.",
        isFree: true,
        noRegistration: false,
        capacity: "WAITING_LIST",
        capacityNote: "Op een vrijwilliger wacht je nu ongeveer zes weken. Heb je een brief met een termijn? Ga dan naar De Geldzaak.",
        phone: "030-740 2302",
        url: "https://www.financieelvrijwilligers-utrecht.nl",
        at: [{ location: "u-centraal-kantoor", hours: weekdays("09:00", "17:00", "Aanmelden per telefoon."), exceptions: [KERSTVAKANTIE] }],
      },
    ],
  },
  {
    slug: "de-geldzaak",
    name: "De Geldzaak",
    alternateName: "De Geldzaak van U Centraal",
    kind: "FORMAL",
    track: "SPECIALIST",
    description:
      "Een winkel in de binnenstad waar je zonder afspraak binnenloopt met al je vragen over geld. Een medewerker kijkt meteen mee en wijst je de weg. De Geldzaak is een voordeur van de sociaal raadslieden.",
    website: "https://www.ucentraal.nl",
    email: "degeldzaak@ucentraal.nl",
    phone: "030-740 2303",
    exampleData: true,
    locations: ["de-geldzaak-steenweg"],
    services: [
      {
        slug: "inloop-geldvragen",
        name: "Inloop voor vragen over geld",
        description:
          "Een brief die je niet snapt, een rekening die je niet kunt betalen of een toeslag die niet klopt? Loop binnen. We helpen meteen of zoeken samen de juiste hulp.",
        categories: ["geldvragen", "formulierenhulp", "toeslagen", "schuldhulp"],
        phases: ["SIGNALEREN", "TOELEIDEN"],
        accessModes: ["WALK_IN", "PHONE"],
        languages: ["nl", "en", "ar", "tr", "pl"],
        eligibility: "Voor iedereen in Utrecht, ook als je werkt of studeert.",
        isFree: true,
        noRegistration: true,
        capacity: "OPEN",
        phone: "030-740 2303",
        at: [
          {
            location: "de-geldzaak-steenweg",
            hours: [
              { day: "MO", opens: "10:00", closes: "16:00" },
              { day: "TU", opens: "10:00", closes: "16:00" },
              { day: "WE", opens: "10:00", closes: "16:00" },
              { day: "TH", opens: "10:00", closes: "19:00", note: "Op donderdag tot 19:00 uur, voor wie overdag werkt." },
              { day: "FR", opens: "10:00", closes: "13:00" },
            ],
            exceptions: [KERSTVAKANTIE],
          },
        ],
      },
    ],
  },

  // ------------------------------------------------------------------ other specialists
  {
    slug: "de-tussenvoorziening",
    name: "De Tussenvoorziening",
    kind: "FORMAL",
    track: "SPECIALIST",
    description:
      "De Tussenvoorziening biedt opvang, wonen met begeleiding, werk en financiële begeleiding aan mensen in een kwetsbare situatie. Sinds januari 2025 doet de gemeente de schuldhulp voor deze groep weer zelf.",
    website: "https://www.tussenvoorziening.nl",
    email: "info@tussenvoorziening.nl",
    phone: "030-740 2207",
    exampleData: true,
    locations: ["tussenvoorziening-kantoor"],
    services: [
      {
        slug: "financiele-begeleiding",
        name: "Financiële begeleiding en budgetbeheer",
        description:
          "Voor mensen die dakloos zijn (geweest) of veel steun nodig hebben. Samen beheren we je geld, betalen we de vaste lasten en werken we aan een stabiele situatie.",
        categories: ["administratie", "beschermingsbewind", "wonen"],
        phases: ["STABILISEREN", "NAZORG"],
        accessModes: ["APPOINTMENT", "HOME_VISIT"],
        languages: ["nl", "en"],
        eligibility: "Via het buurtteam of een andere hulpverlener. Voor inwoners in een kwetsbare situatie, bijvoorbeeld na de opvang.",
        isFree: true,
        noRegistration: false,
        capacity: "WAITING_LIST",
        capacityNote: "Er is een wachtlijst. De verwijzer hoort hoe lang het duurt.",
        at: [{ location: "tussenvoorziening-kantoor", hours: weekdays("09:00", "17:00", "Op afspraak."), exceptions: GEMEENTE_FEESTDAGEN }],
      },
      {
        slug: "wonen-met-begeleiding",
        name: "Opvang en wonen met begeleiding",
        description:
          "Heb je geen eigen huis of loop je vast? De Tussenvoorziening biedt een tijdelijke woonplek met begeleiding, op weg naar een eigen huis.",
        categories: ["wonen"],
        phases: ["STABILISEREN", "NAZORG"],
        accessModes: ["APPOINTMENT"],
        languages: ["nl", "en"],
        eligibility: "Via het buurtteam of de centrale toegang van de gemeente.",
        isFree: true,
        noRegistration: false,
        capacity: "WAITING_LIST",
        capacityNote: "Wachtlijst voor een woonplek. Voor een bed voor vannacht: bel de nachtopvang.",
        at: [{ location: "tussenvoorziening-kantoor", hours: weekdays("09:00", "17:00"), exceptions: GEMEENTE_FEESTDAGEN }],
      },
    ],
  },
  {
    slug: "juridisch-loket",
    name: "Het Juridisch Loket Utrecht",
    kind: "FORMAL",
    track: "SPECIALIST",
    description:
      "Gratis juridisch advies als je een laag inkomen hebt. Bijvoorbeeld over een deurwaarder, een incassobureau, je huur of je uitkering. Als het nodig is, zoeken ze een advocaat voor je.",
    website: "https://www.juridischloket.nl",
    phone: "0900-8020",
    exampleData: true,
    locations: ["juridisch-loket-utrecht"],
    services: [
      {
        slug: "juridisch-advies",
        name: "Gratis juridisch advies",
        description:
          "Krijg je brieven van een deurwaarder of incassobureau? Of klopt een beslissing niet? Een jurist legt uit wat je rechten zijn en wat je kunt doen.",
        categories: ["juridisch-advies", "schuldhulp", "wonen"],
        phases: ["SIGNALEREN", "STABILISEREN"],
        accessModes: ["PHONE", "ONLINE", "APPOINTMENT"],
        languages: ["nl", "en"],
        eligibility: "Gratis advies voor iedereen. Voor hulp van een advocaat kijkt het loket naar je inkomen.",
        isFree: true,
        costNote: "Bellen kost de gewone belkosten.",
        noRegistration: false,
        capacity: "OPEN",
        phone: "0900-8020",
        url: "https://www.juridischloket.nl",
        at: [{ location: "juridisch-loket-utrecht", hours: weekdays("09:00", "17:00", "Spreekuur op afspraak."), exceptions: GEMEENTE_FEESTDAGEN }],
      },
    ],
  },

  // ------------------------------------------------------------------ sociale basis, formal
  {
    slug: "bibliotheek-utrecht",
    name: "Bibliotheek Utrecht",
    kind: "FORMAL",
    track: "SOCIALE_BASIS",
    description:
      "In de bibliotheek krijg je hulp met DigiD, online formulieren van de overheid en je eerste vragen over geld. Je kunt er ook een workshop over rondkomen volgen.",
    website: "https://www.bibliotheekutrecht.nl",
    phone: "030-740 2206",
    exampleData: true,
    locations: ["bibliotheek-neude"],
    services: [
      {
        slug: "informatiepunt-digitale-overheid",
        name: "Informatiepunt Digitale Overheid",
        description:
          "Hulp bij DigiD, toeslagen aanvragen en online formulieren van de overheid. Een medewerker kijkt met je mee op de computer.",
        categories: ["taal", "formulierenhulp", "toeslagen"],
        phases: ["SIGNALEREN", "TOELEIDEN"],
        accessModes: ["WALK_IN"],
        languages: ["nl", "en"],
        isFree: true,
        noRegistration: true,
        capacity: "OPEN",
        at: [
          {
            location: "bibliotheek-neude",
            hours: [
              { day: "TU", opens: "10:00", closes: "12:00" },
              { day: "TH", opens: "14:00", closes: "16:00" },
            ],
            exceptions: [KERSTVAKANTIE],
          },
        ],
      },
      {
        slug: "workshop-rondkomen",
        name: "Workshop Rondkomen",
        description:
          "Eén keer per maand een workshop over rondkomen: je inkomsten en uitgaven op een rij, besparen op energie en regelingen waar je recht op hebt.",
        categories: ["budgetcursus", "geldvragen"],
        phases: ["SIGNALEREN", "NAZORG"],
        accessModes: ["WALK_IN"],
        languages: ["nl"],
        isFree: true,
        noRegistration: false,
        capacity: "OPEN",
        capacityNote: "Aanmelden bij de balie of online. Vol is vol (20 plaatsen).",
        at: [
          {
            location: "bibliotheek-neude",
            hours: [{ day: "SA", weekOfMonth: 2, opens: "10:30", closes: "12:30", note: "Elke tweede zaterdag van de maand." }],
          },
        ],
      },
    ],
  },
  {
    slug: "werkwinkel-overvecht",
    name: "Werkwinkel Overvecht",
    kind: "FORMAL",
    track: "SOCIALE_BASIS",
    description:
      "In de Werkwinkel in NOA helpt een arbeidsconsulent je met werk zoeken, een cv of een opleiding. Zit je krap bij kas? Dan loopt de consulent samen met jou even naar de Voedselbank, twee deuren verder.",
    email: "werkwinkel-overvecht@example.org",
    phone: "030-740 2201",
    exampleData: true,
    locations: ["noa-overvecht"],
    services: [
      {
        slug: "hulp-bij-werk",
        name: "Hulp bij werk zoeken",
        description:
          "Kom langs voor hulp bij een vacature, je cv of een sollicitatiebrief. Meer inkomen is vaak de beste stap uit de geldzorgen.",
        categories: ["werk-en-inkomen"],
        phases: ["STABILISEREN", "NAZORG"],
        accessModes: ["WALK_IN", "APPOINTMENT"],
        languages: ["nl", "en", "ar", "tr"],
        isFree: true,
        noRegistration: true,
        capacity: "OPEN",
        at: [
          {
            location: "noa-overvecht",
            hours: [
              { day: "TU", opens: "09:30", closes: "16:30" },
              { day: "WE", opens: "09:30", closes: "16:30" },
              { day: "TH", opens: "09:30", closes: "16:30" },
            ],
            exceptions: [KERSTVAKANTIE],
          },
        ],
      },
    ],
  },
  {
    slug: "uw-sociaal-ontwikkelbedrijf",
    name: "UW – sociaal ontwikkelbedrijf",
    alternateName: "UW Utrecht",
    kind: "FORMAL",
    track: "SOCIALE_BASIS",
    description:
      "UW is het sociaal ontwikkelbedrijf van de gemeente. Je werkt met begeleiding en leert een vak, op weg naar betaald werk. UW zit ook in NOA in Overvecht.",
    phone: "030-740 2202",
    exampleData: true,
    locations: ["noa-overvecht"],
    services: [
      {
        slug: "werken-met-begeleiding",
        name: "Werken met begeleiding",
        description:
          "Een leer-werkplek met een vaste begeleider. Je bouwt werkritme en ervaring op, en samen kijken jullie naar de volgende stap.",
        categories: ["werk-en-inkomen"],
        phases: ["STABILISEREN", "NAZORG"],
        accessModes: ["APPOINTMENT"],
        languages: ["nl"],
        eligibility: "Voor mensen met een uitkering van de gemeente, via je klantmanager van Werk en Inkomen.",
        isFree: true,
        noRegistration: false,
        capacity: "OPEN",
        at: [{ location: "noa-overvecht", hours: weekdays("08:30", "16:30", "Op afspraak.") }],
      },
    ],
  },
  {
    slug: "roc-midden-nederland",
    name: "ROC Midden Nederland – Taal en basisvaardigheden",
    alternateName: "ROC Midden Nederland",
    kind: "FORMAL",
    track: "SOCIALE_BASIS",
    description:
      "Cursussen voor volwassenen in NOA: Nederlands, rekenen en werken met de computer. Wie beter leest en rekent, houdt ook makkelijker grip op geld.",
    website: "https://www.rocmn.nl",
    phone: "030-740 2203",
    exampleData: true,
    locations: ["noa-overvecht"],
    services: [
      {
        slug: "taal-rekenen-digitaal",
        name: "Cursus taal, rekenen en digitale vaardigheden",
        description:
          "Leer beter lezen, schrijven en rekenen, of leer werken met de computer en DigiD. In kleine groepen, dichtbij huis.",
        categories: ["taal", "budgetcursus"],
        phases: ["SIGNALEREN", "NAZORG"],
        accessModes: ["APPOINTMENT"],
        languages: ["nl"],
        eligibility: "Voor volwassenen die moeite hebben met taal, rekenen of de computer. Een intakegesprek bepaalt je niveau.",
        isFree: true,
        noRegistration: false,
        capacity: "OPEN",
        at: [
          {
            location: "noa-overvecht",
            hours: [
              { day: "MO", opens: "09:00", closes: "12:00" },
              { day: "WE", opens: "09:00", closes: "12:00" },
            ],
            exceptions: [KERSTVAKANTIE],
          },
        ],
      },
    ],
  },
  {
    slug: "vluchtelingenwerk-utrecht",
    name: "Stichting Vluchtelingenwerk Midden-Nederland, Utrecht",
    alternateName: "Vluchtelingenwerk Utrecht",
    kind: "FORMAL",
    track: "SOCIALE_BASIS",
    description:
      "Vluchtelingenwerk helpt nieuwkomers met hun eerste stappen in Utrecht. Ook met geld: toeslagen, vaste lasten en brieven van instanties, zodat er geen schulden ontstaan.",
    website: "https://www.vluchtelingenwerk.nl",
    email: "utrecht@vluchtelingenwerk.nl",
    phone: "030-740 2204",
    exampleData: true,
    locations: ["vluchtelingenwerk-kantoor"],
    services: [
      {
        slug: "financiele-start-nieuwkomers",
        name: "Een goede financiële start voor nieuwkomers",
        description:
          "Een vrijwilliger helpt je met toeslagen, je bankrekening, vaste lasten en brieven. Zo begin je zonder achterstanden in je nieuwe huis.",
        categories: ["toeslagen", "administratie", "formulierenhulp", "taal"],
        phases: ["SIGNALEREN", "STABILISEREN"],
        accessModes: ["APPOINTMENT", "WALK_IN", "HOME_VISIT"],
        languages: ["nl", "en", "ar", "ti", "fa", "so", "uk"],
        eligibility: "Voor statushouders en andere nieuwkomers in hun eerste jaren in Utrecht.",
        isFree: true,
        noRegistration: false,
        capacity: "OPEN",
        at: [
          {
            location: "vluchtelingenwerk-kantoor",
            hours: [
              { day: "MO", opens: "09:30", closes: "16:00" },
              { day: "TU", opens: "09:30", closes: "16:00" },
              { day: "TH", opens: "09:30", closes: "16:00", note: "Van 13:00 tot 16:00 uur inloop zonder afspraak." },
            ],
            exceptions: [KERSTVAKANTIE],
          },
        ],
      },
    ],
  },
  {
    slug: "jou-jongerenwerk",
    name: "JoU – jongerenwerk Utrecht",
    alternateName: "JoU",
    kind: "FORMAL",
    track: "SOCIALE_BASIS",
    description:
      "Jongerenwerkers helpen jongeren van 12 tot 27 jaar met vragen over geld, werk en school. Loop binnen in het jongerencentrum of stuur een appje.",
    email: "geldvragen@example.org",
    phone: "030-740 2205",
    exampleData: true,
    locations: ["jongerencentrum-zuilen"],
    services: [
      {
        slug: "geldvragen-jongeren",
        name: "Geldvragen? Vraag het de jongerenwerker",
        description:
          "Een boete, een telefoonrekening of een eerste schuld? De jongerenwerker helpt je overzicht te maken en gaat mee naar verdere hulp als je dat wilt.",
        categories: ["geldvragen", "werk-en-inkomen", "schuldhulp"],
        phases: ["SIGNALEREN", "TOELEIDEN"],
        accessModes: ["WALK_IN", "PHONE", "ONLINE"],
        languages: ["nl", "en", "ar", "tr"],
        eligibility: "Voor jongeren van 12 tot 27 jaar.",
        isFree: true,
        noRegistration: true,
        capacity: "OPEN",
        at: [
          {
            location: "jongerencentrum-zuilen",
            hours: [
              { day: "WE", opens: "14:00", closes: "18:00" },
              { day: "FR", opens: "14:00", closes: "18:00" },
            ],
            exceptions: [KERSTVAKANTIE],
          },
        ],
      },
    ],
  },
  {
    slug: "geldfit",
    name: "Geldfit",
    kind: "FORMAL",
    track: "SOCIALE_BASIS",
    description:
      "Op Geldfit.nl doe je een korte test over je geldzaken. Je krijgt tips en ziet welke hulp er in Utrecht is. Je kunt ook anoniem chatten of bellen met een hulplijn.",
    website: "https://www.geldfit.nl",
    exampleData: true,
    locations: [],
    services: [
      {
        slug: "online-geldtest",
        name: "Online geldtest en hulplijn",
        description:
          "Doe anoniem de Geldfit-test. Je krijgt advies dat bij jou past en ziet waar je in Utrecht terechtkunt. Wil je praten, dan chat of bel je met een medewerker.",
        categories: ["geldvragen", "schuldhulp"],
        phases: ["SIGNALEREN", "TOELEIDEN"],
        accessModes: ["ONLINE", "PHONE"],
        languages: ["nl", "en"],
        isFree: true,
        noRegistration: true,
        capacity: "OPEN",
        url: "https://www.geldfit.nl",
        at: [],
      },
    ],
  },
];
