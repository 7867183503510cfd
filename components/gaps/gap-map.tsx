// The choropleth: wijken filled by class, with the wijk's name and number written in it and a
// hatch for "none", so nothing depends on colour. An image to assistive technology (the
// tables on the page carry the same numbers); printable as it is.
import { getTranslations } from "next-intl/server";
import { Heading3, Paragraph } from "@utrecht/component-library-react";
import { BINS, binOf, type BinIndex, type ProjectedMap } from "@/lib/gaps/choropleth";
import type { MapValue } from "@/lib/gaps/map-values";

const HATCH_ID = "hiaten-arcering";
// Light to dark blue; the first class is a hatch on white. Labels get a white halo.
const FILLS: Record<BinIndex, string> = { 0: `url(#${HATCH_ID})`, 1: "#d6e6f5", 2: "#86b2dc", 3: "#2d6aa3" };

function Swatch({ bin }: { bin: BinIndex }) {
  return (
    <svg className="gap-map__swatch" viewBox="0 0 24 16" width="24" height="16" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="23" height="15" fill={FILLS[bin]} stroke="#4b5a69" />
    </svg>
  );
}

export async function GapMap({ map, values, choiceLabel }: { map: ProjectedMap; values: Map<string, MapValue>; choiceLabel: string }) {
  const t = await getTranslations("Gaps");
  const circles = map.shapes.some((shape) => shape.path === null);
  return (
    <div className="gap-map">
      <svg
        className="gap-map__svg"
        viewBox={`0 0 ${map.width} ${map.height}`}
        role="img"
        aria-labelledby="hiaten-kaart-titel hiaten-kaart-uitleg"
        focusable="false"
      >
        <title id="hiaten-kaart-titel">{t("mapSection.svgTitle", { choice: choiceLabel })}</title>
        <desc id="hiaten-kaart-uitleg">{t("mapSection.svgDesc")}</desc>
        <defs>
          <pattern id={HATCH_ID} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" fill="#ffffff" />
            <line x1="0" y1="0" x2="0" y2="8" stroke="#8a8f96" strokeWidth="3" />
          </pattern>
        </defs>
        <g className="gap-map__areas">
          {map.shapes.map((shape) => {
            const fill = FILLS[binOf(values.get(shape.code)?.count ?? 0)];
            return shape.path ? (
              <path key={shape.code} d={shape.path} fill={fill} fillRule="evenodd" stroke="#1f2a36" strokeWidth="1.2" />
            ) : (
              <circle key={shape.code} cx={shape.label.x} cy={shape.label.y} r={map.radius} fill={fill} stroke="#1f2a36" strokeWidth="1.2" />
            );
          })}
        </g>
        <g className="gap-map__labels">
          {map.shapes.map((shape) => {
            const value = values.get(shape.code) ?? { count: 0, sometimes: 0 };
            return (
              <text key={shape.code} x={shape.label.x} y={shape.label.y} textAnchor="middle">
                <tspan x={shape.label.x} dy="-0.3em" className="gap-map__name">
                  {shape.name}
                </tspan>
                <tspan x={shape.label.x} dy="1.2em" className="gap-map__count">
                  {value.count === 0 ? t("none") : value.count}
                  {value.sometimes > 0 && ` ${t("mapSection.sometimes", { count: value.sometimes })}`}
                </tspan>
              </text>
            );
          })}
        </g>
      </svg>
      {circles && <Paragraph>{t("mapSection.noBoundaries")}</Paragraph>}
      <Heading3 id="hiaten-legenda">{t("mapSection.legend")}</Heading3>
      <ul className="gap-map__legend" aria-labelledby="hiaten-legenda">
        {BINS.map((_, index) => (
          <li key={index}>
            <Swatch bin={index as BinIndex} /> {t(`mapSection.bins.${index as BinIndex}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
