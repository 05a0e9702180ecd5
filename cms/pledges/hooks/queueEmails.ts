import type { CollectionAfterChangeHook } from 'payload'
import { queuePledgeEmail, sendQueuedEmailsSoon } from '../../queue/pledgeEmail.ts'

/**
 * Queues the employer's email with the change that causes it (passing `req` keeps it in the same
 * transaction where the database has them; SQLite runs without, as Payload recommends): the confirmation of a new pledge, and a reviewer's
 * approval or rejection (once per decision). Renewals and progress reports queue their own.
 */
export const queueEmails: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  // The seed's example pledges have no one to write to.
  if (req.context.seeding) return doc
  const kind =
    operation === 'create'
      ? 'received'
      : !req.context.preserveReviewDates && doc.status !== previousDoc?.status && (doc.status === 'approved' || doc.status === 'rejected')
        ? doc.status
        : undefined
  if (!kind) return doc
  await queuePledgeEmail(req.payload, { pledge: doc.id, kind }, req)
  // Sent within seconds rather than at the queue's next tick (the tick catches anything missed).
  sendQueuedEmailsSoon(req.payload)
  return doc
}
