"use client";
// Shown when someone else saved first: what they changed, next to what this form holds.
// Nothing was overwritten. The form keeps what the user typed and now carries the newest
// version: saving again is a conscious choice to replace it, reloading starts afresh.
import { useTranslations } from "next-intl";
import { Paragraph } from "@/components/utrecht/paragraph";
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@/components/utrecht/table";
import type { FieldChange } from "@/lib/actions/state";
import { formatValue } from "./format-value";

export function ConflictPanel({ changes, labels }: { changes: FieldChange[]; labels: Record<string, string> }) {
  const t = useTranslations("Manage.conflict");
  return (
    <div className="conflict-panel">
      <Paragraph>{t("explain")}</Paragraph>
      {changes.length > 0 && (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t("field")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("yours")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("theirs")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {changes.map((change) => (
              <TableRow key={change.field}>
                <TableHeaderCell scope="row">{labels[change.field] ?? change.field}</TableHeaderCell>
                <TableCell>{formatValue(change.yours)}</TableCell>
                <TableCell>{formatValue(change.theirs)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Paragraph>{t("choose")}</Paragraph>
      <Paragraph>
        <a href="">{t("reload")}</a>
      </Paragraph>
    </div>
  );
}
