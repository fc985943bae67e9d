CREATE TABLE "content_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"section" text,
	"url" text,
	"owner_ambassador_id" uuid,
	"status" text DEFAULT 'keep' NOT NULL,
	"review_interval_days" integer DEFAULT 180 NOT NULL,
	"last_reviewed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_items_organisation_id_key" UNIQUE("organisation_id","id"),
	CONSTRAINT "content_items_review_interval" CHECK ("content_items"."review_interval_days" between 1 and 730)
);
--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "digital_help" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "content_item_id" uuid;--> statement-breakpoint
ALTER TABLE "content_items" ADD CONSTRAINT "content_items_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_items" ADD CONSTRAINT "content_items_owner_ambassador_id_ambassadors_id_fk" FOREIGN KEY ("owner_ambassador_id") REFERENCES "public"."ambassadors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "content_items_owner_idx" ON "content_items" USING btree ("organisation_id","owner_ambassador_id");--> statement-breakpoint
CREATE INDEX "content_items_section_idx" ON "content_items" USING btree ("organisation_id","section","title");--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_content_item_fk" FOREIGN KEY ("organisation_id","content_item_id") REFERENCES "public"."content_items"("organisation_id","id") ON DELETE cascade ON UPDATE no action;