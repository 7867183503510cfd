import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { requireUser } from "@/lib/auth/session";
import { requireEditableServiceHours } from "@/lib/listings/hours-queries";
import type { HoursLocale } from "@/lib/hours";
import { Link } from "@/lib/i18n/navigation";
import { LocationHours } from "@/components/manage/hours/location-hours";

type Props = {
  params: Promise<{ locale: string; id: string; serviceId: string }>;
  searchParams: Promise<{ regel?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "HoursEditor.rules" });
  return { title: t("fieldRules") };
}

// Opening hours of one service, per place where it is offered: regular rules, exceptions and
// the quick "Vandaag gesloten". The organisation layout above renders the h1.
export default async function ServiceHoursPage({ params, searchParams }: Props) {
  const { locale, id, serviceId } = await params;
  setRequestLocale(locale);
  const path = `/beheer/organisaties/${id}/hulp/${serviceId}/tijden`;
  const user = await requireUser(path);
  const now = new Date();
  const service = await requireEditableServiceHours(user, id, serviceId, now);
  const { regel } = await searchParams;
  const t = await getTranslations("HoursEditor");
  return (
    <section aria-labelledby="openingstijden" className="hours-page">
      <Paragraph>
        <Link href={`/beheer/organisaties/${id}/hulp/${serviceId}`}>{t("backToService", { name: service.name })}</Link>
      </Paragraph>
      <Heading2 id="openingstijden">{t("hours.title", { name: service.name })}</Heading2>
      <Paragraph>{t("hours.lead")}</Paragraph>
      {service.locations.length === 0 && <Paragraph>{t("hours.noLocations")}</Paragraph>}
      {service.locations.map((place) => (
        <LocationHours key={place.id} serviceId={service.id} version={service.version} place={place} locale={locale as HoursLocale} now={now} extraRow={regel === place.id} />
      ))}
    </section>
  );
}
