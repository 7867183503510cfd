import { useTranslations } from "next-intl";
import { FullLocaleLink } from "@/components/layout/full-locale-link";
import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { Link } from "@/lib/i18n/navigation";
import { telHref } from "@/lib/organisations/contact-links";
import type { BuurtTeam, BuurtTeamRow } from "@/lib/wijken/buurtteams";

function Teams({ label, teams }: { label: string; teams: BuurtTeam[] }) {
  const t = useTranslations("WijkPage");
  return (
    <>
      {/* On a phone the rows are stacked and the column headers hidden, so each cell names its
          column itself; hidden from screen readers, which announce the real header. */}
      <span className="buurtteam-table__label" aria-hidden="true">
        {label}
      </span>
      {teams.length === 0 ? (
        t("noTeam")
      ) : (
        <ul className="plain-list">
          {teams.map((team) => (
            <li key={team.slug}>
              <Link href={`/organisaties/${team.slug}`} className="utrecht-link">
                {team.name}
              </Link>
              {team.phone && (
                <>
                  <br />
                  <a href={telHref(team.phone)} className="utrecht-link" dir="ltr">
                    {team.phone}
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * "Which buurtteam is mine?": one row per buurt, the buurt as the row's header. The explicit
 * roles keep the table a table for screen readers when narrow screens restyle it as a list
 * (browsers drop table semantics when a table's display is changed).
 */
export function BuurtteamTable({ wijkName, rows }: { wijkName: string; rows: BuurtTeamRow[] }) {
  const t = useTranslations("WijkPage");
  const tReferral = useTranslations("ReferralHelper");
  return (
    <Table className="buurtteam-table" role="table">
      <TableCaption className="visually-hidden">{t("buurtteamsCaption", { wijk: wijkName })}</TableCaption>
      <TableHeader className="buurtteam-table__head" role="rowgroup">
        <TableRow role="row">
          <TableHeaderCell scope="col" role="columnheader">
            {t("buurt")}
          </TableHeaderCell>
          <TableHeaderCell scope="col" role="columnheader">
            {t("sociaal")}
          </TableHeaderCell>
          <TableHeaderCell scope="col" role="columnheader">
            {t("jeugdEnGezin")}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody role="rowgroup">
        {rows.map((row) => (
          <TableRow key={row.buurt.code} role="row">
            <TableHeaderCell scope="row" role="rowheader">
              {row.buurt.name}
              <br />
              <FullLocaleLink href={{ pathname: "/verwijzen", query: { buurt: row.buurt.code } }} className="utrecht-link buurtteam-table__refer">
                {tReferral("wijkLink", { buurt: row.buurt.name })}
              </FullLocaleLink>
            </TableHeaderCell>
            <TableCell role="cell">
              <Teams label={t("sociaal")} teams={row.sociaal} />
            </TableCell>
            <TableCell role="cell">
              <Teams label={t("jeugdEnGezin")} teams={row.jeugdEnGezin} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
