/**
 * Feeds of any listing search and email alerts, against the real CMS over HTTP (a seeded SQLite
 * file, `next start`), with emails read from the CMS's mail folder:
 * - GET /api/feeds/jobs.json|xml with filters returns only matching open listings; bad parameters are a 400 that says which;
 * - nobody lists or reads alerts through the API, admins included; admins get a count;
 * - sign-up → confirmation email → confirm → new matching job → digest with both RFC 8058 headers
 *   → no second digest for the same period → one-click POST unsubscribes (twice is fine) → no more digests;
 * - sign-up is rate limited per network and per address, and answers the same for a known address.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { confirmationLink, mailbox, publishJob, sendAlerts, unsubscribeLink } from './helpers/alerts.ts'
import { type Client, client, login } from './helpers/http.ts'

const cmsUrl = inject('cmsUrl')
const mail = mailbox(inject('mailDir'))
const cmsEnv = inject('cmsEnv')
const anonymous = client(cmsUrl)
let admin: Client
let regionA: { id: number; slug: string }
let regionB: { id: number; slug: string }
const run = Date.now()

function signup(fields: Record<string, string>, address: string) {
  return fetch(`${cmsUrl}/api/alerts`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': address },
    body: new URLSearchParams(fields),
    redirect: 'manual',
  })
}

beforeAll(async () => {
  admin = client(cmsUrl, await login(cmsUrl, inject('adminEmail'), inject('adminPassword')))
  const regions = (await admin.rest('GET', '/api/regions?limit=2&depth=0&sort=slug')).json.docs as { id: number; slug: string }[]
  ;[regionA, regionB] = regions as [typeof regionA, typeof regionB]
})

describe('feeds of a search', () => {
  it('returns only open, published jobs that match the filters, in RSS and JSON Feed', async () => {
    const inA = await publishJob(admin, `Feed job A ${run}`, regionA.id)
    const inB = await publishJob(admin, `Feed job B ${run}`, regionB.id)
    const json = await fetch(`${cmsUrl}/api/feeds/jobs.json?region=${regionA.slug}`)
    expect(json.status).toBe(200)
    expect(json.headers.get('content-type')).toContain('application/feed+json')
    expect(json.headers.get('cache-control')).toMatch(/public, max-age=\d+/)
    const feed = (await json.json()) as { items: { url: string; title: string }[] }
    const urls = feed.items.map((i) => i.url)
    expect(urls.some((u) => u.endsWith(`/jobs/${inA.slug}/`))).toBe(true)
    expect(urls.some((u) => u.endsWith(`/jobs/${inB.slug}/`))).toBe(false)
    // Every item is in region A: compare with the CMS's own answer for that region.
    const inRegion = (await anonymous.rest('GET', `/api/job-postings?where[location.region][equals]=${regionA.id}&limit=500&depth=0`)).json.docs as {
      slug: string
    }[]
    for (const url of urls) expect(inRegion.map((j) => `/jobs/${j.slug}/`).some((p) => url.endsWith(p))).toBe(true)

    const rss = await fetch(`${cmsUrl}/api/feeds/jobs.xml?region=${regionA.slug}&q=${encodeURIComponent(`Feed job A ${run}`)}&lang=es`)
    expect(rss.headers.get('content-type')).toContain('application/rss+xml')
    const xml = await rss.text()
    expect(xml).toContain('<language>es</language>')
    expect(xml.match(/<item>/g)).toHaveLength(1)
    expect(xml).toContain(`/es/jobs/${inA.slug}/`)
  })

  it('follows a state: every job in one of its regions, none elsewhere (as the search page’s state filter)', async () => {
    const [region] = (await admin.rest('GET', '/api/regions?where[kind][not_equals]=national&limit=1&depth=0&sort=slug')).json.docs as {
      id: number
      state: string
    }[]
    const job = await publishJob(admin, `State job ${run}`, region!.id)
    const q = encodeURIComponent(`State job ${run}`)
    const slugsFor = async (state: string) =>
      ((await (await fetch(`${cmsUrl}/api/feeds/jobs.json?state=${state}&q=${q}`)).json()) as { items: { url: string }[] }).items.map((i) => i.url)
    expect(await slugsFor(region!.state)).toEqual([expect.stringMatching(new RegExp(`/jobs/${job.slug}/$`))])
    expect(await slugsFor(region!.state === 'TX' ? 'CA' : 'TX')).toEqual([])
    const wrong = await anonymous.rest('GET', '/api/feeds/jobs.json?state=texas&lang=es')
    expect(wrong.status).toBe(400)
    expect(wrong.json.errors[0]).toMatchObject({ field: 'state', message: expect.stringMatching(/código de dos letras/) })
  })

  it('holds at most 50 items', async () => {
    const feed = (await (await fetch(`${cmsUrl}/api/feeds/jobs.json`)).json()) as { items: unknown[] }
    expect(feed.items.length).toBeGreaterThan(0)
    expect(feed.items.length).toBeLessThanOrEqual(50)
    const trainings = await fetch(`${cmsUrl}/api/feeds/trainings.json?cost=free`)
    expect(trainings.status).toBe(200)
  })

  it('refuses parameters that are not filters, or values that are not choices, saying which', async () => {
    const cases: [string, string][] = [
      ['colour=red', 'colour'],
      ['work-mode=flying', 'work-mode'],
      ['region=nowhere-at-all', 'region'],
      ['pay=lots', 'pay'],
      ['format=online', 'format'], // a trainings filter, not a jobs one
      ['region=a&region=b', 'region'],
    ]
    for (const [query, field] of cases) {
      const response = await anonymous.rest('GET', `/api/feeds/jobs.xml?${query}`)
      expect(response.status, query).toBe(400)
      expect(response.json.errors[0].field).toBe(field)
      expect(response.json.errors[0].message).toMatch(/\w/)
    }
    const spanish = await anonymous.rest('GET', '/api/feeds/jobs.json?work-mode=flying&lang=es')
    expect(spanish.json.errors[0].message).toMatch(/La modalidad es una de/)
    expect((await anonymous.rest('GET', '/api/feeds/toolkits.xml')).status).toBe(404)
  })
})

describe('who sees alerts', () => {
  it('nobody lists or reads them through the API, admins included; admins get a count only', async () => {
    for (const who of [anonymous, admin]) {
      expect((await who.rest('GET', '/api/alerts')).status).toBe(403)
      expect((await who.rest('GET', '/api/alerts/1')).status).toBe(403)
      expect((await who.rest('PATCH', '/api/alerts/1', { body: { frequency: 'daily' } })).status).toBe(403)
      expect((await who.rest('DELETE', '/api/alerts/1')).status).toBe(403)
    }
    expect((await anonymous.rest('GET', '/api/alerts/count')).status).toBe(403)
    const count = await admin.rest('GET', '/api/alerts/count')
    expect(count.status).toBe(200)
    expect(count.json).toEqual({ total: expect.any(Number), confirmed: expect.any(Number) })
  })
})

describe('an alert from sign-up to unsubscribe', () => {
  const email = `alert-${run}@example.org`
  let unsubscribeUrl: string

  it('signs up, confirms by the emailed link, and gets a digest of only the new matching jobs', async () => {
    const response = await signup({ email, kind: 'jobs', frequency: 'daily', lang: 'es', region: regionA.slug }, '10.60.0.1')
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`${cmsUrl}/api/alerts/sent?lang=es`)
    const [confirmation] = await mail.waitFor(email, 1)
    expect(confirmation).toMatch(/Subject: =\?UTF-8\?|Subject: Confirme/)
    const link = confirmationLink(confirmation!)
    // The search is described by the region's name in the reader's language, not its slug.
    const regionName = (await admin.rest('GET', `/api/regions/${regionA.id}?locale=es&depth=0`)).json.name as string
    expect(confirmation).toContain(`Región: ${regionName}`)

    // Opening the link asks; only the button confirms (a mail scanner that opens links does not).
    const prompt = await fetch(link)
    expect(prompt.status).toBe(200)
    const html = await prompt.text()
    expect(html).toContain('lang="es"')
    const token = /name="token" value="([\w-]+)"/.exec(html)![1]!
    const before = (await admin.rest('GET', '/api/alerts/count')).json.confirmed
    const confirmed = await fetch(`${cmsUrl}/api/alerts/confirm`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }),
    })
    expect(confirmed.status).toBe(200)
    expect(await confirmed.text()).toContain('Su alerta está activada')
    expect((await admin.rest('GET', '/api/alerts/count')).json.confirmed).toBe(before + 1)

    const matching = await publishJob(admin, `Alert job A ${run}`, regionA.id)
    const other = await publishJob(admin, `Alert job B ${run}`, regionB.id)
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000)
    expect(await sendAlerts(cmsEnv, tomorrow)).toMatch(/Digests queued: [1-9]/)
    const mails = await mail.waitFor(email, 2)
    const digest = mails[1]!
    expect(digest).toContain(`/es/jobs/${matching.slug}/`)
    expect(digest).toContain(`Región: ${regionName}`)
    expect(digest).not.toContain(`/jobs/${other.slug}/`)
    expect(digest).not.toContain('Feed job A') // published before the alert was confirmed
    unsubscribeUrl = unsubscribeLink(digest)
    expect(unsubscribeUrl).toMatch(/\/api\/alerts\/unsubscribe\?token=[\w-]+$/)
    expect(digest).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m)
    expect(digest).toContain('/api/alerts/manage?token=')

    // The same period again: nothing new is sent.
    await sendAlerts(cmsEnv, tomorrow)
    await new Promise((r) => setTimeout(r, 500))
    expect(mail.to(email)).toHaveLength(2)
  }, 180_000)

  it('unsubscribes in one POST with no session, twice harmlessly, and sends nothing after', async () => {
    const oneClick = () =>
      fetch(unsubscribeUrl, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' })
    const total = (await admin.rest('GET', '/api/alerts/count')).json.total
    expect((await oneClick()).status).toBe(200)
    expect((await admin.rest('GET', '/api/alerts/count')).json.total).toBe(total - 1)
    expect((await oneClick()).status).toBe(200)
    expect((await fetch(unsubscribeUrl.replace('/unsubscribe', '/manage'))).status).toBe(404)

    await publishJob(admin, `Alert job A after ${run}`, regionA.id)
    await sendAlerts(cmsEnv, new Date(Date.now() + 3 * 24 * 60 * 60 * 1000))
    await new Promise((r) => setTimeout(r, 500))
    expect(mail.to(email)).toHaveLength(2)
  }, 120_000)
})

describe('sign-up', () => {
  it('answers a known address exactly as a new one', async () => {
    const email = `known-${run}@example.org`
    const fields = { email, kind: 'trainings', frequency: 'weekly', lang: 'en' }
    const first = await signup(fields, '10.61.0.1')
    const again = await signup(fields, '10.61.0.2')
    const fresh = await signup({ ...fields, email: `fresh-${run}@example.org` }, '10.61.0.3')
    for (const r of [first, again, fresh]) {
      expect(r.status).toBe(303)
      expect(r.headers.get('location')).toBe(first.headers.get('location'))
    }
    const json = await anonymous.rest('POST', '/api/alerts', {
      body: { email: `json-${run}@example.org`, kind: 'jobs', 'no-degree': 'yes' },
      headers: { 'X-Forwarded-For': '10.61.0.4' },
    })
    expect(json.status).toBe(202)
    expect(json.json.message).toMatch(/confirmation link/)
  })

  it('refuses bad input with a message per field, in the form’s language', async () => {
    const bad = await anonymous.rest('POST', '/api/alerts', {
      body: { email: 'not-an-email', kind: 'jobs', region: 'nowhere', lang: 'es' },
      headers: { 'X-Forwarded-For': '10.62.0.1' },
    })
    expect(bad.status).toBe(400)
    expect(bad.json.errors[0]).toMatchObject({ field: 'email', message: expect.stringMatching(/correo/) })
  })

  it('is rate limited per network and per address', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 11; i++) statuses.push((await signup({ email: `net-${i}-${run}@example.org`, kind: 'jobs' }, '10.63.0.1')).status)
    expect(statuses.slice(0, 10).every((s) => s === 303)).toBe(true)
    const limited = await signup({ email: `net-last-${run}@example.org`, kind: 'jobs' }, '10.63.0.1')
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/)

    const email = `same-${run}@example.org`
    const perAddress: number[] = []
    for (let i = 0; i < 4; i++) perAddress.push((await signup({ email, kind: 'jobs', q: `word${i}` }, `10.64.0.${i + 1}`)).status)
    expect(perAddress).toEqual([303, 303, 303, 429])
  })
})
