// A result's reasons (rank.ts) in plain words.
import type { Reason } from "@/lib/referral-helper/rank";

type Translate = (key: string, values?: Record<string, string | number>) => string;

export type ReasonContext = {
  buurt: string;
  list: (items: string[]) => string;
  distance: (metres: number) => string;
  language: (code: string) => string;
};

export function reasonText(reason: Reason, t: Translate, context: ReasonContext): string {
  switch (reason.code) {
    case "servesBuurt":
      return t(reason.team === "sociaal" ? "reasons.servesBuurt" : "reasons.servesBuurtFamily", { buurt: context.buurt });
    case "meetsNeeds":
      return t("reasons.meetsNeeds", { needs: context.list(reason.needs.map((need) => t(`needsShort.${need}`))) });
    case "nearby":
      return t("reasons.nearby", { distance: context.distance(reason.metres) });
    case "comesToClient":
      return t("reasons.comesToClient", { modes: context.list(reason.modes.map((mode) => t(`modes.${mode}`))) });
    case "speaksLanguage":
      return t("reasons.speaksLanguage", { language: context.language(reason.language) });
    case "alternativeFor":
      return t(reason.viaAgreement ? "reasons.alternativeForAgreed" : "reasons.alternativeFor", { organisation: reason.organisation });
    default:
      return t(`reasons.${reason.code}`);
  }
}
