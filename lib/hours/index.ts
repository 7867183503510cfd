// Public API of the opening-hours engine. Everything works in Europe/Amsterdam time,
// whatever time zone the server or browser runs in.
export type {
  CivilDate,
  HoursException,
  HoursLocale,
  Interval,
  OpenState,
  OpeningOptions,
  ScheduleRule,
  Weekday,
} from "./types";
export { WEEKDAYS } from "./types";
export { amsterdamDate, amsterdamInstant, amsterdamMoment, formatAmsterdamClock, type AmsterdamMoment } from "./amsterdam-time";
export { dateKey, toCivilDate } from "./civil-date";
export { parseClock } from "./clock";
export { publicHolidayOn } from "./public-holidays";
export { openingsOn } from "./openings";
export { openState, NEXT_OPENING_SEARCH_DAYS } from "./open-state";
export { describeOpenState } from "./describe-state";
export { describeRule, weekSchedule, type WeekScheduleDay, type WeekScheduleSlot } from "./describe-rule";
export { isOpenAt, openingPatternAt, type OpeningPattern } from "./weekday-filter";
