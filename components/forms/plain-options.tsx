// The options of a select, loose and in groups, as plain <option>s: the Utrecht styles have no
// rule for their class, and the buurt list alone has 111 of them in a page's HTML. No hooks, so
// both client forms (the map's filters) and server forms (the help finder) use it.
export type PlainOption = { value: string; label: string };
export type PlainOptionGroup = { label: string; options: PlainOption[] };

export function PlainOptions({ options = [], groups = [] }: { options?: PlainOption[]; groups?: PlainOptionGroup[] }) {
  return (
    <>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
      {groups.map((group) => (
        <optgroup key={group.label} label={group.label}>
          {group.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
