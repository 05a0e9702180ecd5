/** Job postings as the tests write them: over REST, and as rows of an import CSV. */
import type { Client } from './http.ts'

/** The id of the first document of a collection, for a relation a test needs but does not care about. */
export async function firstId(api: Client, collection: string): Promise<number> {
  const { json } = await api.rest('GET', `/api/${collection}?limit=1&depth=0`)
  return json.docs[0].id as number
}

/** A published job posting as `POST /api/job-postings` takes it, related to the first organisation, worker type and region. */
export async function jobPostingBody(api: Client, fields: { title: string; slug?: string; summary: string }): Promise<Record<string, unknown>> {
  return {
    ...fields,
    employer: await firstId(api, 'organizations'),
    workerTypes: [await firstId(api, 'worker-types')],
    location: { state: 'CA', region: await firstId(api, 'regions') },
    workMode: 'on-site',
    employmentType: 'full-time',
    pay: { min: 25, unit: 'hour', currency: 'USD' },
    howToApply: { url: 'https://example.org/apply' },
    postedDate: new Date().toISOString(),
    _status: 'published',
  }
}

/** The cells every job row needs, as a staff member types them into the import CSV. */
export const requiredJobCells: Readonly<Record<string, string>> = {
  employer: 'example-bayview-health-system',
  workerTypes: 'community-health-worker',
  location_state: 'CA',
  location_region: 'Sonoma County',
  workMode: 'on-site',
  employmentType: 'full-time',
  pay_min: '25',
  pay_unit: 'hour',
  howToApply_url: 'https://example.org/apply',
  postedDate: '2027-01-04',
}

/** One CSV line in the given columns, every cell quoted. */
export function csvLine(columns: readonly string[], cells: Record<string, string>): string {
  return columns.map((column) => `"${(cells[column] ?? '').replace(/"/g, '""')}"`).join(',')
}
