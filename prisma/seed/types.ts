// Shapes of the hand-written Utrecht seed. Plain data, no Prisma types, so the seed files stay
// readable by people who know the city rather than the code.
import type {
  AccessibilityFeature,
  AccessMode,
  CapacityStatus,
  DebtPhase,
  NetworkKind,
  OrganizationKind,
  ReferralKind,
  Track,
  Weekday,
} from "../../lib/generated/prisma/enums";

export type Time = `${number}${number}:${number}${number}`;

export type SeedLocation = {
  /** Key used by organisations and services in this seed. */
  key: string;
  name: string;
  address1: string;
  postalCode: string;
  lat: number;
  lng: number;
  /** CBS buurt code the address lies in. */
  buurtCode: string;
  accessibility: AccessibilityFeature[];
  accessibilityNote?: string;
  transportation?: string;
  /** True when the address is a plausible example rather than a public fact. */
  exampleData: boolean;
};

export type SeedHours = {
  day: Weekday;
  opens: Time;
  closes: Time;
  /** Monthly rule: 1–4 = first…fourth such weekday of the month, -1 = the last. */
  weekOfMonth?: 1 | 2 | 3 | 4 | -1;
  note?: string;
};

export type SeedException = {
  /** ISO dates, inclusive. */
  start: string;
  end: string;
  closed: boolean;
  opens?: Time;
  closes?: Time;
  reason: string;
};

export type SeedServiceAt = {
  location: string;
  hours: SeedHours[];
  exceptions?: SeedException[];
};

export type SeedService = {
  slug: string;
  name: string;
  description: string;
  /** Category slugs from categories.ts. */
  categories: string[];
  phases: DebtPhase[];
  accessModes: AccessMode[];
  /** ISO 639 codes. */
  languages: string[];
  eligibility?: string;
  isFree: boolean;
  costNote?: string;
  noRegistration: boolean;
  capacity?: CapacityStatus;
  capacityNote?: string;
  phone?: string;
  email?: string;
  url?: string;
  /** Neighbourhoods served; omit both for the whole city. */
  areas?: { wijken?: string[]; buurten?: string[] };
  at: SeedServiceAt[];
};

export type SeedOrganisation = {
  slug: string;
  name: string;
  alternateName?: string;
  kind: OrganizationKind;
  track: Track;
  description: string;
  website?: string;
  email?: string;
  phone?: string;
  whatsapp?: string;
  /** True when some facts (address, hours, contact) are plausible examples. */
  exampleData: boolean;
  /** Location keys of the places this organisation works from. */
  locations: string[];
  services: SeedService[];
};

export type SeedReferral = {
  from: string;
  to: string;
  fromService?: string;
  toService?: string;
  kind: ReferralKind;
  whenToRefer: string;
  handoverSteps: string[];
  whatToBring?: string;
  jointFirstMeeting: boolean;
  contactRole?: string;
  professionalContact?: string;
  status: "CONFIRMED" | "PROPOSED";
};

export type SeedNetwork = {
  slug: string;
  name: string;
  kind: NetworkKind;
  description: string;
  wijkCode?: string;
  meetingRhythm?: string;
  email?: string;
  website?: string;
  exampleData: boolean;
  members: string[];
};

export type SeedCategory = {
  slug: string;
  name: string;
  nameEn: string;
  description: string;
};
