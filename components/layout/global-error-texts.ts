// The words of app/global-error.tsx, in both languages. That page replaces the root layout, so
// next-intl is not there to give them; importing the message files instead put both languages'
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
} as const;
