import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { requireUser } from "@/lib/auth/session";
import { isModerator } from "@/lib/auth/permissions";
import { listMyOrganisations, searchOrganisations } from "@/lib/listings/manage-queries";
import { OrganisationList } from "@/components/manage/organisation-list";
import { OrganisationSearch } from "@/components/manage/organisation-search";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Manage.dashboard" });
  return { title: t("title") };
}

export default async function ManageHome({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser("/beheer");
  const query = await searchParams;
  const q = typeof query.q === "string" ? query.q.trim() : "";
  const t = await getTranslations("Manage.dashboard");
  const [mine, all] = await Promise.all([listMyOrganisations(user), isModerator(user) ? searchOrganisations(user, q) : Promise.resolve([])]);
  return (
    <>
      <Heading1>{t("title")}</Heading1>
      {query["geen-toegang"] && <Paragraph role="status">{t("noAccess")}</Paragraph>}
      <Paragraph lead>{t("lead")}</Paragraph>
      {mine.length > 0 ? <OrganisationList organisations={mine} /> : !isModerator(user) && <Paragraph>{t("none")}</Paragraph>}
      {isModerator(user) && (
        <section aria-labelledby="alle-organisaties">
          <h2 id="alle-organisaties" className="utrecht-heading-2">
            {t("allTitle")}
          </h2>
          <OrganisationSearch defaultValue={q} />
          <OrganisationList organisations={all.map((o) => ({ ...o, role: "MODERATOR" as const }))} />
        </section>
      )}
    </>
  );
}
