// The Utrecht components that run in the browser on every public page (the layout's error
// page, the map page's form, list and map), each from its own package. The library's barrel
// (@utrecht/component-library-react) defines most components in one file and does not declare
// itself free of side effects, so a client import of any one of them shipped all of them:
// about 59 kB gzipped on every page. Server components may keep using the barrel: it costs
// them no JavaScript in the browser.
//
// The packages below are the barrel's own dependencies (same versions); the few components
// it defines itself are copied here and in the files beside this one, with the same markup
// and classes. Client components import Utrecht components from here, never from the barrel
// (the organisation page's report form did: 56 kB gzipped of components it never shows).
import { forwardRef, type HTMLAttributes, type SelectHTMLAttributes } from "react";
import { clsx } from "./clsx";

export { Button } from "@utrecht/button-react";
export { ButtonGroup } from "@utrecht/button-group-react";
export { Checkbox } from "@utrecht/checkbox-react";
export { Fieldset, FieldsetLegend } from "@utrecht/fieldset-react";
export { FormField } from "@utrecht/form-field-react";
export { FormFieldDescription } from "@utrecht/form-field-description-react";
export { FormFieldErrorMessage } from "@utrecht/form-field-error-message-react";
export { FormLabel } from "@utrecht/form-label-react";
export { RadioButton } from "@utrecht/radio-button-react";
export { Textbox } from "@utrecht/textbox-react";
export { Alert } from "./alert";
export { UnorderedList, UnorderedListItem } from "./list";
export { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "./table";
export { Textarea } from "./textarea";

export const Heading1 = forwardRef<HTMLHeadingElement, HTMLAttributes<HTMLHeadingElement>>(function Heading1({ className, ...props }, ref) {
  return <h1 {...props} ref={ref} className={clsx("utrecht-heading-1", className)} />;
});

export const Heading2 = forwardRef<HTMLHeadingElement, HTMLAttributes<HTMLHeadingElement>>(function Heading2({ className, ...props }, ref) {
  return <h2 {...props} ref={ref} className={clsx("utrecht-heading-2", className)} />;
});

type ParagraphProps = HTMLAttributes<HTMLParagraphElement> & { lead?: boolean };

export const Paragraph = forwardRef<HTMLParagraphElement, ParagraphProps>(function Paragraph({ className, lead, children, ...props }, ref) {
  return (
    <p {...props} ref={ref} className={clsx("utrecht-paragraph", lead && "utrecht-paragraph--lead", className)}>
      {lead ? <b className="utrecht-paragraph__b">{children}</b> : children}
    </p>
  );
});

export type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & { busy?: boolean; invalid?: boolean; noscript?: boolean };

/** As the library's Select: `required` becomes aria-required unless `noscript`, so the browser's own bubble never shows. */
export const Select = forwardRef<HTMLSelectElement, SelectProps>(function Select({ busy, invalid, required, noscript, className, ...props }, ref) {
  return (
    <select
      aria-busy={busy || undefined}
      aria-invalid={invalid || undefined}
      required={noscript ? required : false}
      aria-required={noscript ? undefined : required || undefined}
      className={clsx("utrecht-select", "utrecht-select--html-select", busy && "utrecht-select--busy", invalid && "utrecht-select--invalid", required && "utrecht-select--required", className)}
      ref={ref}
      {...props}
    />
  );
});

export const SelectOption = forwardRef<HTMLOptionElement, React.OptionHTMLAttributes<HTMLOptionElement>>(function SelectOption({ className, disabled, ...props }, ref) {
  return <option {...props} ref={ref} disabled={disabled} className={clsx("utrecht-select__option", disabled && "utrecht-select__option--disabled", className)} />;
});
