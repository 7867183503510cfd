"use client";
// The parts of moderation, each with how much is waiting: counts in the link text, so they
// are read out and need no colour or badge to be understood.
import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

type Counts = { pending: number; reports: number; stale: number };

export function ModerationNav({ counts }: { counts: Counts }) {
  const t = useTranslations("Moderation.dashboard");
  const referrals = useTranslations("Referrals.professionals");
  const gaps = useTranslations("Gaps");
  const pathname = usePathname();
  const base = "/beheer/moderatie";
  const links = [
    { href: base, label: t("pending", { count: counts.pending }) },
    { href: `${base}/meldingen`, label: t("reports", { count: counts.reports }) },
    { href: `${base}/verouderd`, label: t("stale", { count: counts.stale }) },
    { href: `${base}/wijzigingen`, label: t("changes") },
    { href: `${base}/professionals`, label: referrals("title") },
    // Outside /moderatie (it is for the gemeente too), but where moderators look for work.
    { href: "/beheer/hiaten", label: gaps("nav") },
  ];
  return (
    <nav className="manage-tabs" aria-label={t("nav")}>
      <ul className="manage-tabs__list">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={pathname === link.href ? "page" : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
