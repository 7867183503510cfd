// "Klopt alles nog?" reminders (npm run reminders, daily from cron): every owner of a published
// listing that has not been checked for half a year gets a mail with a link to the listing,
// at most once every 30 days. Each listing is claimed (reminderSentAt set) before its mails go
// out, so two runs at the same time never mail twice; if sending fails the claim is undone and
// the next run tries again.
import type { Db } from "../db";
import { STALE_AFTER_MONTHS } from "../organisations/verification";
import { staleListingsWhere } from "../moderation/stale";
import { appUrl, sendMail } from "../mail/send";
import { reminderMail } from "../mail/templates";
import { log } from "../log";

export const REMIND_AGAIN_AFTER_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export type ReminderCounts = {
  /** Listings whose owners were mailed. */
  listings: number;
  mails: number;
  /** Stale listings without an owner who can be mailed: a moderator should find them one. */
  withoutOwner: number;
  failed: number;
};

function wholeMonthsBetween(from: Date, to: Date): number {
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  return Math.max(STALE_AFTER_MONTHS, to.getUTCDate() < from.getUTCDate() ? months - 1 : months);
}

export async function sendVerificationReminders(db: Db, now: Date = new Date()): Promise<ReminderCounts> {
  const counts: ReminderCounts = { listings: 0, mails: 0, withoutOwner: 0, failed: 0 };
  const listings = await db.organization.findMany({
    where: {
      // The same listings the moderators' "niet gecontroleerd" list shows.
      ...staleListingsWhere(now),
      AND: [{ OR: [{ reminderSentAt: null }, { reminderSentAt: { lt: new Date(now.getTime() - REMIND_AGAIN_AFTER_DAYS * DAY_MS) } }] }],
    },
    select: {
      id: true,
      name: true,
      verifiedAt: true,
      createdAt: true,
      reminderSentAt: true,
      memberships: { where: { role: "OWNER", user: { disabledAt: null } }, select: { user: { select: { email: true } } } },
    },
    orderBy: { name: "asc" },
  });

  for (const listing of listings) {
    const owners = listing.memberships.map((m) => m.user.email);
    if (owners.length === 0) {
      counts.withoutOwner += 1;
      continue;
    }
    const claimed = await db.organization.updateMany({
      where: { id: listing.id, reminderSentAt: listing.reminderSentAt },
      data: { reminderSentAt: now },
    });
    if (claimed.count === 0) continue; // another run got there first
    const months = wholeMonthsBetween(listing.verifiedAt ?? listing.createdAt, now);
    const link = appUrl(`/beheer/organisaties/${listing.id}`);
    try {
      for (const to of owners) {
        if (!(await sendMail(reminderMail({ to, organisation: listing.name, link, months })))) throw new Error("SMTP_URL ontbreekt: niet verstuurd");
        counts.mails += 1;
      }
      counts.listings += 1;
    } catch (error) {
      log.error("Herinnering niet verstuurd", { listing: listing.name, error });
      await db.organization.updateMany({ where: { id: listing.id, reminderSentAt: now }, data: { reminderSentAt: listing.reminderSentAt } });
      counts.failed += 1;
    }
  }
  return counts;
}
