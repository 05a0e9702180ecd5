import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`training_programs\` ADD \`location_city\` text;`)
  await db.run(sql`ALTER TABLE \`training_programs\` ADD \`location_state\` text;`)
  await db.run(sql`ALTER TABLE \`training_programs\` ADD \`location_zip\` text;`)
  await db.run(sql`ALTER TABLE \`_training_programs_v\` ADD \`version_location_city\` text;`)
  await db.run(sql`ALTER TABLE \`_training_programs_v\` ADD \`version_location_state\` text;`)
  await db.run(sql`ALTER TABLE \`_training_programs_v\` ADD \`version_location_zip\` text;`)
  await db.run(sql`ALTER TABLE \`job_postings\` ADD \`location_zip\` text;`)
  await db.run(sql`ALTER TABLE \`_job_postings_v\` ADD \`version_location_zip\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`training_programs\` DROP COLUMN \`location_city\`;`)
  await db.run(sql`ALTER TABLE \`training_programs\` DROP COLUMN \`location_state\`;`)
  await db.run(sql`ALTER TABLE \`training_programs\` DROP COLUMN \`location_zip\`;`)
  await db.run(sql`ALTER TABLE \`_training_programs_v\` DROP COLUMN \`version_location_city\`;`)
  await db.run(sql`ALTER TABLE \`_training_programs_v\` DROP COLUMN \`version_location_state\`;`)
  await db.run(sql`ALTER TABLE \`_training_programs_v\` DROP COLUMN \`version_location_zip\`;`)
  await db.run(sql`ALTER TABLE \`job_postings\` DROP COLUMN \`location_zip\`;`)
  await db.run(sql`ALTER TABLE \`_job_postings_v\` DROP COLUMN \`version_location_zip\`;`)
}
