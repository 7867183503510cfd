"use client";
// One rule of the regular hours: day, how often, from, until and a note. Each field has a
// visible label; errors come from the surrounding form by field name ("rules.2.closesAt").
// Times past midnight or longer than 12 hours bring a "Yes, this is right" box under them
// (hours-schema.ts, spanToConfirm): with JavaScript as soon as they are typed, without it when
// the server sends the form back with its message.
import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
  Textbox,
} from "@utrecht/component-library-react";
import { useFieldState } from "@/components/forms/form-state";
import { WEEKDAY_NAMES } from "@/lib/hours/words";
import { WEEKDAYS, type HoursLocale, type Weekday } from "@/lib/hours/types";
import { REPEATS, confirmValue, spanToConfirm, type Repeat } from "@/lib/listings/hours-schema";
import { runsPastMidnight } from "@/lib/listings/hours-describe";

export type RuleRow = {
  key: string;
  byDay: Weekday;
  repeat: Repeat;
  opensAt: string;
  closesAt: string;
  description: string;
  validFrom: string;
  validTo: string;
  /** The coordinator confirmed a span past midnight or longer than 12 hours. */
  confirmLong: boolean;
};

type EditableField = "byDay" | "repeat" | "opensAt" | "closesAt" | "description";

type Props = {
  row: RuleRow;
  index: number;
  interactive: boolean;
  onChange: (field: EditableField, value: string) => void;
  onConfirm: (checked: boolean) => void;
  onRemove: () => void;
};

function Field({ name, label, hint, className, children }: { name: string; label: string; hint?: ReactNode; className?: string; children: (field: { id: string; error?: string; describedBy?: string }) => ReactNode }) {
  const field = useFieldState(name);
  const describedBy = [hint ? `${field.id}-uitleg` : null, field.error ? `${field.id}-fout` : null].filter(Boolean).join(" ") || undefined;
  return (
    <FormField invalid={Boolean(field.error)} className={className}>
      <FormLabel htmlFor={field.id}>{label}</FormLabel>
      {hint && <FormFieldDescription id={`${field.id}-uitleg`}>{hint}</FormFieldDescription>}
      {field.error && <FormFieldErrorMessage id={`${field.id}-fout`}>{field.error}</FormFieldErrorMessage>}
      {children({ id: field.id, error: field.error, describedBy })}
    </FormField>
  );
}

/** "Ja, dit klopt: open van vrijdag 16:00 tot zaterdag 09:30." with its message, if any. */
function ConfirmSpan({ name, row, onConfirm }: { name: string; row: RuleRow; onConfirm: (checked: boolean) => void }) {
  const t = useTranslations("HoursEditor.rules");
  const locale = useLocale() as HoursLocale;
  const field = useFieldState(name);
  const check = spanToConfirm(row.opensAt, row.closesAt);
  if (!check) return null;
  const day = WEEKDAY_NAMES[locale][row.byDay];
  const nextDay = WEEKDAY_NAMES[locale][WEEKDAYS[(WEEKDAYS.indexOf(row.byDay) + 1) % WEEKDAYS.length]];
  const from = `${day} ${row.opensAt}`;
  const until = check.overnight ? `${nextDay} ${row.closesAt}` : row.closesAt;
  const errorId = `${field.id}-fout`;
  return (
    <FormField type="checkbox" invalid={Boolean(field.error)} className="hours-rule__confirm">
      {field.error && <FormFieldErrorMessage id={errorId}>{field.error}</FormFieldErrorMessage>}
      <Checkbox
        id={field.id}
        name={name}
        value={confirmValue(row.opensAt, row.closesAt)}
        checked={row.confirmLong}
        onChange={(event) => onConfirm(event.target.checked)}
        invalid={Boolean(field.error)}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={field.error ? errorId : undefined}
      />
      <FormLabel htmlFor={field.id} type="checkbox">
        {t("confirmSpan", { from, until })}
      </FormLabel>
    </FormField>
  );
}

