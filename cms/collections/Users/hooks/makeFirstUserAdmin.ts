import type { CollectionBeforeChangeHook } from 'payload'

/** The very first account (e.g. from the admin's first-user screen) must be able to manage the rest. */
export const makeFirstUserAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}
