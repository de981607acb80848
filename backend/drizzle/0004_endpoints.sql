ALTER TABLE "endpoints" ADD COLUMN "push_token_hash" text;--> statement-breakpoint
ALTER TABLE "endpoints" ADD COLUMN "push_token_encrypted" text;--> statement-breakpoint
ALTER TABLE "endpoints" ADD COLUMN "period_seconds" integer;--> statement-breakpoint
ALTER TABLE "endpoints" ADD COLUMN "cron" text;--> statement-breakpoint
ALTER TABLE "endpoints" ADD COLUMN "timezone" text;--> statement-breakpoint
ALTER TABLE "endpoints" ADD COLUMN "grace_seconds" integer;--> statement-breakpoint
ALTER TABLE "endpoints" ADD COLUMN "last_ping_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "endpoints" ADD COLUMN "run_started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "endpoints" ADD CONSTRAINT "endpoints_pushTokenHash_unique" UNIQUE("push_token_hash");