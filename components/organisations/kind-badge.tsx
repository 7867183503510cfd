import { useTranslations } from "next-intl";
import { DataBadge } from "@utrecht/component-library-react";
import type { OrganizationKind } from "@/lib/generated/prisma/enums";

export function KindBadge({ kind }: { kind: OrganizationKind }) {
  const t = useTranslations("Organisation.kind");
  return <DataBadge className={`kind-badge kind-badge--${kind.toLowerCase()}`}>{t(kind)}</DataBadge>;
}
