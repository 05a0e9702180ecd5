/**
 * Vitest global setup for integration tests: a real CMS over HTTP. Builds the admin if its
 * sources changed, seeds a temporary SQLite database from content/ (with a known admin), starts
 * the production CMS server (`cms/server.ts`) on a free port, and tells the tests where it is.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { seededCms, testAdmin } from './real-cms.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string
    siteUrl: string
    adminEmail: string
    adminPassword: string
    /** The test CMS's environment, for scripts (export, reminders) run against its database. */
    cmsEnv: Record<string, string>
    mailDir: string
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'chw-http-'))
  const cms = await seededCms({ dir, siteUrl: 'http://site.portal.test' })
  project.provide('cmsUrl', cms.url)
  project.provide('siteUrl', cms.env.SITE_URL!)
  project.provide('adminEmail', testAdmin.email)
  project.provide('adminPassword', testAdmin.password)
  project.provide('cmsEnv', cms.env)
  project.provide('mailDir', cms.mailDir)
  return async () => {
    await cms.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}
