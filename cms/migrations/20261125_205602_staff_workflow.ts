import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_status\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`state\` text,
  	\`problem\` text,
  	\`trigger\` text,
  	\`last_attempt_at\` text,
  	\`last_success_at\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`training_programs\` ADD \`past\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`training_programs\` ADD \`last_edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`_training_programs_v\` ADD \`version_past\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_training_programs_v\` ADD \`version_last_edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`job_postings\` ADD \`closed_automatically_on\` text;`)
  await db.run(sql`ALTER TABLE \`job_postings\` ADD \`last_edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`_job_postings_v\` ADD \`version_closed_automatically_on\` text;`)
  await db.run(sql`ALTER TABLE \`_job_postings_v\` ADD \`version_last_edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`toolkits\` ADD \`last_edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`_toolkits_v\` ADD \`version_last_edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`last_edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`framework\` ADD \`last_edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`_framework_v\` ADD \`version_last_edited_by\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`site_status\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`ALTER TABLE \`training_programs\` DROP COLUMN \`past\`;`)
  await db.run(sql`ALTER TABLE \`training_programs\` DROP COLUMN \`last_edited_by\`;`)
  await db.run(sql`ALTER TABLE \`_training_programs_v\` DROP COLUMN \`version_past\`;`)
  await db.run(sql`ALTER TABLE \`_training_programs_v\` DROP COLUMN \`version_last_edited_by\`;`)
  await db.run(sql`ALTER TABLE \`job_postings\` DROP COLUMN \`closed_automatically_on\`;`)
  await db.run(sql`ALTER TABLE \`job_postings\` DROP COLUMN \`last_edited_by\`;`)
  await db.run(sql`ALTER TABLE \`_job_postings_v\` DROP COLUMN \`version_closed_automatically_on\`;`)
  await db.run(sql`ALTER TABLE \`_job_postings_v\` DROP COLUMN \`version_last_edited_by\`;`)
  await db.run(sql`ALTER TABLE \`toolkits\` DROP COLUMN \`last_edited_by\`;`)
  await db.run(sql`ALTER TABLE \`_toolkits_v\` DROP COLUMN \`version_last_edited_by\`;`)
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`last_edited_by\`;`)
  await db.run(sql`ALTER TABLE \`framework\` DROP COLUMN \`last_edited_by\`;`)
  await db.run(sql`ALTER TABLE \`_framework_v\` DROP COLUMN \`version_last_edited_by\`;`)
}
