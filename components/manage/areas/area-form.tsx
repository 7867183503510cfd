"use client";
// The areas a service serves: per wijk a box for the whole wijk and, folded away, a box per
// buurt. Nothing ticked means the whole city. The map beside the list follows the boxes.
import { useContext, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button, Checkbox, Fieldset, FieldsetLegend, FormField, FormLabel, Paragraph } from "@utrecht/component-library-react";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, VersionField } from "@/components/forms/fields";
import { FormStateContext } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { saveAreas } from "@/lib/listings/area-actions";
import { areaSchema } from "@/lib/listings/area-schema";
import type { AreaMapData } from "@/lib/listings/area-map";
import { useInteractive } from "../hours/use-interactive";
import { AreaMap } from "./area-map";

export type AreaChoiceWijk = { code: string; name: string; buurten: { code: string; name: string }[] };

type Props = {
  serviceId: string;
  version: number;
  wijken: AreaChoiceWijk[];
  selected: { wijkCodes: string[]; buurtCodes: string[] };
  map: AreaMapData;
};

export function AreaForm(props: Props) {
  const t = useTranslations("HoursEditor.areas");
  return (
    <ActionForm action={saveAreas} schema={areaSchema} labels={{ wijkCodes: t("fieldWijkCodes"), buurtCodes: t("fieldBuurtCodes") }} className="area-form" aria-label={t("formLabel")}>
      <HiddenField name="serviceId" value={props.serviceId} />
      <VersionField version={props.version} />
      <AreaChoices {...props} />
    </ActionForm>
  );
}

const list = (value: unknown): string[] | null => (value === undefined ? null : Array.isArray(value) ? value.map(String) : [String(value)]);

function AreaChoices({ wijken, selected, map }: Props) {
  const t = useTranslations("HoursEditor.areas");
  const { state, idPrefix } = useContext(FormStateContext);
  const interactive = useInteractive();
  const failed = state.status === "error" || state.status === "conflict" ? state.values : undefined;
  const [wijkCodes, setWijkCodes] = useState(() => new Set(failed ? (list(failed.wijkCodes) ?? []) : selected.wijkCodes));
  const [buurtCodes, setBuurtCodes] = useState(() => new Set(failed ? (list(failed.buurtCodes) ?? []) : selected.buurtCodes));

  // Which buurt lists start unfolded; fixed after the first render, so React never folds a
  // list the person is working in.
  const [unfolded] = useState(() => new Set(wijken.filter((wijk) => !wijkCodes.has(wijk.code) && wijk.buurten.some((buurt) => buurtCodes.has(buurt.code))).map((wijk) => wijk.code)));

  // React resets a form after its action has run: checkboxes then go back to how they were
  // when the page loaded, while React still believes they show the current choice. Each box
  // carries its intended state, which is put back after every save.
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    listRef.current?.querySelectorAll<HTMLInputElement>("input[data-checked]").forEach((box) => {
      box.checked = box.dataset.checked === "true";
    });
  }, [state]);

  const toggle = (set: Set<string>, code: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(code);
    else next.delete(code);
    return next;
  };

  const parts = wijken.flatMap((wijk) => {
    if (wijkCodes.has(wijk.code)) return [t("wholeWijkSummary", { name: wijk.name })];
    return wijk.buurten.filter((buurt) => buurtCodes.has(buurt.code)).map((buurt) => buurt.name);
  });
  const summary = parts.length === 0 ? t("wholeCity") : t("chosen", { list: parts.join(", ") });

  return (
    <div className="area-form__layout">
      <div className="area-form__list" ref={listRef}>
        <Paragraph className="area-form__summary" aria-live="polite">
          {summary}
        </Paragraph>
        {wijken.map((wijk) => {
          const whole = wijkCodes.has(wijk.code);
          const chosenBuurten = wijk.buurten.filter((buurt) => buurtCodes.has(buurt.code)).length;
          const wijkId = `${idPrefix}-wijk-${wijk.code}`;
          return (
            <Fieldset key={wijk.code} className="area-form__wijk">
              <FieldsetLegend>{wijk.name}</FieldsetLegend>
              <FormField type="checkbox">
                <Checkbox id={wijkId} name="wijkCodes[]" value={wijk.code} checked={whole} data-checked={whole} onChange={(event) => setWijkCodes((set) => toggle(set, wijk.code, event.target.checked))} />
                <FormLabel htmlFor={wijkId} type="checkbox">
                  {t("wholeWijk", { name: wijk.name })}
                </FormLabel>
              </FormField>
              <details className="area-form__buurten" open={unfolded.has(wijk.code) || undefined}>
                <summary>
                  {t("someBuurten", { name: wijk.name, count: wijk.buurten.length })}
                  {" · "}
                  {t("buurtenChosen", { count: whole ? wijk.buurten.length : chosenBuurten })}
                </summary>
                <div className="checkbox-group">
                  {wijk.buurten.map((buurt) => {
                    const buurtId = `${idPrefix}-buurt-${buurt.code}`;
                    // With JavaScript a whole wijk shows its buurten as included; without it the
                    // server drops buurten inside a whole wijk.
                    const covered = interactive && whole;
                    return (
                      <FormField type="checkbox" key={buurt.code}>
                        <Checkbox
                          id={buurtId}
                          name="buurtCodes[]"
                          value={buurt.code}
                          checked={covered || buurtCodes.has(buurt.code)}
                          data-checked={covered || buurtCodes.has(buurt.code)}
                          disabled={covered}
                          onChange={(event) => setBuurtCodes((set) => toggle(set, buurt.code, event.target.checked))}
                        />
                        <FormLabel htmlFor={buurtId} type="checkbox" disabled={covered}>
                          {buurt.name}
                        </FormLabel>
                      </FormField>
                    );
                  })}
                </div>
              </details>
            </Fieldset>
          );
        })}
        <div className="manage-actions">
          <SubmitButton>{t("save")}</SubmitButton>
          {interactive && parts.length > 0 && (
            <Button
              type="button"
              appearance="subtle-button"
              onClick={() => {
                setWijkCodes(new Set());
                setBuurtCodes(new Set());
              }}
            >
              {t("clear")}
            </Button>
          )}
        </div>
      </div>
      <div className="area-form__map">
        <AreaMap map={map} wijkCodes={wijkCodes} buurtCodes={buurtCodes} summary={summary} />
      </div>
    </div>
  );
}
