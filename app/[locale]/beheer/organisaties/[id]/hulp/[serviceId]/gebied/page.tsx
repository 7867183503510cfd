import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { requireUser } from "@/lib/auth/session";
import { listWijkenWithBuurten, requireEditableServiceAreas } from "@/lib/listings/hours-queries";
import { areaMapData } from "@/lib/listings/area-map";
import { Link } from "@/lib/i18n/navigation";
import { AreaForm } from "@/components/manage/areas/area-form";

type Props = { params: Promise<{ locale: string; id: string; serviceId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "HoursEditor.areas" });
  return { title: t("formLabel") };
}

// The wijken and buurten a service is for. The organisation layout above renders the h1.
export default async function ServiceAreaPage({ params }: Props) {
  const { locale, id, serviceId } = await params;
  setRequestLocale(locale);
  const user = await requireUser(`/beheer/organisaties/${id}/hulp/${serviceId}/gebied`);
  const [service, wijken] = await Promise.all([requireEditableServiceAreas(user, id, serviceId), listWijkenWithBuurten()]);
  const t = await getTranslations("HoursEditor");
  const selected = {
    wijkCodes: service.areas.flatMap((area) => (area.wijkCode ? [area.wijkCode] : [])),
    buurtCodes: service.areas.flatMap((area) => (area.buurtCode ? [area.buurtCode] : [])),
  };
  return (
    <section aria-labelledby="werkgebied" className="area-page">
      <Paragraph>
        <Link href={`/beheer/organisaties/${id}/hulp/${serviceId}`}>{t("backToService", { name: service.name })}</Link>
      </Paragraph>
      <Heading2 id="werkgebied">{t("areas.title", { name: service.name })}</Heading2>
      <Paragraph>{t("areas.lead")}</Paragraph>
      <AreaForm
        serviceId={service.id}
        version={service.version}
        wijken={wijken.map((wijk) => ({ code: wijk.code, name: wijk.name, buurten: wijk.buurten.map((buurt) => ({ code: buurt.code, name: buurt.name })) }))}
        selected={selected}
        map={areaMapData(wijken)}
      />
    </section>
  );
}
