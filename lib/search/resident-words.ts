// The words residents use when they search, and what they mean on this map (issue 11).
//
// Source: the questions people bring to Utrecht's walk-in hours (Geldcafé, formulierenspreekuur,
// sociaal raadslieden, the buurtteams), as the 2024 study of the debt-help chain and its
// partners describe them: people name the letter or the problem in front of them ("een brief
// van de deurwaarder", "rood staan", "geen geld voor eten"), not the service that helps with it
// ("schuldhulpverlening", "beschermingsbewind"). Many speak Arabic, Turkish, Polish or
// Ukrainian at home, so the common words of those languages are here too, and English.
//
// How it is used (lib/search/resident-query.ts): a word or phrase on the left ("say") also
// finds what is on the right: services whose text has one of the `terms` (a Dutch word as in
// the listings, matched as a prefix of its stem like any search word), services in one of the
// `categories` (slugs of prisma/seed/categories.ts), services that speak one of the
// `languages` (ISO 639). Matching ignores case and accents. Keep entries short: every term is
// one more alternative in the search.

export type ResidentWord = {
  /** What residents type: a word or a phrase, in any language. */
  say: string[];
  /** Words as the listings write them; a phrase means all of its words. */
  terms?: string[];
  /** Category slugs. */
  categories?: string[];
  /** ISO 639 codes of spoken languages. */
  languages?: string[];
};

