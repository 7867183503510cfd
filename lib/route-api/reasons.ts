// The reasons of the route answer (rank.ts codes) in plain Dutch for a resident: route sites
// show them as they are. The codes stay beside the texts, so a site can write its own words.
import type { Reason } from "../referral-helper/rank";
import { NEED_DESCRIPTIONS } from "./schema";

export type RouteReason = { code: Reason["code"] | "cityWideNumber"; text: string };

const MODES: Record<string, string> = { HOME_VISIT: "ze komen bij je thuis", PHONE: "bellen", ONLINE: "online" };

function distance(metres: number): string {
  return metres < 1000 ? `${Math.round(metres / 10) * 10} meter` : `${(metres / 1000).toFixed(1).replace(".", ",")} km`;
}

export function reasonText(reason: Reason, buurt: string): string {
  switch (reason.code) {
    case "servesBuurt":
      return reason.team === "sociaal" ? `Dit buurtteam werkt in ${buurt}.` : `Dit buurtteam helpt gezinnen met kinderen in ${buurt}.`;
    case "formalRoute":
      return "De schuldhulp van de gemeente Utrecht: voor schulden die je niet zelf kunt oplossen.";
    case "teamAgreement":
      return "Het buurtteam van deze buurt heeft een vaste afspraak om hierheen te verwijzen.";
    case "meetsNeeds":
      return `Helpt bij: ${reason.needs.map((need) => NEED_DESCRIPTIONS[need].toLowerCase()).join("; ")}.`;
    case "lighterHelp":
      return "Lichtere hulp, door vrijwilligers of een buurtinitiatief.";
    case "openNow":
      return "Nu open.";
    case "opensToday":
      return "Gaat vandaag nog open.";
    case "opensThisWeek":
      return "Gaat binnen een week open.";
    case "nearby":
      return `Dichtbij: ${distance(reason.metres)}.`;
    case "comesToClient":
      return `Je hoeft niet te reizen: ${reason.modes.map((mode) => MODES[mode] ?? mode).join(", ")}.`;
    case "speaksLanguage":
      return `Ze spreken ${reason.language}.`;
    case "noRegistration":
      return "Je hoeft je niet aan te melden.";
    case "alternativeFor":
      return reason.viaAgreement
        ? `Als je niet bij ${reason.organisation} terecht kunt. Dit is met elkaar afgesproken.`
        : `Ook zonder aanmelding, als je niet bij ${reason.organisation} terecht kunt.`;
    case "hasConditions":
      return "Je moet je eerst aanmelden. Er gelden voorwaarden.";
  }
}

export function withText(reasons: readonly Reason[], buurt: string): RouteReason[] {
  return reasons.map((reason) => ({ code: reason.code, text: reasonText(reason, buurt) }));
}
