/**
 * Emails to employers are jobs in Payload's queue: a pledge is saved whatever the mail server
 * does; a send that fails is retried with backoff and arrives once the server is back; a send
 * that fails every attempt stays in the queue with its error, where admins (only) see it.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { launchBrowser, signInToAdmin } from './helpers/browser.ts'
import { freePort } from '../scripts/lib/ports.ts'
import { type Client, client, login } from './helpers/http.ts'
import { formBody, validSubmission } from './helpers/pledges.ts'
import { type RealCms, seededCms, testAdmin } from './helpers/real-cms.ts'

let cms: RealCms
let dir: string
let smtpPort: number
let admin: Client
let editor: Client
const received: string[] = []

/** The smallest SMTP server nodemailer talks to: it accepts every message and keeps its text. */
function startSmtp(port: number): Promise<Server> {
  const server = createServer((socket) => {
    let data: string | undefined
    socket.write('220 test ESMTP\r\n')
    socket.on('data', (chunk) => {
      for (const line of chunk.toString('latin1').split('\r\n').slice(0, -1)) {
        if (data !== undefined) {
          if (line === '.') {
            received.push(data)
            data = undefined
            socket.write('250 OK\r\n')
          } else data += `${line}\n`
        } else if (/^(EHLO|HELO)/i.test(line)) socket.write('250 test\r\n')
        else if (/^DATA/i.test(line)) {
          data = ''
          socket.write('354 go on\r\n')
        } else if (/^QUIT/i.test(line)) socket.end('221 bye\r\n')
        else socket.write('250 OK\r\n')
      }
    })
  })
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)))
}

async function until<T>(what: string, check: () => Promise<T | undefined | false>, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 250))
  }
}

const emailJobs = async () =>
  (await admin.rest('GET', '/api/payload-jobs?where[taskSlug][equals]=pledgeEmail&depth=0&limit=100')).json.docs as {
    id: number
    input: { pledge: string; kind: string }
    hasError?: boolean
    totalTried?: number
    error?: unknown
    log?: unknown
  }[]

const pledgeId = async (reference: string) => String((await admin.rest('GET', `/api/pledges?where[reference][equals]=${reference}&depth=0`)).json.docs[0].id)

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chw-email-queue-'))
  smtpPort = await freePort()
  cms = await seededCms({
    dir,
    siteUrl: inject('siteUrl'),
    // A mail server that is not there (yet), retries 50 ms apart and doubling, the queue checked every second.
    // Jobs cut off by a restart are handed back after 3 s instead of 15 minutes.
    env: {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtpPort),
      EMAIL_RETRY_DELAY_MS: '50',
      JOBS_CRON: '* * * * * *',
      JOBS_STALLED_AFTER_MS: '3000',
      JOBS_STALLED_CRON: '* * * * * *',
    },
  })
  admin = client(cms.url, await login(cms.url, testAdmin.email, testAdmin.password))
  const made = await admin.rest('POST', '/api/users', {
    body: { email: 'editor.email-queue@portal.test', password: 'a-long-editor-password', roles: ['editor'] },
  })
  expect(made.status).toBe(201)
  editor = client(cms.url, await login(cms.url, 'editor.email-queue@portal.test', 'a-long-editor-password'))
}, 600_000)

