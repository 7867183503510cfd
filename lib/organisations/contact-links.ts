// Hrefs for the contact links on a detail page. Numbers are stored as people write them
// ("030-740 1101", "06-1234 5678"); links need digits only.

/** "030-740 1101" → "tel:0307401101"; "+31 30 …" keeps its plus. */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, "");
  return `tel:${trimmed.startsWith("+") ? "+" : ""}${digits}`;
}

/**
 * WhatsApp's click-to-chat wants the full international number without plus or zeros in
 * front: "06-1234 5678" → "https://wa.me/31612345678". A Dutch number written without
 * country code gets 31; null when nothing number-like is left.
 */
export function whatsappHref(number: string): string | null {
  const trimmed = number.trim();
  let digits = trimmed.replace(/\D/g, "");
  if (!trimmed.startsWith("+")) {
    if (digits.startsWith("00")) digits = digits.slice(2);
    else if (digits.startsWith("0")) digits = `31${digits.slice(1)}`;
  }
  return digits.length >= 8 ? `https://wa.me/${digits}` : null;
}

/** "https://www.utrecht.nl/werk-en-inkomen/" → "utrecht.nl/werk-en-inkomen": short enough to read aloud. */
export function websiteLabel(url: string): string {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname.replace(/\/+$/, "");
    return `${parsed.hostname.replace(/^www\./, "")}${path}`;
  } catch {
    return url;
  }
}

/** Only http(s) links are rendered as links: a stored "javascript:" URL must never become one. */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

/** A route planner, opened only when the visitor follows the link: nothing is loaded before. */
export function routeHref(lat: number, lng: number): string {
  return `https://www.openstreetmap.org/directions?to=${lat},${lng}`;
}
