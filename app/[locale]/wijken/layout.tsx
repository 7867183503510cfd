import { SectionMessages } from "@/components/layout/section-messages";

// The wijk pages' only client component with text of its own is the map.
export default function WijkenLayout({ children }: { children: React.ReactNode }) {
  return <SectionMessages namespaces={["DetailMap", "Print"]}>{children}</SectionMessages>;
}
