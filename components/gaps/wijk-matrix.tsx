// A table with a row per wijk and a column per phase or weekday. An empty cell says "geen"
// in words (bold), never by colour alone; the callers decide what a cell holds.
import type { ReactNode } from "react";
import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { Link } from "@/lib/i18n/navigation";
import { ScrollTable } from "./scroll-table";

type Row<K extends string, C> = { wijk: { code: string; slug: string; name: string }; cells: Record<K, C> };

type Props<K extends string, C> = {
  captionId: string;
  caption: string;
  wijkLabel: string;
  columns: { key: K; label: string }[];
  rows: Row<K, C>[];
  /** What a cell shows, and whether it counts as a gap. */
  cell: (value: C) => { gap: boolean; content: ReactNode };
};

export function WijkMatrix<K extends string, C>({ captionId, caption, wijkLabel, columns, rows, cell }: Props<K, C>) {
  return (
    <ScrollTable labelledBy={captionId}>
      <Table className="gaps-matrix">
        <TableCaption id={captionId}>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{wijkLabel}</TableHeaderCell>
            {columns.map((column) => (
              <TableHeaderCell key={column.key} scope="col">
                {column.label}
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
              {columns.map(({ key }) => {
                const { gap, content } = cell(cells[key]);
                return (
                  <TableCell key={key} className={gap ? "gaps-cell gaps-cell--none" : "gaps-cell"}>
                    {content}
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
