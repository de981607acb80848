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
ALTER TABLE "alert_flap_states" ADD CONSTRAINT "alert_flap_states_rule_id_alert_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."alert_rules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_flap_states" ADD CONSTRAINT "alert_flap_states_endpoint_id_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."endpoints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_rule_channels" ADD CONSTRAINT "alert_rule_channels_rule_id_alert_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."alert_rules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_rule_channels" ADD CONSTRAINT "alert_rule_channels_channel_id_alert_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."alert_channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_rules" ADD CONSTRAINT "alert_rules_endpoint_id_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."endpoints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_state_log" ADD CONSTRAINT "alert_state_log_endpoint_id_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."endpoints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_rule_id_alert_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."alert_rules"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_channel_id_alert_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."alert_channels"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_endpoint_id_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."endpoints"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_services" ADD CONSTRAINT "target_services_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_status_changes" ADD CONSTRAINT "target_status_changes_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alert_rule_channels_channel_id_index" ON "alert_rule_channels" USING btree ("channel_id");--> statement-breakpoint
CREATE INDEX "alert_rules_endpoint_id_index" ON "alert_rules" USING btree ("endpoint_id");--> statement-breakpoint
CREATE INDEX "alert_rules_events_index" ON "alert_rules" USING gin ("events");--> statement-breakpoint
CREATE INDEX "alert_state_log_endpoint_id_at_index" ON "alert_state_log" USING btree ("endpoint_id","at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_dedup_key_index" ON "alerts" USING btree ("dedup_key");--> statement-breakpoint
CREATE INDEX "alerts_next_attempt_at_index" ON "alerts" USING btree ("next_attempt_at") WHERE "alerts"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "alerts_endpoint_id_id_index" ON "alerts" USING btree ("endpoint_id","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "alerts_channel_id_id_index" ON "alerts" USING btree ("channel_id","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "target_status_changes_target_id_service_at_index" ON "target_status_changes" USING btree ("target_id","service","at");--> statement-breakpoint
CREATE INDEX "target_status_changes_at_index" ON "target_status_changes" USING btree ("at");