import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading2 } from "@utrecht/component-library-react";
import { requireUser } from "@/lib/auth/session";
import { requireEditableOrganisation } from "@/lib/listings/manage-queries";
import { OrganisationDetailsForm } from "@/components/manage/organisation-details-form";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Manage.organisation" });
  return { title: t("formTitle") };
}

export default async function OrganisationDetailsPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(`/beheer/organisaties/${id}`);
  const organisation = await requireEditableOrganisation(user, id);
  const t = await getTranslations("Manage.organisation");
  return (
    <section aria-labelledby="gegevens">
      <Heading2 id="gegevens">{t("formTitle")}</Heading2>
      <OrganisationDetailsForm organisation={organisation} />
    </section>
  );
}
