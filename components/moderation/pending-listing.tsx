// One submitted listing waiting for a decision: what it says, who sent it in and when.
import { getFormatter, getTranslations } from "next-intl/server";
import { DataList, DataListItem, DataListKey, DataListValue, Heading3, Paragraph } from "@utrecht/component-library-react";
import { Link } from "@/lib/i18n/navigation";
import type { PendingListing } from "@/lib/moderation/queries";
import { ApproveListingForm, RejectListingForm } from "./review-forms";

export async function PendingListingItem({ listing }: { listing: PendingListing }) {
  const [t, manage, format] = await Promise.all([getTranslations("Moderation.pending"), getTranslations("Manage.organisation"), getFormatter()]);
  const headingId = `aanmelding-${listing.id}`;
  const contact = [listing.website, listing.email, listing.phone].filter(Boolean).join(" · ");
  return (
    <li>
      <article className="pending-listing" aria-labelledby={headingId}>
        <Heading3 id={headingId}>{listing.name}</Heading3>
        <DataList>
          <DataListItem>
            <DataListKey>{t("kind")}</DataListKey>
            <DataListValue>{manage(listing.kind === "FORMAL" ? "kindFormal" : "kindInformal")}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t("track")}</DataListKey>
            <DataListValue>{manage(`track${listing.track}`)}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t("description")}</DataListKey>
            <DataListValue>
              <span className="pending-listing__description">{listing.description}</span>
            </DataListValue>
          </DataListItem>
          {contact && (
            <DataListItem>
              <DataListKey>{t("contact")}</DataListKey>
              <DataListValue>{contact}</DataListValue>
            </DataListItem>
          )}
          <DataListItem>
            <DataListKey>{t("submitter")}</DataListKey>
            <DataListValue>
              {listing.submitter ? (
                <>
                  {listing.submitter.name ? `${listing.submitter.name}, ` : ""}
                  <a href={`mailto:${listing.submitter.email}`}>{listing.submitter.email}</a>
                </>
              ) : (
                t("unknownSubmitter")
              )}
            </DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t("submitted")}</DataListKey>
            <DataListValue>{format.dateTime(listing.submittedAt, { dateStyle: "long", timeStyle: "short" })}</DataListValue>
          </DataListItem>
        </DataList>
        <Paragraph>
          <Link href={`/beheer/organisaties/${listing.id}`}>{t("viewListing", { name: listing.name })}</Link>
        </Paragraph>
        <div className="pending-listing__decisions">
          <ApproveListingForm organisationId={listing.id} name={listing.name} />
          <RejectListingForm organisationId={listing.id} name={listing.name} />
        </div>
      </article>
    </li>
  );
}
