// One service at one place, with everything someone needs to decide whether to go: who,
// where, when open, how to get in touch, in which languages, and what it costs. The list is
// the accessible equivalent of the map, so it holds everything the map shows and more.
import { useTranslations } from "next-intl";
import { Heading3, Paragraph } from "@utrecht/component-library-react";
import { KindBadge } from "@/components/organisations/kind-badge";
import { Link } from "@/lib/i18n/navigation";
import type { SearchItem } from "@/lib/search/types";
import { ResultCard } from "./result-card";
import { ResultFactRows, ResultTags } from "./result-facts";
import { ShowOnMapButton } from "./show-on-map-button";

export type ResultTexts = {
  open: string;
  access: string[];
  languages: string[];
  distance: string | null;
};

type Props = { item: SearchItem; texts: ResultTexts; firstAtLocation: boolean };

export function ResultItem({ item, texts, firstAtLocation }: Props) {
  const tOrganisation = useTranslations("Organisation");
  const { service, organization, location } = item;
  const headingId = `resultaat-${item.id}-titel`;

  return (
    <ResultCard id={`resultaat-${item.id}`} locationKey={location?.id ?? null} first={firstAtLocation}>
      <article aria-labelledby={headingId}>
        <Heading3 id={headingId}>{service.name}</Heading3>
        <p className="result-card__organisation">
          <Link href={`/organisaties/${organization.slug}`} className="utrecht-link utrecht-link--html-a">
            {organization.name}
          </Link>{" "}
          <KindBadge kind={organization.kind} />
        </p>
        <p className={`result-card__open result-card__open--${item.open.status}`}>{texts.open}</p>
        <dl className="result-card__facts">
          <ResultFactRows item={item} texts={texts} />
        </dl>
        <ResultTags service={service} />
        {organization.exampleData && <Paragraph className="example-data-note">{tOrganisation("exampleData")}</Paragraph>}
        {location && <ShowOnMapButton locationKey={location.id} name={service.name} />}
      </article>
    </ResultCard>
  );
}
