"use client";
// The filters: a plain GET form, so it works without JavaScript; with it, a search is a
// client-side navigation to the same URL. The form is remounted for every search (the page
// keys it on the query), so after the back button it shows that search's values again.
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import NextLink from "next/link";
import { Button, ButtonGroup, Fieldset, FieldsetLegend } from "@/components/utrecht/client";
import { queryFromEntries } from "@/lib/search-ui/query-string";
import { CheckboxField, SelectField, TextField, type FieldOption } from "./form-fields";
import { useSearchNavigation } from "./use-search-navigation";

/** The buurten of one wijk (`label` is the wijk's name): each wijk named once, not per buurt, in the page's data. */
export type BuurtGroup = { wijk: string; label: string; options: FieldOption[] };

export type FilterValues = {
  q: string;
  wijk: string;
  buurt: string;
  category: string;
  open: string;
  at: string;
  lang: string;
  phase: string;
  kind: string;
  access: string[];
  free: boolean;
  noRegistration: boolean;
};

export type FilterOptions = {
  wijken: FieldOption[];
  buurten: BuurtGroup[];
  categories: FieldOption[];
  open: FieldOption[];
  languages: FieldOption[];
  phases: FieldOption[];
  kinds: FieldOption[];
  access: FieldOption[];
  free: string;
  noRegistration: string;
};

type Props = {
  action: string;
  values: FilterValues;
  options: FilterOptions;
  /** Kept as a hidden field: filtering does not forget where the visitor searches from. */
  near: string | null;
  clearHref: string | null;
};

export function FilterForm({ action, values, options, near, clearHref }: Props) {
  const t = useTranslations("Search.filters");
  const { navigate, pending } = useSearchNavigation();
  const [wijk, setWijk] = useState(values.wijk);
  const [buurt, setBuurt] = useState(values.buurt);
  const buurtGroups = wijk ? options.buurten.filter((group) => group.wijk === wijk) : options.buurten;
  const moreChosen = [values.phase, values.kind, values.free, values.noRegistration].filter(Boolean).length + values.access.length;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate(queryFromEntries(new FormData(event.currentTarget)));
  }

  function onWijkChange(next: string) {
    setWijk(next);
    // A buurt of another wijk would give no results at all.
    if (buurt && next && !options.buurten.some((group) => group.wijk === next && group.options.some((b) => b.value === buurt))) setBuurt("");
  }

  return (
    <form method="get" action={action} onSubmit={onSubmit} className="filter-form" aria-busy={pending}>
      {near && <input type="hidden" name="near" value={near} />}
      <Fieldset>
        <FieldsetLegend className="visually-hidden">{t("legend")}</FieldsetLegend>
        <TextField id="filter-q" name="q" type="search" label={t("q")} description={t("qDescription")} defaultValue={values.q} maxLength={100} autoComplete="off" />
        <div className="filter-form__row">
          <SelectField id="filter-wijk" name="wijk" label={t("wijk")} any={t("wijkAny")} options={options.wijken} value={wijk} onChange={(e) => onWijkChange(e.target.value)} />
          <SelectField
            id="filter-buurt"
            name="buurt"
            label={t("buurt")}
            any={t("buurtAny")}
            {...(wijk ? { options: buurtGroups.flatMap((group) => group.options) } : { groups: buurtGroups })}
            value={buurt}
            onChange={(e) => setBuurt(e.target.value)}
          />
        </div>
        <SelectField id="filter-category" name="category" label={t("category")} any={t("categoryAny")} options={options.categories} defaultValue={values.category} />
        <div className="filter-form__row">
          <SelectField id="filter-open" name="open" label={t("open")} any={t("openAny")} options={options.open} defaultValue={values.open} />
          <TextField id="filter-at" name="at" type="time" label={t("at")} description={t("atDescription")} defaultValue={values.at} />
        </div>
        <SelectField id="filter-lang" name="lang" label={t("lang")} any={t("langAny")} options={options.languages} defaultValue={values.lang} />
        <details className="filter-form__more" open={moreChosen > 0}>
          <summary>{moreChosen > 0 ? t("moreActive", { count: moreChosen }) : t("more")}</summary>
          <SelectField id="filter-phase" name="phase" label={t("phase")} any={t("phaseAny")} options={options.phases} defaultValue={values.phase} />
          <SelectField id="filter-kind" name="kind" label={t("kind")} any={t("kindAny")} options={options.kinds} defaultValue={values.kind} />
          <Fieldset>
            <FieldsetLegend>{t("access")}</FieldsetLegend>
            {options.access.map((option) => (
              <CheckboxField key={option.value} id={`filter-access-${option.value}`} name="access" value={option.value} label={option.label} defaultChecked={values.access.includes(option.value)} />
            ))}
          </Fieldset>
          <Fieldset>
            <FieldsetLegend>{t("conditions")}</FieldsetLegend>
            <CheckboxField id="filter-free" name="free" value="true" label={options.free} defaultChecked={values.free} />
            <CheckboxField id="filter-no-registration" name="no_registration" value="true" label={options.noRegistration} defaultChecked={values.noRegistration} />
          </Fieldset>
        </details>
      </Fieldset>
      <ButtonGroup className="filter-form__actions">
        <Button type="submit" appearance="primary-action-button" busy={pending}>
          {t("submit")}
        </Button>
        {clearHref && (
          <NextLink href={clearHref} className="utrecht-link utrecht-link--html-a filter-form__clear">
            {t("clear")}
          </NextLink>
        )}
      </ButtonGroup>
      <p className="filter-form__status" role="status">
        {pending ? t("pending") : ""}
      </p>
    </form>
  );
}
