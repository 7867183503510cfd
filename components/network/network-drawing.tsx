import { useTranslations } from "next-intl";
import type { ReferralKind } from "@/lib/generated/prisma/enums";
import type { GraphLayout } from "@/lib/network/layout";

export const REFERRAL_KINDS: readonly ReferralKind[] = ["HEAVIER_HELP", "LIGHTER_HELP", "ALTERNATIVE", "PRACTICAL"];

/** CSS class suffix per kind: colour AND dash pattern (app/styles/network.css), never colour alone. */
export const kindClass = (kind: ReferralKind) => kind.toLowerCase().replaceAll("_", "-");

/**
 * The network as a server-rendered picture: one column per track, an arrow per confirmed
 * referral link. It is one image for assistive technology (role="img" with a summary); the
 * table and the list next to it carry the same facts in a form that can be read and navigated.
 */
export function NetworkDrawing({ layout, label }: { layout: GraphLayout; label: string }) {
  const t = useTranslations("Network");
  return (
    <svg
      className="network-drawing"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      role="img"
      aria-label={label}
      xmlns="http://www.w3.org/2000/svg"
    >
      <defs>
        {REFERRAL_KINDS.map((kind) => (
          <marker
            key={kind}
            id={`netwerk-pijl-${kindClass(kind)}`}
            className={`network-arrow network-arrow--${kindClass(kind)}`}
            viewBox="0 0 10 10"
            refX="10"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" />
          </marker>
        ))}
      </defs>

      {layout.columns.map((column) => (
        <text key={column.track} className="network-drawing__column" x={column.centerX} y={22} textAnchor="middle">
          {t(`track.${column.track}`)}
        </text>
      ))}

      <g className="network-drawing__edges">
        {layout.edges.map((edge) => (
          <path
            key={edge.id}
            d={edge.path}
            className={`network-edge network-edge--${kindClass(edge.kind)}`}
            markerEnd={`url(#netwerk-pijl-${kindClass(edge.kind)})`}
          />
        ))}
      </g>

      <g className="network-drawing__nodes">
        {layout.nodes.map((node) => {
          const informal = node.kind === "INFORMAL";
          const lineHeight = 14;
          const firstLine = node.y + node.height / 2 - ((node.lines.length - 1) * lineHeight) / 2;
          return (
            <g key={node.id} className={`network-node network-node--${informal ? "informal" : "formal"}`}>
              <rect x={node.x} y={node.y} width={node.width} height={node.height} rx={informal ? node.height / 2 : 0} />
              <text x={node.x + node.width / 2} textAnchor="middle" dominantBaseline="central">
                {node.lines.map((line, index) => (
                  <tspan key={index} x={node.x + node.width / 2} y={firstLine + index * lineHeight}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
      </g>

      {/* Letters last, so no line or box covers them. */}
      <g className="network-drawing__labels">
        {layout.edges.map((edge) => (
          <g key={edge.id} className={`network-edge-label network-edge-label--${kindClass(edge.kind)}`}>
            <circle cx={edge.labelX} cy={edge.labelY} r={8} />
            <text x={edge.labelX} y={edge.labelY} textAnchor="middle" dominantBaseline="central">
              {t(`kindLetter.${edge.kind}`)}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
