// The popup of a marker: the place, and each service there with its organisation (a link to
// its page) and, when it is, "open now". "Toon in de lijst" moves focus to the list, where the
// full details are. Built as plain elements when a popup opens, not rendered by React ahead
// of time: the map can hold thousands of places and only one popup is open at a time.
import type { MapPlace } from "@/lib/search-ui/map-features";

export type PopupTexts = {
  openNow: string;
  showInList: string;
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

export function popupContent(place: MapPlace, texts: PopupTexts, onShowInList: () => void): HTMLElement {
  const root = element("div", "map-popup");
  root.tabIndex = -1;
  root.append(element("p", "map-popup__title", place.name), element("p", "map-popup__address", place.address));
  const list = element("ul", "map-popup-list");
  for (const entry of place.entries) {
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
  const button = element("button", "map-popup__list-button", texts.showInList);
  button.type = "button";
  button.addEventListener("click", onShowInList);
  root.append(list, button);
  return root;
}
