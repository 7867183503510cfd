import "server-only";
// The owners of the other organisations at a shared address hear by mail when it is changed
// (or restored) through someone else's listing: it is their public page too. Sent after the
// commit; a mail that cannot go out never undoes or fails the change — the change is in their
// history either way.
import { getTranslations } from "next-intl/server";
import { db } from "../db";
import { log } from "../log";
import { appUrl, sendMail } from "../mail/send";
import { sharedAddressChangedMail } from "../mail/templates";
import type { Snapshot } from "./diff";
import { describeChanges } from "./history-diff";
import { locationFields } from "./location-snapshot";

export type SharedLocationChange = {
  /** The organisation the change was made through. */
  viaOrganizationId: string;
  /** The other organisations that got the change in their history (recordLocationChange). */
  told: string[];
  userId: string;
  restored: boolean;
  before: Snapshot | null;
  after: Snapshot | null;
};

const addressLine = (s: Snapshot | null) =>
  s ? [s.name, s.address1, [s.postalCode, s.city].filter(Boolean).join(" ")].filter((part, i, all) => part && all.indexOf(part) === i).join(", ") : "";

/** Mails the owners (not the person who made the change, not disabled accounts). Never throws. */
export async function mailSharedLocationChange(change: SharedLocationChange): Promise<void> {
  if (change.told.length === 0) return;
  try {
    const t = await getTranslations({ locale: "nl", namespace: "History.fields" });
    const fields = describeChanges(change.before && locationFields(change.before), change.after && locationFields(change.after)).map((c) =>
      t.has(c.field as never) ? t(c.field as never) : c.field,
    );
    const [via, who, organisations] = await Promise.all([
      db.organization.findUnique({ where: { id: change.viaOrganizationId }, select: { name: true } }),
      db.user.findUnique({ where: { id: change.userId }, select: { name: true, email: true } }),
      db.organization.findMany({
        where: { id: { in: change.told } },
        select: {
          id: true,
          name: true,
          memberships: { where: { role: "OWNER", userId: { not: change.userId }, user: { disabledAt: null } }, select: { user: { select: { email: true } } } },
        },
      }),
    ]);
    const mails = organisations.flatMap((organisation) =>
      organisation.memberships.map(({ user }) =>
        sharedAddressChangedMail({
          to: user.email,
          organisation: organisation.name,
          via: via?.name ?? "",
          who: who?.name ?? who?.email ?? "Iemand",
          restored: change.restored,
          fields,
          before: addressLine(change.before),
          after: addressLine(change.after),
          link: appUrl(`/beheer/organisaties/${organisation.id}/geschiedenis`),
        }),
      ),
    );
    const results = await Promise.allSettled(mails.map((mail) => sendMail(mail)));
    for (const result of results) {
      if (result.status === "rejected") log.error("Shared address mail failed", { error: result.reason });
      else if (result.value === false) log.warn("Shared address mail not sent: no way to deliver mail");
    }
  } catch (error) {
    log.error("Shared address mail failed", { error });
  }
}
