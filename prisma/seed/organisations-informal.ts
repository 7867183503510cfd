import type { SeedException, SeedOrganisation } from "./types";

// The sociale basis (spoor 1): informal initiatives, volunteers, faith communities and food help.
// Walk-in hours are spread so that neighbouring wijken complement each other (see the notes).
// Addresses, hours and contact details are plausible examples unless stated otherwise.

const KERSTVAKANTIE: SeedException = {
  start: "2026-12-24",
  end: "2027-01-01",
  closed: true,
  reason: "Kerstvakantie",
};

export const informalOrganisations: SeedOrganisation[] = [
  // ------------------------------------------------------------------ food help
  {
    slug: "voedselbank-utrecht",
    name: "Voedselbank Utrecht",
    kind: "INFORMAL",
    track: "SOCIALE_BASIS",
    description:
      "Vrijwilligers van de Voedselbank geven elke week een pakket met eten en verzorgingsproducten aan huishoudens die het niet redden. Er zijn uitgiftepunten in veel wijken. Aanmelden gaat via een hulpverlener.",
    website: "https://www.voedselbankutrecht.nl",
    email: "info@voedselbankutrecht.nl",
    phone: "030-740 3101",
    exampleData: true,
    locations: [
      "voedselbank-kanaleneiland",
      "voedselbank-lombok",
      "wijkcentrum-lunetten",
      "noa-overvecht",
      "voedselbank-rivierenwijk",
      "voedselbank-oost",
      "voedselbank-zuilen",
      "voedselbank-leidsche-rijn",
    ],
    services: [
      {
        slug: "aanmelden",
        name: "Aanmelden voor de Voedselbank",
        description:
          "Een hulpverlener, zoals het buurtteam, de schuldhulp of een sociaal raadsman, meldt je aan. Samen met jou kijken we of je in aanmerking komt en bij welk uitgiftepunt je terecht kunt.",
        categories: ["voedsel"],
        phases: ["SIGNALEREN", "STABILISEREN"],
        accessModes: ["APPOINTMENT", "PHONE"],
        languages: ["nl", "en"],
        eligibility:
          "Je houdt na je vaste lasten te weinig leefgeld over. De norm is ongeveer € 300 per maand voor de eerste volwassene en ongeveer € 100 voor elke extra persoon in huis (landelijke norm, wordt elk jaar aangepast). Aanmelden kan alleen via een hulpverlener. Je krijgt hulp voor maximaal drie jaar.",
        isFree: true,
        noRegistration: false,
        capacity: "OPEN",
        phone: "030-740 3101",
        at: [
          {
            location: "noa-overvecht",
            hours: [{ day: "WE", opens: "09:30", closes: "12:00", note: "Intakegesprekken op afspraak." }],
            exceptions: [KERSTVAKANTIE],
          },
        ],
      },
      {
        slug: "voedselpakket",
        name: "Wekelijks voedselpakket ophalen",
        description:
          "Eén keer per week haal je een pakket op bij het uitgiftepunt in je buurt. Neem een grote tas mee. De vrijwilligers kennen je na een paar weken en denken mee als er meer speelt.",
        categories: ["voedsel"],
        phases: ["STABILISEREN"],
        accessModes: ["WALK_IN"],
        languages: ["nl", "en", "ar", "tr", "pl"],
        eligibility: "Alleen na aanmelding via een hulpverlener. Neem je Voedselbankpas mee.",
        isFree: true,
        noRegistration: false,
        capacity: "OPEN",
        at: [
          {
            location: "voedselbank-zuilen",
            hours: [{ day: "MO", opens: "13:00", closes: "15:30" }],
          },
          {
            location: "noa-overvecht",
            hours: [{ day: "TU", opens: "13:00", closes: "16:00" }],
          },
          {
            location: "voedselbank-oost",
            hours: [{ day: "WE", opens: "09:30", closes: "12:00" }],
          },
          {
            location: "wijkcentrum-lunetten",
            hours: [{ day: "WE", opens: "14:00", closes: "16:30" }],
          },
          {
            location: "voedselbank-rivierenwijk",
            hours: [{ day: "TH", opens: "09:30", closes: "12:00" }],
          },
          {
            location: "voedselbank-kanaleneiland",
            hours: [{ day: "TH", opens: "13:00", closes: "16:00" }],
          },
          {
            location: "voedselbank-lombok",
            hours: [{ day: "FR", opens: "10:00", closes: "12:30" }],
            exceptions: [
              { start: "2026-12-23", end: "2026-12-23", closed: false, opens: "10:00", closes: "12:30", reason: "Uitgifte op woensdag, want vrijdag is het Kerst" },
              { start: "2026-12-25", end: "2026-12-25", closed: true, reason: "Eerste Kerstdag" },
              { start: "2026-12-30", end: "2026-12-30", closed: false, opens: "10:00", closes: "12:30", reason: "Uitgifte op woensdag, want vrijdag is het Nieuwjaarsdag" },
              { start: "2027-01-01", end: "2027-01-01", closed: true, reason: "Nieuwjaarsdag" },
            ],
          },
          {
            location: "voedselbank-leidsche-rijn",
            hours: [{ day: "SA", opens: "10:00", closes: "12:00" }],
            exceptions: [
              { start: "2026-12-24", end: "2026-12-24", closed: false, opens: "13:00", closes: "15:00", reason: "Uitgifte op donderdag, want zaterdag is het Tweede Kerstdag" },
              { start: "2026-12-26", end: "2026-12-26", closed: true, reason: "Tweede Kerstdag" },
            ],
          },
        ],
      },
    ],
  },
  {
    slug: "moskee-kanaleneiland",
    name: "Moskee Kanaleneiland – voedselpakketten",
    alternateName: "Marokkaanse moskee Kanaleneiland",
    kind: "INFORMAL",
    track: "SOCIALE_BASIS",
    description:
      "De Marokkaanse moskee in Kanaleneiland geeft het hele jaar voedselpakketten aan buurtbewoners die het krap hebben. Ook als je niet bij de Voedselbank terechtkunt. De pakketten worden betaald door giften van wijkbewoners en met steun van het Rode Kruis.",
    email: "voedselhulp-kanaleneiland@example.org",
    phone: "030-740 3201",
    exampleData: true,
    locations: ["moskee-kanaleneiland"],
    services: [
      {
        slug: "voedselpakketten",
        name: "Voedselpakket zonder voorwaarden",
        description:
          "Kom langs na het vrijdaggebed en neem een pakket mee. Je hoeft geen papieren te laten zien. Iedereen is welkom, ook als je geen moslim bent.",
        categories: ["voedsel"],
        phases: ["SIGNALEREN", "STABILISEREN"],
        accessModes: ["WALK_IN"],
        languages: ["nl", "ar", "ber"],
        eligibility: "Voor iedereen in de buurt die het krap heeft. Op = op.",
        isFree: true,
        noRegistration: true,
        capacity: "OPEN",
        capacityNote: "Er zijn ongeveer 60 pakketten per week. Kom op tijd.",
        at: [
          {
            location: "moskee-kanaleneiland",
            hours: [
              { day: "FR", opens: "14:30", closes: "16:30", note: "Na het vrijdaggebed." },
              { day: "SU", weekOfMonth: -1, opens: "11:00", closes: "13:00", note: "Grote uitgifte op de laatste zondag van de maand." },
            ],
            exceptions: [
              {
                start: "2027-02-08",
                end: "2027-03-09",
                closed: false,
                opens: "20:30",
                closes: "22:00",
                reason: "Ramadan (data bij benadering): uitgifte na het iftar",
              },
            ],
          },
        ],
      },
    ],
  },
  {
    slug: "moskee-zuilen",
    name: "Moskee Zuilen – buurtpakketten",
    kind: "INFORMAL",
    track: "SOCIALE_BASIS",
    description:
      "De moskeevereniging in Zuilen deelt twee keer per maand boodschappenpakketten uit aan buren met weinig geld. Vrijwilligers helpen je ook verder naar het buurtteam of de inloop in het buurthuis.",
    email: "buurtpakketten-zuilen@example.org",
    exampleData: true,
    locations: ["moskee-zuilen"],
    services: [
      {
        slug: "buurtpakketten",
        name: "Boodschappenpakket",
        description:
          "Op de eerste en derde zaterdag van de maand kun je een boodschappenpakket ophalen. Zonder aanmelding, zonder vragen.",
        categories: ["voedsel"],
        phases: ["SIGNALEREN", "STABILISEREN"],
        accessModes: ["WALK_IN"],
        languages: ["nl", "tr", "ar"],
        isFree: true,
        noRegistration: true,
        capacity: "OPEN",
        at: [
          {
            location: "moskee-zuilen",
            hours: [
              { day: "SA", weekOfMonth: 1, opens: "10:00", closes: "12:00", note: "Eerste zaterdag van de maand." },
              { day: "SA", weekOfMonth: 3, opens: "10:00", closes: "12:00", note: "Derde zaterdag van de maand." },
            ],
          },
        ],
      },
    ],
  },
  {
    slug: "de-voedseltuin",
    name: "De Voedseltuin",
    kind: "INFORMAL",
    track: "SOCIALE_BASIS",
    description:
      "In De Voedseltuin telen vrijwilligers groente en fruit voor de Voedselbank. Iedereen mag meedoen. Na het werk neem je zelf ook verse groente mee naar huis.",
    email: "voedseltuin@example.org",
    exampleData: true,
    locations: ["voedseltuin-overvecht"],
    services: [
      {
        slug: "meewerken-in-de-tuin",
        name: "Meewerken in de tuin",
        description:
          "Werk een ochtend mee in de tuin, samen met anderen. Je hoeft niets te kunnen. Er is koffie, gezelschap en verse groente.",
        categories: ["voedsel", "ontmoeting"],
        phases: ["STABILISEREN", "NAZORG"],
        accessModes: ["WALK_IN"],
        languages: ["nl", "en"],
        isFree: true,
        noRegistration: true,
        capacity: "OPEN",
        at: [
          {
            location: "voedseltuin-overvecht",
            hours: [
              { day: "TU", opens: "09:30", closes: "12:30" },
              { day: "SA", opens: "10:00", closes: "13:00" },
            ],
            exceptions: [{ start: "2026-12-14", end: "2027-02-28", closed: true, reason: "Winterstop in de tuin" }],
          },
        ],
      },
    ],
  },
  {
    slug: "buurtmaaltijd-lombok",
    name: "Buurtmaaltijd Lombok",
    kind: "INFORMAL",
    track: "SOCIALE_BASIS",
    description:
      "Elke woensdag koken buurtbewoners een betaalbare maaltijd. Aan tafel zit ook een vrijwilliger die helpt met formulieren, verzekeringen en abonnementen. Veel mensen durven hier voor het eerst over hun geldzorgen te praten.",
    email: "buurtmaaltijd-lombok@example.org",
    exampleData: true,
    locations: ["buurthuis-lombok"],
    services: [
      {
        slug: "maaltijd-en-hulp",
        name: "Samen eten, en hulp met papieren",
        description:
          "Eet mee en ontmoet je buren. Heb je een brief of formulier bij je? De vrijwilliger kijkt na het eten met je mee of maakt een afspraak.",
        categories: ["voedsel", "ontmoeting", "formulierenhulp"],
        phases: ["SIGNALEREN", "TOELEIDEN"],
        accessModes: ["WALK_IN"],
        languages: ["nl", "ar", "ber", "tr"],
        isFree: false,
        costNote: "Een maaltijd kost € 3,50. Heb je het krap? Betaal wat je kunt.",
        noRegistration: true,
        capacity: "OPEN",
        at: [
          {
            location: "buurthuis-lombok",
            hours: [{ day: "WE", opens: "17:30", closes: "20:00", note: "Op andere dagen: inloop buurtteam West op maandag." }],
            exceptions: [KERSTVAKANTIE],
          },
        ],
      },
    ],
  },

  // ------------------------------------------------------------------ walk-in hours in the wijken
  {
    slug: "inloop-geld-en-post-zuilen",
    name: "Inloop Geld & Post Zuilen",
    kind: "INFORMAL",
    track: "SOCIALE_BASIS",
    description:
      "Vrijwilligers uit de buurt helpen je zonder afspraak met post, rekeningen en toeslagen. We vragen niet naar je gegevens als dat niet nodig is. Op woensdag en vrijdag verwijzen we naar het Formulierenspreekuur in Overvecht.",
    email: "inloop-zuilen@example.org",
    exampleData: true,
    locations: ["buurthuis-zuilen"],
    services: [
      {
        slug: "inloopspreekuur",
        name: "Inloopspreekuur geld en post",
        description:
          "Neem je brieven mee. Samen lezen we wat er staat, bellen we een instantie of vullen we een formulier in. Bij grote schulden gaan we met je mee naar het buurtteam.",
        categories: ["geldvragen", "formulierenhulp", "administratie", "toeslagen"],
        phases: ["SIGNALEREN", "TOELEIDEN"],
        accessModes: ["WALK_IN"],
        languages: ["nl", "tr", "ar", "pl"],
        isFree: true,
        noRegistration: true,
        capacity: "OPEN",
        at: [
          {
            location: "buurthuis-zuilen",
            hours: [
              { day: "TU", opens: "13:30", closes: "16:00", note: "Op woensdag en vrijdag: Formulierenspreekuur Overvecht." },
              { day: "TH", opens: "09:30", closes: "12:00", note: "Op woensdag en vrijdag: Formulierenspreekuur Overvecht." },
            ],
            exceptions: [KERSTVAKANTIE],
          },
        ],
      },
    ],
  },
  {
    slug: "formulierenspreekuur-overvecht",
    name: "Formulierenspreekuur Overvecht",
    kind: "INFORMAL",
    track: "SOCIALE_BASIS",
    description:
      "Buurtbewoners helpen buurtbewoners met formulieren, brieven en vragen over geld. Op dinsdag en donderdag verwijzen we naar de Inloop Geld & Post in Zuilen, zo is er bijna elke dag iemand.",
    email: "formulierenspreekuur-overvecht@example.org",
    exampleData: true,
    locations: ["buurtcentrum-taagdreef"],
    services: [
      {
        slug: "spreekuur",
        name: "Inloop voor formulieren en brieven",
        description:
          "Loop binnen met je brief of formulier. We helpen je meteen, in je eigen taal als dat kan. Is er meer aan de hand, dan lopen we samen naar het buurtteam.",
        categories: ["formulierenhulp", "geldvragen", "toeslagen", "taal"],
        phases: ["SIGNALEREN", "TOELEIDEN"],
        accessModes: ["WALK_IN"],
        languages: ["nl", "ar", "ber", "so", "tr"],
        isFree: true,
        noRegistration: true,
        capacity: "OPEN",
        at: [
          {
            location: "buurtcentrum-taagdreef",
            hours: [
              { day: "WE", opens: "13:00", closes: "16:00", note: "Op dinsdag en donderdag: Inloop Geld & Post Zuilen." },
              { day: "FR", opens: "09:30", closes: "12:00", note: "Op dinsdag en donderdag: Inloop Geld & Post Zuilen." },
            ],
            exceptions: [KERSTVAKANTIE],
          },
        ],
      },
    ],
  },
  {
    slug: "buurtkamer-ondiep",
    name: "Buurtkamer Ondiep",
    kind: "INFORMAL",
    track: "SOCIALE_BASIS",
    description:
      "Een huiskamer voor de buurt, gerund door bewoners. Drink een kop koffie, praat met buren en vraag om hulp als je ergens mee zit. De gastvrouwen kennen de weg naar het buurtteam.",
    email: "buurtkamer-ondiep@example.org",
    exampleData: true,
    locations: ["buurtkamer-ondiep"],
    services: [
      {
        slug: "koffie-en-een-luisterend-oor",
        name: "Koffie en een luisterend oor",
        description:
          "Kom binnen zonder reden. Wie zorgen heeft over geld, kan hier in alle rust zijn verhaal doen. We zoeken samen uit wie je verder kan helpen.",
        categories: ["ontmoeting", "geldvragen"],
        phases: ["SIGNALEREN", "TOELEIDEN"],
        accessModes: ["WALK_IN"],
        languages: ["nl", "ar", "ber"],
        isFree: true,
        noRegistration: true,
        capacity: "OPEN",
        at: [
          {
            location: "buurtkamer-ondiep",
            hours: [
              { day: "MO", opens: "10:00", closes: "13:00" },
              { day: "WE", opens: "10:00", closes: "13:00" },
            ],
            exceptions: [KERSTVAKANTIE],
          },
        ],
      },
    ],
  },
  {
    slug: "al-amal",
    name: "Stichting Al Amal",
    alternateName: "Al Amal",
    kind: "INFORMAL",
    track: "SOCIALE_BASIS",
    description:
      "Al Amal ('de hoop') is in 2001 in Kanaleneiland begonnen door Marokkaanse vrouwen. Medewerkers en vrijwilligers helpen bewoners met een migratieachtergrond met brieven, geld en de weg naar hulp. Vertrouwen staat voorop.",
    website: "https://www.al-amal.nl",
    email: "info@al-amal.nl",
    phone: "030-740 3301",
    exampleData: true,
    locations: ["al-amal-kanaleneiland"],
    services: [
      {
        slug: "inloopspreekuur",
        name: "Inloopspreekuur brieven en geld",
        description:
          "Loop binnen met je vraag over post, rekeningen of toeslagen. We spreken Nederlands, en Arabisch of Tamazight als dat nodig is. Je hoeft je niet in te schrijven.",
        categories: ["geldvragen", "formulierenhulp", "toeslagen"],
        phases: ["SIGNALEREN", "TOELEIDEN"],
        accessModes: ["WALK_IN", "PHONE"],
        languages: ["nl", "ar", "ber"],
        isFree: true,
        noRegistration: true,
        capacity: "OPEN",
        at: [
          {
            location: "al-amal-kanaleneiland",
            hours: [{ day: "MO", opens: "10:00", closes: "12:30", note: "Andere dagen in Kanaleneiland: BOOT op dinsdag, sociaal raadslieden op woensdag." }],
            exceptions: [KERSTVAKANTIE],
          },
        ],
      },
      {
        slug: "begeleiding-aan-huis",
        name: "Begeleiding aan huis in je eigen taal",
        description:
          "Een medewerker komt bij je thuis, eerst om kennis te maken. Daarna kijken jullie samen naar je post en je geld, en gaat zij mee naar afspraken met instanties.",
        categories: ["financieel-maatje", "administratie", "opvoeding-en-gezin"],
        phases: ["SIGNALEREN", "TOELEIDEN", "STABILISEREN", "NAZORG"],
        accessModes: ["HOME_VISIT", "PHONE"],
        languages: ["nl", "ar", "ber"],
        eligibility: "Voor gezinnen en vrouwen die de weg naar hulp moeilijk vinden.",
        isFree: true,
        noRegistration: false,
        capacity: "WAITING_LIST",
        capacityNote: "Er is een korte wachtlijst. Bij acute nood helpen we dezelfde week.",
        at: [{ location: "al-amal-kanaleneiland", hours: [{ day: "MO", opens: "09:00", closes: "17:00" }, { day: "TH", opens: "09:00", closes: "17:00" }] }],
      },
    ],
  },
  {
    slug: "boot",
    name: "BOOT – studenten helpen in de wijk",
    alternateName: "BOOT Utrecht",
    kind: "INFORMAL",
    track: "SOCIALE_BASIS",
    description:
      "Studenten van de Universiteit Utrecht en de Hogeschool Utrecht helpen bewoners gratis met brieven, formulieren en vragen over recht en geld. Docenten begeleiden hen.",
    email: "boot@example.org",
    exampleData: true,
    locations: ["boot-kanaleneiland", "boot-overvecht"],
    services: [
      {
        slug: "spreekuur-brieven-en-formulieren",
        name: "Spreekuur brieven, formulieren en toeslagen",
        description:
          "Kom langs met je brief of vraag. Een student zoekt het met je uit, vult een formulier in of helpt met een bezwaar. Moeilijke vragen gaan naar een docent.",
        categories: ["formulierenhulp", "toeslagen", "juridisch-advies"],
        phases: ["SIGNALEREN", "TOELEIDEN"],
        accessModes: ["WALK_IN"],
        languages: ["nl", "en", "ar", "tr"],
        isFree: true,
        noRegistration: true,
        capacity: "OPEN",
        at: [
          {
            location: "boot-kanaleneiland",
            hours: [{ day: "TU", opens: "13:00", closes: "16:00" }],
            exceptions: [{ start: "2026-12-21", end: "2027-01-01", closed: true, reason: "Kerstvakantie van de universiteit" }],
          },
          {
            location: "boot-overvecht",
            hours: [{ day: "MO", opens: "13:00", closes: "16:00" }],
            exceptions: [{ start: "2026-12-21", end: "2027-01-01", closed: true, reason: "Kerstvakantie van de universiteit" }],
          },
        ],
      },
    ],
  },
  {
    slug: "geldcafe-lunetten",
    name: "Geldcafé Lunetten",
    kind: "INFORMAL",
    track: "SOCIALE_BASIS",
    description:
      "Eén keer per maand op zaterdag: koffie, een praatje en tips om rond te komen. Vrijwilligers kijken mee naar je vragen over geld, energie en de U-pas.",
    email: "geldcafe-lunetten@example.org",
    exampleData: true,
    locations: ["wijkcentrum-lunetten"],
    services: [
      {
        slug: "geldcafe",
        name: "Geldcafé",
        description:
          "Stel je vraag over geld in een gezellige sfeer. Er is elke keer een thema, zoals energie besparen of toeslagen. Je mag ook gewoon komen luisteren.",
        categories: ["geldvragen", "budgetcursus", "ontmoeting"],
        phases: ["SIGNALEREN", "NAZORG"],
        accessModes: ["WALK_IN"],
        languages: ["nl", "en"],
        isFree: true,
        noRegistration: true,
        capacity: "OPEN",
        at: [
          {
            location: "wijkcentrum-lunetten",
            hours: [{ day: "SA", weekOfMonth: 1, opens: "10:00", closes: "12:30", note: "Eerste zaterdag van de maand." }],
            exceptions: [{ start: "2027-01-02", end: "2027-01-02", closed: true, reason: "Geen Geldcafé in de kerstvakantie" }],
          },
        ],
      },
    ],
  },
  {
    slug: "buurthuis-oost",
    name: "Buurthuis Oost",
    kind: "INFORMAL",
    track: "SOCIALE_BASIS",
    description:
      "Een buurthuis waar bewoners elkaar ontmoeten. Twee keer per maand is er een geldcafé: een avond met vrijwilligers die meekijken naar je geldvragen.",
    email: "buurthuis-oost@example.org",
    phone: "030-740 3401",
    exampleData: true,
    locations: ["buurthuis-oost"],
    services: [
      {
        slug: "geldcafe",
        name: "Geldcafé in het buurthuis",
        description:
          "Op de tweede en vierde donderdagavond van de maand. Neem je vraag of je post mee, of kom voor de uitleg over een thema zoals de energierekening.",
        categories: ["geldvragen", "budgetcursus", "ontmoeting", "administratie"],
        phases: ["SIGNALEREN", "TOELEIDEN", "NAZORG"],
        accessModes: ["WALK_IN"],
        languages: ["nl", "en"],
        isFree: true,
        noRegistration: true,
        capacity: "OPEN",
        at: [
          {
            location: "buurthuis-oost",
            hours: [
              { day: "TH", weekOfMonth: 2, opens: "19:00", closes: "21:00", note: "Tweede donderdag van de maand." },
              { day: "TH", weekOfMonth: 4, opens: "19:00", closes: "21:00", note: "Vierde donderdag van de maand." },
            ],
            exceptions: [KERSTVAKANTIE],
          },
        ],
      },
      {
        slug: "koffieochtend",
        name: "Koffieochtend",
        description: "Elke dinsdagochtend koffie en thee met buren. Een goed moment om een vraag te stellen.",
        categories: ["ontmoeting"],
        phases: ["SIGNALEREN"],
        accessModes: ["WALK_IN"],
        languages: ["nl"],
        isFree: true,
        noRegistration: true,
        capacity: "OPEN",
        at: [{ location: "buurthuis-oost", hours: [{ day: "TU", opens: "10:00", closes: "12:00" }], exceptions: [KERSTVAKANTIE] }],
      },
    ],
  },
  {
    slug: "financieel-cafe-leidsche-rijn",
    name: "Financieel Café Leidsche Rijn",
    kind: "INFORMAL",
    track: "SOCIALE_BASIS",
    description:
      "Een avondspreekuur voor wie overdag werkt. Vrijwilligers helpen met je geldvragen, toeslagen en formulieren. Overdag kun je op dinsdag bij de sociaal raadslieden in het buurtteamkantoor terecht.",
    email: "financieelcafe-lr@example.org",
    exampleData: true,
    locations: ["wijkcentrum-parkwijk"],
    services: [
      {
        slug: "avondspreekuur",
        name: "Avondspreekuur geldvragen",
        description:
          "Kom na je werk langs met je vraag over geld of post. We helpen meteen of maken een afspraak met een financieel vrijwilliger.",
        categories: ["geldvragen", "toeslagen", "formulierenhulp"],
        phases: ["SIGNALEREN", "TOELEIDEN"],
        accessModes: ["WALK_IN"],
        languages: ["nl", "en", "pl"],
        isFree: true,
        noRegistration: true,
        capacity: "OPEN",
        at: [
          {
            location: "wijkcentrum-parkwijk",
            hours: [{ day: "MO", opens: "19:00", closes: "21:00" }],
            exceptions: [KERSTVAKANTIE],
          },
        ],
      },
    ],
  },
  {
    slug: "papierenhulp-vleuten-de-meern",
    name: "Papierenhulp Vleuten-De Meern",
    kind: "INFORMAL",
    track: "SOCIALE_BASIS",
    description:
      "Vrijwilligers in het Dorpshuis helpen met brieven, formulieren en vragen over geld. Ook voor ouderen die moeite hebben met de computer.",
    email: "papierenhulp-vleuten@example.org",
    exampleData: true,
    locations: ["dorpshuis-vleuten"],
    services: [
      {
        slug: "inloop",
        name: "Inloop papierenhulp",
        description:
          "Kom langs met je post. Samen lezen we de brief, zoeken we uit wat je moet doen en vullen we formulieren in.",
        categories: ["formulierenhulp", "administratie", "taal"],
        phases: ["SIGNALEREN", "TOELEIDEN"],
        accessModes: ["WALK_IN", "HOME_VISIT"],
        languages: ["nl"],
        eligibility: "Huisbezoek alleen voor wie niet naar het Dorpshuis kan komen.",
        isFree: true,
        noRegistration: true,
        capacity: "OPEN",
        at: [
          {
            location: "dorpshuis-vleuten",
            hours: [{ day: "TH", opens: "10:00", closes: "12:00", note: "In Leidsche Rijn: maandagavond Financieel Café." }],
            exceptions: [KERSTVAKANTIE],
          },
        ],
      },
    ],
  },
  {
    slug: "vrouwencafe-hoograven",
    name: "Vrouwencafé Hoograven",
    kind: "INFORMAL",
    track: "SOCIALE_BASIS",
    description:
      "Elke dinsdag ontmoeten vrouwen uit de buurt elkaar. Er is vaak een gast, bijvoorbeeld van het buurtteam of de sociaal raadslieden, die vertelt over geld, toeslagen of de U-pas.",
    email: "vrouwencafe-hoograven@example.org",
    exampleData: true,
    locations: ["kerk-hoograven"],
    services: [
      {
        slug: "vrouwencafe",
        name: "Vrouwencafé met informatie over geld",
        description:
          "Koffie, thee en gesprekken in een veilige groep. Heb je een vraag over geld die je liever niet hardop stelt? Vraag de gastvrouw na afloop.",
        categories: ["ontmoeting", "geldvragen", "opvoeding-en-gezin"],
        phases: ["SIGNALEREN", "TOELEIDEN"],
        accessModes: ["WALK_IN"],
        languages: ["nl", "ar", "ber", "tr"],
        eligibility: "Alleen voor vrouwen.",
        isFree: true,
        noRegistration: true,
        capacity: "OPEN",
        at: [
          {
            location: "kerk-hoograven",
            hours: [{ day: "TU", opens: "09:30", closes: "11:30", note: "Op donderdag: inloop van de diaconie, zelfde adres." }],
            exceptions: [KERSTVAKANTIE],
          },
        ],
      },
    ],
  },
  {
    slug: "burenhulp-app-overvecht",
    name: "Burenhulp Overvecht (WhatsApp-groep)",
    kind: "INFORMAL",
    track: "SOCIALE_BASIS",
    description:
      "Een WhatsApp-groep, opgezet door een buurtbewoner. Je stelt een praktische vraag en buren helpen elkaar: een brief lezen, iets lenen of samen naar een afspraak.",
    whatsapp: "06-1234 5678",
    exampleData: true,
    locations: [],
    services: [
      {
        slug: "vraag-het-de-buren",
        name: "Vraag het de buren",
        description:
          "Stuur een berichtje naar de beheerder om in de groep te komen. Professionals van het buurtteam voegen je ook toe als je dat wilt.",
        categories: ["ontmoeting", "formulierenhulp"],
        phases: ["SIGNALEREN", "NAZORG"],
        accessModes: ["ONLINE", "PHONE"],
        languages: ["nl", "ar", "tr", "en"],
        eligibility: "Voor bewoners van Overvecht. Deel geen bankgegevens of BSN in de groep.",
        isFree: true,
        noRegistration: true,
        capacity: "OPEN",
        areas: { wijken: ["WK034403"] },
        at: [],
      },
    ],
  },
  {
    slug: "taal-doet-meer",
    name: "Taal Doet Meer",
    kind: "INFORMAL",
    track: "SOCIALE_BASIS",
    description:
      "Vrijwilligers oefenen Nederlands met nieuwkomers en anderstaligen. In het taalcafé kun je ook een brief meenemen die je niet begrijpt.",
    website: "https://www.taaldoetmeer.nl",
    exampleData: true,
    locations: ["bibliotheek-neude", "buurthuis-lombok"],
    services: [
      {
        slug: "taalcafe",
        name: "Taalcafé: Nederlands oefenen en brieven lezen",
        description:
          "Praat Nederlands met anderen aan tafel. Een vrijwilliger helpt je ook een brief te begrijpen en bedenkt met je wat je moet doen.",
        categories: ["taal", "formulierenhulp", "ontmoeting"],
        phases: ["SIGNALEREN"],
        accessModes: ["WALK_IN"],
        languages: ["nl", "en", "ar", "uk", "ti"],
        isFree: true,
        noRegistration: true,
        capacity: "OPEN",
        at: [
          {
            location: "bibliotheek-neude",
            hours: [{ day: "FR", opens: "10:00", closes: "12:00" }],
            exceptions: [KERSTVAKANTIE],
          },
          {
            location: "buurthuis-lombok",
            hours: [{ day: "TH", opens: "14:00", closes: "16:00" }],
            exceptions: [KERSTVAKANTIE],
          },
        ],
      },
    ],
  },

  // ------------------------------------------------------------------ financial volunteers
  {
    slug: "aanmeldpunt-financieel-vrijwilligers",
    name: "Financieel Vrijwilligers Utrecht",
    alternateName: "Utrechts Platform Financieel Vrijwilligers",
    kind: "INFORMAL",
    track: "SOCIALE_BASIS",
    description:
      "Eén website om je aan te melden voor een financieel maatje. Het platform zoekt de vrijwilliger en organisatie die het best bij jou past, bijvoorbeeld SchuldHulpMaatje, Humanitas of U Centraal.",
    website: "https://www.financieelvrijwilligers-utrecht.nl",
    exampleData: true,
    locations: [],
    services: [
      {
        slug: "aanmelden-financieel-maatje",
        name: "Aanmelden voor een financieel maatje",
        description:
          "Vul online in waar je hulp bij wilt. Binnen twee weken neemt een organisatie contact met je op. Een hulpverlener kan je ook aanmelden.",
        categories: ["financieel-maatje", "administratie"],
        phases: ["TOELEIDEN", "STABILISEREN", "NAZORG"],
        accessModes: ["ONLINE"],
        languages: ["nl", "en"],
        isFree: true,
        noRegistration: false,
        capacity: "OPEN",
        url: "https://www.financieelvrijwilligers-utrecht.nl",
        at: [],
      },
    ],
  },
  {
    slug: "schuldhulpmaatje-utrecht",
    name: "Stichting SchuldHulpMaatje Utrecht",
    alternateName: "SchuldHulpMaatje",
    kind: "INFORMAL",
    track: "SOCIALE_BASIS",
    description:
      "Een getrainde vrijwilliger (maatje) helpt je een jaar of langer met je schulden. Samen maak je overzicht, bel je schuldeisers en ga je zo nodig naar de schuldhulp van de gemeente. Ook na een schuldregeling blijft je maatje nog even.",
    website: "https://www.schuldhulpmaatje.nl",
    email: "utrecht@schuldhulpmaatje.nl",
    phone: "030-740 3501",
    exampleData: true,
    locations: ["buurthuis-oost"],
    services: [
      {
        slug: "schuldhulpmaatje",
        name: "Een maatje bij schulden",
        description:
          "Je maatje komt bij je thuis en helpt je stap voor stap: post openen, een overzicht maken en schuldeisers bellen. Je maatje gaat mee naar het buurtteam of de gemeente.",
        categories: ["financieel-maatje", "schuldhulp", "administratie"],
        phases: ["SIGNALEREN", "TOELEIDEN", "STABILISEREN", "NAZORG"],
        accessModes: ["HOME_VISIT", "APPOINTMENT", "PHONE"],
        languages: ["nl", "en"],
        isFree: true,
        noRegistration: false,
        capacity: "WAITING_LIST",
        capacityNote: "Aanmelden kan altijd. Op een maatje wacht je nu ongeveer zes weken.",
        phone: "030-740 3501",
        at: [
          {
            location: "buurthuis-oost",
            hours: [{ day: "WE", opens: "10:00", closes: "12:00", note: "Kennismakingsspreekuur, ook zonder afspraak." }],
            exceptions: [KERSTVAKANTIE],
          },
        ],
      },
    ],
  },
  {
    slug: "humanitas-thuisadministratie",
    name: "Humanitas Utrecht – Thuisadministratie",
    alternateName: "Humanitas Thuisadministratie",
    kind: "INFORMAL",
    track: "SOCIALE_BASIS",
    description:
      "Een vrijwilliger van Humanitas komt bij je thuis en helpt je de post en papieren op orde te krijgen. Je leert stap voor stap zelf je administratie bij te houden.",
    website: "https://www.humanitas.nl",
    email: "thuisadministratie.utrecht@humanitas.nl",
    phone: "030-740 3601",
    exampleData: true,
    locations: ["humanitas-kantoor"],
    services: [
      {
        slug: "thuisadministratie",
        name: "Thuisadministratie",
        description:
          "Samen met de vrijwilliger maak je mappen, zet je betalingen klaar en maak je een begroting. De hulp duurt meestal een jaar.",
        categories: ["administratie", "financieel-maatje", "budgetcursus"],
        phases: ["STABILISEREN", "NAZORG"],
        accessModes: ["HOME_VISIT", "PHONE"],
        languages: ["nl", "en"],
        eligibility: "Voor volwassenen zonder grote schulden, of na een schuldregeling. Bij grote schulden eerst naar het buurtteam.",
        isFree: true,
        noRegistration: false,
        capacity: "OPEN",
        phone: "030-740 3601",
        at: [
          {
            location: "humanitas-kantoor",
            hours: [
              { day: "MO", opens: "09:30", closes: "12:30", note: "Telefonisch aanmelden." },
              { day: "WE", opens: "09:30", closes: "12:30", note: "Telefonisch aanmelden." },
            ],
            exceptions: [KERSTVAKANTIE],
          },
        ],
      },
    ],
  },
  {
    slug: "budgetmaatjes-24-7",
    name: "Budgetmaatjes 24/7",
    kind: "INFORMAL",
    track: "SOCIALE_BASIS",
    description:
      "Budgetmaatjes helpen je rondkomen: een begroting maken, besparen en grip krijgen op je geld. Ze komen bij je thuis of spreken af in de bibliotheek.",
    email: "budgetmaatjes@example.org",
    exampleData: true,
    locations: ["bibliotheek-neude"],
    services: [
      {
        slug: "budgetmaatje",
        name: "Een budgetmaatje",
        description:
          "Samen zet je je inkomsten en uitgaven op een rij en zoek je waar je kunt besparen. Je maatje helpt ook met regelingen zoals de U-pas.",
        categories: ["financieel-maatje", "budgetcursus", "u-pas"],
        phases: ["SIGNALEREN", "STABILISEREN", "NAZORG"],
        accessModes: ["HOME_VISIT", "WALK_IN"],
        languages: ["nl", "en"],
        isFree: true,
        noRegistration: false,
        capacity: "OPEN",
        at: [
          {
            location: "bibliotheek-neude",
            hours: [{ day: "WE", opens: "13:30", closes: "15:30", note: "Spreekuur zonder afspraak." }],
            exceptions: [KERSTVAKANTIE],
          },
        ],
      },
    ],
  },
  {
    slug: "stichting-netwerk-utrecht",
    name: "Stichting Netwerk Utrecht",
    kind: "INFORMAL",
    track: "SOCIALE_BASIS",
    description:
      "Netwerk Utrecht koppelt je aan een sociaal maatje: een vrijwilliger die je een tijd regelmatig ziet. Om te praten, iets te ondernemen of mee te gaan naar een afspraak.",
    email: "netwerkutrecht@example.org",
    phone: "030-740 3701",
    exampleData: true,
    locations: ["netwerk-utrecht-kantoor"],
    services: [
      {
        slug: "sociaal-maatje",
        name: "Sociaal maatje",
        description:
          "Geldzorgen maken eenzaam. Een sociaal maatje is er voor je, zonder oordeel. Samen bouwen jullie aan een netwerk van mensen om je heen.",
        categories: ["ontmoeting", "financieel-maatje"],
        phases: ["STABILISEREN", "NAZORG"],
        accessModes: ["HOME_VISIT", "PHONE"],
        languages: ["nl", "en"],
        isFree: true,
        noRegistration: false,
        capacity: "WAITING_LIST",
        capacityNote: "Wachttijd ongeveer twee maanden. Vooral mannelijke vrijwilligers zijn schaars.",
        at: [
          {
            location: "netwerk-utrecht-kantoor",
            hours: [
              { day: "TU", opens: "10:00", closes: "16:00" },
              { day: "TH", opens: "10:00", closes: "16:00" },
            ],
            exceptions: [KERSTVAKANTIE],
          },
        ],
      },
    ],
  },

  // ------------------------------------------------------------------ faith communities and funds
  {
    slug: "leger-des-heils-utrecht",
    name: "Leger des Heils Utrecht – buurthuiskamer NOA",
    alternateName: "Leger des Heils",
    kind: "INFORMAL",
    track: "SOCIALE_BASIS",
    description:
      "In NOA heeft het Leger des Heils een buurthuiskamer met koffie en een warme maaltijd. Wie zorgen heeft over geld, krijgt een luisterend oor en hulp bij de volgende stap, ook bij de buren in NOA.",
    website: "https://www.legerdesheils.nl",
    email: "utrecht@legerdesheils.nl",
    phone: "030-740 3801",
    exampleData: true,
    locations: ["noa-overvecht"],
    services: [
      {
        slug: "buurthuiskamer",
        name: "Buurthuiskamer en maaltijd",
        description:
          "Kom binnen voor koffie, een gesprek of een warme maaltijd. Heb je zorgen over geld? Onze medewerkers luisteren en lopen met je mee naar de Voedselbank of de Werkwinkel.",
        categories: ["ontmoeting", "voedsel", "geldvragen"],
        phases: ["SIGNALEREN", "TOELEIDEN", "NAZORG"],
        accessModes: ["WALK_IN"],
        languages: ["nl", "en", "ar"],
        isFree: true,
        costNote: "De maaltijd op donderdag is gratis; een vrijwillige bijdrage mag.",
        noRegistration: true,
        capacity: "OPEN",
        at: [
          {
            location: "noa-overvecht",
            hours: [{ day: "TH", opens: "10:00", closes: "15:00", note: "Warme maaltijd om 12:30 uur." }],
            exceptions: [
              { start: "2026-12-25", end: "2026-12-25", closed: false, opens: "12:00", closes: "15:00", reason: "Kerstmaaltijd voor iedereen" },
            ],
          },
        ],
      },
      {
        slug: "hulp-bij-geldzaken",
        name: "Hulp bij geldzaken",
        description:
          "Een medewerker helpt je op afspraak met rekeningen, post en een plan om rond te komen. Bij grote schulden gaan we samen naar het buurtteam.",
        categories: ["geldvragen", "administratie", "schuldhulp"],
        phases: ["SIGNALEREN", "TOELEIDEN", "STABILISEREN"],
        accessModes: ["APPOINTMENT", "HOME_VISIT"],
        languages: ["nl", "en"],
        isFree: true,
        noRegistration: false,
        capacity: "OPEN",
        at: [{ location: "noa-overvecht", hours: [{ day: "TU", opens: "09:00", closes: "12:00", note: "Op afspraak." }], exceptions: [KERSTVAKANTIE] }],
      },
    ],
  },
  {
    slug: "wij3-0",
    name: "WIJ3.0",
    kind: "INFORMAL",
    track: "SOCIALE_BASIS",
    description:
      "WIJ3.0 is een sociale onderneming in Overvecht. Bewoners werken hier aan hun buurt en aan hun eigen toekomst, bijvoorbeeld met vrijwilligerswerk of een leerwerkplek.",
    email: "wij30@example.org",
    exampleData: true,
    locations: ["noa-overvecht"],
    services: [
      {
        slug: "meedoen-en-werken",
        name: "Meedoen en werkervaring opdoen",
        description:
          "Doe mee in de buurt, leer nieuwe dingen en bouw aan je cv. Veel deelnemers vinden via WIJ3.0 de weg naar betaald werk.",
        categories: ["werk-en-inkomen", "ontmoeting"],
        phases: ["STABILISEREN", "NAZORG"],
        accessModes: ["WALK_IN", "APPOINTMENT"],
        languages: ["nl", "ar", "tr"],
        isFree: true,
        noRegistration: true,
        capacity: "OPEN",
        at: [
          {
            location: "noa-overvecht",
            hours: [
              { day: "MO", opens: "09:00", closes: "16:00" },
              { day: "WE", opens: "09:00", closes: "16:00" },
            ],
            exceptions: [KERSTVAKANTIE],
          },
        ],
      },
    ],
  },
  {
    slug: "diaconie-utrecht",
    name: "Diaconie Protestantse Gemeente Utrecht",
    alternateName: "Diaconie PGU",
    kind: "INFORMAL",
    track: "SOCIALE_BASIS",
    description:
      "De diaconie helpt mensen in nood, of ze nu gelovig zijn of niet. In Hoograven is een wekelijkse inloop. In een noodsituatie kan de diaconie soms een rekening betalen of een boodschappenbon geven.",
    email: "diaconie-utrecht@example.org",
    phone: "030-740 3901",
    exampleData: true,
    locations: ["kerk-hoograven"],
    services: [
      {
        slug: "inloop-en-noodhulp",
        name: "Inloop en noodhulp",
        description:
          "Drink koffie en vertel wat er aan de hand is. Is er acute nood, zoals een lege koelkast of een afsluiting? Dan kijken we wat we meteen kunnen doen.",
        categories: ["ontmoeting", "voedsel", "geldvragen"],
        phases: ["SIGNALEREN", "STABILISEREN"],
        accessModes: ["WALK_IN", "PHONE"],
        languages: ["nl", "en"],
        eligibility: "Noodhulp is eenmalig en alleen als er geen andere regeling is.",
        isFree: true,
        noRegistration: true,
        capacity: "OPEN",
        at: [
          {
            location: "kerk-hoograven",
            hours: [{ day: "TH", opens: "10:00", closes: "12:00", note: "Op dinsdag: Vrouwencafé, zelfde adres." }],
            exceptions: [
              { start: "2026-12-24", end: "2026-12-24", closed: false, opens: "10:00", closes: "14:00", reason: "Kerstinloop met lunch" },
              { start: "2026-12-31", end: "2026-12-31", closed: true, reason: "Oudejaarsdag" },
            ],
          },
        ],
      },
    ],
  },
  {
    slug: "caritas-utrecht",
    name: "Caritas Utrecht",
    alternateName: "Parochiële Caritas Instelling Utrecht",
    kind: "INFORMAL",
    track: "SOCIALE_BASIS",
    description:
      "De katholieke Caritas geeft eenmalige hulp in geld of natura als het echt niet anders kan. Bijvoorbeeld een bril, een fiets of een achterstallige rekening. Meestal via een hulpverlener.",
    email: "caritas-utrecht@example.org",
    phone: "030-740 3902",
    exampleData: true,
    locations: ["caritas-kantoor"],
    services: [
      {
        slug: "noodhulp",
        name: "Eenmalige noodhulp",
        description:
          "Vraag samen met je hulpverlener een bijdrage aan voor iets wat je echt nodig hebt. Caritas betaalt de rekening meestal rechtstreeks.",
        categories: ["inkomensondersteuning"],
        phases: ["STABILISEREN"],
        accessModes: ["APPOINTMENT", "PHONE"],
        languages: ["nl", "en"],
        eligibility: "Je woont in Utrecht en er is geen andere regeling, zoals bijzondere bijstand, die dit betaalt.",
        isFree: true,
        noRegistration: false,
        capacity: "OPEN",
        at: [
          {
            location: "caritas-kantoor",
            hours: [{ day: "WE", opens: "10:00", closes: "12:00", note: "Telefonisch spreekuur." }],
            exceptions: [KERSTVAKANTIE],
          },
        ],
      },
    ],
  },
  {
    slug: "sun-utrecht",
    name: "Stichting Urgente Noden Utrecht",
    alternateName: "SUN Utrecht",
    kind: "INFORMAL",
    track: "SOCIALE_BASIS",
    description:
      "SUN Utrecht geeft snel geld bij een acuut probleem, als er geen andere regeling is. Een hulpverlener vraagt het voor je aan. Het geld gaat rechtstreeks naar de rekening.",
    email: "sun-utrecht@example.org",
    exampleData: true,
    locations: [],
    services: [
      {
        slug: "noodfonds",
        name: "Noodfonds voor acute geldnood",
        description:
          "Bijvoorbeeld voor een kapotte koelkast of een rekening die afsluiting voorkomt. Binnen een paar dagen een besluit.",
        categories: ["inkomensondersteuning"],
        phases: ["STABILISEREN"],
        accessModes: ["ONLINE"],
        languages: ["nl"],
        eligibility: "Alleen aan te vragen door een hulpverlener, zoals het buurtteam of de schuldhulp. Niet voor het aflossen van schulden.",
        isFree: true,
        noRegistration: false,
        capacity: "OPEN",
        at: [],
      },
    ],
  },
  {
    slug: "leergeld-utrecht",
    name: "Stichting Leergeld Utrecht",
    alternateName: "Leergeld Utrecht",
    kind: "INFORMAL",
    track: "SOCIALE_BASIS",
    description:
      "Leergeld Utrecht zorgt dat kinderen kunnen meedoen, ook als er thuis weinig geld is. Ze helpen met schoolspullen, een fiets, een laptop of de sportclub. Een vrijwilliger komt bij je thuis.",
    website: "https://www.leergeldutrecht.nl",
    email: "info@leergeldutrecht.nl",
    phone: "030-740 3903",
    exampleData: true,
    locations: ["leergeld-kantoor"],
    services: [
      {
        slug: "meedoen-voor-kinderen",
        name: "Meedoen voor kinderen",
        description:
          "Je vraagt hulp aan voor je kind. Een vrijwilliger bespreekt thuis wat nodig is en wijst je ook op de U-pas en andere regelingen.",
        categories: ["opvoeding-en-gezin", "inkomensondersteuning", "u-pas"],
        phases: ["SIGNALEREN", "STABILISEREN"],
        accessModes: ["HOME_VISIT", "PHONE", "ONLINE"],
        languages: ["nl", "en"],
        eligibility: "Voor gezinnen in Utrecht met kinderen van 4 tot 18 jaar en een laag inkomen. Kijk eerst of de U-pas het al betaalt.",
        isFree: true,
        noRegistration: false,
        capacity: "OPEN",
        at: [
          {
            location: "leergeld-kantoor",
            hours: [
              { day: "MO", opens: "09:30", closes: "12:30", note: "Telefonisch bereikbaar." },
              { day: "WE", opens: "09:30", closes: "12:30", note: "Telefonisch bereikbaar." },
            ],
            exceptions: [KERSTVAKANTIE],
          },
        ],
      },
    ],
  },
  {
    slug: "present-utrecht",
    name: "Stichting Present Utrecht",
    kind: "INFORMAL",
    track: "SOCIALE_BASIS",
    description:
      "Groepen vrijwilligers helpen een dag bij een klus die je zelf niet redt. Bijvoorbeeld een huis opruimen of een berg post sorteren, zodat de hulpverlening kan beginnen.",
    website: "https://www.stichtingpresent.nl",
    email: "utrecht@example.org",
    exampleData: true,
    locations: ["present-kantoor"],
    services: [
      {
        slug: "praktische-hulp",
        name: "Praktische hulp bij een grote klus",
        description:
          "Een groep vrijwilligers komt een dag of dagdeel helpen. Samen met jou, niet voor jou. Aanmelden gaat via je hulpverlener.",
        categories: ["administratie", "wonen"],
        phases: ["STABILISEREN"],
        accessModes: ["HOME_VISIT"],
        languages: ["nl", "en"],
        eligibility: "Alleen via een hulpverlener, zoals het buurtteam. Voor mensen die geen netwerk hebben om te helpen.",
        isFree: true,
        noRegistration: false,
        capacity: "WAITING_LIST",
        capacityNote: "Een klus wordt meestal binnen vier tot acht weken ingepland.",
        at: [
          {
            location: "present-kantoor",
            hours: [
              { day: "TU", opens: "09:00", closes: "17:00", note: "Kantoor, alleen voor hulpverleners." },
              { day: "TH", opens: "09:00", closes: "17:00", note: "Kantoor, alleen voor hulpverleners." },
            ],
            exceptions: [KERSTVAKANTIE],
          },
        ],
      },
    ],
  },
];
