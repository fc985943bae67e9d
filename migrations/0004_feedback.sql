CREATE TABLE "feedback_item_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"resolution" text,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"category" text,
	"round_id" uuid,
	"status" text DEFAULT 'new' NOT NULL,
	"resolution" text,
	"duplicate_of_id" uuid,
	"raised_by" uuid,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_items_organisation_id_key" UNIQUE("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "feedback_participants" (
	"organisation_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"ambassador_id" uuid NOT NULL,
	"invited_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"responded_at" timestamp with time zone,
	CONSTRAINT "feedback_participants_pkey" PRIMARY KEY("round_id","ambassador_id")
);
--> statement-breakpoint
CREATE TABLE "feedback_responses" (
	"organisation_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"ambassador_id" uuid NOT NULL,
	"answers" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_responses_pkey" PRIMARY KEY("round_id","ambassador_id")
);
--> statement-breakpoint
CREATE TABLE "feedback_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"title" text NOT NULL,
	"intro" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"opens_at" timestamp with time zone,
	"closes_at" timestamp with time zone,
	"anonymous" boolean DEFAULT false NOT NULL,
	"min_group_size" integer DEFAULT 3 NOT NULL,
	"questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_rounds_organisation_id_key" UNIQUE("organisation_id","id"),
	CONSTRAINT "feedback_rounds_min_group_size" CHECK ("feedback_rounds"."min_group_size" between 1 and 50)
);
--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "round_id" uuid;--> statement-breakpoint
ALTER TABLE "feedback_item_changes" ADD CONSTRAINT "feedback_item_changes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_item_changes" ADD CONSTRAINT "feedback_item_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_item_changes" ADD CONSTRAINT "feedback_item_changes_item_fk" FOREIGN KEY ("organisation_id","item_id") REFERENCES "public"."feedback_items"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_items" ADD CONSTRAINT "feedback_items_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_items" ADD CONSTRAINT "feedback_items_round_id_feedback_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."feedback_rounds"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_items" ADD CONSTRAINT "feedback_items_duplicate_of_id_feedback_items_id_fk" FOREIGN KEY ("duplicate_of_id") REFERENCES "public"."feedback_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_items" ADD CONSTRAINT "feedback_items_raised_by_users_id_fk" FOREIGN KEY ("raised_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_participants" ADD CONSTRAINT "feedback_participants_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_participants" ADD CONSTRAINT "feedback_participants_round_fk" FOREIGN KEY ("organisation_id","round_id") REFERENCES "public"."feedback_rounds"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_participants" ADD CONSTRAINT "feedback_participants_ambassador_fk" FOREIGN KEY ("organisation_id","ambassador_id") REFERENCES "public"."ambassadors"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_responses" ADD CONSTRAINT "feedback_responses_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_responses" ADD CONSTRAINT "feedback_responses_participant_fk" FOREIGN KEY ("round_id","ambassador_id") REFERENCES "public"."feedback_participants"("round_id","ambassador_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_rounds" ADD CONSTRAINT "feedback_rounds_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_rounds" ADD CONSTRAINT "feedback_rounds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_item_changes_item_idx" ON "feedback_item_changes" USING btree ("organisation_id","item_id","changed_at");--> statement-breakpoint
CREATE INDEX "feedback_items_status_idx" ON "feedback_items" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE INDEX "feedback_items_raised_by_idx" ON "feedback_items" USING btree ("organisation_id","raised_by");--> statement-breakpoint
CREATE INDEX "feedback_participants_ambassador_idx" ON "feedback_participants" USING btree ("organisation_id","ambassador_id");--> statement-breakpoint
CREATE INDEX "feedback_rounds_status_idx" ON "feedback_rounds" USING btree ("organisation_id","status");--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_round_fk" FOREIGN KEY ("organisation_id","round_id") REFERENCES "public"."feedback_rounds"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_round_ambassador_kind_key" UNIQUE("round_id","ambassador_id","kind");