CREATE TABLE "alert_catch_up" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"watermark_id" bigint NOT NULL,
	"candidate_id" bigint,
	"candidate_since" timestamp with time zone,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alert_state_log" ADD COLUMN "evaluated_at" timestamp with time zone;