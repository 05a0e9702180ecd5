import { describe, expect, it } from 'vitest'
import { isJobClosed, jobPosting, pledgeSubmission, signatory, snapshotNames, trainingProgram } from '../content/schema.ts'
import { findBrokenReferences, parseSnapshotFile, readSnapshot, SnapshotError } from '../content/snapshot.ts'

const snapshot = await readSnapshot()

describe('the committed content/ snapshot', () => {
  it('validates, file by file, with no broken references', () => {
    for (const name of snapshotNames) expect(snapshot[name]).toBeDefined()
    expect(findBrokenReferences(snapshot)).toEqual([])
  })

  it('has the eight framework areas, each with recommendations, in English and Spanish', () => {
    expect(snapshot.framework.areas.map((a) => a.slug)).toEqual([
      'recruitment',
      'hiring',
      'training',
      'scope-and-role',
      'integration-into-the-team',
      'pay-and-benefits',
      'ongoing-professional-development',
      'financial-sustainability',
    ])
    for (const area of snapshot.framework.areas) {
      expect(area.title.es).toBeTruthy()
      expect(area.recommendations.length).toBeGreaterThan(0)
      for (const r of area.recommendations) expect(r.text.es).toBeTruthy()
    }
  })

  it('has a Spanish title, summary and body for every toolkit, and a checklist in some', () => {
    expect(snapshot.toolkits.length).toBeGreaterThanOrEqual(5)
    for (const t of snapshot.toolkits) {
      expect(t.title.es, t.slug).toBeTruthy()
      expect(t.summary.es, t.slug).toBeTruthy()
      expect(t.body.es, t.slug).toBeTruthy()
    }
    const checklists = snapshot.toolkits.flatMap((t) => t.checklists.map((c) => c.slug))
    expect(checklists).toContain('engaging-program-partners')
  })

  it('has enough demo listings to exercise every filter, each marked as an example', () => {
    const today = '2026-11-25'
    const jobs = snapshot['job-postings']
    const trainings = snapshot['training-programs']
    expect(jobs.length).toBeGreaterThanOrEqual(30)
    expect(trainings.length).toBeGreaterThanOrEqual(15)
    expect(jobs.filter((j) => isJobClosed(j, today)).length).toBeGreaterThan(0)
    const organizations = new Map(snapshot.organizations.map((o) => [o.slug, o]))
    for (const listing of [...jobs, ...trainings]) {
      expect(listing.example).toBe(true)
      expect(listing.summary.en).toMatch(/^Example listing/)
    }
    for (const job of jobs) expect(organizations.get(job.employer)?.example).toBe(true)
    // Every county, city and national region and every worker type is used by at least one open
    // job or training; every state and DC has its statewide region, used or not.
    const usedRegions = new Set([...jobs.map((j) => j.location.region), ...trainings.flatMap((t) => t.regions)])
    const usedWorkerTypes = new Set([...jobs, ...trainings].flatMap((l) => l.workerTypes))
    const placeRegions = snapshot.regions.filter((r) => r.kind !== 'statewide').map((r) => r.slug)
    expect(placeRegions.filter((slug) => !usedRegions.has(slug))).toEqual([])
    const states = snapshot.regions.filter((r) => r.kind === 'statewide').map((r) => r.state)
    expect(new Set(states).size).toBe(51)
    expect(states).toContain('DC')
    expect([...usedWorkerTypes].sort()).toEqual(snapshot['worker-types'].map((w) => w.slug).sort())
  })
})

describe('the contract rejects what the site could not show correctly', () => {
  const job = snapshot['job-postings'][0]
  const training = snapshot['training-programs'][0]

  it('names the document and field of an invalid entry', () => {
    const broken = [{ ...job, pay: { ...job.pay, min: 30, max: 20 } }]
    expect(() => parseSnapshotFile('job-postings', broken)).toThrow(SnapshotError)
    expect(() => parseSnapshotFile('job-postings', broken)).toThrow(`job-postings[0] (slug ${job.slug}) pay.max: max pay is below min pay`)
  })

  it('refuses unknown fields, so nothing private slips into a snapshot', () => {
    const result = signatory.safeParse({
      slug: 'a',
      organizationName: 'A',
      kind: 'clinic',
      region: 'sonoma-county',
      commitments: [{ area: 'hiring', recommendations: ['x'] }],
      approvedAt: '2026-01-01T00:00:00.000Z',
      renewalDue: '2027-01-01T00:00:00.000Z',
      email: 'private@example.org',
    })
    expect(result.success).toBe(false)
  })

  it('requires an amount for paid trainings and a way to apply for jobs', () => {
    expect(trainingProgram.safeParse({ ...training, cost: { type: 'paid', stipendOffered: false } }).success).toBe(false)
    expect(jobPosting.safeParse({ ...job, howToApply: {} }).success).toBe(false)
  })

  it('requires English text and accepts missing Spanish', () => {
    expect(jobPosting.safeParse({ ...job, title: { es: 'Solo español' } }).success).toBe(false)
    expect(jobPosting.safeParse({ ...job, title: { en: 'English only' } }).success).toBe(true)
  })
})

describe('isJobClosed', () => {
  it('is closed when staff closed it or its closing day has passed, open on the closing day itself', () => {
    expect(isJobClosed({ closed: true, closingDate: '2030-01-01' }, '2026-11-25')).toBe(true)
    expect(isJobClosed({ closed: false, closingDate: '2026-11-24' }, '2026-11-25')).toBe(true)
    expect(isJobClosed({ closed: false, closingDate: '2026-11-25' }, '2026-11-25')).toBe(false)
    expect(isJobClosed({ closed: false }, '2026-11-25')).toBe(false)
  })
})

describe('pledge submission', () => {
  const valid = {
    organization: { name: 'Example Clinic', kind: 'clinic', region: 'sonoma-county', chwCount: 4 },
    contact: { name: 'Ana Ruiz', title: 'Director', email: 'ana@example.org' },
    commitments: [{ area: 'hiring', recommendations: ['no-degree-required'] }],
    consentToList: true,
    signerName: 'Ana Ruiz',
    signerTitle: 'Director',
    agreed: true,
    locale: 'es',
  }

  it('accepts a complete submission', () => {
    expect(pledgeSubmission.safeParse(valid).success).toBe(true)
  })

  it('gives a message per field for bad input', () => {
    const result = pledgeSubmission.safeParse({ ...valid, contact: { ...valid.contact, email: 'nope' }, agreed: false })
    expect(result.success).toBe(false)
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]))
    expect(messages['contact.email']).toMatch(/email/)
    expect(messages.agreed).toMatch(/agree/)
  })

  it('refuses staff-only fields such as status', () => {
    expect(pledgeSubmission.safeParse({ ...valid, status: 'approved' }).success).toBe(false)
  })
})
