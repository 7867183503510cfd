import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Alert, ButtonLink, Heading1, Paragraph } from "@utrecht/component-library-react";
import { JoinForm, NewAccountJoinForm } from "@/components/access/accept-invitation-forms";
import { findUsableInvitation } from "@/lib/access/queries";
import { getCurrentUser } from "@/lib/auth/session";
import { Link, getPathname } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Access.invitation" });
  // The token is in the address: never pass it on to another site.
  return { title: t("title"), referrer: "no-referrer" };
}

// One invitation link, four situations: unusable; new to the site (make an account); has an
// account but is not signed in as it (sign in first); signed in as the invited address (join).
export default async function InvitationPage({ params }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const [t, forms, invitation, user] = await Promise.all([
    getTranslations("Access.invitation"),
    getTranslations("Forms.errors"),
    findUsableInvitation(token),
    getCurrentUser(),
  ]);
  if (!invitation) {
    return (
      <div className="manage-narrow">
        <Heading1>{t("title")}</Heading1>
        <Alert type="error">
          <Paragraph>{forms("invitationInvalid")}</Paragraph>
        </Alert>
      </div>
    );
  }
  const role = t(`role.${invitation.role}`);
  const signedInAsInvited = user?.email.toLowerCase() === invitation.email;
  const alreadyMember = signedInAsInvited && user.memberships.some((m) => m.organizationId === invitation.organization.id);
  const returnTo = `/beheer/uitnodiging/${token}`;
  const signInHref = getPathname({ href: { pathname: "/beheer/inloggen", query: { email: invitation.email, terug: returnTo } }, locale });
  return (
    <div className="manage-narrow">
      <Heading1>{t("title")}</Heading1>
      <Paragraph lead>{t("lead", { organisation: invitation.organization.name, role })}</Paragraph>
      <Paragraph>{t(`roleExplain.${invitation.role}`)}</Paragraph>
      {alreadyMember ? (
        <>
          <Alert type="info">
            <Paragraph>{forms("alreadyMember")}</Paragraph>
          </Alert>
          <Paragraph>
            <Link href={`/beheer/organisaties/${invitation.organization.id}`}>{t("toOrganisation")}</Link>
          </Paragraph>
        </>
      ) : signedInAsInvited ? (
        <JoinForm token={token} />
      ) : user ? (
        <Alert type="warning">
          <Paragraph>{t("wrongAccount", { email: invitation.email, current: user.email })}</Paragraph>
        </Alert>
      ) : invitation.hasAccount ? (
        <>
          <Paragraph>{t("signInFirst", { email: invitation.email })}</Paragraph>
          <ButtonLink appearance="primary-action-button" href={signInHref}>
            {t("signIn")}
          </ButtonLink>
        </>
      ) : (
        <>
          <Paragraph>{t("newAccountLead")}</Paragraph>
          <NewAccountJoinForm token={token} email={invitation.email} />
        </>
      )}
    </div>
  );
}
