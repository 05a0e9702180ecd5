/**
 * Hooks that ask for a site update (cms/publishing/siteUpdate.ts) when a change can alter what
 * the public sees: publishing, unpublishing or deleting content, any change to directory and
 * taxonomy entries, a pledge entering or leaving the approved state. Draft saves that never
 * touched a published version are ignored.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'
import { requestSiteUpdate } from './siteUpdate.ts'

type Doc = { id?: number | string; slug?: string | null; _status?: string | null; status?: string | null }

const name = (collection: string, doc: Doc) => `${collection}/${doc.slug || doc.id}`

const touchesPublished = (doc: Doc, previousDoc?: Doc) =>
  doc._status === 'published' || previousDoc?._status === 'published'

export const updateSiteAfterChange: CollectionAfterChangeHook = ({ collection, doc, previousDoc, operation, req, context }) => {
  if (context.skipSiteUpdate) return doc
  const drafts = Boolean(collection.versions?.drafts)
  if (drafts && !touchesPublished(doc, previousDoc)) return doc
  requestSiteUpdate(req.payload, `${name(collection.slug, doc)} ${operation === 'create' ? 'created' : 'saved'}`)
  return doc
}

export const updateSiteAfterDelete: CollectionAfterDeleteHook = ({ collection, doc, req, context }) => {
  if (!context.skipSiteUpdate) requestSiteUpdate(req.payload, `${name(collection.slug, doc)} deleted`)
  return doc
}

/** Pledges: only the approved ones are public (the directory). */
export const updateSiteAfterReview: CollectionAfterChangeHook = ({ doc, previousDoc, req, context }) => {
  if (!context.skipSiteUpdate && (doc.status === 'approved' || previousDoc?.status === 'approved')) {
    requestSiteUpdate(req.payload, `pledge ${doc.reference ?? doc.id} ${doc.status}`)
  }
  return doc
}

export const updateSiteAfterGlobalChange: GlobalAfterChangeHook = ({ global, doc, previousDoc, req, context }) => {
  if (!context.skipSiteUpdate && touchesPublished(doc, previousDoc)) requestSiteUpdate(req.payload, `${global.slug} saved`)
  return doc
}
