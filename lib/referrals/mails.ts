// The mail to the receiving organisation's owners when another organisation proposes a
// referral agreement. Dutch first, English below, like lib/mail/templates.ts.
import type { Mail } from "../mail/send";

const signature = "\n\n— Sociale kaart Utrecht\nDeze mail is automatisch verstuurd. / This message was sent automatically.";

export function referralProposedMail(input: { to: string; from: string; receiving: string; whenToRefer: string; link: string }): Mail {
  return {
    to: input.to,
    subject: `${input.from} wil doorverwijzen naar ${input.receiving}`,
    text:
      `"${input.from}" stelt een afspraak over doorverwijzen voor: zij willen bewoners warm overdragen aan "${input.receiving}".\n` +
      `Wanneer zij doorverwijzen: ${input.whenToRefer}\n\n` +
      `Lees het voorstel en bevestig of wijs het af. Pas na uw bevestiging staat de afspraak op de kaart:\n${input.link}\n\n` +
      `"${input.from}" proposes a referral agreement with "${input.receiving}" on the Utrecht social map. ` +
      `Please read it and confirm or decline it at the link above; it is shown publicly only after you confirm.` +
      signature,
  };
}
