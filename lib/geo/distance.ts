/** A point in WGS84 degrees, in the {lat, lng} order the database and Leaflet use. */
export type LatLng = { lat: number; lng: number };

// Mean Earth radius (IUGG). Within a city the spherical error is far below a metre, so
// haversine is all the accuracy a "nearest help desk" list needs.
const EARTH_RADIUS_M = 6_371_008.8;

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in metres. */
export function haversineMetres(a: LatLng, b: LatLng): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLng = toRadians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2;
  // min() guards against h creeping past 1 through rounding for antipodal points.
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export type DistanceLocale = "nl" | "en" | "ar" | "tr" | "pl" | "uk";

// Arabic with Latin digits, like the rest of the site (lib/i18n/intl-locale.ts). The units stay
// "m" and "km" in every language: they are what street signs and route planners show here.
const intlLocale: Record<DistanceLocale, string> = { nl: "nl-NL", en: "en-GB", ar: "ar-u-nu-latn", tr: "tr-TR", pl: "pl-PL", uk: "uk-UA" };

/**
 * "47 m", "350 m", "1,2 km" (nl) / "1.2 km" (en), "12 km". Precision drops with distance
 * because a walking distance of "1.234 m" suggests an accuracy geocoding does not have.
 */
export function formatDistance(metres: number, locale: DistanceLocale): string {
  if (!Number.isFinite(metres) || metres < 0) throw new RangeError(`Geen geldige afstand: ${metres}`);
  const format = (value: number, fractionDigits: number) =>
    new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: fractionDigits }).format(value);

  const rounded = metres < 100 ? Math.round(metres) : Math.round(metres / 10) * 10;
  if (rounded < 1000) return `${format(rounded, 0)} m`;
  const km = metres / 1000;
  return km < 9.95 ? `${format(Math.round(km * 10) / 10, 1)} km` : `${format(Math.round(km), 0)} km`;
}
