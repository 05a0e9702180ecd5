/**
 * What the alerts tests (alerts.int, alerts.e2e) share: reading the emails the CMS writes to its
 * mail folder, the links in them, publishing a job an alert should match, and running the sender.
 */
import { execFile } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { expect } from 'vitest'
import type { Client } from './http.ts'
import { jobPostingBody } from './listings.ts'

/** An .eml with its headers unfolded and its quoted-printable body decoded (UTF-8 bytes back to text). */
function readable(eml: string): string {
  const split = eml.search(/\r?\n\r?\n/)
  const headers = eml.slice(0, split).replace(/\r?\n[ \t]+/g, ' ')
  const body = eml
    .slice(split)
    .replace(/=\r?\n/g, '')
    .replace(/(=[0-9A-F]{2})+/g, (run) =>
      Buffer.from(
        run
          .split('=')
          .slice(1)
          .map((h) => parseInt(h, 16)),
      ).toString('utf8'),
    )
  return headers + body
}

/** The messages in a CMS's mail folder, per recipient, oldest first. */
export function mailbox(mailDir: string) {
  const to = (address: string): string[] => {
    let files: string[] = []
    try {
      files = readdirSync(mailDir)
        .filter((f) => f.endsWith('.eml'))
        .sort()
    } catch {
      return []
    }
    return files
      .map((f) => readFileSync(join(mailDir, f), 'utf8'))
      .filter((m) => m.includes(`To: ${address}`))
      .map(readable)
  }
  /** Every message to `address` once there are at least `count`. */
  const waitFor = async (address: string, count: number): Promise<string[]> => {
    await expect.poll(() => to(address).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(count)
    return to(address)
  }
  return { to, waitFor }
}

/** The link a confirmation email asks the reader to open. */
export const confirmationLink = (mail: string): string => /https?:\/\/\S+\/api\/alerts\/confirm\?token=[\w-]+/.exec(mail)![0]

/** A digest's one-click unsubscribe URL (its List-Unsubscribe header). */
export const unsubscribeLink = (mail: string): string => /^List-Unsubscribe: <([^>]+)>/m.exec(mail)![1]!

/** Publishes an open job in a region (by id) through REST; an alert on that region matches it from then on. */
export async function publishJob(admin: Client, title: string, region: number): Promise<{ id: number; slug: string }> {
  const body = { ...(await jobPostingBody(admin, { title, summary: `A role for a community health worker: ${title}.` })), location: { state: 'CA', region } }
  const created = await admin.rest('POST', '/api/job-postings', { body })
  expect(created.status, JSON.stringify(created.json)).toBe(201)
  expect(created.json.doc.firstPublishedAt).toBeTruthy()
  return created.json.doc
}

/** `npm run alerts:send` as at `now`, against the CMS whose environment is `cmsEnv`; its output. */
export async function sendAlerts(cmsEnv: Record<string, string>, now: Date): Promise<string> {
  const { stdout } = await promisify(execFile)('node_modules/.bin/tsx', ['scripts/alerts-send.ts', '--now', now.toISOString()], {
    env: { ...process.env, ...cmsEnv },
  })
  return stdout
}
