// Why a place fits, in the resident's words: the ranking's reasons (lib/referral-helper/rank.ts)
// that mean something to a resident. "Meets your needs" is what the whole list is, and
// agreements between organisations are for professionals: those are left out.
import type { Reason } from "@/lib/referral-helper/rank";

type Translate = (key: string, values?: Record<string, string>) => string;

export type ReasonContext = {
  distance: (metres: number) => string;
  language: (code: string) => string;
  list: (items: string[]) => string;
};

export function reasonTexts(reasons: readonly Reason[], t: Translate, context: ReasonContext): string[] {
  return reasons.flatMap((reason): string[] => {
    switch (reason.code) {
      case "formalRoute":
        return [t("reasons.formalRoute")];
      case "alternativeFor":
        return [t("reasons.alternativeFor", { organisation: reason.organisation })];
      case "openNow":
        return [t("reasons.openNow")];
      case "opensToday":
        return [t("reasons.opensToday")];
      case "opensThisWeek":
        return [t("reasons.opensThisWeek")];
      case "nearby":
        return [t("reasons.nearby", { distance: context.distance(reason.metres) })];
      case "speaksLanguage":
        return [t("reasons.speaksLanguage", { language: context.language(reason.language) })];
      case "comesToClient":
        return [t("reasons.remote", { modes: context.list(reason.modes.map((mode) => t(`modes.${mode}`))) })];
      case "noRegistration":
        return [t("reasons.noRegistration")];
      case "hasConditions":
        return [t("reasons.hasConditions")];
      default:
        return [];
    }
  });
}
