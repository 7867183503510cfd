import { getTranslations } from "next-intl/server";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import type { SessionUser } from "@/lib/auth/session";
import { getArchiveState } from "@/lib/listings/archive-queries";
import { ArchiveControl } from "./archive-control";

// Taking the listing off the map, or putting it back: for owners and moderators. Editors see
// who can do it instead of a button that would refuse them.
export async function ArchiveSection({ user, organisationId }: { user: SessionUser; organisationId: string }) {
  const t = await getTranslations("History.archive");
  const statusWords = await getTranslations("Manage.dashboard.status");
  const state = await getArchiveState(user, organisationId);
  const archived = state?.status === "ARCHIVED";
  return (
    <section aria-labelledby="archiveren" className="history-archive">
      <Heading2 id="archiveren">{archived ? t("unarchiveTitle") : t("title")}</Heading2>
      {!state ? (
        <Paragraph>{t("ownersOnly")}</Paragraph>
      ) : (
        <ArchiveControl
          organisationId={organisationId}
          archived={archived}
          returnStatus={statusWords(state.statusBeforeArchive ?? "PENDING")}
        />
      )}
    </section>
  );
}
