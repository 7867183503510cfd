"use client";
// Form fields for the management pages, built on Utrecht's NL Design System form components.
// Each reads its error and its last submitted value from the surrounding ActionForm.
import { useContext, type ReactNode } from "react";
// Each Utrecht component from its own module: see components/utrecht/client.tsx.
import { Checkbox } from "@utrecht/checkbox-react";
import { Fieldset, FieldsetLegend } from "@utrecht/fieldset-react";
import { FormField } from "@utrecht/form-field-react";
import { FormFieldDescription } from "@utrecht/form-field-description-react";
import { FormFieldErrorMessage } from "@utrecht/form-field-error-message-react";
import { FormLabel } from "@utrecht/form-label-react";
import { Textbox } from "@utrecht/textbox-react";
import { Select, SelectOption } from "@/components/utrecht/select";
import { Textarea } from "@/components/utrecht/textarea";
import { useTranslations } from "next-intl";
import { FormStateContext, useFieldState } from "./form-state";

type Base = { name: string; label: string; description?: ReactNode; required?: boolean };

function describedBy(id: string, description: ReactNode, error: string | undefined): string | undefined {
  const ids = [description ? `${id}-uitleg` : null, error ? `${id}-fout` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function Label({ id, label, required }: { id: string; label: string; required?: boolean }) {
  const t = useTranslations("Forms");
  return (
    <FormLabel htmlFor={id}>
      {label}
      {!required && <span className="form-optional"> {t("optional")}</span>}
    </FormLabel>
  );
}

function Extras({ id, description, error }: { id: string; description: ReactNode; error?: string }) {
  return (
    <>
      {description && <FormFieldDescription id={`${id}-uitleg`}>{description}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={`${id}-fout`}>{error}</FormFieldErrorMessage>}
    </>
  );
}

function slots(id: string, description: ReactNode, error: string | undefined) {
  return {
    description: description ? <FormFieldDescription id={`${id}-uitleg`}>{description}</FormFieldDescription> : undefined,
    errorMessage: error ? <FormFieldErrorMessage id={`${id}-fout`}>{error}</FormFieldErrorMessage> : undefined,
  };
}

function text(value: unknown): string | undefined {
  return value === null || value === undefined ? undefined : String(value);
}

export function TextInput({
  name,
  label,
  description,
  required,
  defaultValue,
  type = "text",
  autoComplete,
  maxLength,
  inputMode,
  className,
}: Base & {
  defaultValue?: string | null;
  type?: "text" | "email" | "url" | "tel" | "password" | "time" | "date" | "number";
  autoComplete?: string;
  maxLength?: number;
  inputMode?: "numeric" | "tel" | "email" | "url" | "text";
  className?: string;
}) {
  const field = useFieldState(name);
  const value = field.failed && type !== "password" ? text(field.submitted) : (defaultValue ?? undefined);
  return (
    <FormField
      invalid={Boolean(field.error)}
      className={className}
      label={<Label id={field.id} label={label} required={required} />}
      {...slots(field.id, description, field.error)}
      input={
      <Textbox
        key={field.failed ? `f-${value}` : "initial"}
        id={field.id}
        name={name}
        type={type}
        defaultValue={value}
        invalid={Boolean(field.error)}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(field.id, description, field.error)}
        aria-required={required || undefined}
        autoComplete={autoComplete}
        maxLength={maxLength}
        inputMode={inputMode}
      />
      }
    />
  );
}

/** `lang` and `dir`: the language the text is written in, when not the page's (a translation). */
export function TextArea({
  name,
  label,
  description,
  required,
  defaultValue,
  rows = 4,
  maxLength,
  lang,
  dir,
}: Base & { defaultValue?: string | null; rows?: number; maxLength?: number; lang?: string; dir?: "ltr" | "rtl" }) {
  const field = useFieldState(name);
  const value = field.failed ? text(field.submitted) : (defaultValue ?? undefined);
  return (
    <FormField
      invalid={Boolean(field.error)}
      label={<Label id={field.id} label={label} required={required} />}
      {...slots(field.id, description, field.error)}
      input={
      <Textarea
        key={field.failed ? `f-${value}` : "initial"}
        id={field.id}
        name={name}
        rows={rows}
        defaultValue={value}
        invalid={Boolean(field.error)}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(field.id, description, field.error)}
        aria-required={required || undefined}
        maxLength={maxLength}
        lang={lang}
        dir={dir}
      />
      }
    />
  );
}

