CREATE TABLE "coverage_versions" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
SELECT enable_organisation_policy('coverage_versions'::regclass);
--> statement-breakpoint
-- Counts one change of an organisation's coverage inputs, once per transaction and organisation however many rows
-- changed (an import of 20,000 employees counts once): the organisations already counted are kept in a
-- transaction-local setting. Deferred to commit, so the counter row is locked only for the commit itself, never
-- while the transaction still takes other locks (no deadlock with the rows it changes).
CREATE FUNCTION count_coverage_change(organisation uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  counted text := coalesce(current_setting('app.coverage_counted', true), '');
BEGIN
  IF strpos(counted, organisation::text) > 0 THEN
    RETURN;
  END IF;
  INSERT INTO coverage_versions AS v (organisation_id, version) VALUES (organisation, 1)
    ON CONFLICT (organisation_id) DO UPDATE SET version = v.version + 1;
  PERFORM set_config('app.coverage_counted', counted || organisation::text || ' ', true);
END
$$;
--> statement-breakpoint
CREATE FUNCTION coverage_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM count_coverage_change(OLD.organisation_id);
  ELSE
    PERFORM count_coverage_change(NEW.organisation_id);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION coverage_target_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM count_coverage_change(NEW.id);
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Counts inserts and deletes of a table's rows, and updates that change one of the watched columns.
CREATE FUNCTION count_coverage_changes_on(tbl regclass, watched text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE CONSTRAINT TRIGGER coverage_changed AFTER INSERT OR DELETE ON %s '
    'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION coverage_changed()', tbl);
  EXECUTE format('CREATE CONSTRAINT TRIGGER coverage_changed_update AFTER UPDATE ON %s '
    'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (%s) EXECUTE FUNCTION coverage_changed()', tbl,
    (SELECT string_agg(format('OLD.%1$I IS DISTINCT FROM NEW.%1$I', c), ' OR ') FROM unnest(watched) AS c));
END
$$;
--> statement-breakpoint
SELECT count_coverage_changes_on('employees', ARRAY['status', 'department_id', 'layer_id']);
--> statement-breakpoint
SELECT count_coverage_changes_on('ambassadors', ARRAY['status', 'employee_id']);
--> statement-breakpoint
SELECT count_coverage_changes_on('departments', ARRAY['name', 'code', 'parent_id']);
--> statement-breakpoint
SELECT count_coverage_changes_on('layers', ARRAY['name', 'rank']);
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER coverage_target_changed AFTER UPDATE ON organisations
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (OLD.coverage_per_employees IS DISTINCT FROM NEW.coverage_per_employees
    OR OLD.coverage_min_per_cell IS DISTINCT FROM NEW.coverage_min_per_cell)
  EXECUTE FUNCTION coverage_target_changed();
