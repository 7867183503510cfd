import type { SeedCategory } from "./types";

// The categories of help on the map (HSDS taxonomy terms), in the order residents see them.
export const categories: SeedCategory[] = [
  { slug: "schuldhulp", name: "Schuldhulp", nameEn: "Debt help", description: "Hulp bij schulden: overzicht maken, regelingen treffen, schuldhulpverlening." },
  { slug: "geldvragen", name: "Vragen over geld", nameEn: "Money questions", description: "Een eerste gesprek over geldzorgen, zonder afspraak of voorwaarden." },
  { slug: "formulierenhulp", name: "Hulp bij formulieren", nameEn: "Help with forms", description: "Samen brieven lezen en formulieren invullen." },
  { slug: "toeslagen", name: "Toeslagen", nameEn: "Benefits and allowances", description: "Zorgtoeslag, huurtoeslag, kinderopvangtoeslag aanvragen of wijzigen." },
  { slug: "administratie", name: "Administratie en post", nameEn: "Paperwork and mail", description: "Papieren ordenen, post bijhouden, betalingen op tijd doen." },
  { slug: "budgetcursus", name: "Budgetcursus", nameEn: "Budgeting course", description: "Leren rondkomen: inkomsten en uitgaven op een rij." },
  { slug: "financieel-maatje", name: "Financieel maatje", nameEn: "Financial buddy", description: "Een vrijwilliger die een tijd met je meekijkt naar je geld." },
  { slug: "inkomensondersteuning", name: "Inkomensondersteuning", nameEn: "Income support", description: "Bijstand, bijzondere bijstand en andere regelingen voor een laag inkomen." },
  { slug: "u-pas", name: "U-pas", nameEn: "U-pas (city pass)", description: "De Utrechtse pas voor mensen met een laag inkomen." },
  { slug: "beschermingsbewind", name: "Beschermingsbewind", nameEn: "Financial guardianship", description: "Een bewindvoerder beheert je geld als je het zelf even niet kunt." },
  { slug: "voedsel", name: "Voedsel", nameEn: "Food", description: "Voedselpakketten, maaltijden en boodschappen voor wie het niet redt." },
  { slug: "juridisch-advies", name: "Juridisch advies", nameEn: "Legal advice", description: "Uitleg over rechten en plichten, bezwaar maken, sociaal raadslieden." },
  { slug: "werk-en-inkomen", name: "Werk en inkomen", nameEn: "Work and income", description: "Hulp bij het vinden van werk of het verhogen van je inkomen." },
  { slug: "wonen", name: "Wonen en huurachterstand", nameEn: "Housing and rent arrears", description: "Hulp bij huurachterstand en dreigende uithuiszetting." },
  { slug: "opvoeding-en-gezin", name: "Gezin en opvoeding", nameEn: "Family and parenting", description: "Steun voor gezinnen met kinderen en jongeren." },
  { slug: "ontmoeting", name: "Ontmoeting en steun", nameEn: "Meeting people and support", description: "Een plek om mensen te ontmoeten, een luisterend oor, minder eenzaam." },
  { slug: "taal", name: "Taal en digitale hulp", nameEn: "Language and digital help", description: "Hulp met Nederlands, DigiD en online zaken regelen." },
];
