// Stale listings per wijk; each count leads to the moderation list, where the names are.
import { getTranslations } from "next-intl/server";
import { Table, TableBody, TableCaption, TableCell, TableFooter, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { Link } from "@/lib/i18n/navigation";
import type { StaleByWijk } from "@/lib/gaps/stale";
import { ScrollTable } from "./scroll-table";

const STALE_LIST = "/beheer/moderatie/verouderd";

export async function StaleWijkTable({ stale, captionId }: { stale: StaleByWijk; captionId: string }) {
  const t = await getTranslations("Gaps");
  const count = (value: number) => (value === 0 ? t("none") : <Link href={STALE_LIST}>{t("staleSection.listings", { count: value })}</Link>);
  return (
    <ScrollTable labelledBy={captionId}>
      <Table className="gaps-stale">
        <TableCaption id={captionId}>{t("staleSection.caption")}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("wijk")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("staleSection.count")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {stale.rows.map(({ wijk, count: value }) => (
            <TableRow key={wijk.code}>
              <TableHeaderCell scope="row">{wijk.name}</TableHeaderCell>
              <TableCell>{count(value)}</TableCell>
            </TableRow>
          ))}
          {stale.withoutWijk > 0 && (
            <TableRow>
              <TableHeaderCell scope="row">{t("staleSection.withoutWijk")}</TableHeaderCell>
              <TableCell>{count(stale.withoutWijk)}</TableCell>
            </TableRow>
          )}
        </TableBody>
        <TableFooter>
          <TableRow>
            <TableHeaderCell scope="row">{t("staleSection.total")}</TableHeaderCell>
            <TableCell>{count(stale.total)}</TableCell>
          </TableRow>
        </TableFooter>
      </Table>
    </ScrollTable>
  );
}
