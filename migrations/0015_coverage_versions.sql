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
CREATE CONSTRAINT TRIGGER coverage_changed AFTER INSERT OR DELETE ON employees
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION coverage_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER coverage_changed_update AFTER UPDATE ON employees
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.department_id IS DISTINCT FROM NEW.department_id
    OR OLD.layer_id IS DISTINCT FROM NEW.layer_id)
  EXECUTE FUNCTION coverage_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER coverage_changed AFTER INSERT OR DELETE ON ambassadors
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION coverage_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER coverage_changed_update AFTER UPDATE ON ambassadors
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.employee_id IS DISTINCT FROM NEW.employee_id)
  EXECUTE FUNCTION coverage_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER coverage_changed AFTER INSERT OR DELETE ON departments
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION coverage_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER coverage_changed_update AFTER UPDATE ON departments
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.code IS DISTINCT FROM NEW.code
    OR OLD.parent_id IS DISTINCT FROM NEW.parent_id)
  EXECUTE FUNCTION coverage_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER coverage_changed AFTER INSERT OR DELETE ON layers
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION coverage_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER coverage_changed_update AFTER UPDATE ON layers
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.rank IS DISTINCT FROM NEW.rank)
  EXECUTE FUNCTION coverage_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER coverage_target_changed AFTER UPDATE ON organisations
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (OLD.coverage_per_employees IS DISTINCT FROM NEW.coverage_per_employees
    OR OLD.coverage_min_per_cell IS DISTINCT FROM NEW.coverage_min_per_cell)
  EXECUTE FUNCTION coverage_target_changed();
