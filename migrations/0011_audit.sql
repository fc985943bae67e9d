CREATE TABLE "audit_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_kind" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"changes" jsonb,
	"route" text,
	"request_id" text
);
--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_organisation_at_idx" ON "audit_events" USING btree ("organisation_id","at");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("organisation_id","entity","entity_id");--> statement-breakpoint
-- A field whose value is never written to the audit log: passwords, tokens, secrets and their hashes, and the
-- calendar feed's id, which is the secret in its URL.
CREATE FUNCTION audit_value_hidden(field text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT field ~ '(password|token|secret|hash)' OR field IN ('feed_id', 'dedupe_key')
$$;
--> statement-breakpoint
-- The fields that differ between two versions of a row, as {field: {before, after}}; null when none differs.
-- Bookkeeping that changes without anyone changing anything (timestamps of use) is left out.
CREATE FUNCTION audit_diff(old_row jsonb, new_row jsonb, hide_all boolean) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_object_agg(field, CASE
      WHEN hide_all OR audit_value_hidden(field) THEN '{"hidden": true}'::jsonb
      WHEN old_row IS NULL THEN jsonb_build_object('after', new_row -> field)
      WHEN new_row IS NULL THEN jsonb_build_object('before', old_row -> field)
      ELSE jsonb_build_object('before', old_row -> field, 'after', new_row -> field)
    END)
  FROM (SELECT DISTINCT jsonb_object_keys(coalesce(old_row, '{}') || coalesce(new_row, '{}')) AS field) AS fields
  WHERE field NOT IN ('organisation_id', 'created_at', 'updated_at', 'last_login_at', 'last_used_at')
    AND (old_row -> field) IS DISTINCT FROM (new_row -> field)
$$;
--> statement-breakpoint
CREATE FUNCTION audit_key(row_value jsonb, key_columns text[]) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT string_agg(row_value ->> column_name, ':' ORDER BY position)
  FROM unnest(key_columns) WITH ORDINALITY AS keys(column_name, position)
$$;
--> statement-breakpoint
-- One statement's changes to an audited table, written in its transaction. Who and through which route come from
-- settings the API sets at the start of each write request's transaction (set_config(..., true)); without them the
-- change is the system's. Arguments: entity name, organisation column, key columns (comma-separated), 'values' or
-- 'hidden' (which fields changed, never their values).
CREATE FUNCTION audit_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  entity text := TG_ARGV[0];
  org_column text := TG_ARGV[1];
  key_columns text[] := string_to_array(TG_ARGV[2], ',');
  hide_all boolean := TG_ARGV[3] = 'hidden';
  actor uuid := nullif(current_setting('app.actor_id', true), '')::uuid;
  actor_kind text := coalesce(nullif(current_setting('app.actor_kind', true), ''), 'system');
  route text := nullif(current_setting('app.route', true), '');
  request_id text := nullif(current_setting('app.request_id', true), '');
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO audit_events (organisation_id, actor_id, actor_kind, action, entity, entity_id, changes, route, request_id)
    SELECT (n.r ->> org_column)::uuid, actor, actor_kind, 'create', entity, audit_key(n.r, key_columns),
      audit_diff(NULL, n.r, hide_all), route, request_id
    FROM (SELECT to_jsonb(x) AS r FROM new_rows x) AS n;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO audit_events (organisation_id, actor_id, actor_kind, action, entity, entity_id, changes, route, request_id)
    SELECT (n.r ->> org_column)::uuid, actor, actor_kind, 'update', entity, audit_key(n.r, key_columns), d.changes,
      route, request_id
    FROM (SELECT to_jsonb(x) AS r FROM old_rows x) AS o
    JOIN (SELECT to_jsonb(x) AS r FROM new_rows x) AS n ON audit_key(o.r, key_columns) = audit_key(n.r, key_columns)
    CROSS JOIN LATERAL (SELECT audit_diff(o.r, n.r, hide_all) AS changes) AS d
    WHERE d.changes IS NOT NULL;
  ELSE
    INSERT INTO audit_events (organisation_id, actor_id, actor_kind, action, entity, entity_id, changes, route, request_id)
    SELECT (o.r ->> org_column)::uuid, actor, actor_kind, 'delete', entity, audit_key(o.r, key_columns),
      audit_diff(o.r, NULL, hide_all), route, request_id
    FROM (SELECT to_jsonb(x) AS r FROM old_rows x) AS o;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Puts a table under audit: one statement trigger per operation in `ops` (comma-separated INSERT, UPDATE, DELETE).
CREATE FUNCTION audit_table(tbl regclass, entity text, org_column text, key_columns text, mode text, ops text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  args text := format('%L, %L, %L, %L', entity, org_column, key_columns, mode);
BEGIN
  IF 'INSERT' = ANY (string_to_array(ops, ',')) THEN
    EXECUTE format('CREATE TRIGGER audit_insert AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION audit_changes(%s)', tbl, args);
  END IF;
  IF 'UPDATE' = ANY (string_to_array(ops, ',')) THEN
    EXECUTE format('CREATE TRIGGER audit_update AFTER UPDATE ON %s REFERENCING OLD TABLE AS old_rows '
      'NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes(%s)', tbl, args);
  END IF;
  IF 'DELETE' = ANY (string_to_array(ops, ',')) THEN
    EXECUTE format('CREATE TRIGGER audit_delete AFTER DELETE ON %s REFERENCING OLD TABLE AS old_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION audit_changes(%s)', tbl, args);
  END IF;
END
$$;
--> statement-breakpoint
-- Every table of an organisation's data, except what is derived (coverage snapshots), the mail queue, and login and
-- reset tokens (logins and logouts are written as events of their own). The bell's notifications are made by the
-- system with every change; only reading and removing them is a person's act.
SELECT audit_table(tbl::regclass, entity, org_column, key_columns, mode, ops) FROM (VALUES
  ('organisations', 'organisation', 'id', 'id', 'values', 'INSERT,UPDATE,DELETE'),
  ('activities', 'activity', 'organisation_id', 'id', 'values', 'INSERT,UPDATE,DELETE'),
  ('ambassador_status_changes', 'ambassador_status_change', 'organisation_id', 'id', 'values', 'INSERT,UPDATE,DELETE'),
  ('ambassadors', 'ambassador', 'organisation_id', 'id', 'values', 'INSERT,UPDATE,DELETE'),
  ('calendar_feeds', 'calendar_feed', 'organisation_id', 'user_id', 'values', 'INSERT,UPDATE,DELETE'),
  ('content_items', 'content_item', 'organisation_id', 'id', 'values', 'INSERT,UPDATE,DELETE'),
  ('departments', 'department', 'organisation_id', 'id', 'values', 'INSERT,UPDATE,DELETE'),
  ('employees', 'employee', 'organisation_id', 'id', 'values', 'INSERT,UPDATE,DELETE'),
  ('feedback_item_changes', 'feedback_item_change', 'organisation_id', 'id', 'values', 'INSERT,UPDATE,DELETE'),
  ('feedback_items', 'feedback_item', 'organisation_id', 'id', 'values', 'INSERT,UPDATE,DELETE'),
  ('feedback_participants', 'feedback_participant', 'organisation_id', 'round_id,ambassador_id', 'values', 'INSERT,UPDATE,DELETE'),
  ('feedback_responses', 'feedback_response', 'organisation_id', 'round_id,ambassador_id', 'hidden', 'INSERT,UPDATE,DELETE'),
  ('feedback_rounds', 'feedback_round', 'organisation_id', 'id', 'values', 'INSERT,UPDATE,DELETE'),
  ('invitations', 'invitation', 'organisation_id', 'id', 'values', 'INSERT,UPDATE,DELETE'),
  ('layers', 'layer', 'organisation_id', 'id', 'values', 'INSERT,UPDATE,DELETE'),
  ('notification_preferences', 'notification_preferences', 'organisation_id', 'user_id', 'values', 'INSERT,UPDATE,DELETE'),
  ('notifications', 'notification', 'organisation_id', 'id', 'values', 'UPDATE,DELETE'),
  ('rooms', 'room', 'organisation_id', 'id', 'values', 'INSERT,UPDATE,DELETE'),
  ('scim_tokens', 'scim_token', 'organisation_id', 'id', 'values', 'INSERT,UPDATE,DELETE'),
  ('training_enrolments', 'training_enrolment', 'organisation_id', 'id', 'values', 'INSERT,UPDATE,DELETE'),
  ('training_session_departments', 'training_session_department', 'organisation_id', 'session_id,department_id', 'values', 'INSERT,UPDATE,DELETE'),
  ('training_session_layers', 'training_session_layer', 'organisation_id', 'session_id,layer_id', 'values', 'INSERT,UPDATE,DELETE'),
  ('training_session_trainers', 'training_session_trainer', 'organisation_id', 'id', 'values', 'INSERT,UPDATE,DELETE'),
  ('training_sessions', 'training_session', 'organisation_id', 'id', 'values', 'INSERT,UPDATE,DELETE'),
  ('users', 'user', 'organisation_id', 'id', 'values', 'INSERT,UPDATE,DELETE')
) AS audited(tbl, entity, org_column, key_columns, mode, ops);
--> statement-breakpoint
-- Append-only: no UPDATE, DELETE or TRUNCATE, except the scrub that erasing a person runs (audit_scrub).
CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND current_setting('app.audit_scrub', true) = 'on' THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
--> statement-breakpoint
-- In the history of an erased person's records every text goes: only ids, times, dates, numbers, booleans and the
-- fields that hold a state from a fixed list stay, so the history still counts.
CREATE FUNCTION audit_blank_change(field text, change jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN jsonb_typeof(change) <> 'object'
      OR field ~ '(^id$|_id$|_at$|_on$|_date$|^status$|^kind$|^role$|^roles$|^source$|^day$|^delivery$|^locale$)'
      THEN change
    ELSE (SELECT coalesce(jsonb_object_agg(part, CASE
            WHEN jsonb_typeof(v) IN ('string', 'object', 'array') THEN '"[verwijderd]"'::jsonb ELSE v END), '{}'::jsonb)
          FROM jsonb_each(change) AS p(part, v))
  END
$$;
--> statement-breakpoint
-- Every string value in a JSON document with each needle replaced where it stands as whole words, in any case; keys
-- are left alone.
CREATE FUNCTION audit_scrub_value(value jsonb, needles text[]) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  result text;
  needle text;
BEGIN
  CASE jsonb_typeof(value)
    WHEN 'string' THEN
      result := value #>> '{}';
      FOREACH needle IN ARRAY needles LOOP
        result := regexp_replace(result, '\m' || regexp_replace(needle, '([.^$*+?()\[\]{}|\\])', '\\\1', 'g') || '\M',
          '[verwijderd]', 'gi');
      END LOOP;
      RETURN to_jsonb(result);
    WHEN 'object' THEN
      RETURN (SELECT coalesce(jsonb_object_agg(key, audit_scrub_value(v, needles)), '{}'::jsonb)
              FROM jsonb_each(value) AS e(key, v));
    WHEN 'array' THEN
      RETURN (SELECT coalesce(jsonb_agg(audit_scrub_value(v, needles) ORDER BY i), '[]'::jsonb)
              FROM jsonb_array_elements(value) WITH ORDINALITY AS e(v, i));
    ELSE
      RETURN value;
  END CASE;
END
$$;
--> statement-breakpoint
-- Erasing a person removes what identifies her from the organisation's audit history too: in the events of her
-- records (her employee, user and ambassador ids, and every row that ever referred to one of them) the texts are
-- blanked, and her name, addresses and numbers are replaced wherever they appear. The history keeps who did what
-- without saying who she was. Runs as the owner: the app's role may not update the log itself.
CREATE FUNCTION audit_scrub(org uuid, ids text[], needles text[]) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
  kept text[] := array(SELECT n FROM unnest(needles) AS n WHERE length(n) >= 2);
  blanked integer;
  replaced integer := 0;
BEGIN
  PERFORM set_config('app.audit_scrub', 'on', true);
  UPDATE audit_events SET changes = (
      SELECT jsonb_object_agg(field, audit_blank_change(field, change)) FROM jsonb_each(changes) AS c(field, change))
  WHERE organisation_id = org AND changes IS NOT NULL AND (entity, entity_id) IN (
    -- Her records, and every record whose history ever referred to one of them (a later update of such a row,
    -- clearing its note, names only the note).
    SELECT entity, entity_id FROM audit_events
    WHERE organisation_id = org AND entity_id IS NOT NULL
      AND (entity_id = ANY (ids) OR EXISTS (SELECT 1 FROM unnest(ids) AS i WHERE strpos(changes::text, i) > 0)));
  GET DIAGNOSTICS blanked = ROW_COUNT;
  IF cardinality(kept) > 0 THEN
    UPDATE audit_events SET changes = audit_scrub_value(changes, kept)
    WHERE organisation_id = org AND changes IS NOT NULL
      AND EXISTS (SELECT 1 FROM unnest(kept) AS n WHERE strpos(lower(changes::text), lower(n)) > 0);
    GET DIAGNOSTICS replaced = ROW_COUNT;
  END IF;
  PERFORM set_config('app.audit_scrub', 'off', true);
  RETURN blanked + replaced;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION audit_scrub(uuid, text[], text[]) FROM PUBLIC;
