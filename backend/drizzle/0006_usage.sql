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
ALTER TABLE "usage_events" ADD CONSTRAINT "usage_events_tag_id_usage_tags_id_fk" FOREIGN KEY ("tag_id") REFERENCES "public"."usage_tags"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "usage_events_tag_id_seq_index" ON "usage_events" USING btree ("tag_id","seq");--> statement-breakpoint
CREATE INDEX "usage_events_tag_id_used_at_index" ON "usage_events" USING btree ("tag_id","used_at");--> statement-breakpoint
CREATE UNIQUE INDEX "usage_tags_name_index" ON "usage_tags" USING btree ("name");