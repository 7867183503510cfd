// What residents type into the search box, and what must come first for them on the Utrecht
// seed (issue 11). Written from the need behind each query, not from what the search returned:
// someone with a letter from the deurwaarder needs formal debt help or legal advice first,
// someone with no money for food needs food first. Keys are "organisation/service" slugs.
//
// Expectations (all that are given must hold):
// - first: the first result is one of these services;
// - within: [n, keys]: each of these services is among the first n results;
// - categories: [n, slugs]: each of the first n results is in one of these categories;
// - speaks: every result speaks this language, and all services that do are found.

export type ResidentCase = {
  q: string;
  first?: string[];
  within?: [number, string[]];
  categories?: [number, string[]];
  speaks?: string;
};

const MAATJE = "schuldhulpmaatje-utrecht/schuldhulpmaatje";
const VOEDSELBANK = ["voedselbank-utrecht/voedselpakket", "voedselbank-utrecht/aanmelden"];
const BEWIND = "de-tussenvoorziening/financiele-begeleiding";
const CRISIS = "gemeente-utrecht-schulddienstverlening/crisishulp";
const DEBT = ["schuldhulp", "juridisch-advies"];
const FORMS = ["formulierenhulp", "administratie"];
/** Rent arrears: the buurtteam and housing help, or the gemeente's debt help (vroegsignalering, Huishoudboekje). */
const RENT = ["wonen", "schuldhulp"];

