import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_pages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`contact_address\` text,
  	\`last_edited_by\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`site_pages__status_idx\` ON \`site_pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`site_pages_locales\` (
  	\`contact_title\` text,
  	\`contact_body\` text,
  	\`privacy_title\` text,
  	\`privacy_body\` text,
  	\`accessibility_title\` text,
  	\`accessibility_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`site_pages_locales_locale_parent_id_unique\` ON \`site_pages_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_site_pages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_contact_email\` text,
  	\`version_contact_phone\` text,
  	\`version_contact_address\` text,
  	\`version_last_edited_by\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer
  );
  `)
  await db.run(sql`CREATE INDEX \`_site_pages_v_version_version__status_idx\` ON \`_site_pages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_site_pages_v_created_at_idx\` ON \`_site_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_pages_v_updated_at_idx\` ON \`_site_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_pages_v_snapshot_idx\` ON \`_site_pages_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_site_pages_v_published_locale_idx\` ON \`_site_pages_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_site_pages_v_latest_idx\` ON \`_site_pages_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_site_pages_v_locales\` (
  	\`version_contact_title\` text,
  	\`version_contact_body\` text,
  	\`version_privacy_title\` text,
  	\`version_privacy_body\` text,
  	\`version_accessibility_title\` text,
  	\`version_accessibility_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_site_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_site_pages_v_locales_locale_parent_id_unique\` ON \`_site_pages_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`pledges\` ADD \`erased_at\` text;`)
  await db.run(sql`ALTER TABLE \`pledges\` ADD \`erased_by\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`site_pages\`;`)
  await db.run(sql`DROP TABLE \`site_pages_locales\`;`)
  await db.run(sql`DROP TABLE \`_site_pages_v\`;`)
  await db.run(sql`DROP TABLE \`_site_pages_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`pledges\` DROP COLUMN \`erased_at\`;`)
  await db.run(sql`ALTER TABLE \`pledges\` DROP COLUMN \`erased_by\`;`)
}
