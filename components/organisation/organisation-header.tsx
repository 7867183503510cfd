import { useTranslations } from "next-intl";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { KindBadge } from "@/components/organisations/kind-badge";
import type { OrganisationDetail } from "@/lib/organisations/detail-queries";
import { ExampleDataNotice } from "./example-data-notice";
import { VerificationNote } from "./verification-note";
import { ListingText } from "./listing-text";

export function OrganisationHeader({ organisation, now }: { organisation: OrganisationDetail; now: Date }) {
  const t = useTranslations("OrganisationPage");
  const terms = useTranslations("Terms");
  return (
    <div className="detail-header">
      <Heading1>{organisation.name}</Heading1>
      {organisation.alternateName && organisation.alternateName !== organisation.name && (
        <p className="detail-header__alternate">{t("alsoKnownAs", { name: organisation.alternateName })}</p>
      )}
      <p className="detail-header__kind">
        <KindBadge kind={organisation.kind} /> <span>{terms(`track.${organisation.track}`)}</span>
      </p>
      {organisation.exampleData && <ExampleDataNotice>{t("exampleData")}</ExampleDataNotice>}
      <Paragraph lead>
        <ListingText text={organisation.description} lang={organisation.textLang.description} />
      </Paragraph>
      <VerificationNote verifiedAt={organisation.verifiedAt} now={now} />
    </div>
  );
}
