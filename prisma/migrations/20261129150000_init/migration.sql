-- Extensions for free-text search: Dutch stemming without accents (unaccent) and typo
-- tolerance (pg_trgm). Both ship with PostgreSQL's contrib and with PGlite.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE, but indexes and search vectors need an IMMUTABLE wrapper.
CREATE OR REPLACE FUNCTION immutable_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('FORMAL', 'INFORMAL');

-- CreateEnum
CREATE TYPE "Track" AS ENUM ('SOCIALE_BASIS', 'BUURTTEAM', 'SPECIALIST');

-- CreateEnum
CREATE TYPE "ListingStatus" AS ENUM ('DRAFT', 'PENDING', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "ServiceStatus" AS ENUM ('ACTIVE', 'TEMPORARILY_CLOSED', 'INACTIVE');

-- CreateEnum
CREATE TYPE "DebtPhase" AS ENUM ('SIGNALEREN', 'TOELEIDEN', 'STABILISEREN', 'OPLOSSEN', 'NAZORG');

-- CreateEnum
CREATE TYPE "AccessMode" AS ENUM ('WALK_IN', 'APPOINTMENT', 'HOME_VISIT', 'PHONE', 'ONLINE');

-- CreateEnum
CREATE TYPE "CapacityStatus" AS ENUM ('OPEN', 'WAITING_LIST', 'FULL');

-- CreateEnum
CREATE TYPE "AccessibilityFeature" AS ENUM ('WHEELCHAIR', 'STEP_FREE_ENTRANCE', 'LIFT', 'ACCESSIBLE_TOILET', 'HEARING_LOOP', 'DISABLED_PARKING', 'QUIET_ROOM');

-- CreateEnum
CREATE TYPE "Weekday" AS ENUM ('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU');

-- CreateEnum
CREATE TYPE "ScheduleFrequency" AS ENUM ('WEEKLY', 'MONTHLY');

-- CreateEnum
CREATE TYPE "ExceptionKind" AS ENUM ('CLOSED', 'SPECIAL_HOURS');

-- CreateEnum
CREATE TYPE "ReferralKind" AS ENUM ('HEAVIER_HELP', 'LIGHTER_HELP', 'ALTERNATIVE', 'PRACTICAL');

-- CreateEnum
CREATE TYPE "ReferralStatus" AS ENUM ('PROPOSED', 'CONFIRMED', 'DECLINED', 'ENDED');

-- CreateEnum
CREATE TYPE "NetworkKind" AS ENUM ('ALLIANCE', 'COALITION', 'WIJK_CONSULTATION', 'PLATFORM');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER', 'MODERATOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "MembershipRole" AS ENUM ('OWNER', 'EDITOR');

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "alternateName" TEXT,
    "kind" "OrganizationKind" NOT NULL,
    "track" "Track" NOT NULL,
    "description" TEXT NOT NULL,
    "website" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "whatsapp" TEXT,
    "status" "ListingStatus" NOT NULL DEFAULT 'DRAFT',
    "exampleData" BOOLEAN NOT NULL DEFAULT false,
    "verifiedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Location" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "address1" TEXT NOT NULL,
    "postalCode" TEXT NOT NULL,
    "city" TEXT NOT NULL DEFAULT 'Utrecht',
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "buurtCode" TEXT,
    "accessibility" "AccessibilityFeature"[],
    "accessibilityNote" TEXT,
    "transportation" TEXT,
    "exampleData" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizationLocation" (
    "organizationId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "role" TEXT,

    CONSTRAINT "OrganizationLocation_pkey" PRIMARY KEY ("organizationId","locationId")
);

-- CreateTable
CREATE TABLE "Service" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "status" "ServiceStatus" NOT NULL DEFAULT 'ACTIVE',
    "phases" "DebtPhase"[],
    "accessModes" "AccessMode"[],
    "languages" TEXT[],
    "eligibility" TEXT,
    "isFree" BOOLEAN NOT NULL DEFAULT true,
    "costNote" TEXT,
    "noRegistration" BOOLEAN NOT NULL DEFAULT false,
    "capacity" "CapacityStatus" NOT NULL DEFAULT 'OPEN',
    "capacityNote" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "url" TEXT,
    "searchVector" tsvector,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Category" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "description" TEXT,
    "parentId" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "taxonomy" TEXT NOT NULL DEFAULT 'sociale-kaart-utrecht',

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceCategory" (
    "serviceId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,

    CONSTRAINT "ServiceCategory_pkey" PRIMARY KEY ("serviceId","categoryId")
);

