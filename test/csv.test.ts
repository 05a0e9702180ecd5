/**
 * The CSV format on its own, without a database: reading a file with line numbers, a row into the
 * contract (content/schema.ts) with a message per column, and the example files in content/examples/.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { jobPostingColumns, trainingProgramColumns } from '../cms/csv/columns.ts'
import { readCsv } from '../cms/csv/importListings.ts'
import { listingToRow, type References, rowToListing } from '../cms/csv/rows.ts'

/** References as the CMS would load them, from the snapshot (ids are the slugs here). */
function snapshotReferences(): References {
  const files = { organizations: 'organizations', workerTypes: 'worker-types', regions: 'regions', languages: 'languages', coreRoles: 'core-roles' } as const
  const refs = {} as References
  for (const [kind, file] of Object.entries(files) as [keyof References, string][]) {
    const docs = JSON.parse(readFileSync(`content/${file}.json`, 'utf8')) as { slug: string; name: string | { en: string; es?: string } }[]
    const bySlug = new Map()
    const byName = new Map()
    for (const doc of docs) {
      const ref = { id: doc.slug, slug: doc.slug }
      bySlug.set(doc.slug, ref)
      const names = typeof doc.name === 'string' ? [doc.name] : [doc.name.en, doc.name.es].filter(Boolean)
      for (const name of new Set(names.map((n) => n!.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim()))) {
        byName.set(name, [...(byName.get(name) ?? []), ref])
      }
    }
    refs[kind] = { bySlug, byName }
  }
  return refs
}
const refs = snapshotReferences()

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

describe('rowToListing', () => {
  const good = readCsv(readFileSync('content/examples/jobs.csv', 'utf8'), 'en').rows[0]!.cells

  it('names each bad column with a message, in English or Spanish', () => {
    const bad = { ...good, employer: 'Nobody Clinic', pay_min: 'twenty', pay_unit: 'week', howToApply_url: 'example.org', closingDate: '2026-12-01', location_region: 'Atlantis' }
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
    const populated = (slug: string) => ({ id: 1, slug })
    const doc = {
      ...listing,
      employer: populated(listing!.employer),
      workerTypes: listing!.workerTypes.map(populated),
      languages: { required: listing!.languages.required.map(populated), preferred: listing!.languages.preferred.map(populated) },
      location: { ...listing!.location, region: populated(listing!.location.region) },
      duties: listing!.duties.map((d: { en: string }) => ({ text: d })),
      requirements: { ...listing!.requirements, other: listing!.requirements.other.map((d: { en: string }) => ({ text: d })) },
      postedDate: `${listing!.postedDate}T12:00:00.000Z`,
      closingDate: `${listing!.closingDate}T12:00:00.000Z`,
      _status: 'draft',
    }
    const row = listingToRow('job-postings', doc)
    const again = rowToListing('job-postings', row, refs, 'en', listing!.updatedAt)
    expect(again.problems).toEqual([])
    expect(again.listing).toEqual(listing)
  })
})
