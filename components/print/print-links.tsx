import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { pdfPath, printLocale } from "@/lib/print/listing-url";
import "@/app/styles/print.css";

/** On an organisation page: the printable folder and its PDF, to hand to a client. */
export function OrganisationPrintLinks({ slug }: { slug: string }) {
  const t = useTranslations("Print");
  const locale = printLocale(useLocale());
  return (
    <p className="print-links">
      <Link href={`/organisaties/${slug}/folder`} className="utrecht-link">
        {t("printFolder")}
      </Link>
      {" · "}
      {/* A file, not a page: a plain link (see lib/print/listing-url.ts pdfPath). */}
      <a href={pdfPath(locale, "organisation", slug)} className="utrecht-link" type="application/pdf">
        {t("downloadPdf")}
      </a>
    </p>
  );
}

/** On a wijk page: the A4 wijkkaart. */
export function WijkkaartLink({ slug }: { slug: string }) {
  const t = useTranslations("Print");
  return (
    <p className="print-links">
      <Link href={`/wijken/${slug}/wijkkaart`} className="utrecht-link">
        {t("wijkkaartLink")}
      </Link>
    </p>
  );
}
