import type { CollectionAfterChangeHook } from 'payload'
import type { Locale } from '../../../../content/schema.ts'
import { approvedEmail, rejectedEmail } from '../../../pledges/emails.ts'
import { notify } from '../../../pledges/notify.ts'

/** Tells the employer when a reviewer approves or rejects its pledge (once per decision). */
export const emailReviewDecision: CollectionAfterChangeHook = ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || doc.status === previousDoc?.status || req.context.preserveReviewDates) return doc
  const email = doc.contact?.email as string | undefined
  if (!email || !['approved', 'rejected'].includes(doc.status)) return doc
  const facts = {
    organizationName: doc.organizationName as string,
    reference: (doc.reference as string | undefined) ?? String(doc.id),
    contactName: (doc.contact?.name as string | undefined) ?? '',
    locale: ((doc.locale as Locale | undefined) ?? 'en') as Locale,
  }
  // Not awaited: the reviewer's save should not wait on the mail server.
  void notify(
    req.payload,
    email,
    doc.status === 'approved'
      ? approvedEmail({ ...facts, slug: doc.slug, listed: Boolean(doc.consentToList), renewalDue: doc.renewalDue })
      : rejectedEmail({ ...facts, reason: (doc.reviewNote as string | undefined) ?? '' }),
  )
  return doc
}