-- CreateTable
CREATE TABLE "ServiceAtLocation" (
    "id" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "description" TEXT,

    CONSTRAINT "ServiceAtLocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Schedule" (
    "id" TEXT NOT NULL,
    "serviceAtLocationId" TEXT NOT NULL,
    "freq" "ScheduleFrequency" NOT NULL DEFAULT 'WEEKLY',
    "byDay" "Weekday" NOT NULL,
    "weekOfMonth" INTEGER,
    "opensAt" VARCHAR(5) NOT NULL,
    "closesAt" VARCHAR(5) NOT NULL,
    "validFrom" DATE,
    "validTo" DATE,
    "description" TEXT,

    CONSTRAINT "Schedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScheduleException" (
    "id" TEXT NOT NULL,
    "serviceAtLocationId" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "kind" "ExceptionKind" NOT NULL DEFAULT 'CLOSED',
    "opensAt" VARCHAR(5),
    "closesAt" VARCHAR(5),
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScheduleException_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Wijk" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "centroidLat" DOUBLE PRECISION NOT NULL,
    "centroidLng" DOUBLE PRECISION NOT NULL,
    "boundary" JSONB,

    CONSTRAINT "Wijk_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Buurt" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "wijkCode" TEXT NOT NULL,
    "centroidLat" DOUBLE PRECISION NOT NULL,
    "centroidLng" DOUBLE PRECISION NOT NULL,
    "boundary" JSONB,

    CONSTRAINT "Buurt_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "ServiceArea" (
    "id" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "wijkCode" TEXT,
    "buurtCode" TEXT,

    CONSTRAINT "ServiceArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferralLink" (
    "id" TEXT NOT NULL,
    "fromOrganizationId" TEXT NOT NULL,
    "toOrganizationId" TEXT NOT NULL,
    "fromServiceId" TEXT,
    "toServiceId" TEXT,
    "kind" "ReferralKind" NOT NULL,
    "whenToRefer" TEXT NOT NULL,
    "handoverSteps" TEXT[],
    "whatToBring" TEXT,
    "jointFirstMeeting" BOOLEAN NOT NULL DEFAULT false,
    "contactRole" TEXT,
    "professionalContact" TEXT,
    "status" "ReferralStatus" NOT NULL DEFAULT 'PROPOSED',
    "proposedById" TEXT,
    "proposedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fromConfirmedById" TEXT,
    "fromConfirmedAt" TIMESTAMP(3),
    "toConfirmedById" TEXT,
    "toConfirmedAt" TIMESTAMP(3),
    "endedById" TEXT,
    "endedAt" TIMESTAMP(3),
    "endReason" TEXT,
    "exampleData" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReferralLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Network" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "NetworkKind" NOT NULL,
    "description" TEXT NOT NULL,
    "wijkCode" TEXT,
    "meetingRhythm" TEXT,
    "email" TEXT,
    "website" TEXT,
    "exampleData" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Network_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkMember" (
    "networkId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "role" TEXT,

    CONSTRAINT "NetworkMember_pkey" PRIMARY KEY ("networkId","organizationId")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT,
    "email" TEXT NOT NULL,
    "emailVerified" TIMESTAMP(3),
    "image" TEXT,
    "passwordHash" TEXT,
    "role" "Role" NOT NULL DEFAULT 'USER',
    "isProfessional" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "Membership" (
    "userId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "role" "MembershipRole" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("userId","organizationId")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "organizationId" TEXT,
    "userId" TEXT,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE INDEX "Organization_status_kind_idx" ON "Organization"("status", "kind");

-- CreateIndex
CREATE INDEX "Organization_track_idx" ON "Organization"("track");

-- CreateIndex
CREATE INDEX "Organization_name_trgm_idx" ON "Organization" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Location_buurtCode_idx" ON "Location"("buurtCode");

-- CreateIndex
CREATE INDEX "Location_latitude_longitude_idx" ON "Location"("latitude", "longitude");

-- CreateIndex
CREATE INDEX "OrganizationLocation_locationId_idx" ON "OrganizationLocation"("locationId");

-- CreateIndex
CREATE INDEX "Service_phases_idx" ON "Service" USING GIN ("phases");

-- CreateIndex
CREATE INDEX "Service_accessModes_idx" ON "Service" USING GIN ("accessModes");

-- CreateIndex
CREATE INDEX "Service_languages_idx" ON "Service" USING GIN ("languages");

-- CreateIndex
CREATE INDEX "Service_searchVector_idx" ON "Service" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Service_name_trgm_idx" ON "Service" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Service_organizationId_slug_key" ON "Service"("organizationId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "Category_slug_key" ON "Category"("slug");

-- CreateIndex
CREATE INDEX "ServiceCategory_categoryId_idx" ON "ServiceCategory"("categoryId");

-- CreateIndex
CREATE INDEX "ServiceAtLocation_locationId_idx" ON "ServiceAtLocation"("locationId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceAtLocation_serviceId_locationId_key" ON "ServiceAtLocation"("serviceId", "locationId");

-- CreateIndex
CREATE INDEX "Schedule_serviceAtLocationId_idx" ON "Schedule"("serviceAtLocationId");

-- CreateIndex
CREATE INDEX "Schedule_byDay_opensAt_idx" ON "Schedule"("byDay", "opensAt");

-- CreateIndex
CREATE INDEX "ScheduleException_serviceAtLocationId_endDate_idx" ON "ScheduleException"("serviceAtLocationId", "endDate");

-- CreateIndex
CREATE UNIQUE INDEX "Wijk_slug_key" ON "Wijk"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Buurt_slug_key" ON "Buurt"("slug");

-- CreateIndex
CREATE INDEX "Buurt_wijkCode_idx" ON "Buurt"("wijkCode");

-- CreateIndex
CREATE INDEX "ServiceArea_serviceId_idx" ON "ServiceArea"("serviceId");

-- CreateIndex
CREATE INDEX "ServiceArea_wijkCode_idx" ON "ServiceArea"("wijkCode");

-- CreateIndex
CREATE INDEX "ServiceArea_buurtCode_idx" ON "ServiceArea"("buurtCode");

-- CreateIndex
CREATE INDEX "ReferralLink_fromOrganizationId_status_idx" ON "ReferralLink"("fromOrganizationId", "status");

-- CreateIndex
CREATE INDEX "ReferralLink_toOrganizationId_status_idx" ON "ReferralLink"("toOrganizationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Network_slug_key" ON "Network"("slug");

-- CreateIndex
CREATE INDEX "NetworkMember_organizationId_idx" ON "NetworkMember"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE INDEX "Membership_organizationId_idx" ON "Membership"("organizationId");

-- CreateIndex
CREATE INDEX "Revision_entityType_entityId_createdAt_idx" ON "Revision"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "Revision_organizationId_createdAt_idx" ON "Revision"("organizationId", "createdAt");

-- AddForeignKey
ALTER TABLE "Location" ADD CONSTRAINT "Location_buurtCode_fkey" FOREIGN KEY ("buurtCode") REFERENCES "Buurt"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationLocation" ADD CONSTRAINT "OrganizationLocation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationLocation" ADD CONSTRAINT "OrganizationLocation_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Service" ADD CONSTRAINT "Service_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Category" ADD CONSTRAINT "Category_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Category"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceCategory" ADD CONSTRAINT "ServiceCategory_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceCategory" ADD CONSTRAINT "ServiceCategory_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceAtLocation" ADD CONSTRAINT "ServiceAtLocation_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceAtLocation" ADD CONSTRAINT "ServiceAtLocation_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Schedule" ADD CONSTRAINT "Schedule_serviceAtLocationId_fkey" FOREIGN KEY ("serviceAtLocationId") REFERENCES "ServiceAtLocation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScheduleException" ADD CONSTRAINT "ScheduleException_serviceAtLocationId_fkey" FOREIGN KEY ("serviceAtLocationId") REFERENCES "ServiceAtLocation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Buurt" ADD CONSTRAINT "Buurt_wijkCode_fkey" FOREIGN KEY ("wijkCode") REFERENCES "Wijk"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceArea" ADD CONSTRAINT "ServiceArea_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceArea" ADD CONSTRAINT "ServiceArea_wijkCode_fkey" FOREIGN KEY ("wijkCode") REFERENCES "Wijk"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceArea" ADD CONSTRAINT "ServiceArea_buurtCode_fkey" FOREIGN KEY ("buurtCode") REFERENCES "Buurt"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralLink" ADD CONSTRAINT "ReferralLink_fromOrganizationId_fkey" FOREIGN KEY ("fromOrganizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralLink" ADD CONSTRAINT "ReferralLink_toOrganizationId_fkey" FOREIGN KEY ("toOrganizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralLink" ADD CONSTRAINT "ReferralLink_fromServiceId_fkey" FOREIGN KEY ("fromServiceId") REFERENCES "Service"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralLink" ADD CONSTRAINT "ReferralLink_toServiceId_fkey" FOREIGN KEY ("toServiceId") REFERENCES "Service"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralLink" ADD CONSTRAINT "ReferralLink_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralLink" ADD CONSTRAINT "ReferralLink_fromConfirmedById_fkey" FOREIGN KEY ("fromConfirmedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralLink" ADD CONSTRAINT "ReferralLink_toConfirmedById_fkey" FOREIGN KEY ("toConfirmedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralLink" ADD CONSTRAINT "ReferralLink_endedById_fkey" FOREIGN KEY ("endedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Network" ADD CONSTRAINT "Network_wijkCode_fkey" FOREIGN KEY ("wijkCode") REFERENCES "Wijk"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkMember" ADD CONSTRAINT "NetworkMember_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkMember" ADD CONSTRAINT "NetworkMember_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Rules Prisma's schema language cannot express. They are triggers, not CHECK constraints,
-- because Prisma 6.19's WASM schema engine crashes while introspecting CHECK constraints
-- (which breaks `prisma migrate dev`), and it leaves triggers alone.
CREATE FUNCTION is_clock_time(value text) RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT value IS NOT NULL AND value ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' $$;

CREATE FUNCTION check_schedule() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT is_clock_time(NEW."opensAt") OR NOT is_clock_time(NEW."closesAt") THEN
    RAISE EXCEPTION 'Schedule: opensAt en closesAt moeten HH:MM zijn' USING ERRCODE = 'check_violation';
  END IF;
  IF (NEW."freq" = 'WEEKLY' AND NEW."weekOfMonth" IS NOT NULL)
     OR (NEW."freq" = 'MONTHLY' AND (NEW."weekOfMonth" IS NULL OR NEW."weekOfMonth" NOT IN (1, 2, 3, 4, -1))) THEN
    RAISE EXCEPTION 'Schedule: weekOfMonth hoort bij MONTHLY (1-4 of -1), niet bij WEEKLY' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."validFrom" IS NOT NULL AND NEW."validTo" IS NOT NULL AND NEW."validTo" < NEW."validFrom" THEN
    RAISE EXCEPTION 'Schedule: validTo ligt voor validFrom' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Schedule_rules" BEFORE INSERT OR UPDATE ON "Schedule"
  FOR EACH ROW EXECUTE FUNCTION check_schedule();

CREATE FUNCTION check_schedule_exception() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."endDate" < NEW."startDate" THEN
    RAISE EXCEPTION 'ScheduleException: endDate ligt voor startDate' USING ERRCODE = 'check_violation';
  END IF;
  IF (NEW."kind" = 'CLOSED' AND (NEW."opensAt" IS NOT NULL OR NEW."closesAt" IS NOT NULL))
     OR (NEW."kind" = 'SPECIAL_HOURS' AND NOT (is_clock_time(NEW."opensAt") AND is_clock_time(NEW."closesAt"))) THEN
    RAISE EXCEPTION 'ScheduleException: tijden alleen (en dan verplicht) bij SPECIAL_HOURS' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "ScheduleException_rules" BEFORE INSERT OR UPDATE ON "ScheduleException"
  FOR EACH ROW EXECUTE FUNCTION check_schedule_exception();

CREATE FUNCTION check_service_area() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW."wijkCode" IS NULL) = (NEW."buurtCode" IS NULL) THEN
    RAISE EXCEPTION 'ServiceArea: kies een wijk of een buurt' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "ServiceArea_rules" BEFORE INSERT OR UPDATE ON "ServiceArea"
  FOR EACH ROW EXECUTE FUNCTION check_service_area();

CREATE FUNCTION check_referral_link() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."fromOrganizationId" = NEW."toOrganizationId" THEN
    RAISE EXCEPTION 'ReferralLink: een organisatie verwijst niet naar zichzelf' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "ReferralLink_rules" BEFORE INSERT OR UPDATE ON "ReferralLink"
  FOR EACH ROW EXECUTE FUNCTION check_referral_link();

CREATE FUNCTION check_area_code() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."code" !~ (CASE TG_TABLE_NAME WHEN 'Wijk' THEN '^WK[0-9]{6}$' ELSE '^BU[0-9]{8}$' END) THEN
    RAISE EXCEPTION '%: ongeldige CBS-code %', TG_TABLE_NAME, NEW."code" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Wijk_code_rules" BEFORE INSERT OR UPDATE ON "Wijk"
  FOR EACH ROW EXECUTE FUNCTION check_area_code();
CREATE TRIGGER "Buurt_code_rules" BEFORE INSERT OR UPDATE ON "Buurt"
  FOR EACH ROW EXECUTE FUNCTION check_area_code();
