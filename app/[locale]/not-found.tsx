import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("NotFoundPage");
  return { title: t("metaTitle") };
}

// A dead end should not feel like one: say plainly what happened and offer the two ways in.
export default async function NotFound() {
  const t = await getTranslations("NotFoundPage");
  return (
    <div className="message-page">
      <Heading1>{t("title")}</Heading1>
      <Paragraph lead>{t("lead")}</Paragraph>
      <ul className="message-page__links">
        <li>
          <Link href="/" className="utrecht-link">
            {t("toMap")}
          </Link>
        </li>
        <li>
          <Link href="/wijken" className="utrecht-link">
            {t("toWijken")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
