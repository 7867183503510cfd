"use server";
// "Wachtwoord vergeten". Asking for a link always gets the same answer, whether or not the
// address has an account. The link works once, for PASSWORD_RESET_HOURS; using it also
// voids every other open link of that account and lifts the sign-in throttle for it.
import { getTranslations } from "next-intl/server";
import { defineAction } from "../actions/action";
import { RuleError } from "../actions/errors";
import { db } from "../db";
import { hashPassword } from "../auth/password";
import { RESET_REQUESTS_PER_IP, isLimited, recordEvent, type Limit } from "../auth/rate-limit";
import { clearAccountLoginFailures } from "../auth/login-throttle";
import { PASSWORD_RESET_HOURS, expiresIn, hashToken, newToken } from "../auth/tokens";
import { listingTransaction } from "../listings/transaction";
import { passwordResetMail } from "../mail/templates";
import { mailDeliverable, sendMail } from "../mail/send";
import { localizedAppUrl } from "./links";
import { requestResetSchema, resetPasswordSchema } from "./password-schema";

/** Nobody's mailbox gets flooded: beyond this, requests are answered but send nothing. */
const RESET_MAILS_PER_ACCOUNT: Limit = { bucket: "reset-account", max: 3, windowMinutes: 60 };

export const requestPasswordReset = defineAction({
  schema: requestResetSchema,
  access: "public",
  async run({ email }, { ip, locale }) {
    // Without a way to send mail nobody gets a link, and everybody is told so (the answer still
    // does not depend on the address). The link is never shown here: the requester is anonymous.
    if (!mailDeliverable()) throw new RuleError("mailUnavailable");
    if (await isLimited(db, RESET_REQUESTS_PER_IP, ip)) throw new RuleError("throttled");
    await recordEvent(db, RESET_REQUESTS_PER_IP, ip);
    const t = await getTranslations({ locale, namespace: "Access.reset" });
    const user = await db.user.findUnique({ where: { email }, select: { id: true, disabledAt: true } });
    if (user && !user.disabledAt && !(await isLimited(db, RESET_MAILS_PER_ACCOUNT, email))) {
      await recordEvent(db, RESET_MAILS_PER_ACCOUNT, email);
      const { token, tokenHash } = newToken();
      await db.passwordResetToken.create({
        data: { tokenHash, userId: user.id, expiresAt: expiresIn({ hours: PASSWORD_RESET_HOURS }) },
      });
      await sendMail(passwordResetMail({ to: email, link: localizedAppUrl(locale, `/beheer/wachtwoord/${token}`), hours: PASSWORD_RESET_HOURS }));
    }
    return { message: t("sent") };
  },
});

export const resetPassword = defineAction({
  schema: resetPasswordSchema,
  access: "public",
  async run(input, { locale }) {
    // Hashing is slow on purpose: done before the transaction, not inside it.
    const passwordHash = await hashPassword(input.password);
    const email = await listingTransaction(async (tx) => {
      const now = new Date();
      const token = await tx.passwordResetToken.findFirst({
        where: { tokenHash: hashToken(input.token), usedAt: null, expiresAt: { gt: now }, user: { disabledAt: null } },
        select: { id: true, userId: true, user: { select: { email: true } } },
      });
      if (!token) throw new RuleError("resetInvalid");
      // Claiming the token in the WHERE makes a second use of the same link find nothing.
      const claimed = await tx.passwordResetToken.updateMany({ where: { id: token.id, usedAt: null }, data: { usedAt: now } });
      if (claimed.count === 0) throw new RuleError("resetInvalid");
      // A new password ends every session of the account (someone else may have had one).
      await tx.user.update({ where: { id: token.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
      await tx.passwordResetToken.updateMany({ where: { userId: token.userId, usedAt: null }, data: { usedAt: now } });
      await clearAccountLoginFailures(tx, token.user.email);
      return token.user.email;
    });
    const t = await getTranslations({ locale, namespace: "Access.reset" });
    return { message: t("changed"), data: { email } };
  },
});
