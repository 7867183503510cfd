import { PageLoading } from "@/components/organisation/page-loading";

export default function OrganisationLoading() {
  return <PageLoading />;
}
