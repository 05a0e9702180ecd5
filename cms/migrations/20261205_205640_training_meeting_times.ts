import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`training_programs_sessions_weekly_days\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`training_programs_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`training_programs_sessions_weekly_days_order_idx\` ON \`training_programs_sessions_weekly_days\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`training_programs_sessions_weekly_days_parent_idx\` ON \`training_programs_sessions_weekly_days\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_programs_sessions_meetings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`start_time\` text,
  	\`end_time\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_programs_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`training_programs_sessions_meetings_order_idx\` ON \`training_programs_sessions_meetings\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`training_programs_sessions_meetings_parent_id_idx\` ON \`training_programs_sessions_meetings\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_programs_v_version_sessions_weekly_days\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_training_programs_v_version_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_programs_v_version_sessions_weekly_days_order_idx\` ON \`_training_programs_v_version_sessions_weekly_days\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_version_sessions_weekly_days_parent_idx\` ON \`_training_programs_v_version_sessions_weekly_days\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_programs_v_version_sessions_meetings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`start_time\` text,
  	\`end_time\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_programs_v_version_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_programs_v_version_sessions_meetings_order_idx\` ON \`_training_programs_v_version_sessions_meetings\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_version_sessions_meetings_parent_id_idx\` ON \`_training_programs_v_version_sessions_meetings\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`training_programs_sessions\` ADD \`weekly_start_time\` text;`)
  await db.run(sql`ALTER TABLE \`training_programs_sessions\` ADD \`weekly_end_time\` text;`)
  await db.run(sql`ALTER TABLE \`training_programs_sessions\` ADD \`time_zone\` text;`)
  await db.run(sql`ALTER TABLE \`_training_programs_v_version_sessions\` ADD \`weekly_start_time\` text;`)
  await db.run(sql`ALTER TABLE \`_training_programs_v_version_sessions\` ADD \`weekly_end_time\` text;`)
  await db.run(sql`ALTER TABLE \`_training_programs_v_version_sessions\` ADD \`time_zone\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`training_programs_sessions_weekly_days\`;`)
  await db.run(sql`DROP TABLE \`training_programs_sessions_meetings\`;`)
  await db.run(sql`DROP TABLE \`_training_programs_v_version_sessions_weekly_days\`;`)
  await db.run(sql`DROP TABLE \`_training_programs_v_version_sessions_meetings\`;`)
  await db.run(sql`ALTER TABLE \`training_programs_sessions\` DROP COLUMN \`weekly_start_time\`;`)
  await db.run(sql`ALTER TABLE \`training_programs_sessions\` DROP COLUMN \`weekly_end_time\`;`)
  await db.run(sql`ALTER TABLE \`training_programs_sessions\` DROP COLUMN \`time_zone\`;`)
  await db.run(sql`ALTER TABLE \`_training_programs_v_version_sessions\` DROP COLUMN \`weekly_start_time\`;`)
  await db.run(sql`ALTER TABLE \`_training_programs_v_version_sessions\` DROP COLUMN \`weekly_end_time\`;`)
  await db.run(sql`ALTER TABLE \`_training_programs_v_version_sessions\` DROP COLUMN \`time_zone\`;`)
}
