"use client";
// A group of radio buttons inside an ActionForm: its error and the value to show again
// after a failed send come from the form's state, like the other fields in components/forms.
import { useContext, type ReactNode } from "react";
// Each Utrecht component from its own module: see components/utrecht/client.tsx.
import { Fieldset, FieldsetLegend } from "@utrecht/fieldset-react";
import { FormField } from "@utrecht/form-field-react";
import { FormFieldDescription } from "@utrecht/form-field-description-react";
import { FormFieldErrorMessage } from "@utrecht/form-field-error-message-react";
import { FormLabel } from "@utrecht/form-label-react";
import { RadioButton } from "@utrecht/radio-button-react";
import { FormStateContext, useFieldState } from "@/components/forms/form-state";
import type { Option } from "@/components/forms/fields";

type Props = { name: string; legend: string; description?: ReactNode; options: Option[]; defaultValue?: string };

export function RadioGroup({ name, legend, description, options, defaultValue }: Props) {
  const field = useFieldState(name);
  const { idPrefix } = useContext(FormStateContext);
  const selected = field.failed ? (typeof field.submitted === "string" ? field.submitted : undefined) : defaultValue;
  const describedBy = [description ? `${field.id}-uitleg` : null, field.error ? `${field.id}-fout` : null].filter(Boolean).join(" ") || undefined;
  return (
    <Fieldset id={field.id} invalid={Boolean(field.error)} aria-describedby={describedBy}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description && <FormFieldDescription id={`${field.id}-uitleg`}>{description}</FormFieldDescription>}
      {field.error && <FormFieldErrorMessage id={`${field.id}-fout`}>{field.error}</FormFieldErrorMessage>}
      <div className="radio-group">
        {options.map((option) => {
          const id = `${idPrefix}-${name}-${option.value}`;
          return (
            <FormField type="radio" key={option.value}>
              <RadioButton
                key={field.failed ? `f-${selected === option.value}` : "initial"}
                id={id}
                name={name}
                value={option.value}
                defaultChecked={selected === option.value}
                invalid={Boolean(field.error)}
              />
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