export const RESIDENT_WORDS: ResidentWord[] = [
  // Letters, bills and the people who send them.
  {
    say: ["deurwaarder", "deurwaarders", "gerechtsdeurwaarder", "beslag", "beslaglegging", "loonbeslag", "beslag op loon", "beslag op mijn loon", "beslag op uitkering", "bailiff", "icra", "haciz", "komornik", "виконавець", "محضر"],
    terms: ["deurwaarder", "schuldeiser"],
    categories: ["schuldhulp", "juridisch-advies"],
  },
  {
    say: ["aanmaning", "aanmaningen", "herinnering", "sommatie", "reminder", "ihtar", "upomnienie", "нагадування", "إنذار"],
    terms: ["brief", "post"],
    categories: ["schuldhulp", "geldvragen", "administratie"],
  },
  {
    say: ["incasso", "incassobureau", "incassobureaus", "debt collector", "collection agency", "windykacja", "колектор"],
    terms: ["schuldeiser"],
    categories: ["schuldhulp", "juridisch-advies"],
  },
  {
    say: ["schulden", "schuld", "debt", "debts", "borç", "borc", "borçlar", "dług", "długi", "dlugi", "борг", "борги", "ديون", "دين"],
    terms: ["schuld"],
    categories: ["schuldhulp"],
  },
  {
    say: ["rood staan", "roodstaan", "rood", "overdrawn", "debet", "minus"],
    terms: ["schuld"],
    categories: ["geldvragen", "schuldhulp"],
  },
  {
    say: ["betalingsregeling", "regeling treffen", "payment plan", "payment arrangement", "ödeme planı", "rozłożenie na raty", "raty"],
    terms: ["schuldeiser", "schuldregeling"],
    categories: ["schuldhulp"],
  },
  {
    say: ["schuldsanering", "wsnp", "schuldregeling", "saneringskrediet", "minnelijk traject"],
    terms: ["schuldregeling", "sanering"],
    categories: ["schuldhulp"],
  },
  {
    say: ["bewindvoering", "bewindvoerder", "bewind", "onder bewind", "budgetbeheer", "guardianship", "vasi", "kurator", "опіка"],
    terms: ["bewind", "budgetbeheer"],
    categories: ["beschermingsbewind"],
  },
  {
    say: ["huishoudboekje", "vaste lasten", "vaste lasten betalen", "fixed costs"],
    terms: ["huishoudboekje", "vaste lasten"],
    categories: ["administratie"],
  },
  // Housing and energy.
  {
    say: ["huurachterstand", "huurschuld", "huur achterstand", "huur niet betalen", "rent arrears", "kira borcu", "zaległy czynsz", "борг за оренду"],
    terms: ["huurachterstand", "huur"],
    categories: ["wonen", "schuldhulp"],
  },
  {
    say: ["huisuitzetting", "uitzetting", "ontruiming", "op straat", "eviction", "tahliye", "eksmisja", "виселення", "إخلاء"],
    terms: ["huisuitzetting", "uitzetting", "crisishulp"],
    categories: ["wonen"],
  },
  {
    say: ["afsluiting", "afgesloten", "energieschuld", "energierekening", "gas en licht", "stroom", "energie", "water afgesloten", "energy bill", "disconnected"],
    terms: ["afsluiting", "energie", "achterstand"],
    categories: ["schuldhulp", "wonen"],
  },
  {
    say: ["dakloos", "daklozen", "geen huis", "opvang", "homeless", "evsiz", "bezdomny", "бездомний"],
    terms: ["opvang", "wonen"],
    categories: ["wonen"],
  },
  { say: ["huur", "huurtoeslag", "rent"], terms: ["huur"], categories: ["wonen", "toeslagen"] },
  // Food and first needs.
  {
    say: ["voedselpakket", "voedselpakketten", "voedsel", "eten", "boodschappen", "geen geld voor eten", "honger", "food", "food bank", "food parcel", "hungry", "yemek", "gıda", "gida", "jedzenie", "żywność", "їжа", "продукти", "طعام", "اكل", "أكل"],
    terms: ["voedsel", "voedselpakket", "maaltijd", "boodschappen"],
    categories: ["voedsel"],
  },
  { say: ["maaltijd", "samen eten", "warm eten", "meal", "free meal"], terms: ["maaltijd", "eten"], categories: ["voedsel", "ontmoeting"] },
  {
    say: ["noodhulp", "nood", "acute geldnood", "geen geld", "geen geld meer", "blut", "platzak", "emergency", "no money", "acil", "nagły", "терміново", "طوارئ"],
    terms: ["noodhulp", "noodfonds", "geldnood"],
    categories: ["inkomensondersteuning", "geldvragen"],
  },
  // Papers and forms.
  {
    say: ["formulieren", "formulier", "formulieren invullen", "formulier invullen", "invullen", "papieren", "papierwerk", "forms", "form", "paperwork", "form doldurma", "formularz", "formularze", "формуляр", "форми", "документи", "استمارة", "أوراق"],
    terms: ["formulier", "papieren"],
    categories: ["formulierenhulp", "administratie"],
  },
  {
    say: ["brief", "brieven", "post", "brief van de gemeente", "brief lezen", "letter", "letters", "mail", "mektup", "list", "pismo", "лист", "رسالة"],
    terms: ["brief", "post"],
    categories: ["formulierenhulp", "administratie"],
  },
  { say: ["administratie", "thuisadministratie", "overzicht", "ordenen", "administration"], terms: ["administratie"], categories: ["administratie"] },
  {
    say: ["digid", "inloggen overheid", "online regelen", "computer", "digitaal"],
    terms: ["digid", "digitaal", "digitale"],
    categories: ["taal", "formulierenhulp"],
  },
  {
    say: ["belastingaangifte", "aangifte", "belasting", "belastingdienst", "tax", "taxes", "vergi", "podatek", "податок", "ضرائب"],
    terms: ["belasting", "aangifte"],
    categories: ["formulierenhulp", "toeslagen"],
  },
  // Income and benefits.
  {
    say: ["toeslagen", "toeslag", "zorgtoeslag", "kinderopvangtoeslag", "kindgebonden budget", "terugbetalen toeslag", "allowance", "benefits", "ödenek", "yardım parası", "zasiłek", "dodatek", "субсидія", "إعانة"],
    terms: ["toeslag"],
    categories: ["toeslagen"],
  },
  {
    say: ["bijstand", "uitkering", "bijzondere bijstand", "welfare", "social assistance", "sosyal yardım", "zasiłek socjalny", "соціальна допомога"],
    terms: ["bijstand", "uitkering"],
    categories: ["inkomensondersteuning"],
  },
  {
    say: ["laag inkomen", "weinig geld", "rondkomen", "niet rondkomen", "krap", "low income", "düşük gelir", "niski dochód", "низький дохід"],
    terms: ["rondkomen", "inkomen"],
    categories: ["inkomensondersteuning", "budgetcursus", "geldvragen"],
  },
  { say: ["ontslagen", "baan kwijt", "werkloos", "geen werk", "inkomen kwijt", "lost my job", "unemployed", "işsiz", "bezrobotny", "безробітний"], terms: ["werk", "uitkering"], categories: ["werk-en-inkomen", "inkomensondersteuning"] },
  { say: ["werk", "baan", "werk zoeken", "job", "work", "iş", "praca", "робота", "عمل"], terms: ["werk"], categories: ["werk-en-inkomen"] },
  // No term: "U-pas" would be the words "u" and "pas", and "u" as a prefix is nearly every word.
  { say: ["upas", "u pas", "stadspas", "city pass"], categories: ["u-pas"] },
  {
    say: ["kinderen", "schoolspullen", "sport kinderen", "laptop school", "kids", "children", "çocuk", "dzieci", "діти", "أطفال"],
    terms: ["kinderen", "gezin"],
    categories: ["opvoeding-en-gezin", "u-pas"],
  },
  // Money talks and budgeting.
  {
    say: ["geldzorgen", "geldproblemen", "zorgen om geld", "geld", "financiën", "money", "money problems", "para", "pieniądze", "гроші", "مال", "فلوس"],
    terms: ["geld", "geldzorgen"],
    categories: ["geldvragen", "schuldhulp"],
  },
  { say: ["budget", "budgetteren", "sparen", "besparen", "geld besparen", "budgeting", "bütçe", "budżet", "бюджет"], terms: ["budget", "rondkomen"], categories: ["budgetcursus"] },
  {
    say: ["maatje", "vrijwilliger", "iemand die meekijkt", "buddy", "volunteer", "gönüllü", "wolontariusz", "волонтер", "متطوع"],
    terms: ["maatje", "vrijwilliger"],
    categories: ["financieel-maatje"],
  },
  { say: ["schuldhulp", "schuldhulpverlening", "schulddienstverlening", "debt help", "debt advice"], terms: ["schuldhulp", "schulddienstverlening"], categories: ["schuldhulp"] },
  // Rights and advice.
  {
    say: ["bezwaar", "bezwaar maken", "advocaat", "juridisch", "rechten", "rechtszaak", "lawyer", "legal", "avukat", "prawnik", "адвокат", "юрист", "محامي"],
    terms: ["bezwaar", "juridisch", "raadslieden"],
    categories: ["juridisch-advies"],
  },
  { say: ["sociaal raadslieden", "raadslieden", "sociaal raadsman", "sociaal raadsvrouw"], terms: ["raadslieden"], categories: ["juridisch-advies"] },
  // Company and a listening ear.
  {
    say: ["eenzaam", "praten", "luisterend oor", "koffie", "lonely", "someone to talk to", "yalnız", "samotny", "самотній"],
    terms: ["ontmoeting", "luisterend oor", "koffie"],
    categories: ["ontmoeting"],
  },
  // Language help.
  {
    say: ["nederlands leren", "taal leren", "taalcafé", "taalcafe", "learn dutch", "hollandaca", "niderlandzki", "нідерландська"],
    terms: ["taal", "nederlands"],
    categories: ["taal"],
  },
  { say: ["tolk", "vertaling", "interpreter", "translator", "tercüman", "tłumacz", "перекладач", "مترجم"], terms: ["taal", "eigen taal"] },
  // Places people name.
  { say: ["gemeente", "stadskantoor", "municipality", "city council", "belediye", "gmina", "муніципалітет", "البلدية"], terms: ["gemeente"] },
  { say: ["moskee", "mosque", "cami", "camii", "meczet", "мечеть", "مسجد", "جامع"], terms: ["moskee"] },
  { say: ["kerk", "church", "kilise", "kościół", "церква", "كنيسة"], terms: ["kerk", "diaconie"] },
  { say: ["jongeren", "jong", "student", "young people", "genç", "młodzi", "молодь", "شباب"], terms: ["jongeren", "jongerenwerk"] },
  { say: ["nieuwkomer", "nieuwkomers", "statushouder", "vluchteling", "refugee", "newcomer", "mülteci", "uchodźca", "біженець", "لاجئ"], terms: ["nieuwkomers", "vluchtelingenwerk", "statushouder"] },
];

