import { useTranslations } from "next-intl";
import { Heading3 } from "@utrecht/component-library-react";
import { Link } from "@/lib/i18n/navigation";
import type { GraphOrganisation } from "@/lib/network/graph-queries";
import { TRACK_ORDER } from "@/lib/network/layout";

/** The organisations in the drawing, per track, each a link to its page with its referral agreements. */
export function OrganisationGroups({ organisations }: { organisations: GraphOrganisation[] }) {
  const t = useTranslations("Network");
  const groups = TRACK_ORDER.map((track) => ({ track, items: organisations.filter((o) => o.track === track) })).filter(
    (group) => group.items.length > 0,
  );
  return (
    <div className="network-organisations">
      {groups.map(({ track, items }) => (
        <div key={track}>
          <Heading3>{t(`track.${track}`)}</Heading3>
          <ul className="plain-list" aria-label={t("view.organisationsLabel", { track: t(`track.${track}`) })}>
            {items.map((organisation) => (
              <li key={organisation.slug}>
                <Link href={`/organisaties/${organisation.slug}`} className="utrecht-link">
                  {organisation.name}
                </Link>{" "}
                <span className="network-organisations__kind">
                  ({organisation.kind === "FORMAL" ? t("view.formalShort") : t("view.informalShort")})
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
