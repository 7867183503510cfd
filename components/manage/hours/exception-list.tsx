"use client";
// The exceptions still running or ahead, each with a "Weghalen" button. One action state for
// the whole list, so the message stays when the removed row disappears.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import type { ActionState } from "@/lib/actions/state";
import { removeException } from "@/lib/listings/exception-actions";
import { StatusMessage } from "./status-message";

export type ExceptionItem = { id: string; when: string; what: string; reason: string | null };

type Props = { serviceId: string; locationName: string; items: ExceptionItem[] };

export function ExceptionList({ serviceId, locationName, items }: Props) {
  const t = useTranslations("HoursEditor.exceptions");
  const [state, formAction, pending] = useActionState(removeException, { status: "idle" } as ActionState<undefined>);
  return (
    <div className="hours-exceptions">
      <StatusMessage state={state} />
      {items.length === 0 ? (
        <Paragraph>{t("none")}</Paragraph>
      ) : (
        <Table className="hours-exceptions__table">
          <TableCaption className="visually-hidden">{t("caption", { location: locationName })}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t("when")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("what")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("reason")}</TableHeaderCell>
              <TableHeaderCell scope="col">
                <span className="visually-hidden">{t("actions")}</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((item) => (
              <TableRow key={item.id}>
                <TableHeaderCell scope="row">{item.when}</TableHeaderCell>
                <TableCell>{item.what}</TableCell>
                <TableCell>{item.reason ?? "—"}</TableCell>
                <TableCell>
                  <form action={formAction}>
                    <input type="hidden" name="serviceId" value={serviceId} />
                    <input type="hidden" name="exceptionId" value={item.id} />
                    <Button type="submit" appearance="subtle-button" disabled={pending} aria-label={t("removeLabel", { when: item.when })}>
                      {t("remove")}
                    </Button>
                  </form>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
