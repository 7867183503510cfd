"use client";
// The hand-over steps as an ordered list of text fields ("handoverSteps.0", "handoverSteps.1",
// …). Without JavaScript two empty rows stand ready; with it, rows are added and removed.
// Empty rows are dropped by the schema, so a row left blank does no harm.
import { useContext, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button, Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Textbox } from "@utrecht/component-library-react";
import { FormStateContext, useFieldState } from "@/components/forms/form-state";

const MAX_STEPS = 10;

type Row = { key: number; value: string };

export function HandoverStepsField({ defaultSteps }: { defaultSteps: string[] }) {
  const t = useTranslations("Referrals.form");
  const field = useFieldState("handoverSteps");
  const { idPrefix } = useContext(FormStateContext);
  const submitted = Array.isArray(field.submitted) ? field.submitted.map(String) : null;
  const initial = submitted ?? [...defaultSteps, "", ""].slice(0, Math.max(defaultSteps.length + 2, 2));
  const nextKey = useRef(initial.length);
  const [rows, setRows] = useState<Row[]>(() => initial.slice(0, MAX_STEPS).map((value, key) => ({ key, value })));
  const listRef = useRef<HTMLOListElement>(null);

  function add() {
    const key = nextKey.current++;
    setRows((current) => [...current, { key, value: "" }]);
    // Focus the new row, so keyboard users continue where they are.
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLInputElement>(`[data-row="${key}"]`)?.focus());
  }

  function remove(key: number) {
    setRows((current) => current.filter((row) => row.key !== key));
    requestAnimationFrame(() => listRef.current?.parentElement?.querySelector<HTMLButtonElement>(".referral-steps__add")?.focus());
  }

  return (
    <Fieldset invalid={Boolean(field.error)} id={field.id} aria-describedby={`${field.id}-uitleg${field.error ? ` ${field.id}-fout` : ""}`}>
      <FieldsetLegend>{t("steps")}</FieldsetLegend>
      <FormFieldDescription id={`${field.id}-uitleg`}>{t("stepsHint")}</FormFieldDescription>
      {field.error && <FormFieldErrorMessage id={`${field.id}-fout`}>{field.error}</FormFieldErrorMessage>}
      <ol className="referral-steps" ref={listRef}>
        {rows.map((row, index) => {
          const id = `${idPrefix}-handoverSteps-${index}`;
          return (
            <li key={row.key} className="referral-steps__row">
              <FormField label={<FormLabel htmlFor={id}>{t("step", { number: index + 1 })}</FormLabel>} input={<Textbox id={id} data-row={row.key} name={`handoverSteps.${index}`} defaultValue={row.value} maxLength={500} />} />
              <Button type="button" appearance="subtle-button" onClick={() => remove(row.key)}>
                {t("removeStep", { number: index + 1 })}
              </Button>
            </li>
          );
        })}
      </ol>
      {rows.length < MAX_STEPS && (
        <Button type="button" appearance="secondary-action-button" className="referral-steps__add" onClick={add}>
          {t("addStep")}
        </Button>
      )}
    </Fieldset>
  );
}
