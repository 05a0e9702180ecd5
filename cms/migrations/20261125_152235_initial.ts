import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`training_programs_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`start_date\` text,
  	\`end_date\` text,
  	\`application_deadline\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_programs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`training_programs_sessions_order_idx\` ON \`training_programs_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`training_programs_sessions_parent_id_idx\` ON \`training_programs_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_programs_sessions_locales\` (
  	\`schedule\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_programs_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`training_programs_sessions_locales_locale_parent_id_unique\` ON \`training_programs_sessions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_programs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`provider_id\` integer,
  	\`format\` text,
  	\`pace\` text,
  	\`hours\` numeric,
  	\`cost_type\` text DEFAULT 'free',
  	\`cost_amount\` numeric,
  	\`cost_stipend_offered\` integer DEFAULT false,
  	\`certification_approved\` integer DEFAULT false,
  	\`certification_state\` text,
  	\`certification_body\` text,
  	\`registration_url\` text,
  	\`contact_name\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`example\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`provider_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`training_programs_slug_idx\` ON \`training_programs\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`training_programs_provider_idx\` ON \`training_programs\` (\`provider_id\`);`)
  await db.run(sql`CREATE INDEX \`training_programs_updated_at_idx\` ON \`training_programs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`training_programs_created_at_idx\` ON \`training_programs\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`training_programs__status_idx\` ON \`training_programs\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`training_programs_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`cost_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_programs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`training_programs_locales_locale_parent_id_unique\` ON \`training_programs_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_programs_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`worker_types_id\` integer,
  	\`core_roles_id\` integer,
  	\`languages_id\` integer,
  	\`regions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`training_programs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`worker_types_id\`) REFERENCES \`worker_types\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`core_roles_id\`) REFERENCES \`core_roles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`languages_id\`) REFERENCES \`languages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`training_programs_rels_order_idx\` ON \`training_programs_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`training_programs_rels_parent_idx\` ON \`training_programs_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`training_programs_rels_path_idx\` ON \`training_programs_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`training_programs_rels_worker_types_id_idx\` ON \`training_programs_rels\` (\`worker_types_id\`);`)
  await db.run(sql`CREATE INDEX \`training_programs_rels_core_roles_id_idx\` ON \`training_programs_rels\` (\`core_roles_id\`);`)
  await db.run(sql`CREATE INDEX \`training_programs_rels_languages_id_idx\` ON \`training_programs_rels\` (\`languages_id\`);`)
  await db.run(sql`CREATE INDEX \`training_programs_rels_regions_id_idx\` ON \`training_programs_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_programs_v_version_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`start_date\` text,
  	\`end_date\` text,
  	\`application_deadline\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_programs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_programs_v_version_sessions_order_idx\` ON \`_training_programs_v_version_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_version_sessions_parent_id_idx\` ON \`_training_programs_v_version_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_programs_v_version_sessions_locales\` (
  	\`schedule\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_programs_v_version_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_training_programs_v_version_sessions_locales_locale_parent_\` ON \`_training_programs_v_version_sessions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_programs_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_provider_id\` integer,
  	\`version_format\` text,
  	\`version_pace\` text,
  	\`version_hours\` numeric,
  	\`version_cost_type\` text DEFAULT 'free',
  	\`version_cost_amount\` numeric,
  	\`version_cost_stipend_offered\` integer DEFAULT false,
  	\`version_certification_approved\` integer DEFAULT false,
  	\`version_certification_state\` text,
  	\`version_certification_body\` text,
  	\`version_registration_url\` text,
  	\`version_contact_name\` text,
  	\`version_contact_email\` text,
  	\`version_contact_phone\` text,
  	\`version_example\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`training_programs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_provider_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_programs_v_parent_idx\` ON \`_training_programs_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_version_version_slug_idx\` ON \`_training_programs_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_version_version_provider_idx\` ON \`_training_programs_v\` (\`version_provider_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_version_version_updated_at_idx\` ON \`_training_programs_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_version_version_created_at_idx\` ON \`_training_programs_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_version_version__status_idx\` ON \`_training_programs_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_created_at_idx\` ON \`_training_programs_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_updated_at_idx\` ON \`_training_programs_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_snapshot_idx\` ON \`_training_programs_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_published_locale_idx\` ON \`_training_programs_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_latest_idx\` ON \`_training_programs_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_training_programs_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_cost_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_programs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_training_programs_v_locales_locale_parent_id_unique\` ON \`_training_programs_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_programs_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`worker_types_id\` integer,
  	\`core_roles_id\` integer,
  	\`languages_id\` integer,
  	\`regions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_training_programs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`worker_types_id\`) REFERENCES \`worker_types\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`core_roles_id\`) REFERENCES \`core_roles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`languages_id\`) REFERENCES \`languages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_programs_v_rels_order_idx\` ON \`_training_programs_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_rels_parent_idx\` ON \`_training_programs_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_rels_path_idx\` ON \`_training_programs_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_rels_worker_types_id_idx\` ON \`_training_programs_v_rels\` (\`worker_types_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_rels_core_roles_id_idx\` ON \`_training_programs_v_rels\` (\`core_roles_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_rels_languages_id_idx\` ON \`_training_programs_v_rels\` (\`languages_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_rels_regions_id_idx\` ON \`_training_programs_v_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE TABLE \`job_postings_duties\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`job_postings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`job_postings_duties_order_idx\` ON \`job_postings_duties\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`job_postings_duties_parent_id_idx\` ON \`job_postings_duties\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`job_postings_duties_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`job_postings_duties\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`job_postings_duties_locales_locale_parent_id_unique\` ON \`job_postings_duties_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`job_postings_requirements_other\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`job_postings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`job_postings_requirements_other_order_idx\` ON \`job_postings_requirements_other\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`job_postings_requirements_other_parent_id_idx\` ON \`job_postings_requirements_other\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`job_postings_requirements_other_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`job_postings_requirements_other\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`job_postings_requirements_other_locales_locale_parent_id_uni\` ON \`job_postings_requirements_other_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`job_postings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`employer_id\` integer,
  	\`requirements_degree_required\` integer DEFAULT false,
  	\`requirements_lived_experience_valued\` integer DEFAULT false,
  	\`requirements_certification_required\` integer DEFAULT false,
  	\`location_city\` text,
  	\`location_county\` text,
  	\`location_state\` text,
  	\`location_region_id\` integer,
  	\`work_mode\` text,
  	\`employment_type\` text,
  	\`pay_min\` numeric,
  	\`pay_max\` numeric,
  	\`pay_unit\` text DEFAULT 'hour',
  	\`pay_currency\` text DEFAULT 'USD',
  	\`how_to_apply_url\` text,
  	\`how_to_apply_email\` text,
  	\`posted_date\` text,
  	\`closing_date\` text,
  	\`closed\` integer DEFAULT false,
  	\`example\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`employer_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`location_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`job_postings_slug_idx\` ON \`job_postings\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`job_postings_employer_idx\` ON \`job_postings\` (\`employer_id\`);`)
  await db.run(sql`CREATE INDEX \`job_postings_location_location_region_idx\` ON \`job_postings\` (\`location_region_id\`);`)
  await db.run(sql`CREATE INDEX \`job_postings_updated_at_idx\` ON \`job_postings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`job_postings_created_at_idx\` ON \`job_postings\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`job_postings__status_idx\` ON \`job_postings\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`job_postings_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`benefits\` text,
  	\`how_to_apply_instructions\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`job_postings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`job_postings_locales_locale_parent_id_unique\` ON \`job_postings_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`job_postings_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`worker_types_id\` integer,
  	\`languages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`job_postings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`worker_types_id\`) REFERENCES \`worker_types\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`languages_id\`) REFERENCES \`languages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`job_postings_rels_order_idx\` ON \`job_postings_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`job_postings_rels_parent_idx\` ON \`job_postings_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`job_postings_rels_path_idx\` ON \`job_postings_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`job_postings_rels_worker_types_id_idx\` ON \`job_postings_rels\` (\`worker_types_id\`);`)
  await db.run(sql`CREATE INDEX \`job_postings_rels_languages_id_idx\` ON \`job_postings_rels\` (\`languages_id\`);`)
  await db.run(sql`CREATE TABLE \`_job_postings_v_version_duties\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_job_postings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_job_postings_v_version_duties_order_idx\` ON \`_job_postings_v_version_duties\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_job_postings_v_version_duties_parent_id_idx\` ON \`_job_postings_v_version_duties\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_job_postings_v_version_duties_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_job_postings_v_version_duties\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_job_postings_v_version_duties_locales_locale_parent_id_uniq\` ON \`_job_postings_v_version_duties_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_job_postings_v_version_requirements_other\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_job_postings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_job_postings_v_version_requirements_other_order_idx\` ON \`_job_postings_v_version_requirements_other\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_job_postings_v_version_requirements_other_parent_id_idx\` ON \`_job_postings_v_version_requirements_other\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_job_postings_v_version_requirements_other_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_job_postings_v_version_requirements_other\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_job_postings_v_version_requirements_other_locales_locale_pa\` ON \`_job_postings_v_version_requirements_other_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_job_postings_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_employer_id\` integer,
  	\`version_requirements_degree_required\` integer DEFAULT false,
  	\`version_requirements_lived_experience_valued\` integer DEFAULT false,
  	\`version_requirements_certification_required\` integer DEFAULT false,
  	\`version_location_city\` text,
  	\`version_location_county\` text,
  	\`version_location_state\` text,
  	\`version_location_region_id\` integer,
  	\`version_work_mode\` text,
  	\`version_employment_type\` text,
  	\`version_pay_min\` numeric,
  	\`version_pay_max\` numeric,
  	\`version_pay_unit\` text DEFAULT 'hour',
  	\`version_pay_currency\` text DEFAULT 'USD',
  	\`version_how_to_apply_url\` text,
  	\`version_how_to_apply_email\` text,
  	\`version_posted_date\` text,
  	\`version_closing_date\` text,
  	\`version_closed\` integer DEFAULT false,
  	\`version_example\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`job_postings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_employer_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_location_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_job_postings_v_parent_idx\` ON \`_job_postings_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_job_postings_v_version_version_slug_idx\` ON \`_job_postings_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_job_postings_v_version_version_employer_idx\` ON \`_job_postings_v\` (\`version_employer_id\`);`)
  await db.run(sql`CREATE INDEX \`_job_postings_v_version_location_version_location_region_idx\` ON \`_job_postings_v\` (\`version_location_region_id\`);`)
  await db.run(sql`CREATE INDEX \`_job_postings_v_version_version_updated_at_idx\` ON \`_job_postings_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_job_postings_v_version_version_created_at_idx\` ON \`_job_postings_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_job_postings_v_version_version__status_idx\` ON \`_job_postings_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_job_postings_v_created_at_idx\` ON \`_job_postings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_job_postings_v_updated_at_idx\` ON \`_job_postings_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_job_postings_v_snapshot_idx\` ON \`_job_postings_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_job_postings_v_published_locale_idx\` ON \`_job_postings_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_job_postings_v_latest_idx\` ON \`_job_postings_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_job_postings_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_benefits\` text,
  	\`version_how_to_apply_instructions\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_job_postings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_job_postings_v_locales_locale_parent_id_unique\` ON \`_job_postings_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_job_postings_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`worker_types_id\` integer,
  	\`languages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_job_postings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`worker_types_id\`) REFERENCES \`worker_types\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`languages_id\`) REFERENCES \`languages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_job_postings_v_rels_order_idx\` ON \`_job_postings_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_job_postings_v_rels_parent_idx\` ON \`_job_postings_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_job_postings_v_rels_path_idx\` ON \`_job_postings_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_job_postings_v_rels_worker_types_id_idx\` ON \`_job_postings_v_rels\` (\`worker_types_id\`);`)
  await db.run(sql`CREATE INDEX \`_job_postings_v_rels_languages_id_idx\` ON \`_job_postings_v_rels\` (\`languages_id\`);`)
  await db.run(sql`CREATE TABLE \`toolkits_framework_areas\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`toolkits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`toolkits_framework_areas_order_idx\` ON \`toolkits_framework_areas\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`toolkits_framework_areas_parent_idx\` ON \`toolkits_framework_areas\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`toolkits_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`toolkits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`toolkits_audiences_order_idx\` ON \`toolkits_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`toolkits_audiences_parent_idx\` ON \`toolkits_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`toolkits_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`toolkits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`toolkits_topics_order_idx\` ON \`toolkits_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`toolkits_topics_parent_idx\` ON \`toolkits_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`toolkits_checklists_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`toolkits_checklists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`toolkits_checklists_items_order_idx\` ON \`toolkits_checklists_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`toolkits_checklists_items_parent_id_idx\` ON \`toolkits_checklists_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`toolkits_checklists_items_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`toolkits_checklists_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`toolkits_checklists_items_locales_locale_parent_id_unique\` ON \`toolkits_checklists_items_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`toolkits_checklists\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`toolkits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`toolkits_checklists_order_idx\` ON \`toolkits_checklists\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`toolkits_checklists_parent_id_idx\` ON \`toolkits_checklists\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`toolkits_checklists_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`toolkits_checklists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`toolkits_checklists_locales_locale_parent_id_unique\` ON \`toolkits_checklists_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`toolkits\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`source_organization_id\` integer,
  	\`source_title\` text,
  	\`source_url\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`source_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`toolkits_slug_idx\` ON \`toolkits\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`toolkits_source_source_organization_idx\` ON \`toolkits\` (\`source_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`toolkits_updated_at_idx\` ON \`toolkits\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`toolkits_created_at_idx\` ON \`toolkits\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`toolkits__status_idx\` ON \`toolkits\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`toolkits_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`toolkits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`toolkits_locales_locale_parent_id_unique\` ON \`toolkits_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`toolkits_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`toolkits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`toolkits_rels_order_idx\` ON \`toolkits_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`toolkits_rels_parent_idx\` ON \`toolkits_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`toolkits_rels_path_idx\` ON \`toolkits_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`toolkits_rels_media_id_idx\` ON \`toolkits_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_toolkits_v_version_framework_areas\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_toolkits_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_toolkits_v_version_framework_areas_order_idx\` ON \`_toolkits_v_version_framework_areas\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_toolkits_v_version_framework_areas_parent_idx\` ON \`_toolkits_v_version_framework_areas\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_toolkits_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_toolkits_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_toolkits_v_version_audiences_order_idx\` ON \`_toolkits_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_toolkits_v_version_audiences_parent_idx\` ON \`_toolkits_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_toolkits_v_version_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_toolkits_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_toolkits_v_version_topics_order_idx\` ON \`_toolkits_v_version_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_toolkits_v_version_topics_parent_idx\` ON \`_toolkits_v_version_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_toolkits_v_version_checklists_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_toolkits_v_version_checklists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_toolkits_v_version_checklists_items_order_idx\` ON \`_toolkits_v_version_checklists_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_toolkits_v_version_checklists_items_parent_id_idx\` ON \`_toolkits_v_version_checklists_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_toolkits_v_version_checklists_items_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_toolkits_v_version_checklists_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_toolkits_v_version_checklists_items_locales_locale_parent_i\` ON \`_toolkits_v_version_checklists_items_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_toolkits_v_version_checklists\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_toolkits_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_toolkits_v_version_checklists_order_idx\` ON \`_toolkits_v_version_checklists\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_toolkits_v_version_checklists_parent_id_idx\` ON \`_toolkits_v_version_checklists\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_toolkits_v_version_checklists_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_toolkits_v_version_checklists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_toolkits_v_version_checklists_locales_locale_parent_id_uniq\` ON \`_toolkits_v_version_checklists_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_toolkits_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_source_organization_id\` integer,
  	\`version_source_title\` text,
  	\`version_source_url\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`toolkits\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_toolkits_v_parent_idx\` ON \`_toolkits_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_toolkits_v_version_version_slug_idx\` ON \`_toolkits_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_toolkits_v_version_source_version_source_organization_idx\` ON \`_toolkits_v\` (\`version_source_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`_toolkits_v_version_version_updated_at_idx\` ON \`_toolkits_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_toolkits_v_version_version_created_at_idx\` ON \`_toolkits_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_toolkits_v_version_version__status_idx\` ON \`_toolkits_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_toolkits_v_created_at_idx\` ON \`_toolkits_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_toolkits_v_updated_at_idx\` ON \`_toolkits_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_toolkits_v_snapshot_idx\` ON \`_toolkits_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_toolkits_v_published_locale_idx\` ON \`_toolkits_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_toolkits_v_latest_idx\` ON \`_toolkits_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_toolkits_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_toolkits_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_toolkits_v_locales_locale_parent_id_unique\` ON \`_toolkits_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_toolkits_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_toolkits_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_toolkits_v_rels_order_idx\` ON \`_toolkits_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_toolkits_v_rels_parent_idx\` ON \`_toolkits_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_toolkits_v_rels_path_idx\` ON \`_toolkits_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_toolkits_v_rels_media_id_idx\` ON \`_toolkits_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`organizations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`kind\` text NOT NULL,
  	\`website\` text,
  	\`region_id\` integer,
  	\`logo_id\` integer,
  	\`example\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`organizations_slug_idx\` ON \`organizations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organizations_region_idx\` ON \`organizations\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_logo_idx\` ON \`organizations\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_updated_at_idx\` ON \`organizations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organizations_created_at_idx\` ON \`organizations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`organizations_locales\` (
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`organizations_locales_locale_parent_id_unique\` ON \`organizations_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`worker_types\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`order\` numeric DEFAULT 0 NOT NULL,
  	\`oregon_thw\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`worker_types_slug_idx\` ON \`worker_types\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`worker_types_updated_at_idx\` ON \`worker_types\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`worker_types_created_at_idx\` ON \`worker_types\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`worker_types_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`worker_types\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`worker_types_locales_locale_parent_id_unique\` ON \`worker_types_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`regions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`order\` numeric DEFAULT 0 NOT NULL,
  	\`state\` text NOT NULL,
  	\`kind\` text DEFAULT 'county' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`regions_slug_idx\` ON \`regions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`regions_updated_at_idx\` ON \`regions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`regions_created_at_idx\` ON \`regions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`regions_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`regions_locales_locale_parent_id_unique\` ON \`regions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`languages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`order\` numeric DEFAULT 0 NOT NULL,
  	\`code\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`languages_slug_idx\` ON \`languages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`languages_updated_at_idx\` ON \`languages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`languages_created_at_idx\` ON \`languages\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`languages_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`languages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`languages_locales_locale_parent_id_unique\` ON \`languages_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`core_roles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`order\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`core_roles_slug_idx\` ON \`core_roles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`core_roles_updated_at_idx\` ON \`core_roles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`core_roles_created_at_idx\` ON \`core_roles\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`core_roles_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`core_roles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`core_roles_locales_locale_parent_id_unique\` ON \`core_roles_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pledges_commitments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`area\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pledges\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pledges_commitments_order_idx\` ON \`pledges_commitments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pledges_commitments_parent_id_idx\` ON \`pledges_commitments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pledges_self_assessment\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`area\` text NOT NULL,
  	\`rating\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pledges\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pledges_self_assessment_order_idx\` ON \`pledges_self_assessment\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pledges_self_assessment_parent_id_idx\` ON \`pledges_self_assessment\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pledges\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organization_name\` text NOT NULL,
  	\`organization_kind\` text NOT NULL,
  	\`organization_region_id\` integer NOT NULL,
  	\`organization_chw_count\` numeric NOT NULL,
  	\`organization_website\` text,
  	\`contact_name\` text NOT NULL,
  	\`contact_title\` text NOT NULL,
  	\`contact_email\` text NOT NULL,
  	\`contact_phone\` text,
  	\`statement\` text,
  	\`consent_to_list\` integer DEFAULT false,
  	\`signer_name\` text NOT NULL,
  	\`signer_title\` text NOT NULL,
  	\`agreed\` integer DEFAULT false NOT NULL,
  	\`locale\` text DEFAULT 'en',
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`review_note\` text,
  	\`approved_at\` text,
  	\`renewal_due\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organization_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`pledges_organization_organization_region_idx\` ON \`pledges\` (\`organization_region_id\`);`)
  await db.run(sql`CREATE INDEX \`pledges_status_idx\` ON \`pledges\` (\`status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`pledges_slug_idx\` ON \`pledges\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pledges_updated_at_idx\` ON \`pledges\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pledges_created_at_idx\` ON \`pledges\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`pledges_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pledges\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pledges_texts_order_parent\` ON \`pledges_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`framework_areas_recommendations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`framework_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`framework_areas_recommendations_order_idx\` ON \`framework_areas_recommendations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`framework_areas_recommendations_parent_id_idx\` ON \`framework_areas_recommendations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`framework_areas_recommendations_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`framework_areas_recommendations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`framework_areas_recommendations_locales_locale_parent_id_uni\` ON \`framework_areas_recommendations_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`framework_areas\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`framework\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`framework_areas_order_idx\` ON \`framework_areas\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`framework_areas_parent_id_idx\` ON \`framework_areas\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`framework_areas_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`framework_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`framework_areas_locales_locale_parent_id_unique\` ON \`framework_areas_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`framework\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`source_organization_id\` integer,
  	\`source_url\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`source_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`framework_source_source_organization_idx\` ON \`framework\` (\`source_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`framework__status_idx\` ON \`framework\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`framework_locales\` (
  	\`title\` text,
  	\`introduction\` text,
  	\`pledge_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`framework\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`framework_locales_locale_parent_id_unique\` ON \`framework_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_framework_v_version_areas_recommendations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_framework_v_version_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_framework_v_version_areas_recommendations_order_idx\` ON \`_framework_v_version_areas_recommendations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_framework_v_version_areas_recommendations_parent_id_idx\` ON \`_framework_v_version_areas_recommendations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_framework_v_version_areas_recommendations_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_framework_v_version_areas_recommendations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_framework_v_version_areas_recommendations_locales_locale_pa\` ON \`_framework_v_version_areas_recommendations_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_framework_v_version_areas\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_framework_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_framework_v_version_areas_order_idx\` ON \`_framework_v_version_areas\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_framework_v_version_areas_parent_id_idx\` ON \`_framework_v_version_areas\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_framework_v_version_areas_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_framework_v_version_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_framework_v_version_areas_locales_locale_parent_id_unique\` ON \`_framework_v_version_areas_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_framework_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_source_organization_id\` integer,
  	\`version_source_url\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`version_source_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_framework_v_version_source_version_source_organization_idx\` ON \`_framework_v\` (\`version_source_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`_framework_v_version_version__status_idx\` ON \`_framework_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_framework_v_created_at_idx\` ON \`_framework_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_framework_v_updated_at_idx\` ON \`_framework_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_framework_v_snapshot_idx\` ON \`_framework_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_framework_v_published_locale_idx\` ON \`_framework_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_framework_v_latest_idx\` ON \`_framework_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_framework_v_locales\` (
  	\`version_title\` text,
  	\`version_introduction\` text,
  	\`version_pledge_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_framework_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_framework_v_locales_locale_parent_id_unique\` ON \`_framework_v_locales\` (\`_locale\`,\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`training_programs_sessions\`;`)
  await db.run(sql`DROP TABLE \`training_programs_sessions_locales\`;`)
  await db.run(sql`DROP TABLE \`training_programs\`;`)
  await db.run(sql`DROP TABLE \`training_programs_locales\`;`)
  await db.run(sql`DROP TABLE \`training_programs_rels\`;`)
  await db.run(sql`DROP TABLE \`_training_programs_v_version_sessions\`;`)
  await db.run(sql`DROP TABLE \`_training_programs_v_version_sessions_locales\`;`)
  await db.run(sql`DROP TABLE \`_training_programs_v\`;`)
  await db.run(sql`DROP TABLE \`_training_programs_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_training_programs_v_rels\`;`)
  await db.run(sql`DROP TABLE \`job_postings_duties\`;`)
  await db.run(sql`DROP TABLE \`job_postings_duties_locales\`;`)
  await db.run(sql`DROP TABLE \`job_postings_requirements_other\`;`)
  await db.run(sql`DROP TABLE \`job_postings_requirements_other_locales\`;`)
  await db.run(sql`DROP TABLE \`job_postings\`;`)
  await db.run(sql`DROP TABLE \`job_postings_locales\`;`)
  await db.run(sql`DROP TABLE \`job_postings_rels\`;`)
  await db.run(sql`DROP TABLE \`_job_postings_v_version_duties\`;`)
  await db.run(sql`DROP TABLE \`_job_postings_v_version_duties_locales\`;`)
  await db.run(sql`DROP TABLE \`_job_postings_v_version_requirements_other\`;`)
  await db.run(sql`DROP TABLE \`_job_postings_v_version_requirements_other_locales\`;`)
  await db.run(sql`DROP TABLE \`_job_postings_v\`;`)
  await db.run(sql`DROP TABLE \`_job_postings_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_job_postings_v_rels\`;`)
  await db.run(sql`DROP TABLE \`toolkits_framework_areas\`;`)
  await db.run(sql`DROP TABLE \`toolkits_audiences\`;`)
  await db.run(sql`DROP TABLE \`toolkits_topics\`;`)
  await db.run(sql`DROP TABLE \`toolkits_checklists_items\`;`)
  await db.run(sql`DROP TABLE \`toolkits_checklists_items_locales\`;`)
  await db.run(sql`DROP TABLE \`toolkits_checklists\`;`)
  await db.run(sql`DROP TABLE \`toolkits_checklists_locales\`;`)
  await db.run(sql`DROP TABLE \`toolkits\`;`)
  await db.run(sql`DROP TABLE \`toolkits_locales\`;`)
  await db.run(sql`DROP TABLE \`toolkits_rels\`;`)
  await db.run(sql`DROP TABLE \`_toolkits_v_version_framework_areas\`;`)
  await db.run(sql`DROP TABLE \`_toolkits_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_toolkits_v_version_topics\`;`)
  await db.run(sql`DROP TABLE \`_toolkits_v_version_checklists_items\`;`)
  await db.run(sql`DROP TABLE \`_toolkits_v_version_checklists_items_locales\`;`)
  await db.run(sql`DROP TABLE \`_toolkits_v_version_checklists\`;`)
  await db.run(sql`DROP TABLE \`_toolkits_v_version_checklists_locales\`;`)
  await db.run(sql`DROP TABLE \`_toolkits_v\`;`)
  await db.run(sql`DROP TABLE \`_toolkits_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_toolkits_v_rels\`;`)
  await db.run(sql`DROP TABLE \`organizations\`;`)
  await db.run(sql`DROP TABLE \`organizations_locales\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`worker_types\`;`)
  await db.run(sql`DROP TABLE \`worker_types_locales\`;`)
  await db.run(sql`DROP TABLE \`regions\`;`)
  await db.run(sql`DROP TABLE \`regions_locales\`;`)
  await db.run(sql`DROP TABLE \`languages\`;`)
  await db.run(sql`DROP TABLE \`languages_locales\`;`)
  await db.run(sql`DROP TABLE \`core_roles\`;`)
  await db.run(sql`DROP TABLE \`core_roles_locales\`;`)
  await db.run(sql`DROP TABLE \`pledges_commitments\`;`)
  await db.run(sql`DROP TABLE \`pledges_self_assessment\`;`)
  await db.run(sql`DROP TABLE \`pledges\`;`)
  await db.run(sql`DROP TABLE \`pledges_texts\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`framework_areas_recommendations\`;`)
  await db.run(sql`DROP TABLE \`framework_areas_recommendations_locales\`;`)
  await db.run(sql`DROP TABLE \`framework_areas\`;`)
  await db.run(sql`DROP TABLE \`framework_areas_locales\`;`)
  await db.run(sql`DROP TABLE \`framework\`;`)
  await db.run(sql`DROP TABLE \`framework_locales\`;`)
  await db.run(sql`DROP TABLE \`_framework_v_version_areas_recommendations\`;`)
  await db.run(sql`DROP TABLE \`_framework_v_version_areas_recommendations_locales\`;`)
  await db.run(sql`DROP TABLE \`_framework_v_version_areas\`;`)
  await db.run(sql`DROP TABLE \`_framework_v_version_areas_locales\`;`)
  await db.run(sql`DROP TABLE \`_framework_v\`;`)
  await db.run(sql`DROP TABLE \`_framework_v_locales\`;`)
}
