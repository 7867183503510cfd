import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { requireUser } from "@/lib/auth/session";
import { requireEditableOrganisation } from "@/lib/listings/manage-queries";
import { ownServices, partnerOptions } from "@/lib/referrals/queries";
import { Link } from "@/lib/i18n/navigation";
import { ReferralForm } from "@/components/referrals/referral-form";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Referrals.form" });
  return { title: t("newTitle") };
}

/** Proposing an agreement from this organisation to another one on the map. */
export default async function NewReferralPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(`/beheer/organisaties/${id}/verwijzingen/nieuw`);
  await requireEditableOrganisation(user, id);
  const [t, partners, services] = await Promise.all([getTranslations("Referrals.form"), partnerOptions(id), ownServices(id)]);
  return (
    <section aria-labelledby="nieuwe-afspraak">
      <Heading2 id="nieuwe-afspraak">{t("newTitle")}</Heading2>
      <Paragraph>
        <Link href={`/beheer/organisaties/${id}/verwijzingen`}>{t("back")}</Link>
      </Paragraph>
      <Paragraph>{t("lead")}</Paragraph>
      {partners.length === 0 ? <Paragraph>{t("noPartners")}</Paragraph> : <ReferralForm organisationId={id} partners={partners} ownServices={services} />}
    </section>
  );
}
