/**
 * Hooks that ask for a site update (cms/publishing/siteUpdate.ts) when a change can alter what
 * the public sees: any save or delete of public content, a pledge entering or leaving the
 * approved state. Draft saves are included on purpose: a hook cannot tell a draft save from an
 * unpublish when a draft sits on top of the published version (both arrive as `_status: draft`
 * over a draft), and the update itself is cheap when nothing changed (no file is rewritten, no
 * build is started).
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'
import { requestSiteUpdate } from './siteUpdate.ts'

type Doc = { id?: number | string; slug?: string | null; _status?: string | null; status?: string | null }

const name = (collection: string, doc: Doc) => `${collection}/${doc.slug || doc.id}`

export const updateSiteAfterChange: CollectionAfterChangeHook = ({ collection, doc, operation, req, context }) => {
  if (context.skipSiteUpdate) return doc
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

export const updateSiteAfterGlobalChange: GlobalAfterChangeHook = ({ global, doc, req, context }) => {
  if (!context.skipSiteUpdate) requestSiteUpdate(req.payload, `${global.slug} saved`)
  return doc
}
