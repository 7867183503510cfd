import { useTranslations } from "next-intl";
import { Heading3 } from "@utrecht/component-library-react";
import { kindClass, REFERRAL_KINDS } from "./network-drawing";

/** What the shapes, lines and letters in the drawing mean. The samples are decoration: the text says it all. */
export function NetworkLegend() {
  const t = useTranslations("Network");
  return (
    <div className="network-legend">
      <Heading3 id="uitleg-titel">{t("view.legendHeading")}</Heading3>
      <ul className="plain-list network-legend__list" aria-labelledby="uitleg-titel">
        <li>
          <svg className="network-legend__sample" viewBox="0 0 44 20" width="44" height="20" aria-hidden="true" focusable="false">
            <rect className="network-node-shape network-node-shape--formal" x="1" y="1" width="42" height="18" />
          </svg>
          {t("view.legendFormal")}
        </li>
        <li>
          <svg className="network-legend__sample" viewBox="0 0 44 20" width="44" height="20" aria-hidden="true" focusable="false">
            <rect className="network-node-shape network-node-shape--informal" x="1" y="1" width="42" height="18" rx="9" />
          </svg>
          {t("view.legendInformal")}
        </li>
        {REFERRAL_KINDS.map((kind) => (
          <li key={kind}>
            <svg className="network-legend__sample" viewBox="0 0 44 20" width="44" height="20" aria-hidden="true" focusable="false">
              <line className={`network-edge network-edge--${kindClass(kind)}`} x1="2" y1="10" x2="34" y2="10" />
              <path className={`network-arrow network-arrow--${kindClass(kind)}`} d="M34,5 L42,10 L34,15 z" />
            </svg>
            {t("view.legendArrow", { letter: t(`kindLetter.${kind}`), kind: t(`kind.${kind}`) })}
          </li>
        ))}
      </ul>
    </div>
  );
}
