import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { slugify } from '../../fields/slug.ts'

const year = 365 * 24 * 60 * 60 * 1000

/**
 * When a reviewer approves a pledge: stamp the approval date, set renewal a year later, and give
 * it the slug its public directory page will use (unique among pledges).
 */
export const recordReviewDecision: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const becameApproved = data.status === 'approved' && originalDoc?.status !== 'approved'
  // An erased pledge has no one to hear from and nothing of its own to list.
  if (becameApproved && originalDoc?.erasedAt) {
    throw new ValidationError({
      collection: 'pledges',
      errors: [
        {
          path: 'status',
          message: 'This pledge’s personal data was erased: it cannot be approved. / Los datos personales de este compromiso se borraron: no se puede aprobar.',
        },
      ],
    })
  }
  // The seed restores approved pledges with their original dates.
  if (!becameApproved || req.context.preserveReviewDates) return data
  const approvedAt = new Date()
  const next: Record<string, unknown> = { ...data, approvedAt: approvedAt.toISOString(), renewalDue: new Date(approvedAt.getTime() + year).toISOString() }
  if (!originalDoc?.slug) {
    const base = slugify(String(data.organizationName ?? originalDoc?.organizationName ?? 'signatory')) || 'signatory'
    let candidate = base
    for (let n = 2; ; n++) {
      const { totalDocs } = await req.payload.count({ collection: 'pledges', where: { slug: { equals: candidate } }, req })
      if (totalDocs === 0) break
      candidate = `${base}-${n}`
    }
    next.slug = candidate
  }
  return next
}
