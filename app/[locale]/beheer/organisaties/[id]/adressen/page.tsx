import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Alert, Heading2, Paragraph } from "@utrecht/component-library-react";
import { requireUser } from "@/lib/auth/session";
import { requireEditableOrganisation } from "@/lib/listings/manage-queries";
import { listLocations } from "@/lib/listings/location-queries";
import { Link } from "@/lib/i18n/navigation";
import { LocationList } from "@/components/manage/locations/location-list";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ melding?: string }> };

// Messages after an action that left the page it was on (adding, removing).
const NOTICES = { toegevoegd: "added", weggehaald: "unlinked" } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Listing.locations" });
  return { title: t("title") };
}

export default async function LocationsPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(`/beheer/organisaties/${id}/adressen`);
  const organisation = await requireEditableOrganisation(user, id);
  const [locations, t, { melding }] = await Promise.all([listLocations(user, organisation.id), getTranslations("Listing.locations"), searchParams]);
  const notice = melding && melding in NOTICES ? NOTICES[melding as keyof typeof NOTICES] : null;
  return (
    <section aria-labelledby="adressen">
      <Heading2 id="adressen">{t("title")}</Heading2>
      {notice && (
        <Alert type="ok" role="status">
          <Paragraph>{t(notice)}</Paragraph>
        </Alert>
      )}
      <Paragraph>{t("lead")}</Paragraph>
      <Paragraph>
        <Link href={`/beheer/organisaties/${organisation.id}/adressen/nieuw`}>{t("add")}</Link>
      </Paragraph>
      <LocationList organisationId={organisation.id} locations={locations} />
    </section>
  );
}
