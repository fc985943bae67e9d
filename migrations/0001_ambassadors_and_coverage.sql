CREATE TABLE "ambassador_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"ambassador_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"note" text,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ambassadors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"status" text DEFAULT 'candidate' NOT NULL,
	"roles" text[] DEFAULT '{}' NOT NULL,
	"source" text NOT NULL,
	"nominated_by_employee_id" uuid,
	"motivation" text,
	"notes" text,
	"hours_per_month" double precision,
	"manager_consent" boolean,
	"manager_consent_date" date,
	"start_date" date,
	"end_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ambassadors_employee_key" UNIQUE("organisation_id","employee_id"),
	CONSTRAINT "ambassadors_organisation_id_key" UNIQUE("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "coverage_snapshots" (
	"organisation_id" uuid NOT NULL,
	"day" date NOT NULL,
	"employees" integer NOT NULL,
	"active_ambassadors" integer NOT NULL,
	"target" integer NOT NULL,
	"cells" integer NOT NULL,
	"covered_cells" integer NOT NULL,
	"coverage_pct" real NOT NULL,
	"employees_in_covered_cells_pct" real NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coverage_snapshots_pkey" PRIMARY KEY("organisation_id","day")
);
--> statement-breakpoint
ALTER TABLE "ambassador_status_changes" ADD CONSTRAINT "ambassador_status_changes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ambassador_status_changes" ADD CONSTRAINT "ambassador_status_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ambassador_status_changes" ADD CONSTRAINT "ambassador_status_changes_ambassador_fk" FOREIGN KEY ("organisation_id","ambassador_id") REFERENCES "public"."ambassadors"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ambassadors" ADD CONSTRAINT "ambassadors_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ambassadors" ADD CONSTRAINT "ambassadors_employee_fk" FOREIGN KEY ("organisation_id","employee_id") REFERENCES "public"."employees"("organisation_id","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ambassadors" ADD CONSTRAINT "ambassadors_nominated_by_fk" FOREIGN KEY ("organisation_id","nominated_by_employee_id") REFERENCES "public"."employees"("organisation_id","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverage_snapshots" ADD CONSTRAINT "coverage_snapshots_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ambassador_status_changes_ambassador_idx" ON "ambassador_status_changes" USING btree ("organisation_id","ambassador_id","changed_at");--> statement-breakpoint
CREATE INDEX "ambassadors_status_idx" ON "ambassadors" USING btree ("organisation_id","status");