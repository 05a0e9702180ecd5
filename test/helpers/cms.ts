/**
 * A real CMS in the test process (Payload's Local API) on its own temporary SQLite file.
 * DATABASE_URI must be set before the config is first imported, hence the dynamic imports.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Payload } from 'payload'

export type TestCms = { payload: Payload; dir: string; close: () => Promise<void> }

export async function openTestCms(name: string): Promise<TestCms> {
  const dir = mkdtempSync(join(tmpdir(), `chw-${name}-`))
  process.env.DATABASE_URI = `file:${join(dir, 'portal.db')}`
  process.env.PAYLOAD_SECRET ||= 'integration-test-secret-not-for-production'
  const { default: config } = await import('../../cms/payload.config.ts')
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  return {
    payload,
    dir,
    close: async () => {
      await payload.destroy()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
