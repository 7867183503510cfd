import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { requireUser } from "@/lib/auth/session";
import { requireEditableOrganisation } from "@/lib/listings/manage-queries";
import { Link } from "@/lib/i18n/navigation";
import { ManageTabs } from "@/components/manage/manage-tabs";
import { VerificationPanel } from "@/components/history/verification-panel";

type Props = { children: React.ReactNode; params: Promise<{ locale: string; id: string }> };

// The frame of one listing's management pages: name, status, the parts as tabs, and the
// "Klopt alles nog?" check that belongs to the listing as a whole.
export default async function ManageOrganisationLayout({ children, params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(`/beheer/organisaties/${id}`);
  const organisation = await requireEditableOrganisation(user, id);
  const t = await getTranslations("Manage");
  return (
    <>
      <Heading1>{organisation.name}</Heading1>
      <Paragraph>
        {t("organisation.status", { status: t(`dashboard.status.${organisation.status}`) })}
        {organisation.status === "PUBLISHED" && (
          <>
            {" · "}
            <Link href={`/organisaties/${organisation.slug}`}>{t("organisation.viewPublic")}</Link>
          </>
        )}
      </Paragraph>
      <VerificationPanel organisationId={organisation.id} />
      <ManageTabs organisationId={organisation.id} />
      {children}
    </>
  );
}
