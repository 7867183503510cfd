"use client";
// "Zet terug naar vóór deze wijziging". The message stays after the restore, although the
// button itself is then no longer offered for this change (the part is already like that).
import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { Alert, Paragraph } from "@utrecht/component-library-react";
import { SubmitButton } from "@/components/forms/submit-button";
import { restoreRevision } from "@/lib/listings/restore-actions";
import type { ActionState } from "@/lib/actions/state";

type Props = { revisionId: string; restore: { basedOnId: string; laterChanges: boolean } | null };

export function RestoreControl({ revisionId, restore }: Props) {
  const t = useTranslations("History.restore");
  const [state, action] = useActionState(restoreRevision, { status: "idle" } as ActionState<undefined>);
  const messageRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.status !== "idle") messageRef.current?.focus();
  }, [state]);

  if (!restore && state.status === "idle") return null;
  return (
    <div className="history-restore">
      <div ref={messageRef} tabIndex={-1} className="form-message" aria-live="polite">
        {state.status === "success" && (
          <Alert type="ok" role="status">
            <Paragraph>{state.message}</Paragraph>
          </Alert>
        )}
        {state.status === "error" && (
          <Alert type="error" role="alert">
            <Paragraph>{state.message}</Paragraph>
          </Alert>
        )}
        {state.status === "conflict" && (
          <Alert type="warning" role="alert">
            <Paragraph>{t("conflict")}</Paragraph>
            <Paragraph>
              <a href="">{t("reload")}</a>
            </Paragraph>
          </Alert>
        )}
      </div>
      {restore && (
        <form action={action} className="history-restore__form">
          <input type="hidden" name="revisionId" value={revisionId} />
          <input type="hidden" name="basedOnId" value={restore.basedOnId} />
          {restore.laterChanges && <Paragraph className="history-restore__hint">{t("laterChanges")}</Paragraph>}
          <SubmitButton appearance="secondary-action-button">{t("button")}</SubmitButton>
        </form>
      )}
    </div>
  );
}
