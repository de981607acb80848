CREATE TABLE "check_rollups_open" (
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
	CONSTRAINT "check_rollups_open_endpoint_id_bucket_start_pk" PRIMARY KEY("endpoint_id","bucket_start")
);
--> statement-breakpoint
ALTER TABLE "check_rollups_open" ADD CONSTRAINT "check_rollups_open_endpoint_id_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."endpoints"("id") ON DELETE cascade ON UPDATE no action;