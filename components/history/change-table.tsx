import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import type { HistoryChange } from "@/lib/listings/history-diff";
import { ORGANISATION_FIELDS } from "@/lib/listings/organisation-schema";
import { historyValue, type ValueContext } from "./history-value";
import { translatedField } from "@/lib/listings/history-diff";
import { languageName } from "@/lib/organisations/language-names";

type Props = { entityType: string; changes: HistoryChange[]; names: Record<string, string> };

// One row per field: old and new value side by side. For lists, what was taken away sits in
// the "old" column and what was added in the "new" one, each with a word, not only a colour.
export async function ChangeTable({ entityType, changes, names }: Props) {
  const t = await getTranslations("History");
  const manage = await getTranslations("Manage.organisation");
  const format = await getFormatter();
  const locale = await getLocale();
  if (changes.length === 0) return <Paragraph className="history-entry__none">{t("changes.none")}</Paragraph>;

  const context: ValueContext = {
    locale,
    names,
    word: (key) => (t.has(`values.${key}` as never) ? t(`values.${key}` as never) : undefined),
    date: (value, withTime) =>
      withTime ? format.dateTime(value, { dateStyle: "long", timeStyle: "short" }) : format.dateTime(value, { dateStyle: "long", timeZone: "UTC" }),
  };
  const label = (field: string): string => {
    // A translated text: "Vertaling (Arabisch): Beschrijving".
    const translated = translatedField(field);
    if (translated) return t("fields.translation", { language: languageName(translated.locale, locale, () => undefined), field: label(translated.field) });
    if (entityType === "Organization" && (ORGANISATION_FIELDS as readonly string[]).includes(field)) return manage(field as never);
    return t.has(`fields.${field}` as never) ? t(`fields.${field}` as never) : field;
  };

  return (
    <Table className="history-changes">
      <TableCaption className="visually-hidden">{t("changes.caption")}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t("changes.field")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("changes.before")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("changes.after")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {changes.map((change) => (
          <TableRow key={change.field}>
            <TableHeaderCell scope="row">{label(change.field)}</TableHeaderCell>
            {change.kind === "value" ? (
              <>
                <TableCell className="history-changes__old">{historyValue(change.field, change.before, context)}</TableCell>
                <TableCell className="history-changes__new">{historyValue(change.field, change.after, context)}</TableCell>
              </>
            ) : (
              <>
                <TableCell className="history-changes__old">
                  {change.removed.length > 0 && (
                    <>
                      <span className="history-changes__tag">{t("changes.removed")}</span> {historyValue(change.field, change.removed, context)}
                    </>
                  )}
                </TableCell>
                <TableCell className="history-changes__new">
                  {change.added.length > 0 && (
                    <>
                      <span className="history-changes__tag">{t("changes.added")}</span> {historyValue(change.field, change.added, context)}
                    </>
                  )}
                </TableCell>
              </>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