export function CheckboxInput({ name, label, description, defaultChecked }: Omit<Base, "required"> & { defaultChecked?: boolean }) {
  const field = useFieldState(name);
  const checked = field.failed ? field.submitted === "on" : Boolean(defaultChecked);
  return (
    <FormField type="checkbox" invalid={Boolean(field.error)}>
      <Checkbox
        key={field.failed ? `f-${checked}` : "initial"}
        id={field.id}
        name={name}
        defaultChecked={checked}
        aria-describedby={describedBy(field.id, description, field.error)}
      />
      <FormLabel htmlFor={field.id} type="checkbox">
        {label}
      </FormLabel>
      <Extras id={field.id} description={description} error={field.error} />
    </FormField>
  );
}

export type Option = { value: string; label: string };

/** A group of checkboxes submitted as a list ("name[]"). */
export function CheckboxGroup({ name, legend, description, options, defaultValues = [] }: { name: string; legend: string; description?: ReactNode; options: Option[]; defaultValues?: string[] }) {
  const field = useFieldState(name);
  const { idPrefix } = useContext(FormStateContext);
  const submitted = field.submitted === undefined ? [] : Array.isArray(field.submitted) ? field.submitted.map(String) : [String(field.submitted)];
  const selected = new Set(field.failed ? submitted : defaultValues);
  return (
    <Fieldset invalid={Boolean(field.error)} id={field.id} aria-describedby={describedBy(field.id, description, field.error)}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      <Extras id={field.id} description={description} error={field.error} />
      <div className="checkbox-group">
        {options.map((option) => {
          const id = `${idPrefix}-${name}-${option.value}`;
          return (
            <FormField type="checkbox" key={option.value}>
              <Checkbox key={field.failed ? `f-${selected.has(option.value)}` : "initial"} id={id} name={`${name}[]`} value={option.value} defaultChecked={selected.has(option.value)} />
              <FormLabel htmlFor={id} type="checkbox">
                {option.label}
              </FormLabel>
            </FormField>
          );
        })}
      </div>
    </Fieldset>
  );
}

export function SelectInput({ name, label, description, required, options, defaultValue, emptyLabel }: Base & { options: Option[]; defaultValue?: string | null; emptyLabel?: string }) {
  const field = useFieldState(name);
  const value = field.failed ? text(field.submitted) : (defaultValue ?? undefined);
  return (
    <FormField
      invalid={Boolean(field.error)}
      label={<Label id={field.id} label={label} required={required} />}
      {...slots(field.id, description, field.error)}
      input={
      <Select
        key={field.failed ? `f-${value}` : "initial"}
        id={field.id}
        name={name}
        defaultValue={value ?? ""}
        invalid={Boolean(field.error)}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(field.id, description, field.error)}
      >
        {emptyLabel !== undefined && <SelectOption value="">{emptyLabel}</SelectOption>}
        {options.map((option) => (
          <SelectOption key={option.value} value={option.value}>
            {option.label}
          </SelectOption>
        ))}
      </Select>
      }
    />
  );
}

/** The version the form was loaded with; after a conflict, the newest one (see ConflictPanel). */
export function VersionField({ version }: { version: number }) {
  const { state } = useContext(FormStateContext);
  const value = state.status === "conflict" ? state.currentVersion : version;
  return <input type="hidden" name="version" value={value} />;
}

export function HiddenField({ name, value }: { name: string; value: string | number }) {
  return <input type="hidden" name={name} value={value} />;
}
