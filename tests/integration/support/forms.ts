// What the organisation-details form would post for a listing as it is stored now.
import type { Db } from "../../../lib/db";

export async function organisationDetailsForm(db: Db, slug: string) {
  const o = await db.organization.findUniqueOrThrow({ where: { slug } });
  return {
    organizationId: o.id,
    version: String(o.version),
    name: o.name,
    alternateName: o.alternateName ?? "",
    description: o.description,
    kind: o.kind,
    track: o.track,
    website: o.website ?? "",
    email: o.email ?? "",
    phone: o.phone ?? "",
    whatsapp: o.whatsapp ?? "",
  };
}
