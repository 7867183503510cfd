import { useTranslations } from "next-intl";
import { Heading3, Heading4 } from "@utrecht/component-library-react";
import { KindBadge } from "@/components/organisations/kind-badge";
import { Link } from "@/lib/i18n/navigation";
import type { TrackGroup } from "@/lib/wijken/help-groups";
import type { WijkHelpService } from "@/lib/wijken/help-page";
import { useSourceLang } from "@/components/organisation/source-lang";

/** One page of the help in the wijk, by track and then by organisation, each service with how to get it. */
export function WijkHelpList({ groups }: { groups: TrackGroup<WijkHelpService>[] }) {
  const t = useTranslations("WijkPage");
  const terms = useTranslations("Terms");
  const service = useTranslations("Service");
  const lang = useSourceLang();
  return (
    <>
      {groups.map((group) => (
        <section key={group.track} className="wijk-help-group" aria-labelledby={`spoor-${group.track}`}>
          <Heading3 id={`spoor-${group.track}`}>{t(`trackHeading.${group.track}`)}</Heading3>
          <ul className="wijk-help-list">
            {group.organisations.map(({ organisation, services }) => (
              <li key={organisation.id} className="wijk-help">
                <Heading4>
                  <Link href={`/organisaties/${organisation.slug}`} className="utrecht-link">
                    {organisation.name}
                  </Link>
                </Heading4>
                <p className="wijk-help__kind">
                  <KindBadge kind={organisation.kind} />
                </p>
                <ul className="wijk-help__services">
                  {services.map((s) => (
                    <li key={s.id}>
                      <strong lang={lang}>{s.name}</strong>
                      <br />
                      <span className="wijk-help__where">{s.locatedHere ? t("locatedHere") : t("servesHere")}</span>
                      {s.accessModes.length > 0 && <> · {s.accessModes.map((mode) => terms(`accessMode.${mode}`)).join(", ")}</>}
                      {s.noRegistration && <> · {service("noRegistration")}</>}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
