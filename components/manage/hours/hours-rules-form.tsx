"use client";
// The regular hours of one service at one location: rows that can be added and removed, saved
// as one set. With JavaScript rows are added and removed in place; without it, "Regel
// toevoegen" is a link that renders one more empty row and each row has a "Weghalen" box.
// Below the rows, the rules as the public pages will describe them.
import { useContext, useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Button, Heading5, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, VersionField } from "@/components/forms/fields";
import { FormStateContext } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { saveHours } from "@/lib/listings/hours-actions";
import { MAX_RULES, confirmValue, hoursSchema, repeatOf, type Repeat } from "@/lib/listings/hours-schema";
import { describeHoursRule } from "@/lib/listings/hours-describe";
import type { HoursLocale, Weekday } from "@/lib/hours/types";
import { HoursRuleRow, type RuleRow } from "./hours-rule-row";
import { useInteractive } from "./use-interactive";

export type StoredRule = {
  freq: "WEEKLY" | "MONTHLY";
  byDay: Weekday;
  weekOfMonth: number | null;
  opensAt: string;
  closesAt: string;
  description: string | null;
  validFrom: string | null;
  validTo: string | null;
};

type Props = {
  serviceId: string;
  serviceAtLocationId: string;
  version: number;
  locationName: string;
  rules: StoredRule[];
  /** The page was asked for one more empty row (the "Regel toevoegen" link without JavaScript). */
  extraRow: boolean;
};

let nextKey = 0;
const newKey = () => `r${(nextKey += 1)}`;

function toRow(rule: StoredRule): RuleRow {
  return {
    key: newKey(),
    byDay: rule.byDay,
    repeat: repeatOf(rule),
    opensAt: rule.opensAt,
    closesAt: rule.closesAt,
    description: rule.description ?? "",
    validFrom: rule.validFrom ?? "",
    validTo: rule.validTo ?? "",
    // A stored rule was saved as it is: its box starts ticked, and is unticked when its times change.
    confirmLong: true,
  };
}

const emptyRow = (): RuleRow => ({ key: newKey(), byDay: "MO", repeat: "WEEKLY", opensAt: "", closesAt: "", description: "", validFrom: "", validTo: "", confirmLong: false });

const ROW_FIELDS = ["byDay", "repeat", "opensAt", "closesAt", "description", "confirmLong"] as const;

export function HoursRulesForm(props: Props) {
  const t = useTranslations("HoursEditor.rules");
  // "Regel 2, Dicht om" in the error summary, for every row the form can have.
  const labels: Record<string, string> = { rules: t("fieldRules") };
  for (let index = 0; index < MAX_RULES + 5; index += 1) {
    for (const field of ROW_FIELDS) labels[`rules.${index}.${field}`] = `${t("rowLegend", { number: index + 1 })}, ${t(field)}`;
  }
  return (
    <ActionForm action={saveHours} schema={hoursSchema} labels={labels} className="manage-form hours-form" aria-label={t("formLabel", { location: props.locationName })}>
      <HiddenField name="serviceId" value={props.serviceId} />
      <HiddenField name="serviceAtLocationId" value={props.serviceAtLocationId} />
      <VersionField version={props.version} />
      <RulesEditor {...props} />
    </ActionForm>
  );
}

/** Rows typed before a failed save without JavaScript, so nothing the person wrote is lost. */
function submittedRows(values: Record<string, unknown> | undefined): RuleRow[] | null {
  const rules = values?.rules;
  if (!Array.isArray(rules)) return null;
  return rules.map((value) => {
    const row = (value ?? {}) as Record<string, string | undefined>;
    return {
      ...emptyRow(),
      byDay: (row.byDay as Weekday) ?? "MO",
      repeat: (row.repeat as Repeat) ?? "WEEKLY",
      opensAt: row.opensAt ?? "",
      closesAt: row.closesAt ?? "",
      description: row.description ?? "",
      validFrom: row.validFrom ?? "",
      validTo: row.validTo ?? "",
      // Ticked for exactly these times (see confirmValue).
      confirmLong: row.confirmLong === confirmValue(row.opensAt ?? "", row.closesAt ?? ""),
    };
  });
}

