import { PageLoading } from "@/components/organisation/page-loading";

export default function WijkLoading() {
  return <PageLoading />;
}