export function HoursRuleRow({ row, index, interactive, onChange, onConfirm, onRemove }: Props) {
  const t = useTranslations("HoursEditor.rules");
  const tForms = useTranslations("Forms");
  const locale = useLocale() as HoursLocale;
  const name = (field: string) => `rules.${index}.${field}`;
  const number = index + 1;
  const pastMidnight = runsPastMidnight(row.opensAt, row.closesAt);
  return (
    <Fieldset className="hours-rule">
      <FieldsetLegend className="hours-rule__legend">{t("rowLegend", { number })}</FieldsetLegend>
      <input type="hidden" name={name("validFrom")} value={row.validFrom} />
      <input type="hidden" name={name("validTo")} value={row.validTo} />
      <div className="hours-rule__fields">
        <Field name={name("byDay")} label={t("byDay")}>
          {(field) => (
            <Select id={field.id} name={name("byDay")} value={row.byDay} onChange={(event) => onChange("byDay", event.target.value)} invalid={Boolean(field.error)} aria-describedby={field.describedBy}>
              {WEEKDAYS.map((day) => (
                <SelectOption key={day} value={day}>
                  {WEEKDAY_NAMES[locale][day]}
                </SelectOption>
              ))}
            </Select>
          )}
        </Field>
        <Field name={name("repeat")} label={t("repeat")}>
          {(field) => (
            <Select id={field.id} name={name("repeat")} value={row.repeat} onChange={(event) => onChange("repeat", event.target.value)} invalid={Boolean(field.error)} aria-describedby={field.describedBy}>
              {REPEATS.map((repeat) => (
                <SelectOption key={repeat} value={repeat}>
                  {t(`repeat${repeat}`)}
                </SelectOption>
              ))}
            </Select>
          )}
        </Field>
        <Field name={name("opensAt")} label={t("opensAt")} className="hours-rule__time">
          {(field) => (
            <Textbox
              id={field.id}
              type="time"
              name={name("opensAt")}
              value={row.opensAt}
              onChange={(event) => onChange("opensAt", event.target.value)}
              invalid={Boolean(field.error)}
              aria-invalid={field.error ? true : undefined}
              aria-describedby={field.describedBy}
              aria-required
            />
          )}
        </Field>
        <Field name={name("closesAt")} label={t("closesAt")} className="hours-rule__time" hint={pastMidnight ? t("pastMidnight") : undefined}>
          {(field) => (
            <Textbox
              id={field.id}
              type="time"
              name={name("closesAt")}
              value={row.closesAt}
              onChange={(event) => onChange("closesAt", event.target.value)}
              invalid={Boolean(field.error)}
              aria-invalid={field.error ? true : undefined}
              aria-describedby={field.describedBy}
              aria-required
            />
          )}
        </Field>
        <Field name={name("description")} label={`${t("description")} ${tForms("optional")}`} className="hours-rule__note">
          {(field) => (
            <Textbox
              id={field.id}
              name={name("description")}
              value={row.description}
              maxLength={200}
              onChange={(event) => onChange("description", event.target.value)}
              invalid={Boolean(field.error)}
              aria-describedby={field.describedBy}
            />
          )}
        </Field>
      </div>
      <ConfirmSpan name={name("confirmLong")} row={row} onConfirm={onConfirm} />
      <div className="hours-rule__remove">
        {interactive ? (
          <Button type="button" appearance="subtle-button" onClick={onRemove}>
            {t("remove", { number })}
          </Button>
        ) : (
          <FormField type="checkbox">
            <Checkbox id={`${name("remove")}-box`} name={name("remove")} />
            <FormLabel htmlFor={`${name("remove")}-box`} type="checkbox">
              {t("removeNoScript")}
            </FormLabel>
          </FormField>
        )}
      </div>
    </Fieldset>
  );
}
