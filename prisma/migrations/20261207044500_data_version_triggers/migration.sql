-- The data version (issue 10, docs/decisions/0009-answer-cache.md): every committed write to a
-- table whose rows reach public answers raises "DataVersion".version by one, so answer caches in
-- any number of app instances see that their answers are stale by reading one row.
--
-- Why not a plain UPDATE of the version row in each statement trigger: the row lock it takes
-- would be held from a transaction's first write until its commit. Every other edit would wait
-- for it (an import would stall all editors), and two edits that then lock each other's rows
-- would deadlock. Instead a statement marks its transaction once (a transaction-local setting
-- plus a marker row in "DataVersion" with a negative id, which locks nothing shared), and a
-- deferred constraint trigger on that marker raises the version at COMMIT, after all other
-- work: the version row is locked only for the moment of the commit. Rolled back work rolls
-- back its marker too, so it raises nothing. Readers read `WHERE id = 1` only.

CREATE OR REPLACE FUNCTION data_version_mark() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF current_setting('sociale_kaart.data_changed', true) IS DISTINCT FROM 'on' THEN
      PERFORM set_config('sociale_kaart.data_changed', 'on', true);
      -- One backend runs one transaction at a time, so its pid names the transaction's marker.
      INSERT INTO "DataVersion" (id, version) VALUES (-pg_backend_pid(), 0) ON CONFLICT (id) DO NOTHING;
    END IF;
    RETURN NULL;
  END
  $$;

CREATE OR REPLACE FUNCTION data_version_bump() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    DELETE FROM "DataVersion" WHERE id = NEW.id;
    UPDATE "DataVersion" SET version = version + 1, "changedAt" = now() WHERE id = 1;
    RETURN NULL;
  END
  $$;

CREATE CONSTRAINT TRIGGER data_version_bump AFTER INSERT ON "DataVersion"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (NEW.id < 0) EXECUTE FUNCTION data_version_bump();

-- Every table whose rows are shown by search, the map, organisation, wijk and network pages,
-- or that answers are derived from (the materialised openings).
DO $$
DECLARE
  published text;
BEGIN
  FOREACH published IN ARRAY ARRAY[
    'Organization', 'Service', 'Location', 'OrganizationLocation', 'ServiceAtLocation',
    'Schedule', 'ScheduleException', 'ServiceCategory', 'Category', 'ServiceArea',
    'Wijk', 'Buurt', 'ReferralLink', 'Network', 'NetworkMember',
    'Opening', 'OpeningSummary', 'OpeningWindow'
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER data_version_mark AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION data_version_mark()', published);
  END LOOP;
END
$$;

INSERT INTO "DataVersion" (id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING;
