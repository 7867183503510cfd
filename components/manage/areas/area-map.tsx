"use client";
// A small map of the chosen area, drawn as SVG from outlines projected on the server. It only
// illustrates the list next to it (which is the real control): whole wijken are hatched,
// single buurten filled, so the difference does not depend on colour.
import { useTranslations } from "next-intl";
import type { AreaMapData } from "@/lib/listings/area-map";

type Props = { map: AreaMapData; wijkCodes: ReadonlySet<string>; buurtCodes: ReadonlySet<string>; summary: string };

export function AreaMap({ map, wijkCodes, buurtCodes, summary }: Props) {
  const t = useTranslations("HoursEditor.areas");
  const wholeCity = wijkCodes.size === 0 && buurtCodes.size === 0;
  const chosenBuurt = (code: string, wijkCode: string) => !wijkCodes.has(wijkCode) && buurtCodes.has(code);
  return (
    <figure className="area-map">
      <svg viewBox={`0 0 ${map.width} ${map.height}`} role="img" aria-label={t("mapLabel", { summary })} className={wholeCity ? "area-map__svg area-map__svg--whole-city" : "area-map__svg"}>
        <defs>
          <pattern id="area-map-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" className="area-map__hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="area-map__hatch-line" />
          </pattern>
        </defs>
        {map.wijken.map((wijk) =>
          wijk.path ? (
            <path key={wijk.code} d={wijk.path} className={wijkCodes.has(wijk.code) || wholeCity ? "area-map__wijk area-map__wijk--chosen" : "area-map__wijk"} />
          ) : (
            <circle key={wijk.code} cx={wijk.x} cy={wijk.y} r={14} className={wijkCodes.has(wijk.code) || wholeCity ? "area-map__wijk area-map__wijk--chosen" : "area-map__wijk"} />
          ),
        )}
        {map.buurten
          .filter((buurt) => chosenBuurt(buurt.code, buurt.wijkCode))
          .map((buurt) =>
            buurt.path ? <path key={buurt.code} d={buurt.path} className="area-map__buurt" /> : <circle key={buurt.code} cx={buurt.x} cy={buurt.y} r={4} className="area-map__buurt" />,
          )}
        {map.wijken.map((wijk) => (
          <text key={wijk.code} x={wijk.x} y={wijk.y} className="area-map__label" textAnchor="middle" dominantBaseline="middle">
            {wijk.name}
          </text>
        ))}
      </svg>
      <figcaption className="area-map__caption">
        <span className="area-map__legend">
          <svg width="16" height="16" aria-hidden="true">
            <rect width="16" height="16" fill="url(#area-map-hatch)" className="area-map__swatch" />
          </svg>
          {t("legendWijk")}
        </span>
        <span className="area-map__legend">
          <svg width="16" height="16" aria-hidden="true">
            <rect width="16" height="16" className="area-map__buurt area-map__swatch" />
          </svg>
          {t("legendBuurt")}
        </span>
        <span className="area-map__legend">
          <svg width="16" height="16" aria-hidden="true">
            <rect width="16" height="16" className="area-map__wijk area-map__swatch" />
          </svg>
          {t("legendNone")}
        </span>
        <span className="area-map__note">{t("mapCaption")}</span>
      </figcaption>
    </figure>
  );
}
