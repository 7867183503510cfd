"use client";
import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

const TABS = [
  { key: "details", path: "" },
  { key: "locations", path: "/adressen" },
  { key: "services", path: "/hulp" },
  { key: "translations", path: "/vertalingen" },
  { key: "members", path: "/beheerders" },
  { key: "reports", path: "/meldingen" },
  { key: "referrals", path: "/verwijzingen" },
  { key: "history", path: "/geschiedenis" },
] as const;

export function ManageTabs({ organisationId }: { organisationId: string }) {
  const t = useTranslations("Manage.organisation");
  const pathname = usePathname();
  const base = `/beheer/organisaties/${organisationId}`;
  return (
    <nav className="manage-tabs" aria-label={t("tabs")}>
      <ul className="manage-tabs__list">
        {TABS.map((tab) => {
          const href = `${base}${tab.path}`;
          const current = tab.path === "" ? pathname === base : pathname.startsWith(href);
          return (
            <li key={tab.key}>
              <Link href={href} aria-current={current ? "page" : undefined}>
                {t(tab.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
