// The latest changes to any listing, each linking to that listing's history page.
import { getFormatter, getTranslations } from "next-intl/server";
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { Link } from "@/lib/i18n/navigation";
import type { RecentChange } from "@/lib/moderation/queries";

export async function RecentChangesTable({ changes, labelledBy }: { changes: RecentChange[]; labelledBy: string }) {
  const [t, format] = await Promise.all([getTranslations("Moderation.changes"), getFormatter()]);
  // Parts and actions added later still show, in their stored spelling.
  const label = (group: "entity" | "actions", key: string) => (t.has(`${group}.${key}` as never) ? t(`${group}.${key}` as never) : key);
  return (
    <div className="moderation-table">
      <Table aria-labelledby={labelledBy}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("when")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("listing")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("part")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("action")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("who")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {changes.map((change) => (
            <TableRow key={change.id}>
              <TableCell>
                <time dateTime={change.createdAt.toISOString()}>{format.dateTime(change.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
              </TableCell>
              <TableHeaderCell scope="row">
                {change.organization ? (
                  <Link href={`/beheer/organisaties/${change.organization.id}/geschiedenis`} aria-label={t("history", { name: change.organization.name })}>
                    {change.organization.name}
                  </Link>
                ) : (
                  t("removedListing")
                )}
              </TableHeaderCell>
              <TableCell>{label("entity", change.entityType)}</TableCell>
              <TableCell>{label("actions", change.action)}</TableCell>
              <TableCell>{change.user ? (change.user.name ?? change.user.email) : t("unknownUser")}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
