// Translations of listings for the communities the study's partners work with (ADR 0012):
// Arabic at Al Amal and the mosque in Kanaleneiland, Turkish and Arabic at the mosque and the
// walk-in in Zuilen, Polish in Zuilen and Leidsche Rijn, Ukrainian at the language café.
// Written by hand in plain language (B1); Dutch words residents will meet at the counter
// (buurtteam, toeslagen) are kept in brackets. Names and addresses are not translated.

type Texts = Record<string, string>;

export type SeedTranslation = {
  organisation: string;
  description?: Texts;
  /** By service slug: per locale its description and/or eligibility. */
  services?: Record<string, Record<string, { description?: string; eligibility?: string }>>;
};

export const translations: SeedTranslation[] = [
  {
    organisation: "al-amal",
    description: {
      ar: "بدأت نساء مغربيات جمعية الأمل في كانالينآيلاند سنة 2001. يساعد الموظفون والمتطوعون السكان من أصول مهاجرة في الرسائل والمال ومعرفة الطريق إلى المساعدة. الثقة عندنا أولاً.",
    },
    services: {
      inloopspreekuur: {
        ar: {
          description:
            "تعال بدون موعد بسؤالك عن الرسائل أو الفواتير أو الإعانات (toeslagen). نتكلم الهولندية، والعربية أو الأمازيغية إذا احتجت. لا تحتاج إلى تسجيل.",
        },
      },
      "begeleiding-aan-huis": {
        ar: {
          description: "تأتي موظفة إلى بيتك، أولاً للتعارف. بعد ذلك تنظران معاً إلى رسائلك ومالك، وتذهب معك إلى المواعيد مع المؤسسات.",
          eligibility: "للعائلات والنساء اللواتي يجدن صعوبة في الوصول إلى المساعدة.",
        },
      },
    },
  },
  {
    organisation: "moskee-kanaleneiland",
    description: {
      ar: "يوزّع المسجد المغربي في كانالينآيلاند طرود الطعام طوال السنة على سكان الحي الذين لديهم مال قليل، حتى إذا لم يقبلك بنك الطعام (Voedselbank). تُدفع الطرود من تبرعات سكان الحي وبدعم من الصليب الأحمر.",
    },
    services: {
      voedselpakketten: {
        ar: {
          description: "تعال بعد صلاة الجمعة وخذ طرداً. لا تحتاج إلى إظهار أي أوراق. الجميع مرحّب بهم، حتى إذا لم تكن مسلماً.",
          eligibility: "لكل من يسكن في الحي ولديه مال قليل. عندما تنتهي الطرود، تنتهي.",
        },
      },
    },
  },
  {
    organisation: "moskee-zuilen",
    description: {
      tr: "Zuilen'deki cami derneği ayda iki kez, az parası olan komşulara gıda paketi dağıtır. Gönüllüler seni mahalle ekibine (buurtteam) ya da mahalle evindeki danışma saatine de yönlendirir.",
      ar: "توزّع جمعية المسجد في زويلن مرتين في الشهر طرود مشتريات على الجيران الذين لديهم مال قليل. ويساعدك المتطوعون أيضاً في الوصول إلى فريق الحي (buurtteam) أو إلى ساعات الاستقبال في بيت الحي.",
    },
    services: {
      buurtpakketten: {
        tr: { description: "Ayın birinci ve üçüncü cumartesi günü bir gıda paketi alabilirsin. Kayıt yok, soru yok." },
        ar: { description: "في السبت الأول والسبت الثالث من كل شهر يمكنك أن تأخذ طرد مشتريات. بدون تسجيل، وبدون أسئلة." },
      },
    },
  },
  {
    organisation: "inloop-geld-en-post-zuilen",
    description: {
      tr: "Mahalleden gönüllüler sana randevusuz olarak mektuplar, faturalar ve devlet yardımları (toeslagen) konusunda yardım eder. Gerekmedikçe bilgilerini sormayız. Çarşamba ve cuma günleri seni Overvecht'teki Formulierenspreekuur'a yönlendiririz.",
      pl: "Wolontariusze z okolicy pomagają bez umawiania się w sprawie listów, rachunków i dodatków (toeslagen). Nie pytamy o twoje dane, jeśli nie jest to potrzebne. W środy i piątki kierujemy do Formulierenspreekuur w Overvecht.",
    },
    services: {
      inloopspreekuur: {
        tr: {
          description:
            "Mektuplarını getir. Birlikte ne yazdığını okuruz, bir kuruma telefon ederiz ya da bir form doldururuz. Borçların büyükse seninle birlikte mahalle ekibine (buurtteam) gideriz.",
        },
        pl: {
          description:
            "Przynieś swoje listy. Razem przeczytamy, co w nich jest, zadzwonimy do urzędu albo wypełnimy formularz. Przy dużych długach pójdziemy z tobą do zespołu dzielnicowego (buurtteam).",
        },
        ar: {
          description: "أحضر رسائلك. نقرأ معاً ما فيها، ونتصل بمؤسسة أو نملأ استمارة. إذا كانت ديونك كبيرة نذهب معك إلى فريق الحي (buurtteam).",
        },
      },
    },
  },
  {
    organisation: "financieel-cafe-leidsche-rijn",
    description: {
      pl: "Wieczorny dyżur dla osób, które pracują w ciągu dnia. Wolontariusze pomagają w sprawach pieniędzy, dodatków (toeslagen) i formularzy. W dzień możesz przyjść we wtorek do doradców socjalnych (sociaal raadslieden) w biurze zespołu dzielnicowego.",
    },
    services: {
      avondspreekuur: {
        pl: { description: "Przyjdź po pracy ze swoim pytaniem o pieniądze albo listy. Pomożemy od razu albo umówimy cię z wolontariuszem od spraw finansowych." },
      },
    },
  },
  {
    organisation: "taal-doet-meer",
    description: {
      uk: "Волонтери практикують нідерландську мову з новоприбулими та людьми, для яких вона не рідна. У мовне кафе можна також принести лист, який ви не розумієте.",
    },
    services: {
      taalcafe: {
        uk: { description: "Розмовляйте нідерландською з іншими людьми за столом. Волонтер також допоможе зрозуміти лист і разом з вами вирішить, що робити далі." },
      },
    },
  },
];

/** "How to get there" by location key (locations.ts), per locale. */
export const locationTranslations: Record<string, Texts> = {
  "buurthuis-zuilen": {
    tr: "9 ve 29 numaralı otobüs, Amsterdamsestraatweg durağı.",
    pl: "Autobus 9 i 29, przystanek Amsterdamsestraatweg.",
    ar: "الحافلة 9 و29، محطة Amsterdamsestraatweg.",
  },
  "buurthuis-lombok": {
    uk: "Автобус 2 і 3, зупинка Kanaalstraat.",
    ar: "الحافلة 2 و3، محطة Kanaalstraat.",
  },
};
