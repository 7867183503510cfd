import type { HoursLocale } from "../types";
import { ar } from "./ar";
import { en } from "./en";
import { nl } from "./nl";
import { pl } from "./pl";
import { tr } from "./tr";
import type { HoursPhrases } from "./types";
import { uk } from "./uk";

export type { HoursPhrases, WeekOfMonth } from "./types";

export const HOURS_PHRASES: Readonly<Record<HoursLocale, HoursPhrases>> = { nl, en, ar, tr, pl, uk };
