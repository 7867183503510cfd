"use client";
// Radio buttons and checkboxes for the referral helper's GET form: plain HTML inputs (no
// form state), so the form works without JavaScript and every choice ends up in the URL.
import { Checkbox, Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormLabel, RadioButton } from "@utrecht/component-library-react";

type Option = { value: string; label: string };
type Props = { idPrefix: string; name: string; legend: string; description?: string; options: Option[] };

export function RadioChoices({ idPrefix, name, legend, description, options, selected }: Props & { selected: string }) {
  return (
    <Fieldset aria-describedby={description ? `${idPrefix}-uitleg` : undefined}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description && <FormFieldDescription id={`${idPrefix}-uitleg`}>{description}</FormFieldDescription>}
      <div className="rh-choices">
        {options.map((option) => {
          const id = `${idPrefix}-${option.value}`;
          return (
            <FormField type="radio" key={option.value}>
              <RadioButton id={id} name={name} value={option.value} defaultChecked={selected === option.value} />
              <FormLabel htmlFor={id} type="radio">
                {option.label}
              </FormLabel>
            </FormField>
          );
        })}
      </div>
    </Fieldset>
  );
}

export function CheckboxChoices({ idPrefix, name, legend, description, options, selected }: Props & { selected: readonly string[] }) {
  return (
    <Fieldset aria-describedby={description ? `${idPrefix}-uitleg` : undefined}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description && <FormFieldDescription id={`${idPrefix}-uitleg`}>{description}</FormFieldDescription>}
      <div className="rh-choices">
        {options.map((option) => {
          const id = `${idPrefix}-${option.value}`;
          return (
            <FormField type="checkbox" key={option.value}>
              <Checkbox id={id} name={name} value={option.value} defaultChecked={selected.includes(option.value)} />
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
