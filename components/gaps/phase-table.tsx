// Services per wijk × phase. "geen" is written out (and set in bold), never colour alone;
// city-wide help is shown beside it, so a local gap is visible even where the city has help.
import { getTranslations } from "next-intl/server";
import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { Link } from "@/lib/i18n/navigation";
import { PHASES } from "@/lib/gaps/choice";
import type { PhaseCoverage } from "@/lib/gaps/coverage";
import { ScrollTable } from "./scroll-table";

export async function PhaseTable({ rows, captionId }: { rows: PhaseCoverage[]; captionId: string }) {
  const t = await getTranslations("Gaps");
  return (
    <ScrollTable labelledBy={captionId}>
      <Table className="gaps-matrix">
        <TableCaption id={captionId}>{t("phaseSection.caption")}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("wijk")}</TableHeaderCell>
            {PHASES.map((phase) => (
              <TableHeaderCell key={phase} scope="col">
                {t(`phases.${phase}`)}
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
              {PHASES.map((phase) => {
                const { local, cityWide } = cells[phase];
                return (
                  <TableCell key={phase} className={local === 0 ? "gaps-cell gaps-cell--none" : "gaps-cell"}>
                    {local === 0 ? <strong>{t("none")}</strong> : local}
                    {cityWide > 0 && <span className="gaps-cell__extra">{t("phaseSection.cityWideCount", { count: cityWide })}</span>}
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
