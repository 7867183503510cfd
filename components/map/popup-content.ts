// The popup of a marker: the place, and each service there with its organisation (a link to
// its page) and, when it is, "open now". "Toon in de lijst" moves focus to the list, where the
// full details are. Built as plain elements when a popup opens, not rendered by React ahead
// of time: the map can hold thousands of places and only one popup is open at a time. The
// markers know only a place's name, kind and number of services (the map points stay
// compact); the address and the services are loaded when the popup opens, with a short
// loading text until they are in and an error text if they do not come.
import type { MapPlace, MapPlaceDetails } from "@/lib/search-ui/map-features";

export type PopupTexts = {
  openNow: string;
  showInList: string;
  loading: string;
  failed: string;
  /** The page of an organisation, in the page's language. */
  organisationHref: (slug: string) => string;
  /** Follows a link inside the app without reloading the page. */
  navigate: (href: string) => void;
};

/** A plain click: a new tab or window (modifier keys, middle button) is the browser's. */
function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function serviceList(details: MapPlaceDetails, texts: PopupTexts): HTMLUListElement {
  const list = element("ul", "map-popup-list");
  for (const entry of details.entries) {
    const item = element("li");
    const link = element("a", undefined, entry.organisationName);
    link.href = texts.organisationHref(entry.organisationSlug);
    link.addEventListener("click", (event) => {
      if (!isPlainClick(event)) return;
      event.preventDefault();
      texts.navigate(link.pathname);
    });
    item.append(link, `: ${entry.serviceName}`);
    if (entry.open) item.append(element("br"), element("span", "map-popup__open", texts.openNow));
    list.append(item);
  }
  return list;
}

export type PopupContent = {
  root: HTMLElement;
  /** Puts the loaded services in place of the loading text. */
  show: (details: MapPlaceDetails) => void;
  /** Puts the error text in place of the loading text. */
  fail: () => void;
};

/**
 * The popup with its name and "Toon in de lijst" at once, and a loading text where the address
 * and services go. The status line is a live region, so a screen reader hears when it fails.
 */
export function popupContent(place: MapPlace, texts: PopupTexts, onShowInList: () => void): PopupContent {
  const root = element("div", "map-popup");
  root.tabIndex = -1;
  root.setAttribute("aria-busy", "true");
  const address = element("p", "map-popup__address");
  address.hidden = true;
  const status = element("p", "map-popup__status", texts.loading);
  status.setAttribute("role", "status");
  const body = element("div");
  const button = element("button", "map-popup__list-button", texts.showInList);
  button.type = "button";
  button.addEventListener("click", onShowInList);
  root.append(element("p", "map-popup__title", place.name), address, status, body, button);
  return {
    root,
    show: (details) => {
      address.textContent = details.address;
      address.hidden = false;
      status.remove();
      body.replaceChildren(serviceList(details, texts));
      root.removeAttribute("aria-busy");
    },
    fail: () => {
      status.textContent = texts.failed;
      root.removeAttribute("aria-busy");
    },
  };
}
