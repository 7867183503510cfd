// The help finder's questions as plain HTML inputs in Utrecht's components: no form state, so
// the GET form works without JavaScript and every answer ends up in the URL. Server
// components, each Utrecht part from its own package: the page ships no script for them (the
// library's Checkbox uses hooks for "indeterminate", which a plain question never is, so its
// markup is written out here with the same classes).
// A question with a field message says so next to it and in its description, so a screen
// reader reads the message with the question.
import { Fieldset, FieldsetLegend } from "@utrecht/fieldset-react";
import { FormField } from "@utrecht/form-field-react";
import { FormFieldDescription } from "@utrecht/form-field-description-react";
import { FormFieldErrorMessage } from "@utrecht/form-field-error-message-react";
import { FormLabel } from "@utrecht/form-label-react";
import { RadioButton } from "@utrecht/radio-button-react";
import { Textbox } from "@utrecht/textbox-react";
import { PlainOptions } from "@/components/forms/plain-options";
import { Select, SelectOption } from "@/components/utrecht/select";

type Option = { value: string; label: string };
type Described = { id: string; description?: string; error?: string };

/** Ids of the description and the message, for aria-describedby: message first. */
function describedBy({ id, description, error }: Described): string | undefined {
  const ids = [error && `${id}-fout`, description && `${id}-uitleg`].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

function Notes({ id, description, error }: Described) {
  return (
    <>
      {error && <FormFieldErrorMessage id={`${id}-fout`}>{error}</FormFieldErrorMessage>}
      {description && <FormFieldDescription id={`${id}-uitleg`}>{description}</FormFieldDescription>}
    </>
  );
}

/** The id of a choice's input: the first one is where the error summary links to. */
export const choiceId = (id: string, value: string) => `${id}-${value}`;

type ChoiceProps = Described & { type: "checkbox" | "radio"; name: string; legend: string; options: Option[]; selected: readonly string[] };

export function ChoiceQuestion({ type, id, name, legend, description, error, options, selected }: ChoiceProps) {
  return (
    <Fieldset id={id} invalid={!!error} aria-describedby={describedBy({ id, description, error })}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      <Notes id={id} description={description} error={error} />
      <div className="hf-choices">
        {options.map((option) => {
          const inputId = choiceId(id, option.value);
          return (
            <FormField type={type} key={option.value}>
              {type === "checkbox" ? (
                <input
                  type="checkbox"
                  id={inputId}
                  name={name}
                  value={option.value}
                  defaultChecked={selected.includes(option.value)}
                  aria-invalid={error ? true : undefined}
                  className={`utrecht-checkbox utrecht-checkbox--html-input${error ? " utrecht-checkbox--invalid" : ""}`}
                />
              ) : (
                <RadioButton id={inputId} name={name} value={option.value} defaultChecked={selected.includes(option.value)} invalid={!!error} />
              )}
              <FormLabel htmlFor={inputId} type={type}>
                {option.label}
              </FormLabel>
            </FormField>
          );
        })}
      </div>
    </Fieldset>
  );
}

type SelectProps = Described & {
  name: string;
  label: string;
  value: string;
  /** The empty choice first ("Kies je buurt"), if any. */
  empty?: string;
  options?: Option[];
  groups?: { label: string; options: Option[] }[];
};

export function SelectQuestion({ id, name, label, description, error, value, empty, options = [], groups = [] }: SelectProps) {
  return (
    <FormField invalid={!!error}>
      <FormLabel htmlFor={id}>{label}</FormLabel>
      <Notes id={id} description={description} error={error} />
      <Select id={id} name={name} defaultValue={value} invalid={!!error} aria-describedby={describedBy({ id, description, error })}>
        {empty !== undefined && <SelectOption value="">{empty}</SelectOption>}
        <PlainOptions options={options} groups={groups} />
      </Select>
    </FormField>
  );
}

type TextProps = Described & { name: string; label: string; value: string; maxLength: number; autoComplete?: string };

export function TextQuestion({ id, name, label, description, error, value, maxLength, autoComplete }: TextProps) {
  return (
    <FormField invalid={!!error}>
      <FormLabel htmlFor={id}>{label}</FormLabel>
      <Notes id={id} description={description} error={error} />
      <Textbox
        id={id}
        name={name}
        defaultValue={value}
        maxLength={maxLength}
        autoComplete={autoComplete}
        invalid={!!error}
        aria-describedby={describedBy({ id, description, error })}
      />
    </FormField>
  );
}
