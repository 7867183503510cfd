import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { requireUser } from "@/lib/auth/session";
import { requireEditableOrganisation } from "@/lib/listings/manage-queries";
import { getEditableProposal, ownServices, partnerOptions } from "@/lib/referrals/queries";
import { Link } from "@/lib/i18n/navigation";
import { ReferralForm } from "@/components/referrals/referral-form";

type Props = { params: Promise<{ locale: string; id: string; referralId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Referrals.form" });
  return { title: t("editTitle") };
}

/** Changing an own proposal while the other side has not confirmed it yet. */
export default async function EditReferralPage({ params }: Props) {
  const { locale, id, referralId } = await params;
  setRequestLocale(locale);
  const user = await requireUser(`/beheer/organisaties/${id}/verwijzingen/${referralId}`);
  await requireEditableOrganisation(user, id);
  // A confirmed agreement is not changed here: it is ended and proposed again.
  const referral = await getEditableProposal(user, id, referralId);
  if (!referral) notFound();
  const [t, partners, services] = await Promise.all([getTranslations("Referrals.form"), partnerOptions(id), ownServices(id)]);
  const partner = partners.filter((p) => p.id === referral.toOrganizationId);
  return (
    <section aria-labelledby="afspraak-wijzigen">
      <Heading2 id="afspraak-wijzigen">
        {t("editTitle")}: {referral.toOrganization.name}
      </Heading2>
      <Paragraph>
        <Link href={`/beheer/organisaties/${id}/verwijzingen`}>{t("back")}</Link>
      </Paragraph>
      <ReferralForm organisationId={id} partners={partner} ownServices={services} referral={referral} />
    </section>
  );
}
