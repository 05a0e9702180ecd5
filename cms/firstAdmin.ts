/**
 * The first staff account. From ADMIN_EMAIL / ADMIN_PASSWORD when set; in development only, when
 * they are not, an account with a generated password that is printed once (and kept in
 * .data/dev-admin.txt so a newcomer who missed the output can still sign in).
 */
import { randomBytes } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Payload } from 'payload'
import { dataDir, ensureParentDir } from './paths.ts'
import { slugs } from './slugs.ts'

export type FirstAdminResult = { created: false } | { created: true; email: string; generatedPassword?: string; credentialsFile?: string }

export async function ensureFirstAdmin(
  payload: Payload,
  env: { ADMIN_EMAIL?: string; ADMIN_PASSWORD?: string; NODE_ENV?: string } = process.env,
): Promise<FirstAdminResult> {
  const { totalDocs } = await payload.count({ collection: slugs.users, overrideAccess: true })
  if (totalDocs > 0) return { created: false }

  const email = env.ADMIN_EMAIL?.trim()
  const password = env.ADMIN_PASSWORD
  if (email && password) {
    if (password.length < 12) throw new Error('ADMIN_PASSWORD must be at least 12 characters long.')
    await payload.create({
      collection: slugs.users,
      data: { email, password, name: 'Administrator', roles: ['admin'] },
      overrideAccess: true,
    })
    return { created: true, email }
  }
  if (email || password) throw new Error('Set both ADMIN_EMAIL and ADMIN_PASSWORD, or neither (development only).')
  if (env.NODE_ENV === 'production') {
    throw new Error('No staff account exists. Set ADMIN_EMAIL and ADMIN_PASSWORD to create the first admin.')
  }
  const devEmail = 'admin@example.org'
  const generatedPassword = randomBytes(12).toString('base64url')
  await payload.create({
    collection: slugs.users,
    data: { email: devEmail, password: generatedPassword, name: 'Development admin', roles: ['admin'] },
    overrideAccess: true,
  })
  const credentialsFile = ensureParentDir(resolve(dataDir, 'dev-admin.txt'))
  await writeFile(credentialsFile, `email: ${devEmail}\npassword: ${generatedPassword}\n`, { mode: 0o600 })
  return { created: true, email: devEmail, generatedPassword, credentialsFile }
}
