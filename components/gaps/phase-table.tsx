// Services per wijk × phase. City-wide help is shown beside the local count, so a local gap
// is visible even where the city as a whole has help.
import { getTranslations } from "next-intl/server";
import { PHASES } from "@/lib/gaps/choice";
import type { PhaseCoverage } from "@/lib/gaps/coverage";
import { WijkMatrix } from "./wijk-matrix";

export async function PhaseTable({ rows, captionId }: { rows: PhaseCoverage[]; captionId: string }) {
  const t = await getTranslations("Gaps");
  return (
    <WijkMatrix
      captionId={captionId}
      caption={t("phaseSection.caption")}
      wijkLabel={t("wijk")}
      columns={PHASES.map((phase) => ({ key: phase, label: t(`phases.${phase}`) }))}
      rows={rows}
      cell={({ local, cityWide }) => ({
        gap: local === 0,
        content: (
          <>
            {local === 0 ? <strong>{t("none")}</strong> : local}
            {cityWide > 0 && <span className="gaps-cell__extra">{t("phaseSection.cityWideCount", { count: cityWide })}</span>}
          </>
        ),
      })}
    />
  );
}
