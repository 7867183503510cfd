-- Search in the database (issue 10): derived columns for typo matching and name order, kept by
-- triggers so no write path can forget them; materialised openings (lib/search/openings.ts);
-- a data version for answer caches.

-- The name order of search results as a byte-comparable key: lower case, accents removed and
-- runs of digits left-padded, so "Buurtteam 2" sorts before "Buurtteam 10" and "Café" with
-- "cafe" (the Dutch collator's order with sensitivity "base" and numeric on).
CREATE OR REPLACE FUNCTION search_sort_key(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$
    SELECT coalesce(string_agg(CASE WHEN part[1] ~ '^[0-9]' AND length(part[1]) < 20 THEN lpad(part[1], 20, '0') ELSE part[1] END, '' ORDER BY n), '')
    FROM regexp_matches(lower(immutable_unaccent(value)), '[0-9]+|[^0-9]+', 'g') WITH ORDINALITY AS t(part, n)
  $$;

-- AlterTable
-- Sort keys are compared byte-wise (COLLATE "C"): search_sort_key already folds case and
-- accents and pads numbers, so the order is the same on every server and on PGlite, which has
-- no ICU locale data.
ALTER TABLE "Location" ADD COLUMN     "sortKey" TEXT COLLATE "C";

-- AlterTable
ALTER TABLE "Service" ADD COLUMN     "nameSearch" TEXT,
ADD COLUMN     "organizationNameSearch" TEXT,
ADD COLUMN     "sortKey" TEXT COLLATE "C";

-- CreateTable
CREATE TABLE "Opening" (
    "serviceAtLocationId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Opening_pkey" PRIMARY KEY ("serviceAtLocationId","startsAt")
);

-- CreateTable
CREATE TABLE "OpeningSummary" (
    "serviceAtLocationId" TEXT NOT NULL,
    "hasHours" BOOLEAN NOT NULL,
    "laterOpening" TIMESTAMPTZ(3),

    CONSTRAINT "OpeningSummary_pkey" PRIMARY KEY ("serviceAtLocationId")
);

-- CreateTable
CREATE TABLE "OpeningWindow" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "fromDate" DATE NOT NULL,
    "toDate" DATE NOT NULL,
    "refreshedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OpeningWindow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Opening_startsAt_endsAt_idx" ON "Opening"("startsAt", "endsAt");

-- CreateIndex
CREATE INDEX "Service_nameSearch_trgm_idx" ON "Service" USING GIN ("nameSearch" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Service_organizationNameSearch_trgm_idx" ON "Service" USING GIN ("organizationNameSearch" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Service_sortKey_idx" ON "Service"("sortKey");

-- AddForeignKey
ALTER TABLE "Opening" ADD CONSTRAINT "Opening_serviceAtLocationId_fkey" FOREIGN KEY ("serviceAtLocationId") REFERENCES "ServiceAtLocation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpeningSummary" ADD CONSTRAINT "OpeningSummary_serviceAtLocationId_fkey" FOREIGN KEY ("serviceAtLocationId") REFERENCES "ServiceAtLocation"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Service: names without accents (pg_trgm, typo matching) and the name order key.
CREATE OR REPLACE FUNCTION service_search_names() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE
    organization_name text;
  BEGIN
    SELECT o.name INTO organization_name FROM "Organization" o WHERE o.id = NEW."organizationId";
    NEW."nameSearch" := immutable_unaccent(NEW.name);
    NEW."organizationNameSearch" := immutable_unaccent(organization_name);
    NEW."sortKey" := search_sort_key(coalesce(organization_name, '')) || chr(1) || search_sort_key(NEW.name);
    RETURN NEW;
  END
  $$;
CREATE TRIGGER service_search_names BEFORE INSERT OR UPDATE OF name, "organizationId" ON "Service"
  FOR EACH ROW EXECUTE FUNCTION service_search_names();

-- A renamed organisation renames the keys of its services.
CREATE OR REPLACE FUNCTION organization_search_names() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    UPDATE "Service" SET "organizationNameSearch" = immutable_unaccent(NEW.name),
      "sortKey" = search_sort_key(NEW.name) || chr(1) || search_sort_key(name)
    WHERE "organizationId" = NEW.id;
    RETURN NULL;
  END
  $$;
CREATE TRIGGER organization_search_names AFTER UPDATE OF name ON "Organization"
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION organization_search_names();

CREATE OR REPLACE FUNCTION location_sort_key() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    NEW."sortKey" := search_sort_key(NEW.name);
    RETURN NEW;
  END
  $$;
CREATE TRIGGER location_sort_key BEFORE INSERT OR UPDATE OF name ON "Location"
  FOR EACH ROW EXECUTE FUNCTION location_sort_key();

UPDATE "Service" s SET "nameSearch" = immutable_unaccent(s.name), "organizationNameSearch" = immutable_unaccent(o.name),
  "sortKey" = search_sort_key(o.name) || chr(1) || search_sort_key(s.name)
FROM "Organization" o WHERE o.id = s."organizationId";
UPDATE "Location" SET "sortKey" = search_sort_key(name);

INSERT INTO "DataVersion" (id, version) VALUES (1, 0) ON CONFLICT DO NOTHING;
