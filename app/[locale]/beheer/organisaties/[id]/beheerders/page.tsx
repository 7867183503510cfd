import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import { requireUser } from "@/lib/auth/session";
import { requireEditableOrganisation, roleIn } from "@/lib/listings/manage-queries";
import { listMembers, listOpenInvitations } from "@/lib/access/queries";
import { MemberTable } from "@/components/access/member-table";
import { InvitationTable } from "@/components/access/invitation-table";
import { InviteForm } from "@/components/access/invite-form";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Access.members" });
  return { title: t("title") };
}

// Who keeps this listing right. Owners and moderators manage; editors see the list.
export default async function MembersPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(`/beheer/organisaties/${id}/beheerders`);
  const organisation = await requireEditableOrganisation(user, id);
  const role = roleIn(user, organisation);
  const canManage = role === "OWNER" || role === "MODERATOR";
  const [members, invitations, t] = await Promise.all([listMembers(user, id), listOpenInvitations(user, id), getTranslations("Access.members")]);
  return (
    <section aria-labelledby="beheerders">
      <Heading2 id="beheerders">{t("title")}</Heading2>
      <Paragraph>{t(canManage ? "leadOwner" : "leadEditor")}</Paragraph>
      {members.length > 0 ? (
        <MemberTable
          organizationId={id}
          organisationName={organisation.name}
          members={members}
          currentUserId={user.id}
          canManage={canManage}
          isOwner={role === "OWNER"}
        />
      ) : (
        <Paragraph>{t("noMembers")}</Paragraph>
      )}
      <section aria-labelledby="uitnodigingen" className="manage-section">
        <Heading3 id="uitnodigingen">{t("invitationsTitle")}</Heading3>
        {invitations.length > 0 ? <InvitationTable invitations={invitations} canManage={canManage} /> : <Paragraph>{t("noInvitations")}</Paragraph>}
      </section>
      {canManage && (
        <section aria-labelledby="uitnodigen" className="manage-section">
          <Heading3 id="uitnodigen">{t("inviteTitle")}</Heading3>
          <Paragraph>{t("inviteLead")}</Paragraph>
          <InviteForm organizationId={id} />
        </section>
      )}
    </section>
  );
}
