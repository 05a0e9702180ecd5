/**
 * Erasing a pledge's personal data on request (the privacy page promises it). The contact person,
 * the signer, the notes of progress reports and every token go; if the pledge is approved, the
 * organization's public record (name, kind, region, website, commitments, statement) stays in the
 * directory, otherwise it goes too and a pending pledge is closed as rejected. The pledge keeps who
 * erased it and when, and nothing of what was erased. Emails still queued for it are dropped.
 */
import type { Payload, PayloadRequest } from 'payload'
import { slugs } from '../slugs.ts'

/** What replaces a required text that held personal data. */
const erased = ''
/** The review note of an erased pledge: it may have named the contact person. */
const erasedReviewNote = 'Personal data erased on request. / Datos personales borrados a petición.'

type StoredPledge = {
  id: number | string
  reference?: string | null
  status: string
  reviewNote?: string | null
  erasedAt?: string | null
  progressReports?:
    | { id?: string | null; submittedAt: string; entries?: { id?: string | null; area: string; rating: string; note?: string | null }[] | null }[]
    | null
}

export type Erasure = { erasedAt: string; alreadyErased: boolean; keptPublicRecord: boolean }

/** `erasedBy` names who asked for it (cms/fields/audit.ts's describeEditor); `req` keeps it in the caller's request. */
export async function erasePledge(payload: Payload, id: number | string, erasedBy: string, req?: PayloadRequest): Promise<Erasure | undefined> {
  const pledge = (await payload.findByID({ collection: slugs.pledges, id, depth: 0, overrideAccess: true, disableErrors: true, req })) as StoredPledge | null
  if (!pledge) return undefined
  const keptPublicRecord = pledge.status === 'approved'
  if (pledge.erasedAt) {
    // Erasing twice changes nothing; emails queued meanwhile (a renewal reminder) are still dropped.
    await dropQueuedEmails(payload, pledge.id, req)
    return { erasedAt: pledge.erasedAt, alreadyErased: true, keptPublicRecord }
  }
  const erasedAt = new Date().toISOString()
  const data: Record<string, unknown> = {
    contact: { name: erased, title: erased, email: erased, phone: null },
    signerName: erased,
    signerTitle: erased,
    progressReports: (pledge.progressReports ?? []).map((report) => ({
      ...report,
      entries: (report.entries ?? []).map((entry) => ({ ...entry, note: null })),
    })),
    reviewNote: pledge.reviewNote ? erasedReviewNote : null,
    submissionHash: null,
    progressTokenHash: null,
    progressTokenExpires: null,
    erasedAt,
    erasedBy,
  }
  if (!keptPublicRecord) {
    Object.assign(data, { organizationName: `Erased pledge ${pledge.reference ?? pledge.id}`, statement: null, organization: { website: null } })
    // Nobody is left to review it, and a rejection asks for a note.
    if (pledge.status === 'pending') Object.assign(data, { status: 'rejected', reviewNote: erasedReviewNote })
  }
  await payload.update({
    collection: slugs.pledges,
    id: pledge.id,
    data,
    depth: 0,
    overrideAccess: true,
    // No decision email (there is no one to send it to) and the review dates stay as they were.
    context: { preserveReviewDates: true },
    req,
  })
  // Earlier versions would still hold what was erased (pledges keep none today).
  if (payload.collections[slugs.pledges].config.versions) {
    await payload.db.deleteVersions({ collection: slugs.pledges, where: { parent: { equals: pledge.id } }, req })
  }
  await dropQueuedEmails(payload, pledge.id, req)
  return { erasedAt, alreadyErased: false, keptPublicRecord }
}

/** Deletes the pledge's email jobs that have not been sent (a failed one's log may name the address). */
async function dropQueuedEmails(payload: Payload, pledge: number | string, req?: PayloadRequest): Promise<void> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'pledgeEmail' } }, { completedAt: { exists: false } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const ids = docs.filter((job) => (job.input as { pledge?: unknown } | null)?.pledge === String(pledge)).map((job) => job.id)
  if (ids.length) await payload.delete({ collection: 'payload-jobs', where: { id: { in: ids } }, overrideAccess: true, req })
}
