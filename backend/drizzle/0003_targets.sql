CREATE TABLE "target_services" (
	"target_id" bigint NOT NULL,
	"name" text NOT NULL,
	"status" text NOT NULL,
	"dimensions" jsonb NOT NULL,
	"last_timestamp" timestamp with time zone,
	"status_since" timestamp with time zone NOT NULL,
	"seen_at" timestamp with time zone NOT NULL,
	CONSTRAINT "target_services_target_id_name_pk" PRIMARY KEY("target_id","name")
);
--> statement-breakpoint
CREATE TABLE "target_status_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"target_id" bigint NOT NULL,
	"service" text,
	"from_status" text,
	"to_status" text NOT NULL,
	"maintenance" boolean DEFAULT false NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"base_url" text NOT NULL,
	"interval_seconds" integer DEFAULT 60 NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"managed_by" text DEFAULT 'api' NOT NULL,
	"display_name" text,
	"overall_status" text DEFAULT 'Unknown' NOT NULL,
	"overall_dimensions" jsonb,
	"last_timestamp" timestamp with time zone,
	"etag" text,
	"last_modified" text,
	"last_attempt_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"last_error" text,
	"last_error_kind" text,
	"last_error_at" timestamp with time zone,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"failures_total" integer DEFAULT 0 NOT NULL,
	"format_errors_total" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "targets_name_unique" UNIQUE("name")
);
--> statement-breakpoint
ALTER TABLE "target_services" ADD CONSTRAINT "target_services_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_status_changes" ADD CONSTRAINT "target_status_changes_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "target_status_changes_target_id_service_at_index" ON "target_status_changes" USING btree ("target_id","service","at");--> statement-breakpoint
CREATE INDEX "target_status_changes_at_index" ON "target_status_changes" USING btree ("at");