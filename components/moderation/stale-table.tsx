// Published listings nobody has checked for half a year, with whom to ask.
import { getFormatter, getTranslations } from "next-intl/server";
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { Link } from "@/lib/i18n/navigation";
import type { StaleListing } from "@/lib/moderation/queries";

export async function StaleTable({ listings, labelledBy }: { listings: StaleListing[]; labelledBy: string }) {
  const [t, format] = await Promise.all([getTranslations("Moderation.stale"), getFormatter()]);
  const date = (value: Date | null, empty: string) => (value ? format.dateTime(value, { dateStyle: "long" }) : empty);
  return (
    <div className="moderation-table">
      <Table aria-labelledby={labelledBy}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("name")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("verified")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("reminder")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("owners")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {listings.map((listing) => (
            <TableRow key={listing.id}>
              <TableHeaderCell scope="row">
                <Link href={`/beheer/organisaties/${listing.id}`}>{listing.name}</Link>
              </TableHeaderCell>
              <TableCell>{date(listing.verifiedAt, t("never"))}</TableCell>
              <TableCell>{date(listing.reminderSentAt, t("noReminder"))}</TableCell>
              <TableCell>
                {listing.ownerEmails.length === 0
                  ? t("noOwners")
                  : listing.ownerEmails.map((email, index) => (
                      <span key={email}>
                        {index > 0 && ", "}
                        <a href={`mailto:${email}`}>{email}</a>
                      </span>
                    ))}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
