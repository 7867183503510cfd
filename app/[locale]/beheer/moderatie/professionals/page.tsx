import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Heading2, Heading3, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { requireModerator } from "@/lib/auth/session";
import { listProfessionalAccounts, listProfessionalDomains } from "@/lib/referrals/queries";
import { AddDomainForm, GrantProfessionalForm, RemoveDomainForm, RevokeProfessionalForm } from "@/components/referrals/professional-domain-forms";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Referrals.professionals" });
  return { title: t("title") };
}

/** Who sees the professional-only details of referral agreements. */
export default async function ProfessionalsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireModerator("/beheer/moderatie/professionals");
  const [t, format, domains, accounts] = await Promise.all([getTranslations("Referrals.professionals"), getFormatter(), listProfessionalDomains(), listProfessionalAccounts()]);
  return (
    <section aria-labelledby="hulpverleners">
      <Heading2 id="hulpverleners">{t("title")}</Heading2>
      <Paragraph>{t("lead")}</Paragraph>

      <section aria-labelledby="domeinen" className="manage-section">
        <Heading3 id="domeinen">{t("domainsTitle")}</Heading3>
        <Paragraph>{t("domainsLead")}</Paragraph>
        {domains.length === 0 ? (
          <Paragraph>{t("noDomains")}</Paragraph>
        ) : (
          <Table className="referral-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("domain")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("note")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("addedOn")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("actions")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {domains.map((domain) => (
                <TableRow key={domain.domain}>
                  <TableHeaderCell scope="row">{domain.domain}</TableHeaderCell>
                  <TableCell>{domain.note}</TableCell>
                  <TableCell>{format.dateTime(domain.createdAt, { dateStyle: "medium" })}</TableCell>
                  <TableCell>
                    <RemoveDomainForm domain={domain.domain} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <AddDomainForm />
      </section>

      <section aria-labelledby="accounts" className="manage-section">
        <Heading3 id="accounts">{t("accountsTitle")}</Heading3>
        <Paragraph>{t("accountsLead")}</Paragraph>
        {accounts.length === 0 ? (
          <Paragraph>{t("noAccounts")}</Paragraph>
        ) : (
          <Table className="referral-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("account")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("actions")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {accounts.map((account) => (
                <TableRow key={account.email}>
                  <TableHeaderCell scope="row">
                    {account.email}
                    {account.name && ` (${account.name})`}
                  </TableHeaderCell>
                  <TableCell>
                    <RevokeProfessionalForm email={account.email} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <GrantProfessionalForm />
      </section>
    </section>
  );
}
