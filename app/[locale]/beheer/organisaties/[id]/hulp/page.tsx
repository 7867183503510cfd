import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { requireUser } from "@/lib/auth/session";
import { requireEditableOrganisation } from "@/lib/listings/manage-queries";
import { listServices } from "@/lib/listings/service-queries";
import { Link } from "@/lib/i18n/navigation";
import { ServiceList } from "@/components/manage/services/service-list";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Listing.services" });
  return { title: t("title") };
}

export default async function ServicesPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(`/beheer/organisaties/${id}/hulp`);
  const organisation = await requireEditableOrganisation(user, id);
  const [services, t] = await Promise.all([listServices(user, organisation.id), getTranslations("Listing.services")]);
  return (
    <section aria-labelledby="hulp">
      <Heading2 id="hulp">{t("title")}</Heading2>
      <Paragraph>{t("lead")}</Paragraph>
      <Paragraph>
        <Link href={`/beheer/organisaties/${organisation.id}/hulp/nieuw`}>{t("add")}</Link>
      </Paragraph>
      <ServiceList organisationId={organisation.id} services={services} />
    </section>
  );
}
