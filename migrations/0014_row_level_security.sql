-- The second wall between organisations: row-level security on every table with an organisation_id. Migrations
-- run as the owner. The app's connections open as ambassador_system, which sees every organisation (the background
-- jobs, and the lookups that find an organisation from what a public route is given: an address, a token); every
-- request's transaction switches to ambassador_app, which sees only the organisation the transaction names. Neither
-- role is owner or superuser, so the policies apply to both.
DO $$
BEGIN
  CREATE ROLE ambassador_app NOLOGIN;
EXCEPTION
  -- Roles belong to the cluster: another database (a test's, another deployment's) may have created it already.
  WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;
--> statement-breakpoint
DO $$
BEGIN
  CREATE ROLE ambassador_system NOLOGIN;
EXCEPTION
  WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;
--> statement-breakpoint
-- The user the app logs in as (this migration's) may switch its session to either role.
GRANT ambassador_app, ambassador_system TO CURRENT_USER;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO ambassador_app, ambassador_system;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ambassador_app, ambassador_system;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ambassador_app, ambassador_system;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ambassador_app, ambassador_system;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ambassador_app, ambassador_system;
--> statement-breakpoint
-- The audit log is append-only for the app: it may add events, never change or remove one. Erasure scrubs through
-- audit_scrub, which runs as the owner.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM ambassador_app, ambassador_system;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION audit_scrub(uuid, text[], text[]) TO ambassador_app, ambassador_system;
--> statement-breakpoint
-- The organisation a transaction works for: `set_config('app.organisation_id', <uuid>, true)`; unset or empty,
-- none. An inlinable STABLE expression, so that the planner folds `organisation_id = app_organisation_id()` with a
-- query's own `organisation_id = $1` into one check per query, not one per row, and keeps its row estimates.
CREATE FUNCTION app_organisation_id() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.organisation_id', true), '')::uuid
$$;
--> statement-breakpoint
-- Enables, forces (the owner too, unless superuser) and scopes row-level security on one table: ambassador_app sees
-- and writes the rows of the transaction's organisation only, ambassador_system every row.
CREATE FUNCTION enable_organisation_policy(tbl regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format('CREATE POLICY organisation ON %s TO ambassador_app '
    'USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id())', tbl);
  EXECUTE format('CREATE POLICY across_organisations ON %s TO ambassador_system USING (true) WITH CHECK (true)', tbl);
END
$$;
--> statement-breakpoint
SELECT enable_organisation_policy(format('%I.%I', c.table_schema, c.table_name)::regclass)
FROM information_schema.columns c
JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
WHERE c.table_schema = 'public' AND c.column_name = 'organisation_id' AND t.table_type = 'BASE TABLE';
--> statement-breakpoint
-- audit_scrub (erasure) runs as the owner, whom FORCE subjects to the policies too: it may reach the audit log, and
-- only its own statements run as the owner, each filtered by the organisation it is given.
CREATE POLICY audit_scrub ON audit_events TO CURRENT_USER USING (true) WITH CHECK (true);
