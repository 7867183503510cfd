// The people who keep a listing right, with what each may do. Owners and moderators get the
// controls; editors see the list only. Everyone can leave; nobody gets a button that the
// last-owner rule would refuse anyway (the server checks it all again).
import { getTranslations } from "next-intl/server";
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { leaveOrganisation, removeMember, transferOwnership } from "@/lib/access/member-actions";
import type { Member } from "@/lib/access/queries";
import { ConfirmActionForm } from "./confirm-action-form";
import { RoleForm } from "./role-form";

type Props = { organizationId: string; organisationName: string; members: Member[]; currentUserId: string; canManage: boolean; isOwner: boolean };

export async function MemberTable({ organizationId, organisationName, members, currentUserId, canManage, isOwner }: Props) {
  const t = await getTranslations("Access.members");
  const owners = members.filter((m) => m.role === "OWNER").length;
  return (
    <Table className="access-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t("name")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("email")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("roleColumn")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("actions")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {members.map((member) => {
          const self = member.user.id === currentUserId;
          const name = member.user.name ?? member.user.email;
          const lastOwner = member.role === "OWNER" && owners === 1;
          const fields = { organizationId, userId: member.user.id };
          return (
            <TableRow key={member.user.id}>
              <TableHeaderCell scope="row">
                {name}
                {self && <> ({t("you")})</>}
              </TableHeaderCell>
              <TableCell>
                <a href={`mailto:${member.user.email}`}>{member.user.email}</a>
              </TableCell>
              <TableCell>{t(`role.${member.role}`)}</TableCell>
              <TableCell>
                <div className="access-row-actions">
                  {canManage && !lastOwner && <RoleForm organizationId={organizationId} userId={member.user.id} role={member.role} memberName={name} />}
                  {isOwner && !self && member.role === "EDITOR" && (
                    <ConfirmActionForm
                      action={transferOwnership}
                      fields={fields}
                      label={t("transfer")}
                      labelContext={name}
                      question={t("transferQuestion", { name, organisation: organisationName })}
                      confirmLabel={t("transferConfirm")}
                    />
                  )}
                  {canManage && !self && !lastOwner && (
                    <ConfirmActionForm
                      action={removeMember}
                      fields={fields}
                      label={t("remove")}
                      labelContext={name}
                      question={t("removeQuestion", { name, organisation: organisationName })}
                      confirmLabel={t("removeConfirm")}
                    />
                  )}
                  {self && !lastOwner && (
                    <ConfirmActionForm
                      action={leaveOrganisation}
                      fields={{ organizationId }}
                      label={t("leave")}
                      question={t("leaveQuestion", { organisation: organisationName })}
                      confirmLabel={t("leaveConfirm")}
                      redirectTo="/beheer"
                    />
                  )}
                  {lastOwner && <span>{t("lastOwnerNote")}</span>}
                </div>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
