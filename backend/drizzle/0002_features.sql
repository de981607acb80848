CREATE TABLE "api_keys" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" bigint NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"role" text NOT NULL,
	"scopes" text[] DEFAULT '{api}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" bigint,
	"actor_api_key_id" bigint,
	"action" text NOT NULL,
	"entity" text,
	"entity_id" text,
	"outcome" text DEFAULT 'success' NOT NULL,
	"ip" text,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" bigint NOT NULL,
	"refresh_token_hash" text NOT NULL,
	"previous_refresh_token_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"refreshed_at" timestamp with time zone,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_reason" text,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"role" text NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"invite_token_hash" text,
	"invite_expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_login_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "alert_channels" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"config" jsonb NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alert_flap_states" (
	"rule_id" bigint NOT NULL,
	"endpoint_id" bigint NOT NULL,
	"flapping_since" timestamp with time zone NOT NULL,
	CONSTRAINT "alert_flap_states_rule_id_endpoint_id_pk" PRIMARY KEY("rule_id","endpoint_id")
);
--> statement-breakpoint
CREATE TABLE "alert_rule_channels" (
	"rule_id" bigint NOT NULL,
	"channel_id" bigint NOT NULL,
	CONSTRAINT "alert_rule_channels_rule_id_channel_id_pk" PRIMARY KEY("rule_id","channel_id")
);
--> statement-breakpoint
CREATE TABLE "alert_rules" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"scope" text NOT NULL,
	"endpoint_id" bigint,
	"tag" text,
	"events" text[] NOT NULL,
	"down_after_minutes" integer DEFAULT 0 NOT NULL,
	"renotify_minutes" integer,
	"latency_threshold_ms" integer,
	"latency_consecutive" integer DEFAULT 3 NOT NULL,
	"cert_expiry_days" integer DEFAULT 14 NOT NULL,
	"flap_threshold" integer,
	"flap_window_minutes" integer DEFAULT 10 NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alert_state_log" (
	"state_change_id" bigint PRIMARY KEY NOT NULL,
	"endpoint_id" bigint NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"check" jsonb
);
--> statement-breakpoint
CREATE TABLE "alerts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"dedup_key" text NOT NULL,
	"event" text NOT NULL,
	"rule_id" bigint,
	"channel_id" bigint,
	"channel_type" text NOT NULL,
	"endpoint_id" bigint,
	"message" jsonb NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"suppressed_reason" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"delivery_detail" text,
	"occurred_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
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
CREATE TABLE "usage_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tag_id" bigint NOT NULL,
	"seq" bigint NOT NULL,
	"used_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "usage_tags" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"use_count" bigint DEFAULT 0 NOT NULL,
	"last_used_at" timestamp with time zone,
	"is_active" boolean DEFAULT true NOT NULL,
	"anonymous_updates" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "endpoints" ADD COLUMN "push_token_hash" text;--> statement-breakpoint
