// The translations the client components of one part of the site need (see
// lib/i18n/client-messages.ts). Without `namespaces`: every message, for parts whose client
// components were not listed one by one (management, referrals).
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickMessages } from "@/lib/i18n/client-messages";

type Props = { namespaces?: readonly string[]; children: React.ReactNode };

export async function SectionMessages({ namespaces, children }: Props) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={namespaces ? pickMessages(messages, namespaces) : messages}>{children}</NextIntlClientProvider>;
}
