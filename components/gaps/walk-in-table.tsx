// Walk-in services per wijk × weekday: "geen" in words where nobody is open that day, and
// "alleen soms" where only monthly opening hours exist.
import { getTranslations } from "next-intl/server";
import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { Link } from "@/lib/i18n/navigation";
import { WEEKDAYS } from "@/lib/gaps/choice";
import type { WalkInCoverage } from "@/lib/gaps/coverage";
import { ScrollTable } from "./scroll-table";

export async function WalkInTable({ rows, captionId }: { rows: WalkInCoverage[]; captionId: string }) {
  const t = await getTranslations("Gaps");
  return (
    <ScrollTable labelledBy={captionId}>
      <Table className="gaps-matrix">
        <TableCaption id={captionId}>{t("walkInSection.caption")}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("wijk")}</TableHeaderCell>
            {WEEKDAYS.map((day) => (
              <TableHeaderCell key={day} scope="col">
                {t(`days.${day}`)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(({ wijk, cells }) => (
            <TableRow key={wijk.code}>
              <TableHeaderCell scope="row">
                <Link href={`/wijken/${wijk.slug}`}>{wijk.name}</Link>
              </TableHeaderCell>
              {WEEKDAYS.map((day) => {
                const { weekly, sometimes } = cells[day];
                return (
                  <TableCell key={day} className={weekly === 0 ? "gaps-cell gaps-cell--none" : "gaps-cell"}>
                    {weekly > 0 ? weekly : sometimes > 0 ? t("walkInSection.sometimesOnly", { count: sometimes }) : <strong>{t("none")}</strong>}
                    {weekly > 0 && sometimes > 0 && <span className="gaps-cell__extra">{t("walkInSection.plusSometimes", { count: sometimes })}</span>}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollTable>
  );
}
