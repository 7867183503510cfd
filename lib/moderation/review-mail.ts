import "server-only";
// Who hears about a review: the person who submitted the listing and its owners, each once.
// A failed mail does not undo the review; the moderator is told so they can follow up.
import type { Tx } from "../listings/revisions";
import { appUrl, sendMail } from "../mail/send";
import { reviewMail } from "../mail/templates";
import { requestLog } from "../log";

type Reviewed = { id: string; slug: string; name: string; submittedById: string | null };

export async function reviewRecipients(tx: Tx, organisation: Reviewed): Promise<string[]> {
  const users = await tx.user.findMany({
    where: {
      disabledAt: null,
      OR: [
        ...(organisation.submittedById ? [{ id: organisation.submittedById }] : []),
        { memberships: { some: { organizationId: organisation.id, role: "OWNER" } } },
      ],
    },
    select: { email: true },
    orderBy: { email: "asc" },
  });
  return [...new Set(users.map((user) => user.email))];
}

/** True when every mail went out. */
export async function sendReviewMails(recipients: string[], organisation: Reviewed, review: { approved: boolean; note?: string | null }): Promise<boolean> {
  const link = appUrl(review.approved ? `/organisaties/${organisation.slug}` : `/beheer/organisaties/${organisation.id}`);
  const results = await Promise.allSettled(
    recipients.map((to) => sendMail(reviewMail({ to, organisation: organisation.name, approved: review.approved, note: review.note, link }))),
  );
  const failed = results.filter((result) => result.status === "rejected");
  for (const failure of failed) (await requestLog()).error("Review mail failed", { error: (failure as PromiseRejectedResult).reason });
  // A mail dropped for want of SMTP is not sent either: the moderator must hear it.
  const dropped = results.filter((result) => result.status === "fulfilled" && !result.value);
  return failed.length === 0 && dropped.length === 0;
}
