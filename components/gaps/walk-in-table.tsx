// Walk-in services per wijk × weekday: "geen" where nobody is open that day, and "alleen
// soms" where only monthly opening hours exist.
import { getTranslations } from "next-intl/server";
import { WEEKDAYS } from "@/lib/gaps/choice";
import type { WalkInCoverage } from "@/lib/gaps/coverage";
import { WijkMatrix } from "./wijk-matrix";

export async function WalkInTable({ rows, captionId }: { rows: WalkInCoverage[]; captionId: string }) {
  const t = await getTranslations("Gaps");
  return (
    <WijkMatrix
      captionId={captionId}
      caption={t("walkInSection.caption")}
      wijkLabel={t("wijk")}
      columns={WEEKDAYS.map((day) => ({ key: day, label: t(`days.${day}`) }))}
      rows={rows}
      cell={({ weekly, sometimes }) => ({
        gap: weekly === 0,
        content: (
          <>
            {weekly > 0 ? weekly : sometimes > 0 ? t("walkInSection.sometimesOnly", { count: sometimes }) : <strong>{t("none")}</strong>}
            {weekly > 0 && sometimes > 0 && <span className="gaps-cell__extra">{t("walkInSection.plusSometimes", { count: sometimes })}</span>}
          </>
        ),
      })}
    />
  );
}
