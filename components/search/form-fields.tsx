"use client";
// Labelled form fields from Utrecht's NL Design System, with the wiring (ids, description)
// done once, so the filter forms read as a list of questions.
import type { TextboxProps } from "@utrecht/component-library-react";
import { Checkbox, FormField, FormFieldDescription, FormLabel, Select, SelectOption, Textbox, type SelectProps } from "@/components/utrecht/client";

import { PlainOptions, type PlainOption, type PlainOptionGroup } from "@/components/forms/plain-options";

export type FieldOption = PlainOption;
export type OptionGroup = PlainOptionGroup;

type Described = { id: string; label: string; description?: string };

function describedBy(id: string, description: string | undefined): string | undefined {
  return description ? `${id}-uitleg` : undefined;
}

export function TextField({ id, label, description, ...input }: Described & Omit<TextboxProps, "id">) {
  return (
    <FormField
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={description && <FormFieldDescription id={`${id}-uitleg`}>{description}</FormFieldDescription>}
      input={<Textbox id={id} aria-describedby={describedBy(id, description)} {...input} />}
    />
  );
}

type SelectFieldProps = Described &
  Omit<SelectProps, "id" | "children"> & {
    /** The "all" choice, with an empty value. */
    any: string;
    options?: FieldOption[];
    groups?: OptionGroup[];
  };

export function SelectField({ id, label, description, any, options = [], groups = [], ...select }: SelectFieldProps) {
  return (
    <FormField
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={description && <FormFieldDescription id={`${id}-uitleg`}>{description}</FormFieldDescription>}
      input={
        <Select id={id} aria-describedby={describedBy(id, description)} {...select}>
          <SelectOption value="">{any}</SelectOption>
          <PlainOptions options={options} groups={groups} />
        </Select>
      }
    />
  );
}

export function CheckboxField({ id, label, name, value, defaultChecked }: { id: string; label: string; name: string; value: string; defaultChecked: boolean }) {
  return (
    <FormField
      type="checkbox"
      input={<Checkbox id={id} name={name} value={value} defaultChecked={defaultChecked} />}
      label={
        <FormLabel htmlFor={id} type="checkbox">
          {label}
        </FormLabel>
      }
    />
  );
}
