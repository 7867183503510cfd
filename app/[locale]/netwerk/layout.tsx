import { SectionMessages } from "@/components/layout/section-messages";

// Every translation for the client components here: the site-wide provider carries only the
// shell's (lib/i18n/client-messages.ts).
export default function SectionLayout({ children }: { children: React.ReactNode }) {
  return <SectionMessages>{children}</SectionMessages>;
}
