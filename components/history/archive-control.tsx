"use client";
// Archive with a confirm step ("Weet u het zeker?"), unarchive with one click: taking a
// listing off the map is the bigger step, putting it back is what people want at once.
// The message lives here, outside the two forms, because the form shown changes with the
// listing's status right after a success.
import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, Paragraph } from "@utrecht/component-library-react";
import { SubmitButton } from "@/components/forms/submit-button";
import { archiveListing, unarchiveListing } from "@/lib/listings/archive-actions";
import type { ActionState } from "@/lib/actions/state";

type Props = { organisationId: string; archived: boolean; returnStatus: string };

export function ArchiveControl({ organisationId, archived, returnStatus }: Props) {
  const t = useTranslations("History.archive");
  const [archiveState, archive] = useActionState(archiveListing, { status: "idle" } as ActionState<undefined>);
  const [unarchiveState, unarchive] = useActionState(unarchiveListing, { status: "idle" } as ActionState<undefined>);
  const [confirming, setConfirming] = useState(false);
  const messageRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLParagraphElement>(null);

  // Whichever form answered last decides the message (React's "state from the previous
  // render" pattern: compared while rendering, no effect needed).
  const [seen, setSeen] = useState({ archiveState, unarchiveState, last: archiveState });
  if (seen.archiveState !== archiveState || seen.unarchiveState !== unarchiveState) {
    setSeen({ archiveState, unarchiveState, last: seen.archiveState !== archiveState ? archiveState : unarchiveState });
    if (seen.archiveState !== archiveState) setConfirming(false);
  }
  const last = seen.last;

  useEffect(() => {
    if (last.status !== "idle") messageRef.current?.focus();
  }, [last]);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  return (
    <>
      <div ref={messageRef} tabIndex={-1} className="form-message" aria-live="polite">
        {last.status !== "idle" && (
          <Alert type={last.status === "success" ? "ok" : "error"} role={last.status === "success" ? "status" : "alert"}>
            <Paragraph>{last.message}</Paragraph>
          </Alert>
        )}
      </div>
      {archived ? (
        <form action={unarchive} className="history-archive__form">
          <input type="hidden" name="organizationId" value={organisationId} />
          <Paragraph>{t("isArchived")}</Paragraph>
          <Paragraph>{t("unarchiveLead", { status: returnStatus })}</Paragraph>
          <SubmitButton>{t("unarchiveButton")}</SubmitButton>
        </form>
      ) : (
        <>
          <Paragraph>{t("lead")}</Paragraph>
          {confirming ? (
            <form action={archive} className="history-archive__confirm">
              <input type="hidden" name="organizationId" value={organisationId} />
              <Paragraph ref={confirmRef} tabIndex={-1}>
                <strong>{t("confirm")}</strong>
              </Paragraph>
              <div className="history-archive__buttons">
                <SubmitButton>{t("confirmButton")}</SubmitButton>
                <Button type="button" appearance="secondary-action-button" onClick={() => setConfirming(false)}>
                  {t("cancel")}
                </Button>
              </div>
            </form>
          ) : (
            <Button type="button" appearance="secondary-action-button" onClick={() => setConfirming(true)}>
              {t("button")}
            </Button>
          )}
        </>
      )}
    </>
  );
}
