import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`pledges_progress_reports_entries\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`area\` text NOT NULL,
  	\`rating\` text NOT NULL,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pledges_progress_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pledges_progress_reports_entries_order_idx\` ON \`pledges_progress_reports_entries\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pledges_progress_reports_entries_parent_id_idx\` ON \`pledges_progress_reports_entries\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pledges_progress_reports\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`submitted_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pledges\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pledges_progress_reports_order_idx\` ON \`pledges_progress_reports\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pledges_progress_reports_parent_id_idx\` ON \`pledges_progress_reports\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`pledges\` ADD \`reference\` text;`)
  await db.run(sql`ALTER TABLE \`pledges\` ADD \`reminder_sent_for\` text;`)
  await db.run(sql`ALTER TABLE \`pledges\` ADD \`idempotency_key\` text;`)
  await db.run(sql`ALTER TABLE \`pledges\` ADD \`progress_token_hash\` text;`)
  await db.run(sql`ALTER TABLE \`pledges\` ADD \`progress_token_expires\` text;`)
  await db.run(sql`CREATE INDEX \`pledges_contact_contact_email_idx\` ON \`pledges\` (\`contact_email\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`pledges_reference_idx\` ON \`pledges\` (\`reference\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`pledges_idempotency_key_idx\` ON \`pledges\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`pledges_progress_token_hash_idx\` ON \`pledges\` (\`progress_token_hash\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`pledges_progress_reports_entries\`;`)
  await db.run(sql`DROP TABLE \`pledges_progress_reports\`;`)
  await db.run(sql`DROP INDEX \`pledges_contact_contact_email_idx\`;`)
  await db.run(sql`DROP INDEX \`pledges_reference_idx\`;`)
  await db.run(sql`DROP INDEX \`pledges_idempotency_key_idx\`;`)
  await db.run(sql`DROP INDEX \`pledges_progress_token_hash_idx\`;`)
  await db.run(sql`ALTER TABLE \`pledges\` DROP COLUMN \`reference\`;`)
  await db.run(sql`ALTER TABLE \`pledges\` DROP COLUMN \`reminder_sent_for\`;`)
  await db.run(sql`ALTER TABLE \`pledges\` DROP COLUMN \`idempotency_key\`;`)
  await db.run(sql`ALTER TABLE \`pledges\` DROP COLUMN \`progress_token_hash\`;`)
  await db.run(sql`ALTER TABLE \`pledges\` DROP COLUMN \`progress_token_expires\`;`)
}
