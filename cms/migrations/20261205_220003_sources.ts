import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`toolkits_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`title\` text,
  	\`organization_id\` integer,
  	\`url\` text,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`toolkits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`toolkits_sources_order_idx\` ON \`toolkits_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`toolkits_sources_parent_id_idx\` ON \`toolkits_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`toolkits_sources_organization_idx\` ON \`toolkits_sources\` (\`organization_id\`);`)
  await db.run(sql`CREATE TABLE \`_toolkits_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`title\` text,
  	\`organization_id\` integer,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_toolkits_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_toolkits_v_version_sources_order_idx\` ON \`_toolkits_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_toolkits_v_version_sources_parent_id_idx\` ON \`_toolkits_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_toolkits_v_version_sources_organization_idx\` ON \`_toolkits_v_version_sources\` (\`organization_id\`);`)
  await db.run(sql`CREATE TABLE \`framework_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`title\` text,
  	\`organization_id\` integer,
  	\`url\` text,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`framework\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`framework_sources_order_idx\` ON \`framework_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`framework_sources_parent_id_idx\` ON \`framework_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`framework_sources_organization_idx\` ON \`framework_sources\` (\`organization_id\`);`)
  await db.run(sql`CREATE TABLE \`_framework_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`title\` text,
  	\`organization_id\` integer,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_framework_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_framework_v_version_sources_order_idx\` ON \`_framework_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_framework_v_version_sources_parent_id_idx\` ON \`_framework_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_framework_v_version_sources_organization_idx\` ON \`_framework_v_version_sources\` (\`organization_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_toolkits\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`last_edited_by\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_toolkits\`("id", "slug", "last_edited_by", "updated_at", "created_at", "_status") SELECT "id", "slug", "last_edited_by", "updated_at", "created_at", "_status" FROM \`toolkits\`;`)
  await db.run(sql`DROP TABLE \`toolkits\`;`)
  await db.run(sql`ALTER TABLE \`__new_toolkits\` RENAME TO \`toolkits\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`toolkits_slug_idx\` ON \`toolkits\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`toolkits_updated_at_idx\` ON \`toolkits\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`toolkits_created_at_idx\` ON \`toolkits\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`toolkits__status_idx\` ON \`toolkits\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__toolkits_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_last_edited_by\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`toolkits\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__toolkits_v\`("id", "parent_id", "version_slug", "version_last_edited_by", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_last_edited_by", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_toolkits_v\`;`)
  await db.run(sql`DROP TABLE \`_toolkits_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__toolkits_v\` RENAME TO \`_toolkits_v\`;`)
  await db.run(sql`CREATE INDEX \`_toolkits_v_parent_idx\` ON \`_toolkits_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_toolkits_v_version_version_slug_idx\` ON \`_toolkits_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_toolkits_v_version_version_updated_at_idx\` ON \`_toolkits_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_toolkits_v_version_version_created_at_idx\` ON \`_toolkits_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_toolkits_v_version_version__status_idx\` ON \`_toolkits_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_toolkits_v_created_at_idx\` ON \`_toolkits_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_toolkits_v_updated_at_idx\` ON \`_toolkits_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_toolkits_v_snapshot_idx\` ON \`_toolkits_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_toolkits_v_published_locale_idx\` ON \`_toolkits_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_toolkits_v_latest_idx\` ON \`_toolkits_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_framework\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`last_edited_by\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_framework\`("id", "last_edited_by", "_status", "updated_at", "created_at") SELECT "id", "last_edited_by", "_status", "updated_at", "created_at" FROM \`framework\`;`)
  await db.run(sql`DROP TABLE \`framework\`;`)
  await db.run(sql`ALTER TABLE \`__new_framework\` RENAME TO \`framework\`;`)
  await db.run(sql`CREATE INDEX \`framework__status_idx\` ON \`framework\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__framework_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  await db.run(sql`INSERT INTO \`__new__framework_v\`("id", "version_last_edited_by", "version__status", "version_updated_at", "version_created_at", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "version_last_edited_by", "version__status", "version_updated_at", "version_created_at", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_framework_v\`;`)
  await db.run(sql`DROP TABLE \`_framework_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__framework_v\` RENAME TO \`_framework_v\`;`)
  await db.run(sql`CREATE INDEX \`_framework_v_version_version__status_idx\` ON \`_framework_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_framework_v_created_at_idx\` ON \`_framework_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_framework_v_updated_at_idx\` ON \`_framework_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_framework_v_snapshot_idx\` ON \`_framework_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_framework_v_published_locale_idx\` ON \`_framework_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_framework_v_latest_idx\` ON \`_framework_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`toolkits_checklists_items\` ADD \`source_portal_own\` integer;`)
  await db.run(sql`ALTER TABLE \`toolkits_checklists_items\` ADD \`source_document\` text;`)
  await db.run(sql`ALTER TABLE \`toolkits_checklists_items\` ADD \`source_section\` text;`)
  await db.run(sql`ALTER TABLE \`_toolkits_v_version_checklists_items\` ADD \`source_portal_own\` integer;`)
  await db.run(sql`ALTER TABLE \`_toolkits_v_version_checklists_items\` ADD \`source_document\` text;`)
  await db.run(sql`ALTER TABLE \`_toolkits_v_version_checklists_items\` ADD \`source_section\` text;`)
  await db.run(sql`ALTER TABLE \`framework_areas_recommendations\` ADD \`source_portal_own\` integer;`)
  await db.run(sql`ALTER TABLE \`framework_areas_recommendations\` ADD \`source_document\` text;`)
  await db.run(sql`ALTER TABLE \`framework_areas_recommendations\` ADD \`source_section\` text;`)
  await db.run(sql`ALTER TABLE \`_framework_v_version_areas_recommendations\` ADD \`source_portal_own\` integer;`)
  await db.run(sql`ALTER TABLE \`_framework_v_version_areas_recommendations\` ADD \`source_document\` text;`)
  await db.run(sql`ALTER TABLE \`_framework_v_version_areas_recommendations\` ADD \`source_section\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`toolkits_sources\`;`)
  await db.run(sql`DROP TABLE \`_toolkits_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`framework_sources\`;`)
  await db.run(sql`DROP TABLE \`_framework_v_version_sources\`;`)
  await db.run(sql`ALTER TABLE \`toolkits\` ADD \`source_organization_id\` integer REFERENCES organizations(id);`)
  await db.run(sql`ALTER TABLE \`toolkits\` ADD \`source_title\` text;`)
  await db.run(sql`ALTER TABLE \`toolkits\` ADD \`source_url\` text;`)
  await db.run(sql`CREATE INDEX \`toolkits_source_source_organization_idx\` ON \`toolkits\` (\`source_organization_id\`);`)
  await db.run(sql`ALTER TABLE \`_toolkits_v\` ADD \`version_source_organization_id\` integer REFERENCES organizations(id);`)
  await db.run(sql`ALTER TABLE \`_toolkits_v\` ADD \`version_source_title\` text;`)
  await db.run(sql`ALTER TABLE \`_toolkits_v\` ADD \`version_source_url\` text;`)
  await db.run(sql`CREATE INDEX \`_toolkits_v_version_source_version_source_organization_idx\` ON \`_toolkits_v\` (\`version_source_organization_id\`);`)
  await db.run(sql`ALTER TABLE \`framework\` ADD \`source_organization_id\` integer REFERENCES organizations(id);`)
  await db.run(sql`ALTER TABLE \`framework\` ADD \`source_url\` text;`)
  await db.run(sql`CREATE INDEX \`framework_source_source_organization_idx\` ON \`framework\` (\`source_organization_id\`);`)
  await db.run(sql`ALTER TABLE \`_framework_v\` ADD \`version_source_organization_id\` integer REFERENCES organizations(id);`)
  await db.run(sql`ALTER TABLE \`_framework_v\` ADD \`version_source_url\` text;`)
  await db.run(sql`CREATE INDEX \`_framework_v_version_source_version_source_organization_idx\` ON \`_framework_v\` (\`version_source_organization_id\`);`)
  await db.run(sql`ALTER TABLE \`toolkits_checklists_items\` DROP COLUMN \`source_portal_own\`;`)
  await db.run(sql`ALTER TABLE \`toolkits_checklists_items\` DROP COLUMN \`source_document\`;`)
  await db.run(sql`ALTER TABLE \`toolkits_checklists_items\` DROP COLUMN \`source_section\`;`)
  await db.run(sql`ALTER TABLE \`_toolkits_v_version_checklists_items\` DROP COLUMN \`source_portal_own\`;`)
  await db.run(sql`ALTER TABLE \`_toolkits_v_version_checklists_items\` DROP COLUMN \`source_document\`;`)
  await db.run(sql`ALTER TABLE \`_toolkits_v_version_checklists_items\` DROP COLUMN \`source_section\`;`)
  await db.run(sql`ALTER TABLE \`framework_areas_recommendations\` DROP COLUMN \`source_portal_own\`;`)
  await db.run(sql`ALTER TABLE \`framework_areas_recommendations\` DROP COLUMN \`source_document\`;`)
  await db.run(sql`ALTER TABLE \`framework_areas_recommendations\` DROP COLUMN \`source_section\`;`)
  await db.run(sql`ALTER TABLE \`_framework_v_version_areas_recommendations\` DROP COLUMN \`source_portal_own\`;`)
  await db.run(sql`ALTER TABLE \`_framework_v_version_areas_recommendations\` DROP COLUMN \`source_document\`;`)
  await db.run(sql`ALTER TABLE \`_framework_v_version_areas_recommendations\` DROP COLUMN \`source_section\`;`)
}
