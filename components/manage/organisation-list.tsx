import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { isStale } from "@/lib/organisations/verification";
import type { ListingStatus, MembershipRole } from "@/lib/generated/prisma/enums";

type Item = { id: string; name: string; status: ListingStatus; verifiedAt: Date | null; role: MembershipRole | "MODERATOR" | null };

export async function OrganisationList({ organisations, now = new Date() }: { organisations: Item[]; now?: Date }) {
  const t = await getTranslations("Manage.dashboard");
  const format = await getFormatter();
  return (
    <ul className="manage-list">
      {organisations.map((o) => (
        <li key={o.id} className="manage-list__item">
          <Link href={`/beheer/organisaties/${o.id}`}>
            <strong>{o.name}</strong>
          </Link>{" "}
          <span>
            ({[o.role ? t(`role.${o.role}`) : null, t(`status.${o.status}`)].filter(Boolean).join(", ")})
          </span>
          <br />
          <span>
            {o.verifiedAt ? t("verified", { date: format.dateTime(o.verifiedAt, { dateStyle: "long" }) }) : t("neverVerified")}
            {o.status === "PUBLISHED" && isStale(o.verifiedAt, now) && <strong> — {t("stale")}</strong>}
          </span>
        </li>
      ))}
    </ul>
  );
}
