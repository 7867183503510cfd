// The facts of a result both lists show — the map page's (ResultItem) and a partner's embedded
// list (EmbedResult): address, distance, how to get in touch and languages as rows of the card's <dl>,
// and what it costs, sign-up and capacity as its tags. One component, so the two cannot drift.
import { useTranslations } from "next-intl";
import { useSourceLang } from "@/components/organisation/source-lang";
import type { SearchItem } from "@/lib/search/types";
import type { ResultTexts } from "./result-item";

export function ResultFactRows({ item, texts }: { item: SearchItem; texts: ResultTexts }) {
  const t = useTranslations("Results");
  const { organization, location } = item;
  return (
    <>
      <div>
        <dt>{t("address")}</dt>
        <dd>
          {location ? (
            <>
              {location.name !== organization.name && <>{location.name}, </>}
              <bdi>
                {location.address1}, {location.postalCode} {location.city}
              </bdi>
              {location.buurt && location.wijk && (
                <>
                  <br />
                  {t("area", { buurt: location.buurt.name, wijk: location.wijk.name })}
                </>
              )}
            </>
          ) : (
            t("noPlace")
          )}
        </dd>
      </div>
      {texts.distance && (
        <div>
          <dt>{t("distance")}</dt>
          <dd>{t("distanceValue", { distance: texts.distance })}</dd>
        </div>
      )}
      {texts.access.length > 0 && (
        <div>
          <dt>{t("contact")}</dt>
          <dd>{texts.access.join(" · ")}</dd>
        </div>
      )}
      {texts.languages.length > 0 && (
        <div>
          <dt>{t("languages")}</dt>
          <dd>{texts.languages.join(", ")}</dd>
        </div>
      )}
    </>
  );
}

export function ResultTags({ service }: { service: SearchItem["service"] }) {
  const t = useTranslations("Results");
  const sourceLang = useSourceLang();
  return (
    <ul className="result-card__tags">
      {/* The coordinator's cost note is never translated: marked as Dutch, as on the listing page. */}
      <li lang={!service.isFree && service.costNote ? sourceLang : undefined}>{service.isFree ? t("free") : (service.costNote ?? t("notFree"))}</li>
      {service.noRegistration && <li>{t("noRegistration")}</li>}
      {service.capacity === "WAITING_LIST" && <li>{t("waitingList")}</li>}
      {service.capacity === "FULL" && <li>{t("full")}</li>}
    </ul>
  );
}
