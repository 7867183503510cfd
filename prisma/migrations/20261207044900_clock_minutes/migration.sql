-- Minutes since midnight of an "HH:MM" opening time, NULL when unreadable: the SQL twin of
-- parseClock in lib/hours/clock.ts, for the weekday filter (open=tu&at=14:00).
CREATE OR REPLACE FUNCTION clock_minutes(value text) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$
    SELECT CASE
      WHEN m IS NULL THEN NULL
      WHEN m[2]::int > 59 OR m[1]::int > 24 OR (m[1]::int = 24 AND m[2]::int > 0) THEN NULL
      ELSE m[1]::int * 60 + m[2]::int
    END
    FROM (SELECT regexp_match(btrim(value), '^([0-9]{1,2}):([0-9]{2})$') AS m) AS parsed
  $$;
