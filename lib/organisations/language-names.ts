// Language names in the reader's language from ISO 639 codes ("ar" → "Arabisch"), via
// Intl.DisplayNames so no list has to be kept up to date. Some codes the ICU data does not
// name (the collective "ber" for Berber/Tamazight languages): the caller supplies those.

export function languageName(code: string, locale: string, fallback: (code: string) => string | undefined): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([locale], { type: "language", fallback: "none" }).of(code);
  } catch {
    // A structurally invalid code: fall through to the caller's name or the code itself.
  }
  return name ?? fallback(code) ?? code;
}
