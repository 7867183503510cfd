import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { requireModerator } from "@/lib/auth/session";
import { moderationCounts } from "@/lib/moderation/queries";
import { ModerationNav } from "@/components/moderation/moderation-nav";

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Moderation.dashboard" });
  return { title: { default: t("title"), template: `%s · ${t("title")}` } };
}

// The frame of the moderation pages: what waits where. Each page checks the role again
// itself, because a layout is not re-run for every request of its pages.
export default async function ModerationLayout({ children, params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireModerator();
  const [t, counts] = await Promise.all([getTranslations("Moderation.dashboard"), moderationCounts()]);
  return (
    <>
      <Heading1>{t("title")}</Heading1>
      <Paragraph lead>{t("lead")}</Paragraph>
      <ModerationNav counts={counts} />
      {children}
    </>
  );
}
