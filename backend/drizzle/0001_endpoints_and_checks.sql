CREATE TABLE "endpoints" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text DEFAULT 'http' NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"url" text,
	"method" text DEFAULT 'GET' NOT NULL,
	"headers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"body" text,
	"content_type" text,
	"interval_seconds" integer DEFAULT 60 NOT NULL,
	"timeout_ms" integer DEFAULT 10000 NOT NULL,
	"expected_status" jsonb DEFAULT '["200-399"]'::jsonb NOT NULL,
	"assertions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"health_body" boolean DEFAULT false NOT NULL,
	"retries" smallint DEFAULT 1 NOT NULL,
	"failure_threshold" smallint DEFAULT 1 NOT NULL,
	"success_threshold" smallint DEFAULT 1 NOT NULL,
	"degraded_above_ms" integer,
	"follow_redirects" boolean DEFAULT true NOT NULL,
	"verify_tls" boolean DEFAULT true NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"managed_by" text,
	"sla_target" real,
	"status" text DEFAULT 'PENDING' NOT NULL,
	"status_since" timestamp with time zone DEFAULT now() NOT NULL,
	"last_checked_at" timestamp with time zone,
	"last_latency_ms" integer,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"consecutive_successes" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "check_results" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"endpoint_id" bigint NOT NULL,
	"checked_at" timestamp with time zone NOT NULL,
	"ok" boolean NOT NULL,
	"degraded" boolean DEFAULT false NOT NULL,
	"status_code" smallint,
	"latency_ms" integer,
	"dns_ms" integer,
	"connect_ms" integer,
	"tls_ms" integer,
	"ttfb_ms" integer,
	"size_bytes" integer,
	"error_kind" text,
	"error_message" text,
	"attempts" smallint DEFAULT 1 NOT NULL,
	"details" jsonb,
	"cert_expires_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "endpoint_state_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"endpoint_id" bigint NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"reason" text,
	"check_result_id" bigint
);
--> statement-breakpoint
ALTER TABLE "check_results" ADD CONSTRAINT "check_results_endpoint_id_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."endpoints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "endpoint_state_changes" ADD CONSTRAINT "endpoint_state_changes_endpoint_id_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."endpoints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "endpoints_status_index" ON "endpoints" USING btree ("status");--> statement-breakpoint
CREATE INDEX "endpoints_tags_index" ON "endpoints" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "check_results_endpoint_id_checked_at_index" ON "check_results" USING btree ("endpoint_id","checked_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "check_results_checked_at_index" ON "check_results" USING btree ("checked_at");--> statement-breakpoint
CREATE INDEX "endpoint_state_changes_endpoint_id_at_index" ON "endpoint_state_changes" USING btree ("endpoint_id","at");