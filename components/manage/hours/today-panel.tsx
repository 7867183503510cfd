"use client";
// "Vandaag gesloten" in one tap, and its undo "Toch open vandaag". One action state for both
// buttons, so the message stays when one button replaces the other after saving.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button, FormField, FormFieldDescription, FormLabel, Paragraph, Textbox } from "@utrecht/component-library-react";
import type { ActionState } from "@/lib/actions/state";
import { updateToday } from "@/lib/listings/exception-actions";
import { StatusMessage } from "./status-message";

type Props = {
  serviceId: string;
  serviceAtLocationId: string;
  /** Today is closed by an exception: a one-day one can be undone here, a longer one in the list. */
  closure: { reason: string | null; oneDay: boolean } | null;
};

export function TodayPanel({ serviceId, serviceAtLocationId, closure }: Props) {
  const t = useTranslations("HoursEditor.today");
  const tForms = useTranslations("Forms");
  const [state, formAction, pending] = useActionState(updateToday, { status: "idle" } as ActionState<undefined>);
  const reasonId = `vandaag-reden-${serviceAtLocationId}`;
  return (
    <div className="hours-today">
      <StatusMessage state={state} />
      {closure && <Paragraph>{closure.reason ? t("closedNowReason", { reason: closure.reason }) : t("closedNow")}</Paragraph>}
      <form action={formAction} className="hours-today__form">
        <input type="hidden" name="serviceId" value={serviceId} />
        <input type="hidden" name="serviceAtLocationId" value={serviceAtLocationId} />
        {closure?.oneDay ? (
          <Button type="submit" name="intent" value="reopen" appearance="secondary-action-button" busy={pending} disabled={pending}>
            {t("reopenButton")}
          </Button>
        ) : closure ? (
          <Paragraph>{t("closedByLonger")}</Paragraph>
        ) : (
          <>
            <FormField>
              <FormLabel htmlFor={reasonId}>
                {t("reason")} <span className="form-optional">{tForms("optional")}</span>
              </FormLabel>
              <FormFieldDescription id={`${reasonId}-uitleg`}>{t("reasonHint")}</FormFieldDescription>
              <Textbox id={reasonId} name="reason" maxLength={200} aria-describedby={`${reasonId}-uitleg`} />
            </FormField>
            <div>
              <Button type="submit" name="intent" value="close" appearance="primary-action-button" busy={pending} disabled={pending}>
                {t("closeButton")}
              </Button>
            </div>
            <Paragraph className="hours-today__hint">{t("closeHint")}</Paragraph>
          </>
        )}
      </form>
    </div>
  );
}
