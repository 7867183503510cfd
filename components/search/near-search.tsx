"use client";
// "Near me": the browser's location, or an address or postcode looked up by our own server
// (/api/v1/geocode), never by PDOK from the browser. Either way the result is `near` in the
// URL. Without JavaScript the address form is a GET form the page geocodes itself.
import { useState, useSyncExternalStore, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Button, Fieldset, FieldsetLegend } from "@/components/utrecht/client";
import { ADDRESS_PARAM } from "@/lib/search-ui/address-param";
import { withNear } from "@/lib/search-ui/query-string";
import { TextField } from "./form-fields";
import { useSearchNavigation } from "./use-search-navigation";

type Status =
  | { kind: "idle" }
  | { kind: "busy"; message: "locating" | "searching" }
  | { kind: "found"; label: string }
  | { kind: "problem"; message: "denied" | "unavailable" | "unsupported" | "notFound" | "serviceDown" | "tooMany" | "invalid" };

type GeocodeAnswer = { label: string; lat: number; lng: number };

const isGeocodeAnswer = (value: unknown): value is GeocodeAnswer =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as GeocodeAnswer).label === "string" &&
  typeof (value as GeocodeAnswer).lat === "number" &&
  typeof (value as GeocodeAnswer).lng === "number";

type Props = {
  action: string;
  /** The current filters, as hidden fields of the form for use without JavaScript. */
  hidden: [string, string][];
  defaultAddress: string;
};

export function NearSearch({ action, hidden, defaultAddress }: Props) {
  const t = useTranslations("Search.where");
  const searchParams = useSearchParams();
  const { navigate, pending } = useSearchNavigation();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  // The location button needs JavaScript; without it, it would be a button that does nothing.
  const canLocate = useSyncExternalStore(
    () => () => undefined,
    () => true,
    () => false,
  );

  function goTo(lat: number, lng: number) {
    navigate(withNear(new URLSearchParams(searchParams.toString()), { lat, lng }));
  }

  function locateMe() {
    if (!("geolocation" in navigator)) return setStatus({ kind: "problem", message: "unsupported" });
    setStatus({ kind: "busy", message: "locating" });
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setStatus({ kind: "idle" });
        goTo(position.coords.latitude, position.coords.longitude);
      },
      (error) => setStatus({ kind: "problem", message: error.code === error.PERMISSION_DENIED ? "denied" : "unavailable" }),
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 300_000 },
    );
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const q = String(new FormData(event.currentTarget).get(ADDRESS_PARAM) ?? "").trim();
    if (q.length < 2) return setStatus({ kind: "problem", message: "invalid" });
    setStatus({ kind: "busy", message: "searching" });
    try {
      const response = await fetch(`/api/v1/geocode?q=${encodeURIComponent(q)}`, { headers: { accept: "application/json" } });
      const body: unknown = await response.json().catch(() => null);
      if (response.ok && isGeocodeAnswer(body)) {
        setStatus({ kind: "found", label: body.label });
        goTo(body.lat, body.lng);
      } else if (response.status === 404) setStatus({ kind: "problem", message: "notFound" });
      else if (response.status === 400) setStatus({ kind: "problem", message: "invalid" });
      else if (response.status === 429) setStatus({ kind: "problem", message: "tooMany" });
      else setStatus({ kind: "problem", message: "serviceDown" });
    } catch {
      setStatus({ kind: "problem", message: "serviceDown" });
    }
  }

  const message =
    status.kind === "busy" ? t(status.message) : status.kind === "found" ? t("found", { label: status.label }) : status.kind === "problem" ? t(status.message) : "";

  return (
    <form method="get" action={action} onSubmit={onSubmit} className="near-search" aria-busy={pending || status.kind === "busy"}>
      {hidden.map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      <Fieldset>
        <FieldsetLegend>{t("legend")}</FieldsetLegend>
        {canLocate && (
          <Button type="button" appearance="secondary-action-button" onClick={locateMe} className="near-search__locate">
            {t("useLocation")}
          </Button>
        )}
        <div className="near-search__address">
          <TextField id="near-address" name={ADDRESS_PARAM} type="text" label={t("addressLabel")} description={t("addressDescription")} defaultValue={defaultAddress} autoComplete="street-address" maxLength={100} />
          <Button type="submit" appearance="secondary-action-button">
            {t("addressSubmit")}
          </Button>
        </div>
      </Fieldset>
      <p className={status.kind === "problem" ? "near-search__status near-search__status--problem" : "near-search__status"} role="status">
        {message}
      </p>
    </form>
  );
}
