CREATE TABLE "training_enrolments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"status" text NOT NULL,
	"enrolled_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	"enrolled_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_enrolments_session_employee_key" UNIQUE("session_id","employee_id")
);
--> statement-breakpoint
CREATE TABLE "training_session_departments" (
	"organisation_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	CONSTRAINT "training_session_departments_pkey" PRIMARY KEY("session_id","department_id")
);
--> statement-breakpoint
CREATE TABLE "training_session_layers" (
	"organisation_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"layer_id" uuid NOT NULL,
	CONSTRAINT "training_session_layers_pkey" PRIMARY KEY("session_id","layer_id")
);
--> statement-breakpoint
CREATE TABLE "training_session_trainers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"ambassador_id" uuid,
	"user_id" uuid,
	CONSTRAINT "training_session_trainers_ambassador_key" UNIQUE("session_id","ambassador_id"),
	CONSTRAINT "training_session_trainers_user_key" UNIQUE("session_id","user_id"),
	CONSTRAINT "training_session_trainers_one_kind" CHECK (("training_session_trainers"."ambassador_id" is null) <> ("training_session_trainers"."user_id" is null))
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"location" text,
	"online_url" text,
	"capacity" integer NOT NULL,
	"wave" text,
	"status" text DEFAULT 'planned' NOT NULL,
	"external_trainer" text,
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_sessions_organisation_id_key" UNIQUE("organisation_id","id"),
	CONSTRAINT "training_sessions_ends_after_start" CHECK ("training_sessions"."ends_at" > "training_sessions"."starts_at"),
	CONSTRAINT "training_sessions_capacity_positive" CHECK ("training_sessions"."capacity" > 0)
);
--> statement-breakpoint
CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"ambassador_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"occurred_on" date NOT NULL,
	"count" integer DEFAULT 1 NOT NULL,
	"note" text,
	"session_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activities_session_ambassador_kind_key" UNIQUE("session_id","ambassador_id","kind"),
	CONSTRAINT "activities_count_not_negative" CHECK ("activities"."count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"feed_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_enrolled_by_users_id_fk" FOREIGN KEY ("enrolled_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_session_fk" FOREIGN KEY ("organisation_id","session_id") REFERENCES "public"."training_sessions"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_employee_fk" FOREIGN KEY ("organisation_id","employee_id") REFERENCES "public"."employees"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_session_departments" ADD CONSTRAINT "training_session_departments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_session_departments" ADD CONSTRAINT "training_session_departments_session_fk" FOREIGN KEY ("organisation_id","session_id") REFERENCES "public"."training_sessions"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_session_departments" ADD CONSTRAINT "training_session_departments_department_fk" FOREIGN KEY ("organisation_id","department_id") REFERENCES "public"."departments"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_session_layers" ADD CONSTRAINT "training_session_layers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_session_layers" ADD CONSTRAINT "training_session_layers_session_fk" FOREIGN KEY ("organisation_id","session_id") REFERENCES "public"."training_sessions"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_session_layers" ADD CONSTRAINT "training_session_layers_layer_fk" FOREIGN KEY ("organisation_id","layer_id") REFERENCES "public"."layers"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_session_trainers" ADD CONSTRAINT "training_session_trainers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_session_trainers" ADD CONSTRAINT "training_session_trainers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_session_trainers" ADD CONSTRAINT "training_session_trainers_session_fk" FOREIGN KEY ("organisation_id","session_id") REFERENCES "public"."training_sessions"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_session_trainers" ADD CONSTRAINT "training_session_trainers_ambassador_fk" FOREIGN KEY ("organisation_id","ambassador_id") REFERENCES "public"."ambassadors"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_ambassador_fk" FOREIGN KEY ("organisation_id","ambassador_id") REFERENCES "public"."ambassadors"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_session_fk" FOREIGN KEY ("organisation_id","session_id") REFERENCES "public"."training_sessions"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "training_enrolments_employee_idx" ON "training_enrolments" USING btree ("organisation_id","employee_id");--> statement-breakpoint
CREATE INDEX "training_session_trainers_ambassador_idx" ON "training_session_trainers" USING btree ("organisation_id","ambassador_id");--> statement-breakpoint
CREATE INDEX "training_session_trainers_user_idx" ON "training_session_trainers" USING btree ("organisation_id","user_id");--> statement-breakpoint
CREATE INDEX "training_sessions_starts_idx" ON "training_sessions" USING btree ("organisation_id","starts_at");--> statement-breakpoint
CREATE INDEX "activities_ambassador_idx" ON "activities" USING btree ("organisation_id","ambassador_id","occurred_on");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_feed_id_key" ON "calendar_feeds" USING btree ("feed_id");