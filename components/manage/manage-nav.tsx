import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { isModerator } from "@/lib/auth/permissions";
import { canSeeGaps } from "@/lib/gaps/access";
import type { SessionUser } from "@/lib/auth/session";
import { SignOutButton } from "./sign-out-button";

export async function ManageNav({ user }: { user: SessionUser }) {
  const [t, gaps] = await Promise.all([getTranslations("Manage.nav"), getTranslations("Gaps")]);
  return (
    <nav className="manage-nav" aria-label={t("label")}>
      <ul className="manage-nav__list">
        <li>
          <Link href="/beheer">{t("dashboard")}</Link>
        </li>
        {isModerator(user) && (
          <li>
            <Link href="/beheer/moderatie">{t("moderation")}</Link>
          </li>
        )}
        {(await canSeeGaps(user)) && (
          <li>
            <Link href="/beheer/hiaten">{gaps("nav")}</Link>
          </li>
        )}
        <li>
          <Link href="/beheer/aanmelden">{t("submit")}</Link>
        </li>
      </ul>
      <p className="manage-nav__user">
        {t("signedInAs", { name: user.name ?? user.email })} <SignOutButton label={t("signOut")} />
      </p>
    </nav>
  );
}
