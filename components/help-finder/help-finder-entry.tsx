// "Not sure where to start?" — the way into the help finder from pages where a resident may be
// lost: the map's introduction and a search that found nothing.
import { useTranslations } from "next-intl";
import { Paragraph } from "@utrecht/component-library-react";
import { Link } from "@/lib/i18n/navigation";

export function HelpFinderEntry({ className }: { className?: string }) {
  const t = useTranslations("HelpFinder.entry");
  return (
    <Paragraph className={className}>
      {t("text")}{" "}
      <Link href="/hulpwijzer" className="utrecht-link">
        {t("link")}
      </Link>
    </Paragraph>
  );
}