/**
 * The categories' names in the public languages beyond nl and en (those two are read from the
 * database, so a renamed category is found by its new name at once), plus everyday words
 * that name the same kind of help.
 */
export const CATEGORY_NAMES: Record<string, string[]> = {
  schuldhulp: ["مساعدة الديون", "borç yardımı", "pomoc w długach", "допомога з боргами"],
  geldvragen: ["أسئلة عن المال", "para soruları", "pytania o pieniądze", "питання про гроші", "geldvraag"],
  formulierenhulp: ["مساعدة في الاستمارات", "form yardımı", "pomoc z formularzami", "допомога з формулярами"],
  toeslagen: ["إعانات", "ödenekler", "dodatki", "допомоги"],
  administratie: ["الأوراق والبريد", "evrak ve posta", "dokumenty i poczta", "документи і пошта"],
  budgetcursus: ["دورة الميزانية", "bütçe kursu", "kurs budżetowy", "курс бюджету"],
  "financieel-maatje": ["رفيق مالي", "mali destek arkadaşı", "wolontariusz finansowy", "фінансовий помічник", "geldmaatje", "budgetmaatje"],
  inkomensondersteuning: ["دعم الدخل", "gelir desteği", "wsparcie dochodu", "підтримка доходу"],
  "u-pas": [],
  beschermingsbewind: ["الوصاية المالية", "mali vesayet", "kuratela finansowa", "фінансова опіка"],
  voedsel: ["طعام", "gıda", "żywność", "їжа"],
  "juridisch-advies": ["استشارة قانونية", "hukuki danışmanlık", "porada prawna", "юридична порада"],
  "werk-en-inkomen": ["عمل ودخل", "iş ve gelir", "praca i dochód", "робота і дохід"],
  wonen: ["السكن", "konut", "mieszkanie", "житло"],
  "opvoeding-en-gezin": ["الأسرة", "aile", "rodzina", "сім'я"],
  ontmoeting: ["لقاء", "buluşma", "spotkania", "зустрічі"],
  taal: ["اللغة", "dil", "język", "мова"],
};

