-- CreateTable
CREATE TABLE "SearchFacetTotals" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL,
    "facets" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchFacetTotals_pkey" PRIMARY KEY ("id")
);

-- One row (id 1), written only by lib/search/facet-totals.ts. No CHECK (id = 1): Prisma's
-- WASM schema engine crashes reading a table with one ("RuntimeError: unreachable" in
-- `migrate diff`, tests/integration/migrations.test.ts).