export const RESIDENT_QUERIES: ResidentCase[] = [
  // The table of issue 11.
  { q: "bewindvoering", first: [BEWIND] },
  { q: "shuldhulp maatje", first: [MAATJE] },
  { q: "arabisch", speaks: "ar" },
  // Words for the same thing, written apart, together, or misspelt.
  { q: "bewindvoerder", first: [BEWIND] },
  { q: "onder bewind", first: [BEWIND] },
  { q: "schuldhulpmaatje", first: [MAATJE] },
  { q: "schuldhulp maatje", first: [MAATJE] },
  { q: "schuld hulp maatje", within: [3, [MAATJE]] },
  { q: "voedsel bank", first: VOEDSELBANK, within: [9, VOEDSELBANK] },
  { q: "voedselbnak", first: VOEDSELBANK },
  { q: "huur achterstand", categories: [5, RENT] },
  { q: "huurachterstnd", categories: [5, RENT] },
  { q: "fromulieren", categories: [3, FORMS] },
  { q: "toeslagne", categories: [3, ["toeslagen"]] },
  { q: "deurwaader", categories: [5, DEBT] },
  { q: "gelzaak", first: ["de-geldzaak/inloop-geldvragen"] },
  // Languages, named in every public language.
  { q: "Arabic", speaks: "ar" },
  { q: "عربي", speaks: "ar" },
  { q: "العربية", speaks: "ar" },
  { q: "arapça", speaks: "ar" },
  { q: "turks", speaks: "tr" },
  { q: "türkçe", speaks: "tr" },
  { q: "pools", speaks: "pl" },
  { q: "polski", speaks: "pl" },
  { q: "oekraïens", speaks: "uk" },
  { q: "українська", speaks: "uk" },
  { q: "somali", speaks: "so" },
  { q: "arabski", speaks: "ar" },
  { q: "арабська", speaks: "ar" },
  { q: "turecki", speaks: "tr" },
  { q: "Lehçe", speaks: "pl" },
  // Letters, bills and debt collectors: formal debt help or legal advice first.
  { q: "deurwaarder", categories: [5, DEBT] },
  { q: "brief van de deurwaarder", categories: [5, DEBT] },
  { q: "beslag op mijn loon", categories: [5, DEBT] },
  { q: "incassobureau", categories: [5, DEBT] },
  { q: "aanmaning", categories: [5, [...FORMS, "geldvragen", "schuldhulp"]] },
  { q: "betalingsregeling", categories: [5, ["schuldhulp"]] },
  { q: "schuldsanering", within: [3, ["gemeente-utrecht-schulddienstverlening/schuldregeling"]] },
  { q: "rood staan", categories: [5, ["schuldhulp", "geldvragen"]] },
  { q: "geldzorgen", categories: [5, ["geldvragen", "schuldhulp"]] },
  { q: "schuld hulp", categories: [5, ["schuldhulp"]] },
  // Housing and energy.
  { q: "huurachterstand", categories: [5, ["wonen"]] },
  { q: "huisuitzetting", within: [3, [CRISIS]] },
  { q: "gas en licht afgesloten", within: [3, [CRISIS]] },
  // Food.
  { q: "voedselpakket", categories: [5, ["voedsel"]] },
  { q: "geen geld voor eten", categories: [5, ["voedsel"]] },
  { q: "boodschappen", categories: [3, ["voedsel"]] },
  { q: "honger", categories: [5, ["voedsel"]] },
  { q: "noodhulp", within: [4, ["caritas-utrecht/noodhulp", "diaconie-utrecht/inloop-en-noodhulp"]] },
  // Papers and forms.
  { q: "help met formulieren", categories: [5, ["formulierenhulp"]] },
  { q: "hulp bij formulieren", categories: [5, ["formulierenhulp"]] },
  { q: "formulier invullen", categories: [5, ["formulierenhulp"]] },
  { q: "brieven lezen", categories: [5, [...FORMS, "taal"]] },
  { q: "digid", within: [3, ["bibliotheek-utrecht/informatiepunt-digitale-overheid"]] },
  { q: "belastingaangifte", categories: [3, ["formulierenhulp", "toeslagen"]] },
  // Income.
  { q: "toeslagen", categories: [5, ["toeslagen"]] },
  { q: "zorgtoeslag terugbetalen", categories: [3, ["toeslagen"]] },
  { q: "bijstand", within: [3, ["gemeente-utrecht-werk-en-inkomen/bijstandsuitkering"]] },
  { q: "uitkering aanvragen", within: [3, ["gemeente-utrecht-werk-en-inkomen/bijstandsuitkering"]] },
  { q: "upas", categories: [3, ["u-pas"]] },
  { q: "huishoudboekje", first: ["gemeente-utrecht-huishoudboekje/huishoudboekje"] },
  { q: "vaste lasten", within: [3, ["gemeente-utrecht-huishoudboekje/huishoudboekje"]] },
  { q: "werkloos", categories: [3, ["werk-en-inkomen", "inkomensondersteuning"]] },
  { q: "schoolspullen kinderen", within: [3, ["leergeld-utrecht/meedoen-voor-kinderen"]] },
  // People to help, to talk to, to ask.
  { q: "maatje", categories: [5, ["financieel-maatje"]] },
  { q: "rondkomen", categories: [3, ["budgetcursus", "inkomensondersteuning", "geldvragen", "financieel-maatje"]] },
  { q: "eenzaam", categories: [5, ["ontmoeting"]] },
  { q: "bezwaar maken", categories: [3, ["juridisch-advies"]] },
  { q: "sociaal raadslieden", first: ["u-centraal-sociaal-raadslieden/spreekuur-sociaal-raadslieden"] },
  { q: "moskee", within: [2, ["moskee-kanaleneiland/voedselpakketten", "moskee-zuilen/buurtpakketten"]] },
  { q: "nederlands leren", categories: [3, ["taal"]] },
  // English.
  { q: "debt help", categories: [5, ["schuldhulp"]] },
  { q: "food bank", first: VOEDSELBANK },
  { q: "help with forms", categories: [5, ["formulierenhulp"]] },
  { q: "rent arrears", categories: [5, ["wonen"]] },
  { q: "bailiff", categories: [5, DEBT] },
  // Arabic, Turkish, Polish, Ukrainian.
  { q: "ديون", categories: [5, ["schuldhulp"]] },
  { q: "طعام", categories: [5, ["voedsel"]] },
  { q: "مسجد", within: [2, ["moskee-kanaleneiland/voedselpakketten", "moskee-zuilen/buurtpakketten"]] },
  { q: "borç", categories: [5, ["schuldhulp"]] },
  { q: "yemek", categories: [5, ["voedsel"]] },
  { q: "kira borcu", categories: [5, ["wonen"]] },
  { q: "długi", categories: [5, ["schuldhulp"]] },
  { q: "jedzenie", categories: [5, ["voedsel"]] },
  { q: "pomoc z formularzami", categories: [5, ["formulierenhulp"]] },
  { q: "борги", categories: [5, ["schuldhulp"]] },
  { q: "їжа", categories: [5, ["voedsel"]] },
  { q: "допомога з формулярами", categories: [5, ["formulierenhulp"]] },
  // Category names as the filter shows them in ar, tr, pl and uk (lib/i18n/messages/*/categories.json).
  { q: "الطعام", categories: [5, ["voedsel"]] },
  { q: "الوصاية المالية", first: [BEWIND] },
  { q: "Hukuki danışmanlık", categories: [3, ["juridisch-advies"]] },
  { q: "Porady prawne", categories: [3, ["juridisch-advies"]] },
  { q: "Допомога з боргами", categories: [5, ["schuldhulp"]] },
];