function RulesEditor({ serviceAtLocationId, rules, extraRow }: Props) {
  const t = useTranslations("HoursEditor.rules");
  const locale = useLocale() as HoursLocale;
  const { state, idPrefix } = useContext(FormStateContext);
  const failedValues = state.status === "error" || state.status === "conflict" ? state.values : undefined;
  const [rows, setRows] = useState<RuleRow[]>(() => submittedRows(failedValues) ?? [...rules.map(toRow), ...(extraRow || rules.length === 0 ? [emptyRow()] : [])]);
  // Until the page is interactive, the no-JavaScript controls are shown.
  const interactive = useInteractive();
  const focusIndex = useRef<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const headingId = `regels-${serviceAtLocationId}`;

  useEffect(() => {
    if (focusIndex.current === null) return;
    // The new row's first field; ids follow the field names (see useFieldState).
    document.getElementById(`${idPrefix}-rules-${focusIndex.current}-byDay`)?.focus();
    focusIndex.current = null;
  }, [rows, idPrefix]);

  function update(key: string, field: keyof RuleRow, value: string) {
    // New times need a new confirmation: a tick given for 16:00–09:30 does not cover 16:00–08:00.
    const times = field === "opensAt" || field === "closesAt";
    setRows((current) => current.map((row) => (row.key === key ? { ...row, [field]: value, ...(times ? { confirmLong: false } : {}) } : row)));
  }

  function confirm(key: string, checked: boolean) {
    setRows((current) => current.map((row) => (row.key === key ? { ...row, confirmLong: checked } : row)));
  }

  function add() {
    focusIndex.current = rows.length;
    setRows((current) => [...current, emptyRow()]);
  }

  function remove(key: string) {
    setRows((current) => current.filter((row) => row.key !== key));
    // The removed row held the focus: the add button is a predictable place to continue.
    requestAnimationFrame(() => addButton.current?.focus());
  }

  const complete = rows.filter((row) => row.opensAt && row.closesAt && row.opensAt !== row.closesAt);
  const preview = complete.map((row) =>
    describeHoursRule(
      { freq: row.repeat === "WEEKLY" ? "WEEKLY" : "MONTHLY", weekOfMonth: row.repeat === "WEEKLY" ? null : Number(row.repeat), byDay: row.byDay, opensAt: row.opensAt, closesAt: row.closesAt, validFrom: row.validFrom || null, validTo: row.validTo || null },
      locale,
    ),
  );

  return (
    <>
      <Paragraph className="hours-form__hint">{t("hint")}</Paragraph>
      {rows.length === 0 && <Paragraph>{t("none")}</Paragraph>}
      <ol className="hours-rules" aria-labelledby={headingId}>
        {rows.map((row, index) => (
          <li key={row.key} className="hours-rules__item">
            <HoursRuleRow row={row} index={index} interactive={interactive} onChange={(field, value) => update(row.key, field, value)} onConfirm={(checked) => confirm(row.key, checked)} onRemove={() => remove(row.key)} />
          </li>
        ))}
      </ol>
      <div className="manage-actions">
        {interactive ? (
          <Button ref={addButton} type="button" appearance="secondary-action-button" onClick={add}>
            {t("add")}
          </Button>
        ) : (
          // Same page, one more empty row: a plain link keeps the path and the language.
          <a href={`?regel=${serviceAtLocationId}#${headingId}`} className="hours-form__add-link">
            {t("add")}
          </a>
        )}
      </div>
      <div className="hours-preview" aria-live="polite">
        <Heading5 className="hours-preview__heading">{t("previewHeading")}</Heading5>
        {preview.length === 0 ? (
          <Paragraph>{t("previewEmpty")}</Paragraph>
        ) : (
          <UnorderedList>
            {preview.map((text, index) => (
              <UnorderedListItem key={`${text}-${index}`}>{text}</UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </div>
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </>
  );
}
