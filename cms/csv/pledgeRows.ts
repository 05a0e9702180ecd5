/**
 * Pledges as CSV rows, for the hub's internal reporting: who signed, where, what they committed
 * to, where each pledge stands, and (for admins) whom to contact. Only staff who may read pledges
 * can export them (the plugin reads with their access), and the file is streamed to them, never
 * stored on the server. Left out: the review note (free text about the employer, not a figure to
 * report), the progress-report notes, and every internal key (idempotency key, progress-token hash).
 *
 * No cell starts like a spreadsheet formula: the organization name and every other text an
 * employer typed gets a leading `'` when it does (cms/csv/formulas.ts); the counts stay numbers.
 */
import { neutralizeRow } from './formulas.ts'

// biome-ignore lint/suspicious/noExplicitAny: a document of any collection, read field by field against the column list.
type Doc = Record<string, any>

const blank = (v: unknown) => v === null || v === undefined || v === ''
const instant = (v: unknown) => (blank(v) ? '' : new Date(v as string).toISOString())
const slugOf = (v: unknown) => (v && typeof v === 'object' ? String((v as Doc).slug ?? '') : '')

export const pledgeColumns = [
  'reference',
  'status',
  'createdAt',
  'organizationName',
  'organization_kind',
  'organization_region',
  'organization_website',
  'organization_chwCount',
  'contact_name',
  'contact_title',
  'contact_email',
  'contact_phone',
  'signerName',
  'signerTitle',
  'consentToList',
  'commitmentAreas',
  'commitments',
  'selfAssessment',
  'locale',
  'approvedAt',
  'renewalDue',
  'progressReports',
  'lastProgressReport',
] as const

/**
 * The private contact group (name, title, email, phone): exported to admins only. Editors and
 * reviewers read a pledge's contact in the admin, where their work with it happens (the employer
 * hears of a review decision by the CMS's own email); a reporting file on a laptop or a shared
 * drive is how contact details would leave the CMS, and the report's figures need none. Admins,
 * who manage every account and setting anyway, decide when contacts may leave. Editors and
 * reviewers still export pledges (refusing them the whole export would take the figures away
 * too), only without these columns.
 */
export const contactColumns = ['contact_name', 'contact_title', 'contact_email', 'contact_phone'] as const

const numberColumns: ReadonlySet<string> = new Set(['organization_chwCount', 'commitmentAreas', 'progressReports'])

/**
 * A pledge as read with relationships populated (`depth: 1`) → its CSV cells; the contact columns
 * only with `contact: true` (admins, see `contactColumns`).
 */
export function pledgeToRow(doc: Doc, options: { contact: boolean }): Record<string, string> {
  const commitments = (doc.commitments as Doc[] | null) ?? []
  const reports = ((doc.progressReports as Doc[] | null) ?? [])
    .map((r) => instant(r.submittedAt))
    .filter(Boolean)
    .sort()
  const row: Record<(typeof pledgeColumns)[number], string> = {
    reference: String(doc.reference ?? ''),
    status: String(doc.status ?? ''),
    createdAt: instant(doc.createdAt),
    organizationName: String(doc.organizationName ?? ''),
    organization_kind: String(doc.organization?.kind ?? ''),
    organization_region: slugOf(doc.organization?.region),
    organization_website: String(doc.organization?.website ?? ''),
    organization_chwCount: blank(doc.organization?.chwCount) ? '' : String(doc.organization.chwCount),
    // Absent when the reader may not see contact details; only staff can export at all.
    contact_name: String(doc.contact?.name ?? ''),
    contact_title: String(doc.contact?.title ?? ''),
    contact_email: String(doc.contact?.email ?? ''),
    contact_phone: String(doc.contact?.phone ?? ''),
    signerName: String(doc.signerName ?? ''),
    signerTitle: String(doc.signerTitle ?? ''),
    consentToList: doc.consentToList ? 'yes' : 'no',
    commitmentAreas: String(commitments.length),
    commitments: commitments.map((c) => `${c.area}: ${((c.recommendations as string[] | null) ?? []).join(', ')}`).join('; '),
    selfAssessment: ((doc.selfAssessment as Doc[] | null) ?? []).map((s) => `${s.area}=${s.rating}`).join('; '),
    locale: String(doc.locale ?? ''),
    approvedAt: instant(doc.approvedAt),
    renewalDue: instant(doc.renewalDue),
    progressReports: String(reports.length),
    lastProgressReport: reports.at(-1) ?? '',
  }
  const cells: Record<string, string> = { ...row }
  if (!options.contact) for (const column of contactColumns) delete cells[column]
  return neutralizeRow(cells, numberColumns)
}
