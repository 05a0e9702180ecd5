/**
 * A list row (a job's duties, a toolkit's checklist items…) keeps its `id`. An id copied from
 * another document, or given to two rows, would make the database refuse the save halfway, after
 * the document's old rows were removed; so such a save is refused first, with a 400 naming the row.
 */
import { ValidationError, type CollectionBeforeValidateHook, type FlattenedField, type Where } from 'payload'

type Row = { path: string; id: string }

/** Every row id in `data`, with the path of its row and the path of its list field (for queries). */
function rowIds(fields: FlattenedField[], data: unknown, dataPath: string, fieldPath: string, rows: (Row & { list: string })[]) {
  if (!data || typeof data !== 'object') return rows
  for (const field of fields) {
    const value = (data as Record<string, unknown>)[field.name]
    const at = dataPath ? `${dataPath}.${field.name}` : field.name
    const list = fieldPath ? `${fieldPath}.${field.name}` : field.name
    if (field.type === 'group' || field.type === 'tab') {
      rowIds(field.flattenedFields, value, at, list, rows)
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, i) => {
        const id = (row as { id?: unknown } | null)?.id
        if (typeof id === 'string' && id !== '') rows.push({ path: `${at}.${i}.id`, id, list })
        rowIds(field.flattenedFields, row, `${at}.${i}`, list, rows)
      })
    }
  }
  return rows
}

export const refuseForeignRowIds: CollectionBeforeValidateHook = async ({ data, collection, originalDoc, req }) => {
  const rows = rowIds(collection.flattenedFields, data, '', '', [])
  if (rows.length === 0) return data
  const seen = new Set<string>()
  const refused: Row[] = rows.filter(({ id }) => (seen.has(id) ? true : (seen.add(id), false)))
  // The document being saved (Payload's password reset passes it whole as `data`, without `originalDoc`).
  const self = originalDoc?.id ?? (data as { id?: number | string } | undefined)?.id
  // A row id the stored document already has is its own (row ids are unique across the collection);
  // only the others need the look at other documents, which scans the collection. So an ordinary
  // save (its rows, a few new ones) stays cheap however many documents there are. Stored means the
  // collection's own rows, not a draft's: a draft's row ids are not reserved.
  const stored =
    self === undefined
      ? undefined
      : await req.payload.findByID({ collection: collection.slug, id: self, depth: 0, draft: false, overrideAccess: true, disableErrors: true, req })
  const own = new Set(rowIds(collection.flattenedFields, stored, '', '', []).map((r) => r.id))
  const asked = rows.filter((r) => !own.has(r.id))
  const lists = [...new Set(asked.map((r) => r.list))]
  if (lists.length > 0) {
    const where: Where = {
      and: [
        { or: lists.map((list) => ({ [`${list}.id`]: { in: asked.filter((r) => r.list === list).map((r) => r.id) } })) },
        ...(self !== undefined ? [{ id: { not_equals: self } }] : []),
      ],
    }
    const { docs } = await req.payload.find({ collection: collection.slug, where, depth: 0, limit: 0, pagination: false, overrideAccess: true, req })
    const taken = new Set(docs.flatMap((doc) => rowIds(collection.flattenedFields, doc, '', '', []).map((r) => r.id)))
    refused.push(...asked.filter((r) => taken.has(r.id)))
  }
  if (refused.length === 0) return data
  throw new ValidationError({
    collection: collection.slug,
    errors: refused.map(({ path }) => ({
      path,
      message: 'This row has the id of a row in another document or of another row here. Remove its id: the CMS gives it a new one.',
    })),
  })
}
