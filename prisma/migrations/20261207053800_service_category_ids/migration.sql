-- AlterTable
ALTER TABLE "Service" ADD COLUMN     "categoryIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "Service_categoryIds_idx" ON "Service" USING GIN ("categoryIds");

-- Kept from ServiceCategory by statement-level triggers (one UPDATE per statement, also for a
-- bulk insert of thousands of links): the search counts category facets and filters on this
-- array instead of joining the link table for every match (ADR 0010).
CREATE OR REPLACE FUNCTION service_category_ids_refresh(service_ids text[]) RETURNS void
  LANGUAGE sql
  AS $$
    UPDATE "Service" s SET "categoryIds" = coalesce(
      (SELECT array_agg(sc."categoryId" ORDER BY sc."categoryId") FROM "ServiceCategory" sc WHERE sc."serviceId" = s.id), '{}')
    WHERE s.id = ANY(service_ids)
  $$;

CREATE OR REPLACE FUNCTION service_category_ids_inserted() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    PERFORM service_category_ids_refresh(ARRAY(SELECT DISTINCT "serviceId" FROM inserted));
    RETURN NULL;
  END
  $$;
CREATE OR REPLACE FUNCTION service_category_ids_deleted() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    PERFORM service_category_ids_refresh(ARRAY(SELECT DISTINCT "serviceId" FROM deleted));
    RETURN NULL;
  END
  $$;
CREATE OR REPLACE FUNCTION service_category_ids_updated() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    PERFORM service_category_ids_refresh(ARRAY(SELECT "serviceId" FROM deleted UNION SELECT "serviceId" FROM inserted));
    RETURN NULL;
  END
  $$;
CREATE TRIGGER service_category_ids_inserted AFTER INSERT ON "ServiceCategory"
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION service_category_ids_inserted();
CREATE TRIGGER service_category_ids_deleted AFTER DELETE ON "ServiceCategory"
  REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION service_category_ids_deleted();
CREATE TRIGGER service_category_ids_updated AFTER UPDATE ON "ServiceCategory"
  REFERENCING OLD TABLE AS deleted NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION service_category_ids_updated();

UPDATE "Service" s SET "categoryIds" = coalesce(
  (SELECT array_agg(sc."categoryId" ORDER BY sc."categoryId") FROM "ServiceCategory" sc WHERE sc."serviceId" = s.id), '{}');
