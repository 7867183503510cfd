-- CreateTable
CREATE TABLE "ProfessionalDomain" (
    "domain" TEXT NOT NULL,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProfessionalDomain_pkey" PRIMARY KEY ("domain")
);
