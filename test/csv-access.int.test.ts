/**
 * The two collections the import-export plugin adds, through the Local API with
 * overrideAccess: false: every role × create / read / update / delete, like access.int.test.ts.
 * `exports` only carries the Export drawer, which staff open (the admin needs read for that):
 * nobody stores an export (pledge contact details would sit in a file); admins may delete. `imports` is the plugin's own import,
 * replaced by ours (cms/csv/importListings.ts): closed to everyone.
 */
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestCms, type TestCms } from './helpers/cms.ts'

type Role = 'anonymous' | 'editor' | 'reviewer' | 'admin'
type Op = 'create' | 'read' | 'update' | 'delete'
const roles: Role[] = ['anonymous', 'editor', 'reviewer', 'admin']
const matrix: Record<'exports' | 'imports', Record<Role, Record<Op, 'allow' | 'deny'>>> = {
  exports: {
    anonymous: { create: 'deny', read: 'deny', update: 'deny', delete: 'deny' },
    editor: { create: 'deny', read: 'allow', update: 'deny', delete: 'deny' },
    reviewer: { create: 'deny', read: 'allow', update: 'deny', delete: 'deny' },
    admin: { create: 'deny', read: 'allow', update: 'deny', delete: 'allow' },
  },
  imports: Object.fromEntries(roles.map((r) => [r, { create: 'deny', read: 'deny', update: 'deny', delete: 'deny' }])) as never,
}

let cms: TestCms
let payload: Payload
const users: Partial<Record<Role, Record<string, unknown>>> = {}

/** A stored document, written below the access layer (nobody may create one through it). */
async function stored(collection: 'exports' | 'imports') {
  const data =
    collection === 'exports'
      ? { name: 'old-export', collectionSlug: 'pledges', format: 'csv', filename: `old-${Date.now()}-${Math.random()}.csv` }
      : { collectionSlug: 'job-postings', status: 'pending', filename: `old-${Date.now()}-${Math.random()}.csv` }
  return (await payload.db.create({ collection, data })) as { id: number | string }
}

async function attempt(work: () => Promise<unknown>): Promise<'ok' | 'forbidden'> {
  try {
    await work()
    return 'ok'
  } catch (error) {
    if ((error as { status?: number }).status === 403) return 'forbidden'
    throw error
  }
}

beforeAll(async () => {
  cms = await openTestCms('csv-access')
  payload = cms.payload
  for (const role of ['admin', 'editor', 'reviewer'] as const) {
    const user = await payload.create({ collection: 'users', data: { email: `${role}@portal.test`, password: 'a-long-test-password', roles: [role] } as never })
    users[role] = { ...user, collection: 'users' }
  }
})

afterAll(async () => {
  await cms?.close()
})

describe.each(['exports', 'imports'] as const)('%s', (collection) => {
  const slug = collection as CollectionSlug
  describe.each(roles)('as %s', (role) => {
    const expected = matrix[collection][role]
    const as = () => ({ overrideAccess: false, user: users[role] as never })

    it(`create: ${expected.create}`, async () => {
      const csv = Buffer.from('slug\nx\n')
      const result = await attempt(() =>
        payload.create({
          collection: slug,
          data: { collectionSlug: 'pledges', format: 'csv' } as never,
          ...(collection === 'imports' ? { file: { data: csv, mimetype: 'text/csv', name: 'x.csv', size: csv.length } } : {}),
          ...as(),
        }),
      )
      expect(result).toBe(expected.create === 'deny' ? 'forbidden' : 'ok')
    })

    it(`read: ${expected.read}`, async () => {
      const doc = await stored(collection)
      const result = await attempt(() => payload.findByID({ collection: slug, id: doc.id, ...as() }))
      expect(result).toBe(expected.read === 'deny' ? 'forbidden' : 'ok')
    })

    it(`update: ${expected.update}`, async () => {
      const doc = await stored(collection)
      const result = await attempt(() => payload.update({ collection: slug, id: doc.id, data: {} as never, ...as() }))
      expect(result).toBe(expected.update === 'deny' ? 'forbidden' : 'ok')
    })

    it(`delete: ${expected.delete}`, async () => {
      const doc = await stored(collection)
      const result = await attempt(() => payload.delete({ collection: slug, id: doc.id, ...as() }))
      expect(result).toBe(expected.delete === 'deny' ? 'forbidden' : 'ok')
    })
  })
})
