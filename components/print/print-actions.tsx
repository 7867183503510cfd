import { useTranslations } from "next-intl";
import { ButtonLink, Paragraph } from "@utrecht/component-library-react";
import { Link } from "@/lib/i18n/navigation";
import { PrintButton } from "./print-button";

type Props = { back: { href: string; label: string }; pdfHref: string };

/** Above the printout on screen, hidden on paper: back, print, download. */
export function PrintActions({ back, pdfHref }: Props) {
  const t = useTranslations("Print");
  return (
    <nav className="print-actions" aria-label={t("actionsLabel")}>
      <Paragraph>
        <Link href={back.href} className="utrecht-link">
          {back.label}
        </Link>
      </Paragraph>
      <div className="print-actions__buttons">
        <PrintButton label={t("print")} />
        {/* A file, not a page: a plain link, so the i18n router does not try to render it. */}
        <ButtonLink appearance="secondary-action-button" href={pdfHref} type="application/pdf">
          {t("downloadPdf")}
        </ButtonLink>
      </div>
      <Paragraph className="print-actions__hint">{t("printHint")}</Paragraph>
    </nav>
  );
}