afterAll(async () => {
  await cms?.stop()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

it('keeps a pledge when the mail server is down, and shows admins the email that failed every attempt', async () => {
  const submission = validSubmission()
  const sent = await client(cms.url).rest('POST', '/api/pledges', { body: formBody(submission), headers: { 'X-Forwarded-For': '10.5.0.1' } })
  expect(sent.status).toBe(201)
  const id = await pledgeId(sent.json.reference)

  const failed = await until('the confirmation to fail every attempt', async () => (await emailJobs()).find((j) => j.input.pledge === id && j.hasError))
  expect(failed.input.kind).toBe('received')
  expect(failed.totalTried).toBeGreaterThanOrEqual(8)
  expect(JSON.stringify(failed)).toMatch(/ECONNREFUSED/)
  // The queue keeps no contact details.
  expect(JSON.stringify(failed)).not.toContain(submission.contact.email)
  // Admins see the queue (the admin banner counts these); editors do not.
  expect((await editor.rest('GET', '/api/payload-jobs?limit=1')).status).toBe(403)
  const count = await admin.rest('GET', '/api/payload-jobs?where[and][0][taskSlug][equals]=pledgeEmail&where[and][1][hasError][equals]=true&limit=1')
  expect(count.json.totalDocs).toBeGreaterThanOrEqual(1)
}, 120_000)

it('retries a send with backoff until the mail server is back, and sends it once', async () => {
  const submission = validSubmission({ locale: 'es' })
  const sent = await client(cms.url).rest('POST', '/api/pledges', { body: formBody(submission), headers: { 'X-Forwarded-For': '10.5.0.2' } })
  expect(sent.status).toBe(201)
  const id = await pledgeId(sent.json.reference)
  await until('a failed first attempt', async () => (await emailJobs()).some((j) => j.input.pledge === id && (j.totalTried ?? 0) >= 1 && !j.hasError))

  const smtp = await startSmtp(smtpPort)
  try {
    await until('the confirmation', async () => received.some((m) => m.includes(sent.json.reference)))
    // Done jobs leave the queue; the email went out once.
    await until('the job to complete', async () => !(await emailJobs()).some((j) => j.input.pledge === id))
    await new Promise((r) => setTimeout(r, 2000))
    expect(received.filter((m) => m.includes(sent.json.reference))).toHaveLength(1)
    expect(received.find((m) => m.includes(sent.json.reference))).toMatch(/Recibimos su compromiso|=\?UTF-8\?/)
  } finally {
    smtp.close()
  }
}, 120_000)

it('sends a confirmation that a SIGKILL cut off mid-send once the CMS is back', async () => {
  // A mail server that accepts the connection and never greets: the send hangs until the kill.
  const silent = createServer(() => {})
  await new Promise<void>((resolve) => silent.listen(smtpPort, '127.0.0.1', resolve))
  const sent = await client(cms.url).rest('POST', '/api/pledges', { body: formBody(), headers: { 'X-Forwarded-For': '10.5.0.3' } })
  expect(sent.status).toBe(201)
  const id = await pledgeId(sent.json.reference)
  await until('the send to start', async () => {
    const jobs = (await admin.rest('GET', '/api/payload-jobs?where[processing][equals]=true&depth=0&limit=100')).json.docs as { input: { pledge: string } }[]
    return jobs.some((j) => j.input.pledge === id)
  })
  await cms.stop('SIGKILL')
  silent.close()
  const smtp = await startSmtp(smtpPort)
  try {
    await cms.start()
    admin = client(cms.url, await login(cms.url, testAdmin.email, testAdmin.password))
    await until('the confirmation after the restart', async () => received.some((m) => m.includes(sent.json.reference)))
    await until('the job to complete', async () => !(await emailJobs()).some((j) => j.input.pledge === id))
    expect(received.filter((m) => m.includes(sent.json.reference))).toHaveLength(1)
  } finally {
    smtp.close()
  }
}, 180_000)

it('tells an admin on the admin pages and links to the failed jobs; an editor sees nothing', async () => {
  const browser = await launchBrowser()
  try {
    const signIn = async (email: string, password: string) => {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage()
      await signInToAdmin(page, cms.url, email, password)
      return page
    }
    const adminPage = await signIn(testAdmin.email, testAdmin.password)
    const banner = adminPage.getByRole('alert').filter({ hasText: /could not be sent/ })
    await banner.waitFor({ timeout: 60_000 })
    await banner.getByRole('link', { name: 'Open the failed email jobs' }).click()
    await adminPage.waitForURL(/\/admin\/collections\/payload-jobs/)
    await adminPage.locator('table tbody tr').first().waitFor({ timeout: 30_000 })

    const editorPage = await signIn('editor.email-queue@portal.test', 'a-long-editor-password')
    await editorPage.waitForLoadState('networkidle')
    expect(await editorPage.getByText(/could not be sent/).count()).toBe(0)
  } finally {
    await browser.close()
  }
}, 180_000)
