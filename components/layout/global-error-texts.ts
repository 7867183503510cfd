// The words of app/global-error.tsx, in every language of the site. That page replaces the root
// layout, so next-intl is not there to give them; importing the message files instead put all
// languages'
// whole detail.json (16 kB) into the JavaScript of every page, as the error boundary is part of
// every page's first load. These must say what ErrorPage says in lib/i18n/messages/*/detail.json;
// tests/unit/i18n/global-error-texts.test.ts checks that they do.
export const globalErrorTexts = {
  nl: {
    title: "Er ging iets mis",
    lead: "Deze pagina kon niet worden geladen. Dat ligt niet aan jou. Probeer het opnieuw, of kom later terug.",
    retry: "Probeer opnieuw",
    toMap: "Naar de kaart",
  },
  en: {
    title: "Something went wrong",
    lead: "This page could not be loaded. It is not your fault. Please try again, or come back later.",
    retry: "Try again",
    toMap: "Go to the map",
  },
  ar: {
    title: "حدث خطأ ما",
    lead: "لم نتمكن من تحميل هذه الصفحة. هذا ليس خطأك. حاول مرة أخرى، أو عُد لاحقًا.",
    retry: "حاول مرة أخرى",
    toMap: "إلى الخريطة",
  },
  tr: {
    title: "Bir sorun oluştu",
    lead: "Bu sayfa yüklenemedi. Bu sizin hatanız değil. Tekrar deneyin ya da daha sonra yine gelin.",
    retry: "Tekrar dene",
    toMap: "Haritaya git",
  },
  pl: {
    title: "Coś poszło nie tak",
    lead: "Nie udało się załadować tej strony. To nie twoja wina. Spróbuj ponownie albo wróć później.",
    retry: "Spróbuj ponownie",
    toMap: "Przejdź do mapy",
  },
  uk: {
    title: "Щось пішло не так",
    lead: "Цю сторінку не вдалося завантажити. Це не ваша провина. Спробуйте ще раз або поверніться пізніше.",
    retry: "Спробувати ще раз",
    toMap: "До карти",
  },
} as const;

export type GlobalErrorLanguage = keyof typeof globalErrorTexts;

/**
 * The page's other language beside Dutch: the one in its address ("/ar/…"), English on a Dutch
 * page (as before: the site's two full languages).
 */
export function secondLanguageOf(pathname: string | null): Exclude<GlobalErrorLanguage, "nl"> {
  const first = (pathname ?? "/").split("/")[1] ?? "";
  return first in globalErrorTexts && first !== "nl" ? (first as Exclude<GlobalErrorLanguage, "nl">) : "en";
}
