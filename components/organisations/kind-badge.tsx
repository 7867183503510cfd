import { DataBadge } from "@utrecht/component-library-react";
import type { OrganizationKind } from "@/lib/generated/prisma/enums";

const LABELS: Record<OrganizationKind, string> = {
  FORMAL: "Formele hulp",
  INFORMAL: "Informele hulp",
};

export function KindBadge({ kind }: { kind: OrganizationKind }) {
  return <DataBadge className={`kind-badge kind-badge--${kind.toLowerCase()}`}>{LABELS[kind]}</DataBadge>;
}