/**
 * Language names as residents write them, per ISO 639 code: in Dutch, English, the language
 * itself, and the other public languages (ar, tr, pl, uk). "arabisch", "Arabic" and "عربي"
 * all find the services that speak Arabic.
 */
export const LANGUAGE_NAMES: Record<string, string[]> = {
  nl: ["nederlands", "dutch", "hollandaca", "felemenkçe", "niderlandzki", "holenderski", "нідерландська", "голландська", "الهولندية", "هولندي"],
  en: ["engels", "english", "ingilizce", "angielski", "англійська", "الإنجليزية", "انجليزي"],
  ar: ["arabisch", "arabic", "عربي", "عربية", "العربية", "arapça", "arapca", "arabski", "арабська", "arabier"],
  tr: ["turks", "turkish", "türkçe", "turkce", "turecki", "турецька", "التركية", "تركي"],
  pl: ["pools", "polish", "polski", "lehçe", "польська", "البولندية", "بولندي"],
  uk: ["oekraïens", "oekraiens", "ukrainian", "українська", "ukraiński", "ukrainski", "ukraynaca", "الأوكرانية"],
  ru: ["russisch", "russian", "русский", "rusça", "rosyjski", "російська", "الروسية"],
  ber: ["berbers", "berber", "tamazight", "amazigh", "tarifit", "riffijns", "الأمازيغية", "أمازيغي"],
  so: ["somalisch", "somali", "af soomaali", "somalice", "somalijski", "сомалі", "الصومالية"],
  ti: ["tigrinya", "tigrinia", "ትግርኛ", "тигринья"],
  fa: ["perzisch", "farsi", "persian", "dari", "فارسی", "دری", "farsça", "perski", "перська"],
};

/**
 * Words that say nothing about which help is meant ("hulp", "help", "ik zoek"): left out of a
 * search with other words, so "help met formulieren" asks for forms. Dutch stop words ("bij",
 * "met") are already dropped by PostgreSQL; English and the other languages' are not.
 */
export const FILLER_WORDS: string[] = [
  "hulp", "help", "helpen", "nodig", "zoek", "zoeken", "ik", "wij", "we", "heb", "hebben", "graag", "iemand", "kan", "kun", "wil", "waar", "vraag",
  "i", "my", "me", "need", "with", "for", "the", "a", "an", "to", "of", "and", "where", "can", "get", "please", "find", "about", "in", "on", "from",
  "yardım", "yardim", "lazım", "için", "ile", "bir",
  "pomoc", "pomocy", "potrzebuję", "z", "w", "na", "do",
  "допомога", "допомогу", "потрібна", "з", "в", "у", "для",
  "مساعدة", "أريد", "اريد", "في", "مع", "من",
];
