-- CreateTable
CREATE TABLE "OrganizationTranslation" (
    "organizationId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "OrganizationTranslation_pkey" PRIMARY KEY ("organizationId","locale")
);

-- CreateTable
CREATE TABLE "ServiceTranslation" (
    "serviceId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "description" TEXT,
    "eligibility" TEXT,

    CONSTRAINT "ServiceTranslation_pkey" PRIMARY KEY ("serviceId","locale")
);

-- CreateTable
CREATE TABLE "LocationTranslation" (
    "locationId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "transportation" TEXT NOT NULL,

    CONSTRAINT "LocationTranslation_pkey" PRIMARY KEY ("locationId","locale")
);

-- AddForeignKey
ALTER TABLE "OrganizationTranslation" ADD CONSTRAINT "OrganizationTranslation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceTranslation" ADD CONSTRAINT "ServiceTranslation_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LocationTranslation" ADD CONSTRAINT "LocationTranslation_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Translations reach public answers (the organisation page, /api/v1/services): a write raises
-- the data version like a write to the listing itself (20261207044500_data_version_triggers).
CREATE TRIGGER data_version_raise BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "OrganizationTranslation"
  FOR EACH STATEMENT EXECUTE FUNCTION data_version_raise();
CREATE TRIGGER data_version_raise BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ServiceTranslation"
  FOR EACH STATEMENT EXECUTE FUNCTION data_version_raise();
CREATE TRIGGER data_version_raise BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "LocationTranslation"
  FOR EACH STATEMENT EXECUTE FUNCTION data_version_raise();
