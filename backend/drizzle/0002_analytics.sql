CREATE TABLE "check_rollups_daily" (
	"endpoint_id" bigint NOT NULL,
	"bucket_start" timestamp with time zone NOT NULL,
	"checks" integer NOT NULL,
	"ok_checks" integer NOT NULL,
	"degraded_checks" integer NOT NULL,
	"latency_count" integer NOT NULL,
	"latency_sum_ms" bigint NOT NULL,
	"latency_min_ms" integer,
	"latency_max_ms" integer,
	"hist_bins" smallint[] NOT NULL,
	"hist_counts" integer[] NOT NULL,
	CONSTRAINT "check_rollups_daily_endpoint_id_bucket_start_pk" PRIMARY KEY("endpoint_id","bucket_start")
);
--> statement-breakpoint
CREATE TABLE "check_rollups_hourly" (
	"endpoint_id" bigint NOT NULL,
	"bucket_start" timestamp with time zone NOT NULL,
	"checks" integer NOT NULL,
	"ok_checks" integer NOT NULL,
	"degraded_checks" integer NOT NULL,
	"latency_count" integer NOT NULL,
	"latency_sum_ms" bigint NOT NULL,
	"latency_min_ms" integer,
	"latency_max_ms" integer,
	"hist_bins" smallint[] NOT NULL,
	"hist_counts" integer[] NOT NULL,
	CONSTRAINT "check_rollups_hourly_endpoint_id_bucket_start_pk" PRIMARY KEY("endpoint_id","bucket_start")
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"endpoint_id" bigint NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"cause_kind" text,
	"cause_message" text,
	"failed_checks" integer DEFAULT 0 NOT NULL,
	"opened_by_state_change_id" bigint,
	"opened_by_check_result_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "maintenance_windows" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"all_endpoints" boolean DEFAULT false NOT NULL,
	"endpoint_ids" bigint[] DEFAULT '{}'::bigint[] NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"recurrence" text DEFAULT 'none' NOT NULL,
	"timezone" text DEFAULT 'UTC' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rollup_watermarks" (
	"level" text PRIMARY KEY NOT NULL,
	"watermark" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "check_rollups_daily" ADD CONSTRAINT "check_rollups_daily_endpoint_id_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."endpoints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_rollups_hourly" ADD CONSTRAINT "check_rollups_hourly_endpoint_id_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."endpoints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_endpoint_id_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."endpoints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "check_rollups_daily_bucket_start_index" ON "check_rollups_daily" USING btree ("bucket_start");--> statement-breakpoint
CREATE INDEX "check_rollups_hourly_bucket_start_index" ON "check_rollups_hourly" USING btree ("bucket_start");--> statement-breakpoint
CREATE INDEX "incidents_endpoint_id_started_at_index" ON "incidents" USING btree ("endpoint_id","started_at");--> statement-breakpoint
CREATE INDEX "incidents_started_at_index" ON "incidents" USING btree ("started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "incidents_one_open_per_endpoint" ON "incidents" USING btree ("endpoint_id") WHERE "incidents"."resolved_at" is null;