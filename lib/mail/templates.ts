// The texts of the mails we send, in plain Dutch with an English translation below: the
// receiver may not read Dutch, and the mail is sent before we know their language.
import type { Mail } from "./send";

const signature = "\n\n— Sociale kaart Utrecht\nDeze mail is automatisch verstuurd. / This message was sent automatically.";

export function invitationMail(input: { to: string; organisation: string; role: "OWNER" | "EDITOR"; link: string; days: number }): Mail {
  const roleNl = input.role === "OWNER" ? "eigenaar" : "redacteur";
  const roleEn = input.role === "OWNER" ? "owner" : "editor";
  return {
    to: input.to,
    subject: `Uitnodiging: beheer ${input.organisation} op de sociale kaart`,
    text:
      `U bent uitgenodigd als ${roleNl} van "${input.organisation}" op de sociale kaart van Utrecht.\n` +
      `Open deze link om mee te doen (de link werkt één keer en is ${input.days} dagen geldig):\n${input.link}\n\n` +
      `You have been invited as ${roleEn} of "${input.organisation}" on the Utrecht social map. ` +
      `Open the link above to join (it works once and is valid for ${input.days} days).` +
      signature,
  };
}

export function passwordResetMail(input: { to: string; link: string; hours: number }): Mail {
  return {
    to: input.to,
    subject: "Nieuw wachtwoord instellen voor de sociale kaart",
    text:
      `Iemand heeft gevraagd om een nieuw wachtwoord voor dit e-mailadres. Was u dat? Open dan deze link (${input.hours} uur geldig):\n${input.link}\n` +
      `Was u dat niet? Dan hoeft u niets te doen.\n\n` +
      `Someone asked for a new password for this address. If that was you, open the link above (valid for ${input.hours} hours). If not, you can ignore this mail.` +
      signature,
  };
}

export function magicLinkMail(input: { to: string; link: string }): Mail {
  return {
    to: input.to,
    subject: "Inloggen op de sociale kaart",
    text:
      `Open deze link om in te loggen (een uur geldig, werkt één keer):\n${input.link}\n\n` +
      `Open the link above to sign in (valid for one hour, works once).` +
      signature,
  };
}

export function reminderMail(input: { to: string; organisation: string; link: string; months: number }): Mail {
  return {
    to: input.to,
    subject: `Klopt alles nog? ${input.organisation} op de sociale kaart`,
    text:
      `De gegevens van "${input.organisation}" zijn al ${input.months} maanden niet gecontroleerd. ` +
      `Kloppen de openingstijden, het adres en de hulp nog? Bekijk en bevestig ze hier (één klik als alles klopt):\n${input.link}\n\n` +
      `The listing of "${input.organisation}" has not been checked for ${input.months} months. Please check and confirm it at the link above.` +
      signature,
  };
}

export function reviewMail(input: { to: string; organisation: string; approved: boolean; note?: string | null; link: string }): Mail {
  const nl = input.approved
    ? `Uw aanmelding van "${input.organisation}" is goedgekeurd en staat nu op de kaart:\n${input.link}`
    : `Uw aanmelding van "${input.organisation}" is niet goedgekeurd.${input.note ? `\nReden: ${input.note}` : ""}\nU kunt de gegevens aanpassen en opnieuw insturen:\n${input.link}`;
  const en = input.approved
    ? `Your submission of "${input.organisation}" was approved and is now on the map.`
    : `Your submission of "${input.organisation}" was not approved.${input.note ? ` Reason: ${input.note}` : ""}`;
  return { to: input.to, subject: `Aanmelding ${input.organisation}: ${input.approved ? "goedgekeurd" : "niet goedgekeurd"}`, text: `${nl}\n\n${en}${signature}` };
}

/**
 * An address this organisation shares with another was changed through the other one's listing
 * (lib/listings/location-mail.ts): the owners hear what changed and where to undo it.
 */
export function sharedAddressChangedMail(input: {
  to: string;
  organisation: string;
  via: string;
  who: string;
  restored: boolean;
  fields: string[];
  before: string;
  after: string;
  link: string;
}): Mail {
  const whatNl = input.restored ? "teruggezet naar een eerdere versie" : "gewijzigd";
  const whatEn = input.restored ? "restored to an earlier version" : "changed";
  return {
    to: input.to,
    subject: `Gedeeld adres ${whatNl} via ${input.via}`,
    text:
      `Het adres "${input.before}" hoort bij "${input.organisation}" en ook bij "${input.via}". ` +
      `${input.who} heeft het ${whatNl} via de vermelding van "${input.via}". Dat is ook op uw pagina op de kaart te zien.\n` +
      `Wat er veranderde: ${input.fields.join(", ")}.\n` +
      (input.before !== input.after ? `Oud: ${input.before}\nNieuw: ${input.after}\n` : "") +
      `Klopt het niet? In uw geschiedenis ziet u oud en nieuw, en kunt u het terugzetten:\n${input.link}\n\n` +
      `The address "${input.before}" of "${input.organisation}" is shared with "${input.via}" and was ${whatEn} by ${input.who} through their listing. ` +
      `Your history (link above) shows the change and lets you undo it.` +
      signature,
  };
}
