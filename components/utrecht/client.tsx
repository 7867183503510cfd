// The Utrecht components that run in the browser on the map page (its form, list and map) and
// the layout's error page, each from its own package. The library's barrel
// (@utrecht/component-library-react) defines most components in one file and does not declare
// itself free of side effects, so a client import of any one of them shipped all of them:
// about 59 kB gzipped on every page. Server components may keep using the barrel: it costs
// them no JavaScript in the browser.
//
// The packages below are the barrel's own dependencies (same versions); the few components it
// defines itself are copied in the files beside this one, with the same markup and classes.
// Neither those packages nor this project declare themselves free of side effects either, so
// importing this file brings every component it names into the page. Client components on other
// pages import each component from its own module instead (components/forms does: its report
// form on the organisation page took the whole barrel, 56 kB gzipped, until it did).
export { Button } from "@utrecht/button-react";
export { ButtonGroup } from "@utrecht/button-group-react";
export { Checkbox } from "@utrecht/checkbox-react";
export { Fieldset, FieldsetLegend } from "@utrecht/fieldset-react";
export { FormField } from "@utrecht/form-field-react";
export { FormFieldDescription } from "@utrecht/form-field-description-react";
export { FormLabel } from "@utrecht/form-label-react";
export { Textbox } from "@utrecht/textbox-react";
export { Heading1, Heading2 } from "./heading";
export { Paragraph } from "./paragraph";
export { Select, SelectOption, type SelectProps } from "./select";
