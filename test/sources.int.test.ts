/**
 * Sources through a real CMS (Local API, real SQLite file): the snapshot the CMS exports after
 * seeding from content/ still gives every recommendation and checklist item its source or the
 * portal-own mark, and the CMS refuses to publish an item with neither, or one naming a document
 * its page does not list.
 */
import { type Payload, ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SourceReference } from '../content/schema.ts'
import { readSnapshot } from '../content/snapshot.ts'
import { readSnapshotFromCms } from '../cms/snapshot/exportSnapshot.ts'
import { seedSnapshot } from '../cms/snapshot/seedSnapshot.ts'
import { openTestCms, type TestCms } from './helpers/cms.ts'

let cms: TestCms
let payload: Payload

beforeAll(async () => {
  cms = await openTestCms('sources')
  payload = cms.payload
  expect((await seedSnapshot(payload, await readSnapshot())).seeded).toBe(true)
})

afterAll(async () => {
  await cms?.close()
})

const isSourced = (source: SourceReference, keys: string[]) =>
  ('portalOwn' in source && source.portalOwn === true) || ('document' in source && keys.includes(source.document))

describe('the exported snapshot', () => {
  it('keeps every item’s source or portal-own mark, as content/ has them', async () => {
    const exported = await readSnapshotFromCms(payload)
    const content = await readSnapshot()
    const { framework } = exported
    const recommendations = framework.areas.flatMap((a) => a.recommendations)
    expect(
      recommendations.filter(
        (r) =>
          !isSourced(
            r.source,
            framework.sources.map((d) => d.key),
          ),
      ),
    ).toEqual([])
    for (const toolkit of exported.toolkits) {
      const items = toolkit.checklists.flatMap((c) => c.items)
      expect(
        items.filter(
          (i) =>
            !isSourced(
              i.source,
              toolkit.sources.map((d) => d.key),
            ),
        ),
        toolkit.slug,
      ).toEqual([])
    }
    expect(recommendations.map((r) => r.source)).toEqual(content.framework.areas.flatMap((a) => a.recommendations).map((r) => r.source))
    expect(exported.toolkits.map((t) => t.sources)).toEqual(content.toolkits.map((t) => t.sources))
    expect(recommendations.filter((r) => 'portalOwn' in r.source).length).toBeGreaterThan(0)
  })
})

describe('the CMS', () => {
  async function toolkitWithChecklist(): Promise<Record<string, any>> {
    const { docs } = await payload.find({ collection: 'toolkits', where: { slug: { equals: 'hiring-a-thw-liaison-oregon' } }, depth: 0, locale: 'en' })
    return docs[0]!
  }

  async function publishFirstItemSource(source: Record<string, unknown>) {
    const toolkit = await toolkitWithChecklist()
    const checklists = structuredClone(toolkit.checklists)
    checklists[0].items[0].source = source
    return payload.update({
      collection: 'toolkits',
      id: toolkit.id,
      data: { checklists, _status: 'published' },
      locale: 'en',
      draft: false,
      overrideAccess: true,
    })
  }

  /** The field messages of the ValidationError the update is refused with. */
  async function refusal(source: Record<string, unknown>): Promise<{ path: string; message: string }[]> {
    const error = await publishFirstItemSource(source).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ValidationError)
    return (error as ValidationError).data.errors
  }

  it('refuses to publish a checklist item with neither a source document nor the portal-own mark', async () => {
    expect(await refusal({ portalOwn: false, document: null, section: null })).toEqual([
      expect.objectContaining({ path: 'checklists.0.items.0.source.document', message: expect.stringContaining('This portal’s own wording') }),
    ])
  })

  it('refuses a document key the toolkit does not list, naming the keys it does', async () => {
    expect(await refusal({ portalOwn: false, document: 'no-such-document' })).toEqual([
      expect.objectContaining({ path: 'checklists.0.items.0.source.document', message: expect.stringContaining('oregon-thw-liaison') }),
    ])
  })

  it('accepts the portal-own mark, and the export then shows the item as the portal’s own', async () => {
    await publishFirstItemSource({ portalOwn: true, document: 'oregon-thw-liaison', section: 'Required Qualifications 1' })
    const exported = await readSnapshotFromCms(payload)
    const oregon = exported.toolkits.find((t) => t.slug === 'hiring-a-thw-liaison-oregon')!
    expect(oregon.checklists[0]!.items[0]!.source).toEqual({ portalOwn: true })
    expect(oregon.checklists[0]!.items[1]!.source).toEqual({ document: 'oregon-thw-liaison', section: 'Required Qualifications 2' })
  })
})
