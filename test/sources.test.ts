/**
 * Every Framework recommendation and every toolkit checklist item names a source document of its
 * own page (and the document exists in that page's sources), or is marked as this portal's own
 * wording: in content/, and in the contract, which refuses an item with neither.
 */
import { describe, expect, it } from 'vitest'
import { framework as frameworkSchema, type SourceDocument, type SourceReference, toolkit as toolkitSchema } from '../content/schema.ts'
import { readSnapshot } from '../content/snapshot.ts'

const snapshot = await readSnapshot()

/** "where: problem" for an item whose source is neither a listed document nor the portal-own mark. */
function unsourced(where: string, source: SourceReference | undefined, sources: SourceDocument[]): string[] {
  if (source && 'portalOwn' in source && source.portalOwn === true) return []
  if (source && 'document' in source && sources.some((d) => d.key === source.document)) return []
  return [`${where}: ${JSON.stringify(source)}`]
}

const clone = <T>(value: T): T => structuredClone(value)

describe('content/', () => {
  it('gives every recommendation a source document of the Framework, or the portal-own mark', () => {
    const { framework } = snapshot
    const problems = framework.areas.flatMap((a) => a.recommendations.flatMap((r) => unsourced(`${a.slug}/${r.slug}`, r.source, framework.sources)))
    expect(problems).toEqual([])
    expect(framework.areas.flatMap((a) => a.recommendations).length).toBeGreaterThan(30)
  })

  it('gives every checklist item a source document of its toolkit, or the portal-own mark', () => {
    const problems = snapshot.toolkits.flatMap((t) =>
      t.checklists.flatMap((c) => c.items.flatMap((item, i) => unsourced(`${t.slug}/${c.slug}[${i}]`, item.source, t.sources))),
    )
    expect(problems).toEqual([])
  })

  it('lists at least one source document on every toolkit, and the Framework’s first is the Sonoma County framework’s page', () => {
    for (const t of snapshot.toolkits) expect(t.sources.length, t.slug).toBeGreaterThan(0)
    expect(snapshot.framework.sources[0]).toMatchObject({ organization: 'aliados-health' })
  })

  it('links every source document of a toolkit or the Framework: its own web address, or its publisher’s', () => {
    const organizations = new Map(snapshot.organizations.map((o) => [o.slug, o]))
    const documents = [...snapshot.framework.sources, ...snapshot.toolkits.flatMap((t) => t.sources)]
    const unlinked = documents.filter((d) => !d.url && !organizations.get(d.organization)?.website).map((d) => d.key)
    expect(unlinked).toEqual([])
  })

  it('names a section for every sourced item of the Oregon toolkit (the document is numbered)', () => {
    const oregon = snapshot.toolkits.find((t) => t.slug === 'hiring-a-thw-liaison-oregon')!
    for (const item of oregon.checklists.flatMap((c) => c.items)) expect(item.source).toHaveProperty('section')
  })
})

describe('the contract', () => {
  const someToolkit = () => clone(snapshot.toolkits.find((t) => t.checklists.length > 0)!)

  it('accepts the content as it is', () => {
    expect(toolkitSchema.safeParse(someToolkit()).success).toBe(true)
    expect(frameworkSchema.safeParse(clone(snapshot.framework)).success).toBe(true)
  })

  it('refuses a checklist item with neither a source nor the portal-own mark', () => {
    for (const source of [undefined, {}, { portalOwn: false }, { section: 'Background' }]) {
      const toolkit = someToolkit() as unknown as { checklists: { items: { source?: unknown }[] }[] }
      toolkit.checklists[0]!.items[0]!.source = source
      const result = toolkitSchema.safeParse(toolkit)
      expect(result.success, JSON.stringify(source)).toBe(false)
      expect(result.error!.issues[0]!.path.slice(0, 5)).toEqual(['checklists', 0, 'items', 0, 'source'])
    }
  })

  it('refuses a recommendation with neither, or naming a document the Framework does not list', () => {
    const missing = clone(snapshot.framework) as unknown as { areas: { recommendations: { source?: unknown }[] }[] }
    delete missing.areas[0]!.recommendations[0]!.source
    expect(frameworkSchema.safeParse(missing).success).toBe(false)

    const unknown = clone(snapshot.framework)
    unknown.areas[5]!.recommendations[0]!.source = { document: 'no-such-document' }
    const result = frameworkSchema.safeParse(unknown)
    expect(result.success).toBe(false)
    expect(result.error!.issues.map((i) => i.message).join()).toContain('"no-such-document" is not one of this document')
  })

  it('refuses an item that claims both a document and the portal-own mark', () => {
    const toolkit = someToolkit() as unknown as { sources: { key: string }[]; checklists: { items: { source?: unknown }[] }[] }
    toolkit.checklists[0]!.items[0]!.source = { document: toolkit.sources[0]!.key, portalOwn: true }
    expect(toolkitSchema.safeParse(toolkit).success).toBe(false)
  })

  it('refuses a toolkit with no source document, or two with the same key', () => {
    const none = someToolkit()
    none.sources = []
    expect(toolkitSchema.safeParse(none).success).toBe(false)
    const twice = someToolkit()
    twice.sources = [twice.sources[0]!, { ...twice.sources[0]!, title: 'Another' }]
    expect(toolkitSchema.safeParse(twice).success).toBe(false)
  })
})
