/** Class names, leaving out the unset ones. */
export function clsx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}
