import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`pledges\` ADD \`consent_to_statistics\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`pledges\` ADD \`example\` integer DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`pledges\` DROP COLUMN \`consent_to_statistics\`;`)
  await db.run(sql`ALTER TABLE \`pledges\` DROP COLUMN \`example\`;`)
}
