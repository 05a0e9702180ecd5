/** Source documents as pages show them. */
import type { Framework, SourceDocument, Toolkit } from '../../content/schema.ts'

/** The id of a document's entry in a page's list of sources, which its items link to. */
export const sourceAnchor = (key: string): string => `source-${key}`

/** Every source document of the Framework and the toolkits, once each (by key), in order of first use. */
export function allSourceDocuments(framework: Framework, toolkits: Toolkit[]): SourceDocument[] {
  const byKey = new Map<string, SourceDocument>()
  for (const doc of [...framework.sources, ...toolkits.flatMap((t) => t.sources)]) {
    if (!byKey.has(doc.key)) byKey.set(doc.key, doc)
  }
  return [...byKey.values()]
}
