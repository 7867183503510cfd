// One place in the embedded list: the same facts as the map page's list item (ResultItem),
// without its map buttons and client code. Shown in a frame on a partner's site, so the link
// opens the full listing on our site in a new tab: following it inside a small frame would
// trap the resident in it.
import { useTranslations } from "next-intl";
import { KindBadge } from "@/components/organisations/kind-badge";
import { ResultFactRows, ResultTags } from "@/components/search/result-facts";
import type { ResultTexts } from "@/components/search/result-item";
import type { SearchItem } from "@/lib/search/types";

type Props = { item: SearchItem; texts: ResultTexts; href: string };

export function EmbedResult({ item, texts, href }: Props) {
  const tEmbed = useTranslations("Embed");
  const { service, organization } = item;
  const headingId = `resultaat-${item.id}-titel`;
  return (
    <li className="result-card">
      <article aria-labelledby={headingId}>
        <h2 id={headingId} className="utrecht-heading-3">
          {service.name}
        </h2>
        <p className="result-card__organisation">
          <a href={href} target="_blank" rel="noopener" className="utrecht-link utrecht-link--html-a">
            {organization.name}
            <span className="visually-hidden"> {tEmbed("newTab")}</span>
          </a>{" "}
          <KindBadge kind={organization.kind} />
        </p>
        <p className={`result-card__open result-card__open--${item.open.status}`}>{texts.open}</p>
        <dl className="result-card__facts">
          <ResultFactRows item={item} texts={texts} />
        </dl>
        <ResultTags service={service} />
      </article>
    </li>
  );
}
