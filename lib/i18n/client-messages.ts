// Which translations travel to the browser. Every message handed to NextIntlClientProvider is
// serialised into every page's HTML (all of them: about 80 kB), so the site-wide provider
// carries only what the shell's client components need, and each part of the site adds the
// namespaces its own client components use (components/layout/section-messages.tsx).
import type { AbstractIntlMessages } from "next-intl";

/** Used by client components of the layout itself and the error page. */
export const SHELL_NAMESPACES = ["Site", "ErrorPage"] as const;

/** `namespaces` may name a part of one ("Search.filters"): then only that part goes. */
export function pickMessages(messages: AbstractIntlMessages, namespaces: readonly string[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const namespace of [...SHELL_NAMESPACES, ...namespaces]) {
    const [top, ...rest] = namespace.split(".");
    let from: AbstractIntlMessages | string | undefined = messages[top];
    let into = picked;
    let key = top;
    for (const part of rest) {
      if (typeof from !== "object") break;
      const existing = into[key];
      into = (into[key] = typeof existing === "object" ? existing : {}) as AbstractIntlMessages;
      from = from[part];
      key = part;
    }
    if (from !== undefined) into[key] = from;
  }
  return picked;
}
