/**
 * A list read by someone not signed in returns at most `maxAnonymousLimit` documents a page:
 * a larger `limit` is lowered to it, and `limit=0` or `pagination=false` (which in Payload mean
 * "everything") become a page of that size; `page` still reaches the rest. Like Payload's other
 * query parameters, a value out of range is clamped, not refused (the answer's `limit` says what
 * was used). Staff keep any limit: the admin's list view and the CSV export need it. The CMS's own
 * Local API calls (overrideAccess) are not touched, nor Payload's loading of the documents a page
 * refers to (`currentDepth` is set): those are as many as the page already returned refers to.
 */
import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

/** The most documents an anonymous list query returns at once (the admin's largest page too). */
const maxAnonymousLimit = 100

type ListArgs = { limit?: unknown; pagination?: boolean; currentDepth?: number }

const capAnonymousLists: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (operation !== 'read' && operation !== 'readDistinct') return args
  const list = args as ListArgs
  if (req.user || overrideAccess || list.currentDepth !== undefined) return args
  // A find by id has neither; a list without them gets Payload's default page of 10 (but distinct
  // values without a limit are all of them).
  if (operation === 'read' && list.limit === undefined && list.pagination !== false) return args
  const asked = Number(list.limit)
  const limit = asked >= 1 ? Math.min(Math.floor(asked), maxAnonymousLimit) : maxAnonymousLimit
  return { ...args, limit, pagination: true }
}

export function withAnonymousListCap(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return { ...collection, hooks: { ...hooks, beforeOperation: [...(hooks.beforeOperation ?? []), capAnonymousLists] } }
}
