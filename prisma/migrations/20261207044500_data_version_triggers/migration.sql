-- The data version (issue 10, docs/decisions/0009-answer-cache.md): every committed write to a
-- table whose rows reach public answers raises "DataVersion".version, so answer caches in any
-- number of app instances see that their answers are stale by reading one row. The raise is
-- part of the writing transaction: readers see the new version exactly when they see its data.
--
-- Once per transaction: the first statement that writes published data raises the version and
-- notes that in a transaction-local setting; later statements of the same transaction skip it
-- (the row is already locked and raised). A rolled-back transaction or savepoint rolls back
-- both the raise and the note.
--
-- BEFORE each statement, not after: the raise locks the version row until the commit, so
-- writers of published data run one after another. Taking that lock before the statement
-- touches any published row means every such writer takes the version row first, in the same
-- order, so two writers cannot each hold a row the other waits for (no deadlock between them).
-- (A deferred constraint trigger that raises at COMMIT would hold the lock shorter, but
-- Prisma's schema engine cannot read a database that has one: `prisma migrate diff` fails.)
-- A statement that changes no rows still raises the version: at worst an extra cache miss.

CREATE OR REPLACE FUNCTION data_version_raise() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF current_setting('sociale_kaart.data_version_raised', true) IS DISTINCT FROM 'on' THEN
      UPDATE "DataVersion" SET version = version + 1, "changedAt" = now() WHERE id = 1;
      PERFORM set_config('sociale_kaart.data_version_raised', 'on', true);
    END IF;
    RETURN NULL;
  END
  $$;

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
      'CREATE TRIGGER data_version_raise BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION data_version_raise()', published);
  END LOOP;
END
$$;

INSERT INTO "DataVersion" (id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING;
