-- Values stored before the API refused them (Infinity, NaN, or out of range) are cleared, so the constraint can hold.
UPDATE "ambassadors" SET "hours_per_month" = NULL WHERE NOT ("hours_per_month" >= 0 AND "hours_per_month" <= 160);--> statement-breakpoint
ALTER TABLE "ambassadors" ADD CONSTRAINT "ambassadors_hours_per_month_check" CHECK ("ambassadors"."hours_per_month" >= 0 and "ambassadors"."hours_per_month" <= 160);
