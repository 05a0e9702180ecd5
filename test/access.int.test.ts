/**
 * The access matrix through Payload's Local API with overrideAccess: false, on a real SQLite file:
 * every role × every collection × create / read / update / delete, plus the framework global and
 * the fields only reviewers or the CMS itself may set.
 */
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessMatrix, collections, type Refs, roles, type Role, tinyPng, validDocument } from './helpers/access-matrix.ts'
import { openTestCms, type TestCms } from './helpers/cms.ts'
import { readSnapshot } from '../content/snapshot.ts'
import { seedSnapshot } from '../cms/snapshot/seedSnapshot.ts'

let cms: TestCms
let payload: Payload
let refs: Refs
const users: Partial<Record<Role, Record<string, unknown>>> = {}
const versioned = new Set(['training-programs', 'job-postings', 'toolkits'])

async function asAdmin(collection: string, draft = false) {
  const data = validDocument(collection, refs)
  if (draft) data._status = 'draft'
  return (await payload.create({
    collection: collection as CollectionSlug,
    data: data as never,
    draft,
    overrideAccess: true,
    ...(collection === 'media' ? { file: { data: tinyPng, mimetype: 'image/png', name: 'dot.png', size: tinyPng.length } } : {}),
  })) as { id: number | string }
}

/** Runs a Local API call as `role`; resolves to 'ok', or 'forbidden' on a 403. */
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
  cms = await openTestCms('access')
  payload = cms.payload
  // The seeded content: a pledge's commitments must name recommendations of the framework.
  await seedSnapshot(payload, await readSnapshot())
  const create = (collection: CollectionSlug, data: Record<string, unknown>) =>
    payload.create({ collection, data: data as never, overrideAccess: true }) as Promise<{ id: number | string }>
  const region = await create('regions', { name: 'Test County', order: 0, state: 'CA', kind: 'county' })
  const organization = await create('organizations', { name: 'Test Org', kind: 'cbo' })
  const workerType = await create('worker-types', { name: 'Test worker', order: 0 })
  const language = await create('languages', { name: 'Test language', order: 0, code: 'zz' })
  refs = { region: region.id, organization: organization.id, workerType: workerType.id, language: language.id }
  for (const role of ['admin', 'editor', 'reviewer'] as const) {
    users[role] = (await create('users', {
      email: `${role}@portal.test`,
      password: 'a-long-test-password',
      roles: [role],
    })) as Record<string, unknown>
  }
  // The Local API needs the user as the auth strategy returns it: with its collection.
  for (const role of ['admin', 'editor', 'reviewer'] as const) users[role] = { ...users[role], collection: 'users' }
})

afterAll(async () => {
  await cms?.close()
})

describe.each(collections)('%s', (collection) => {
  const slug = collection as CollectionSlug
  describe.each(roles)('as %s', (role) => {
    const expected = accessMatrix[collection][role]
    const as = () => ({ overrideAccess: false, user: users[role] as never })

    it(`create: ${expected.create}`, async () => {
      const data = validDocument(collection, refs)
      const file = collection === 'media' ? { file: { data: tinyPng, mimetype: 'image/png', name: 'dot.png', size: tinyPng.length } } : {}
      const result = await attempt(() => payload.create({ collection: slug, data: data as never, ...file, ...as() }))
      expect(result).toBe(expected.create === 'deny' ? 'forbidden' : 'ok')
    })

    it(`read: ${expected.read}`, async () => {
      const published = await asAdmin(collection)
      const draft = versioned.has(collection) ? await asAdmin(collection, true) : undefined
      let ids: (number | string)[] = []
      const result = await attempt(async () => {
        const found = await payload.find({ collection: slug, limit: 0, pagination: false, depth: 0, draft: true, ...as() })
        ids = found.docs.map((d) => (d as { id: number | string }).id)
      })
      if (expected.read === 'deny') return expect(result).toBe('forbidden')
      expect(result).toBe('ok')
      if (expected.read === 'self') return expect(ids).toEqual([users[role]?.id])
      expect(ids).toContain(published.id)
      if (draft) expect(ids.includes(draft.id)).toBe(expected.read === 'allow')
    })

    it(`update: ${expected.update}`, async () => {
      const target = collection === 'users' && expected.update === 'self' ? users[role] : await asAdmin(collection)
      const data = collection === 'users' ? { name: 'Renamed' } : collection === 'media' ? { alt: 'Renamed' } : {}
      const result = await attempt(() => payload.update({ collection: slug, id: target?.id as number, data: data as never, ...as() }))
      expect(result).toBe(expected.update === 'deny' ? 'forbidden' : 'ok')
      if (expected.update === 'self') {
        const other = await asAdmin('users')
        const onOther = await attempt(() => payload.update({ collection: slug, id: other.id, data: { name: 'x' } as never, ...as() }))
        expect(onOther).toBe('forbidden')
      }
    })

    it(`delete: ${expected.delete}`, async () => {
      const target = await asAdmin(collection)
      const result = await attempt(() => payload.delete({ collection: slug, id: target.id, ...as() }))
      expect(result).toBe(expected.delete === 'deny' ? 'forbidden' : 'ok')
    })
  })
})

describe('the framework global', () => {
  it('is read by everyone and updated only by editors and admins', async () => {
    for (const role of roles) {
      const user = users[role as Exclude<Role, 'anonymous'>]
      const read = await attempt(() => payload.findGlobal({ slug: 'framework', overrideAccess: false, user: user as never }))
      expect(read, role).toBe('ok')
      const update = await attempt(() =>
        payload.updateGlobal({ slug: 'framework', data: {} as never, draft: true, overrideAccess: false, user: user as never }),
      )
      expect(update, role).toBe(role === 'editor' || role === 'admin' ? 'ok' : 'forbidden')
    }
  })
})

describe('fields employers and editors cannot set', () => {
  it('lets a reviewer approve, which stamps the approval, the renewal a year later and a slug', async () => {
    const pledge = await asAdmin('pledges')
    const approved = await payload.update({
      collection: 'pledges',
      id: pledge.id,
      data: { status: 'approved' },
      overrideAccess: false,
      user: users.reviewer as never,
    })
    expect(approved.status).toBe('approved')
    const approvedAt = new Date(approved.approvedAt as string).getTime()
    expect(Math.abs(approvedAt - Date.now())).toBeLessThan(60_000)
    const days = (new Date(approved.renewalDue as string).getTime() - approvedAt) / 86_400_000
    expect(days).toBe(365)
    expect(approved.slug).toMatch(/^access-test-/)
  })

  it('does not let an editor change a pledge status, nor a user give themselves a role', async () => {
    const pledge = await asAdmin('pledges')
    const byEditor = await attempt(() =>
      payload.update({ collection: 'pledges', id: pledge.id, data: { status: 'approved' }, overrideAccess: false, user: users.editor as never }),
    )
    expect(byEditor).toBe('forbidden')
    const self = await payload.update({
      collection: 'users',
      id: users.editor?.id as number,
      data: { roles: ['admin'] },
      overrideAccess: false,
      user: users.editor as never,
    })
    expect(self.roles).toEqual(['editor'])
  })
})