ALTER TABLE "endpoints" ADD COLUMN "push_token_encrypted" text;--> statement-breakpoint
ALTER TABLE "endpoints" ADD COLUMN "period_seconds" integer;--> statement-breakpoint
ALTER TABLE "endpoints" ADD COLUMN "cron" text;--> statement-breakpoint
ALTER TABLE "endpoints" ADD COLUMN "timezone" text;--> statement-breakpoint
ALTER TABLE "endpoints" ADD COLUMN "grace_seconds" integer;--> statement-breakpoint
ALTER TABLE "endpoints" ADD COLUMN "last_ping_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "endpoints" ADD COLUMN "run_started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_flap_states" ADD CONSTRAINT "alert_flap_states_rule_id_alert_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."alert_rules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_flap_states" ADD CONSTRAINT "alert_flap_states_endpoint_id_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."endpoints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_rule_channels" ADD CONSTRAINT "alert_rule_channels_rule_id_alert_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."alert_rules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_rule_channels" ADD CONSTRAINT "alert_rule_channels_channel_id_alert_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."alert_channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_rules" ADD CONSTRAINT "alert_rules_endpoint_id_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."endpoints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_state_log" ADD CONSTRAINT "alert_state_log_endpoint_id_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."endpoints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_rule_id_alert_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."alert_rules"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_channel_id_alert_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."alert_channels"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_endpoint_id_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."endpoints"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_rollups_daily" ADD CONSTRAINT "check_rollups_daily_endpoint_id_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."endpoints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_rollups_hourly" ADD CONSTRAINT "check_rollups_hourly_endpoint_id_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."endpoints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_endpoint_id_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."endpoints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_services" ADD CONSTRAINT "target_services_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_status_changes" ADD CONSTRAINT "target_status_changes_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_events" ADD CONSTRAINT "usage_events_tag_id_usage_tags_id_fk" FOREIGN KEY ("tag_id") REFERENCES "public"."usage_tags"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_keys_prefix_index" ON "api_keys" USING btree ("prefix");--> statement-breakpoint
CREATE INDEX "api_keys_user_id_index" ON "api_keys" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_index" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_actor_user_id_at_index" ON "audit_log" USING btree ("actor_user_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_at_index" ON "audit_log" USING btree ("entity","at");--> statement-breakpoint
CREATE INDEX "sessions_user_id_index" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_unique" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "alert_rule_channels_channel_id_index" ON "alert_rule_channels" USING btree ("channel_id");--> statement-breakpoint
CREATE INDEX "alert_rules_endpoint_id_index" ON "alert_rules" USING btree ("endpoint_id");--> statement-breakpoint
CREATE INDEX "alert_rules_events_index" ON "alert_rules" USING gin ("events");--> statement-breakpoint
CREATE INDEX "alert_state_log_endpoint_id_at_index" ON "alert_state_log" USING btree ("endpoint_id","at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_dedup_key_index" ON "alerts" USING btree ("dedup_key");--> statement-breakpoint
CREATE INDEX "alerts_next_attempt_at_index" ON "alerts" USING btree ("next_attempt_at") WHERE "alerts"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "alerts_endpoint_id_id_index" ON "alerts" USING btree ("endpoint_id","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "alerts_channel_id_id_index" ON "alerts" USING btree ("channel_id","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "check_rollups_daily_bucket_start_index" ON "check_rollups_daily" USING btree ("bucket_start");--> statement-breakpoint
CREATE INDEX "check_rollups_hourly_bucket_start_index" ON "check_rollups_hourly" USING btree ("bucket_start");--> statement-breakpoint
CREATE INDEX "incidents_endpoint_id_started_at_index" ON "incidents" USING btree ("endpoint_id","started_at");--> statement-breakpoint
CREATE INDEX "incidents_started_at_index" ON "incidents" USING btree ("started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "incidents_one_open_per_endpoint" ON "incidents" USING btree ("endpoint_id") WHERE "incidents"."resolved_at" is null;--> statement-breakpoint
CREATE INDEX "target_status_changes_target_id_service_at_index" ON "target_status_changes" USING btree ("target_id","service","at");--> statement-breakpoint
CREATE INDEX "target_status_changes_at_index" ON "target_status_changes" USING btree ("at");--> statement-breakpoint
CREATE UNIQUE INDEX "usage_events_tag_id_seq_index" ON "usage_events" USING btree ("tag_id","seq");--> statement-breakpoint
CREATE INDEX "usage_events_tag_id_used_at_index" ON "usage_events" USING btree ("tag_id","used_at");--> statement-breakpoint
CREATE UNIQUE INDEX "usage_tags_name_index" ON "usage_tags" USING btree ("name");--> statement-breakpoint
CREATE INDEX "check_results_failures_index" ON "check_results" USING btree ("checked_at" DESC NULLS LAST) WHERE not "check_results"."ok";--> statement-breakpoint
ALTER TABLE "endpoints" ADD CONSTRAINT "endpoints_pushTokenHash_unique" UNIQUE("push_token_hash");