// Two small GET forms: one per kind of layer, each sending only its own field, so the URL
// says exactly what the map shows (?fase=nazorg or ?dag=di). Works without JavaScript; the
// #kaart fragment brings the reader back to the map after choosing.
import { getLocale, getTranslations } from "next-intl/server";
import { Button, FormField, FormLabel, Select, SelectOption } from "@utrecht/component-library-react";
import { getPathname } from "@/lib/i18n/navigation";
import { DAY_SLUGS, PHASE_SLUGS, PHASES, WEEKDAYS, type MapChoice } from "@/lib/gaps/choice";

export async function MapChoiceForm({ choice }: { choice: MapChoice }) {
  const [t, locale] = await Promise.all([getTranslations("Gaps"), getLocale()]);
  const action = `${getPathname({ href: "/beheer/hiaten", locale })}#kaart`;
  return (
    <div className="gaps-choice">
      <form method="get" action={action} className="gaps-choice__form">
        <FormField
          label={<FormLabel htmlFor="hiaten-fase">{t("mapSection.phaseLabel")}</FormLabel>}
          input={
            <Select id="hiaten-fase" name="fase" defaultValue={choice.kind === "phase" ? PHASE_SLUGS[choice.phase] : undefined}>
              {PHASES.map((phase) => (
                <SelectOption key={phase} value={PHASE_SLUGS[phase]}>
                  {t(`phases.${phase}`)}
                </SelectOption>
              ))}
            </Select>
          }
        />
        <Button type="submit" appearance="secondary-action-button">
          {t("mapSection.phaseButton")}
        </Button>
      </form>
      <form method="get" action={action} className="gaps-choice__form">
        <FormField
          label={<FormLabel htmlFor="hiaten-dag">{t("mapSection.dayLabel")}</FormLabel>}
          input={
            <Select id="hiaten-dag" name="dag" defaultValue={choice.kind === "day" ? DAY_SLUGS[choice.day] : undefined}>
              {WEEKDAYS.map((day) => (
                <SelectOption key={day} value={DAY_SLUGS[day]}>
                  {t(`days.${day}`)}
                </SelectOption>
              ))}
            </Select>
          }
        />
        <Button type="submit" appearance="secondary-action-button">
          {t("mapSection.dayButton")}
        </Button>
      </form>
    </div>
  );
}
