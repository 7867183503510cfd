import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading2 } from "@utrecht/component-library-react";
import { requireUser } from "@/lib/auth/session";
import { requireEditableOrganisation } from "@/lib/listings/manage-queries";
import { serviceFormOptions } from "@/lib/listings/service-queries";
import { ServiceForm } from "@/components/manage/services/service-form";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Listing.services" });
  return { title: t("newTitle") };
}

export default async function NewServicePage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(`/beheer/organisaties/${id}/hulp/nieuw`);
  const organisation = await requireEditableOrganisation(user, id);
  const [t, options] = await Promise.all([getTranslations("Listing.services"), serviceFormOptions(user, organisation.id, locale)]);
  return (
    <section aria-labelledby="nieuwe-hulp" className="manage-listing">
      <Heading2 id="nieuwe-hulp">{t("newTitle")}</Heading2>
      <ServiceForm organisationId={organisation.id} categories={options.categories} locations={options.locations} />
    </section>
  );
}
