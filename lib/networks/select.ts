// The fields of a network that public pages show, shared by organisation and wijk pages.
import type { Prisma } from "../generated/prisma/client";

export const networkSummarySelect = {
  slug: true,
  name: true,
  kind: true,
  description: true,
  meetingRhythm: true,
  website: true,
  email: true,
  exampleData: true,
} satisfies Prisma.NetworkSelect;
