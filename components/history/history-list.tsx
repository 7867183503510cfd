import { getFormatter, getTranslations } from "next-intl/server";
import { Heading3, Paragraph } from "@utrecht/component-library-react";
import type { HistoryPage } from "@/lib/listings/history-queries";
import { ChangeTable } from "./change-table";
import { RestoreControl } from "./restore-control";

// The changes of one page, newest first: what part, what happened, who and when, the
// differences, and (where possible) a button to put the part back as it was before.
export async function HistoryList({ history }: { history: HistoryPage }) {
  const t = await getTranslations("History");
  const format = await getFormatter();
  return (
    <ol className="history-list" aria-label={t("listLabel")}>
      {history.entries.map((entry) => {
        const part = t.has(`parts.${entry.entityType}` as never) ? t(`parts.${entry.entityType}` as never) : entry.entityType;
        const action = t.has(`actions.${entry.action}` as never) ? t(`actions.${entry.action}` as never) : entry.action.toLowerCase();
        return (
          <li key={entry.id} className="history-entry">
            <article aria-labelledby={`wijziging-${entry.id}`}>
              <Heading3 id={`wijziging-${entry.id}`} className="history-entry__title">
                {entry.subject ? `${part}: ${entry.subject}` : part}
              </Heading3>
              <Paragraph className="history-entry__meta">
                <strong>{action.charAt(0).toUpperCase() + action.slice(1)}</strong>
                {entry.via && ` ${t("via", { name: entry.via })}`}
                {" · "}
                {t("by", { name: entry.who ?? t("deletedAccount") })}
                {" · "}
                <time dateTime={entry.createdAt.toISOString()}>{format.dateTime(entry.createdAt, { dateStyle: "long", timeStyle: "short" })}</time>
              </Paragraph>
              <ChangeTable entityType={entry.entityType} changes={entry.changes} names={history.names} />
              <RestoreControl revisionId={entry.id} restore={entry.restore} />
            </article>
          </li>
        );
      })}
    </ol>
  );
}
