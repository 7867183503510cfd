import { useTranslations } from "next-intl";
import { Button, ButtonGroup, Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormLabel, Select, SelectOption } from "@utrecht/component-library-react";
import { Link } from "@/lib/i18n/navigation";
import type { KindParam } from "@/lib/network/filters";

export type FilterChoice = { value: string; label: string };

type Props = {
  /** The localized path of this page: the form is a plain GET form, it needs no JavaScript. */
  action: string;
  values: { wijk: string; netwerk: string; kind: KindParam | "" };
  wijken: FilterChoice[];
  networks: FilterChoice[];
  filtered: boolean;
};

function Choice({ id, name, label, description, any, options, value }: { id: string; name: string; label: string; description?: string; any: string; options: FilterChoice[]; value: string }) {
  return (
    <FormField
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={description && <FormFieldDescription id={`${id}-uitleg`}>{description}</FormFieldDescription>}
      input={
        <Select id={id} name={name} defaultValue={value} aria-describedby={description ? `${id}-uitleg` : undefined}>
          <SelectOption value="">{any}</SelectOption>
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

export function NetworkFilterForm({ action, values, wijken, networks, filtered }: Props) {
  const t = useTranslations("Network.view");
  return (
    <form method="get" action={action} className="network-filters">
      <Fieldset>
        <FieldsetLegend>{t("filtersLegend")}</FieldsetLegend>
        <div className="network-filters__fields">
          <Choice id="filter-wijk" name="wijk" label={t("wijk")} description={t("wijkHint")} any={t("anyWijk")} options={wijken} value={values.wijk} />
          <Choice id="filter-netwerk" name="netwerk" label={t("network")} any={t("anyNetwork")} options={networks} value={values.netwerk} />
          <Choice
            id="filter-soort"
            name="kind"
            label={t("kind")}
            any={t("anyKind")}
            options={[
              { value: "formal", label: t("formal") },
              { value: "informal", label: t("informal") },
            ]}
            value={values.kind}
          />
        </div>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button">
            {t("apply")}
          </Button>
          {filtered && (
            <Link href="/netwerk" className="utrecht-link network-filters__clear">
              {t("clear")}
            </Link>
          )}
        </ButtonGroup>
      </Fieldset>
    </form>
  );
}
