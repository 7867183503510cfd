-- The weekday filter (open=tu&at=14:00) compares minutes; computing them from "HH:MM" per row
-- in every search cost a second at 10,000 services. A trigger keeps them beside the text.
ALTER TABLE "Schedule" ADD COLUMN "opensMinute" INTEGER,
ADD COLUMN "closesMinute" INTEGER;

CREATE OR REPLACE FUNCTION schedule_minutes() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE
    opens integer := clock_minutes(NEW."opensAt");
    closes integer := clock_minutes(NEW."closesAt");
  BEGIN
    -- spanMinutes in lib/hours/clock.ts: unreadable or opening at 24:00 is no span at all.
    IF opens IS NULL OR closes IS NULL OR opens >= 1440 THEN
      NEW."opensMinute" := NULL;
      NEW."closesMinute" := NULL;
    ELSE
      NEW."opensMinute" := opens;
      NEW."closesMinute" := CASE WHEN closes <= opens THEN closes + 1440 ELSE closes END;
    END IF;
    RETURN NEW;
  END
  $$;
CREATE TRIGGER schedule_minutes BEFORE INSERT OR UPDATE OF "opensAt", "closesAt" ON "Schedule"
  FOR EACH ROW EXECUTE FUNCTION schedule_minutes();

UPDATE "Schedule" SET "opensAt" = "opensAt";
