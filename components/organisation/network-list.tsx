import { useTranslations } from "next-intl";
import { FullLocaleLink } from "@/components/layout/full-locale-link";
import { Heading3, Paragraph } from "@utrecht/component-library-react";
import type { NetworkKind } from "@/lib/generated/prisma/enums";
import { Link } from "@/lib/i18n/navigation";
import { websiteLabel } from "@/lib/organisations/contact-links";
import { ExternalLink } from "./external-link";
import { useSourceLang } from "./source-lang";

export type NetworkSummary = {
  slug: string;
  name: string;
  kind: NetworkKind;
  description: string;
  meetingRhythm: string | null;
  website: string | null;
  email: string | null;
  exampleData: boolean;
  wijk?: { name: string; slug: string } | null;
  members?: { organization: { slug: string; name: string } }[];
};

/** Alliances, coalitions and wijk consultations: where partners meet and get to know each other. */
export function NetworkList({ networks, showWijk = true }: { networks: NetworkSummary[]; showWijk?: boolean }) {
  const t = useTranslations("Network");
  const terms = useTranslations("Terms");
  const lang = useSourceLang();
  return (
    <ul className="network-list">
      {networks.map((network) => (
        <li key={network.slug} className="network">
          <Heading3>
            <FullLocaleLink href={`/netwerken/${network.slug}`} className="utrecht-link">
              {network.name}
            </FullLocaleLink>
          </Heading3>
          <p className="network__kind">
            {terms(`networkKind.${network.kind}`)}
            {showWijk && (
              <>
                {" · "}
                {network.wijk ? (
                  <Link href={`/wijken/${network.wijk.slug}`} className="utrecht-link">
                    {t("wijk", { wijk: network.wijk.name })}
                  </Link>
                ) : (
                  t("city")
                )}
              </>
            )}
          </p>
          <Paragraph lang={lang}>{network.description}</Paragraph>
          {network.meetingRhythm && (
            <p>{t.rich("rhythm", { rhythm: network.meetingRhythm, source: (chunks) => <span lang={lang}>{chunks}</span> })}</p>
          )}
          {network.members && network.members.length > 0 && (
            <p>
              {t("members")}:{" "}
              {network.members.map(({ organization }, index) => (
                <span key={organization.slug}>
                  {index > 0 && ", "}
                  <Link href={`/organisaties/${organization.slug}`} className="utrecht-link">
                    {organization.name}
                  </Link>
                </span>
              ))}
            </p>
          )}
          <NetworkContactLinks website={network.website} email={network.email} />
        </li>
      ))}
    </ul>
  );
}

/** A network's website and e-mail, as links; nothing when it has neither. */
export function NetworkContactLinks({ website, email }: { website: string | null; email: string | null }) {
  const t = useTranslations("Network");
  if (!website && !email) return null;
  return (
    <ul className="plain-list">
      {website && (
        <li>
          <ExternalLink href={website}>{t("website", { site: websiteLabel(website) })}</ExternalLink>
        </li>
      )}
      {email && (
        <li>
          <a href={`mailto:${email}`} className="utrecht-link">
            {t("email", { address: email })}
          </a>
        </li>
      )}
    </ul>
  );
}
