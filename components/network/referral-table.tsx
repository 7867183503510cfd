import { useTranslations } from "next-intl";
import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { useSourceLang } from "@/components/organisation/source-lang";
import { Link } from "@/lib/i18n/navigation";
import type { GraphLink } from "@/lib/network/graph-queries";
import { kindClass } from "./network-drawing";

function Organisation({ organisation, service }: { organisation: GraphLink["fromOrganization"]; service: { name: string } | null }) {
  const t = useTranslations("Network.view");
  const lang = useSourceLang();
  return (
    <>
      <Link href={`/organisaties/${organisation.slug}`} className="utrecht-link">
        {organisation.name}
      </Link>
      {service && (
        <span className="referral-table__service">
          {t.rich("service", { service: service.name, source: (chunks) => <span lang={lang}>{chunks}</span> })}
        </span>
      )}
    </>
  );
}

/**
 * The drawing's facts as a table: organisation → refers to → for what → when. The explicit
 * roles keep it a table for screen readers when a narrow screen restyles the rows as blocks.
 */
export function ReferralTable({ links }: { links: GraphLink[] }) {
  const t = useTranslations("Network");
  const lang = useSourceLang();
  return (
    <Table className="referral-table" role="table">
      <TableCaption className="visually-hidden">{t("view.tableCaption")}</TableCaption>
      <TableHeader className="referral-table__head" role="rowgroup">
        <TableRow role="row">
          <TableHeaderCell scope="col" role="columnheader">
            {t("view.from")}
          </TableHeaderCell>
          <TableHeaderCell scope="col" role="columnheader">
            {t("view.to")}
          </TableHeaderCell>
          <TableHeaderCell scope="col" role="columnheader">
            {t("view.kindColumn")}
          </TableHeaderCell>
          <TableHeaderCell scope="col" role="columnheader">
            {t("view.when")}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody role="rowgroup">
        {links.map((link) => (
          <TableRow key={link.id} role="row">
            <TableHeaderCell scope="row" role="rowheader">
              <Organisation organisation={link.fromOrganization} service={link.fromService} />
            </TableHeaderCell>
            <TableCell role="cell">
              <span className="referral-table__label" aria-hidden="true">
                {t("view.to")}
              </span>
              <Organisation organisation={link.toOrganization} service={link.toService} />
            </TableCell>
            <TableCell role="cell">
              <span className="referral-table__label" aria-hidden="true">
                {t("view.kindColumn")}
              </span>
              <span className={`referral-table__kind referral-table__kind--${kindClass(link.kind)}`}>
                <span className="referral-table__letter" aria-hidden="true">
                  {t(`kindLetter.${link.kind}`)}
                </span>{" "}
                {t(`kind.${link.kind}`)}
              </span>
            </TableCell>
            <TableCell role="cell">
              <span className="referral-table__label" aria-hidden="true">
                {t("view.when")}
              </span>
              <span lang={lang}>{link.whenToRefer}</span>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
