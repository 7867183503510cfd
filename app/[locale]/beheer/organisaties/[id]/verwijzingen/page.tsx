import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import { requireUser } from "@/lib/auth/session";
import { requireEditableOrganisation } from "@/lib/listings/manage-queries";
import { listReferralsFor, type ManagedReferral } from "@/lib/referrals/queries";
import { Link } from "@/lib/i18n/navigation";
import { ReferralCard } from "@/components/referrals/referral-card";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Referrals.manage" });
  return { title: t("title") };
}

function List({ id, title, lead, referrals, organisationId, none }: { id: string; title: string; lead?: string; referrals: ManagedReferral[]; organisationId: string; none: string }) {
  return (
    <section aria-labelledby={id} className="manage-section">
      <Heading3 id={id}>{title}</Heading3>
      {lead && <Paragraph>{lead}</Paragraph>}
      {referrals.length === 0 ? (
        <Paragraph>{none}</Paragraph>
      ) : (
        <ul className="referral-cards">
          {referrals.map((referral) => (
            <ReferralCard key={referral.id} referral={referral} organisationId={organisationId} />
          ))}
        </ul>
      )}
    </section>
  );
}

// The referral agreements of one organisation: first what waits for this organisation's
// answer, then its own open proposals, the confirmed agreements both ways, and the history.
export default async function ReferralsPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(`/beheer/organisaties/${id}/verwijzingen`);
  await requireEditableOrganisation(user, id);
  const [t, lists] = await Promise.all([getTranslations("Referrals.manage"), listReferralsFor(user, id)]);
  const none = t("none");
  return (
    <section aria-labelledby="verwijzingen">
      <Heading2 id="verwijzingen">{t("title")}</Heading2>
      <Paragraph>{t("lead")}</Paragraph>
      <Paragraph>
        <Link href={`/beheer/organisaties/${id}/verwijzingen/nieuw`}>
          {t("propose")}
        </Link>
      </Paragraph>
      <List id="wacht-op-u" title={t("waitingTitle", { count: lists.waiting.length })} lead={lists.waiting.length > 0 ? t("waitingLead") : undefined} referrals={lists.waiting} organisationId={id} none={none} />
      {lists.proposed.length > 0 && <List id="uw-voorstellen" title={t("proposedTitle")} lead={t("proposedLead")} referrals={lists.proposed} organisationId={id} none={none} />}
      <List id="verwijst-naar" title={t("outgoingTitle")} lead={lists.outgoing.length > 0 ? t("confirmedNote") : undefined} referrals={lists.outgoing} organisationId={id} none={none} />
      <List id="krijgt-van" title={t("incomingTitle")} referrals={lists.incoming} organisationId={id} none={none} />
      <List id="gestopt" title={t("endedTitle")} lead={t("endedLead")} referrals={lists.ended} organisationId={id} none={none} />
    </section>
  );
}
