import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`alerts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`email\` text NOT NULL,
  	\`locale\` text DEFAULT 'en' NOT NULL,
  	\`kind\` text NOT NULL,
  	\`search\` text,
  	\`frequency\` text DEFAULT 'weekly' NOT NULL,
  	\`confirmed_at\` text,
  	\`confirm_token_hash\` text,
  	\`manage_seed\` text,
  	\`manage_token_hash\` text,
  	\`last_sent_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`alerts_email_idx\` ON \`alerts\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`alerts_confirmed_at_idx\` ON \`alerts\` (\`confirmed_at\`);`)
  await db.run(sql`CREATE INDEX \`alerts_confirm_token_hash_idx\` ON \`alerts\` (\`confirm_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`alerts_manage_token_hash_idx\` ON \`alerts\` (\`manage_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`alerts_last_sent_at_idx\` ON \`alerts\` (\`last_sent_at\`);`)
  await db.run(sql`CREATE INDEX \`alerts_updated_at_idx\` ON \`alerts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`alerts_created_at_idx\` ON \`alerts\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`training_programs\` ADD \`first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`training_programs_first_published_at_idx\` ON \`training_programs\` (\`first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`_training_programs_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_version_version_first_published_at_idx\` ON \`_training_programs_v\` (\`version_first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`job_postings\` ADD \`first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`job_postings_first_published_at_idx\` ON \`job_postings\` (\`first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`_job_postings_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`_job_postings_v_version_version_first_published_at_idx\` ON \`_job_postings_v\` (\`version_first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`alerts_id\` integer REFERENCES alerts(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_alerts_id_idx\` ON \`payload_locked_documents_rels\` (\`alerts_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`alerts\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`training_programs_id\` integer,
  	\`job_postings_id\` integer,
  	\`toolkits_id\` integer,
  	\`organizations_id\` integer,
  	\`media_id\` integer,
  	\`worker_types_id\` integer,
  	\`regions_id\` integer,
  	\`languages_id\` integer,
  	\`core_roles_id\` integer,
  	\`pledges_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`training_programs_id\`) REFERENCES \`training_programs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`job_postings_id\`) REFERENCES \`job_postings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`toolkits_id\`) REFERENCES \`toolkits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`worker_types_id\`) REFERENCES \`worker_types\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`languages_id\`) REFERENCES \`languages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`core_roles_id\`) REFERENCES \`core_roles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pledges_id\`) REFERENCES \`pledges\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "training_programs_id", "job_postings_id", "toolkits_id", "organizations_id", "media_id", "worker_types_id", "regions_id", "languages_id", "core_roles_id", "pledges_id", "users_id") SELECT "id", "order", "parent_id", "path", "training_programs_id", "job_postings_id", "toolkits_id", "organizations_id", "media_id", "worker_types_id", "regions_id", "languages_id", "core_roles_id", "pledges_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_training_programs_id_idx\` ON \`payload_locked_documents_rels\` (\`training_programs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_job_postings_id_idx\` ON \`payload_locked_documents_rels\` (\`job_postings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_toolkits_id_idx\` ON \`payload_locked_documents_rels\` (\`toolkits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organizations_id_idx\` ON \`payload_locked_documents_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_worker_types_id_idx\` ON \`payload_locked_documents_rels\` (\`worker_types_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_regions_id_idx\` ON \`payload_locked_documents_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_languages_id_idx\` ON \`payload_locked_documents_rels\` (\`languages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_core_roles_id_idx\` ON \`payload_locked_documents_rels\` (\`core_roles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pledges_id_idx\` ON \`payload_locked_documents_rels\` (\`pledges_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`training_programs_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`training_programs\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`DROP INDEX \`_training_programs_v_version_version_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_training_programs_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`DROP INDEX \`job_postings_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`job_postings\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`DROP INDEX \`_job_postings_v_version_version_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_job_postings_v\` DROP COLUMN \`version_first_published_at\`;`)
}
