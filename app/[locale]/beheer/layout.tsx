import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { ManageNav } from "@/components/manage/manage-nav";
import { FlashProvider } from "@/components/forms/flash";
import { SectionMessages } from "@/components/layout/section-messages";
import "../../styles/manage.css";
import "../../styles/manage-history.css";
import "../../styles/manage-listing.css";
import "../../styles/manage-hours.css";
import "../../styles/manage-access.css";

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Manage" });
  // Management pages are for coordinators, not for search engines.
  // Referrer "same-origin" instead of the site's "no-referrer" (lib/security/headers.ts): under
  // no-referrer a browser sends "Origin: null" with a form posted without JavaScript, and Next
  // and our action guard rightly refuse that as cross-site, so no management form could be
  // sent without scripts. Other sites still get no referrer.
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, robots: { index: false, follow: false }, referrer: "same-origin" };
}

export default async function ManageLayout({ children, params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  return (
    <SectionMessages>
      <div className="manage">
        {user && <ManageNav user={user} />}
        <div className="manage__content">
          <FlashProvider>{children}</FlashProvider>
        </div>
      </div>
    </SectionMessages>
  );
}
