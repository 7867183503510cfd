// Invitations that have not been used yet, with "intrekken" for owners and moderators.
import { getFormatter, getTranslations } from "next-intl/server";
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { revokeInvitation } from "@/lib/access/invitation-actions";
import type { OpenInvitation } from "@/lib/access/queries";
import { ConfirmActionForm } from "./confirm-action-form";

export async function InvitationTable({ invitations, canManage }: { invitations: OpenInvitation[]; canManage: boolean }) {
  const t = await getTranslations("Access.members");
  const format = await getFormatter();
  return (
    <Table className="access-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t("email")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("roleColumn")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("validUntil")}</TableHeaderCell>
          {canManage && <TableHeaderCell scope="col">{t("actions")}</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {invitations.map((invitation) => (
          <TableRow key={invitation.id}>
            <TableHeaderCell scope="row">{invitation.email}</TableHeaderCell>
            <TableCell>{t(`role.${invitation.role}`)}</TableCell>
            <TableCell>{format.dateTime(invitation.expiresAt, { dateStyle: "long" })}</TableCell>
            {canManage && (
              <TableCell>
                <ConfirmActionForm
                  action={revokeInvitation}
                  fields={{ invitationId: invitation.id }}
                  label={t("revoke")}
                  question={t("revokeQuestion", { email: invitation.email })}
                  confirmLabel={t("revokeConfirm")}
                />
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
