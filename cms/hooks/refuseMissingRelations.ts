/**
 * A save that points at a document that does not exist (a region, an employer, a logo deleted
 * meanwhile, or an id typed by hand) is refused with a 400 naming the field. SQLite would refuse
 * it halfway through the save instead, and Payload would answer 500.
 */
import { ValidationError, type CollectionBeforeValidateHook, type CollectionSlug, type FlattenedField, type Payload, type PayloadRequest } from 'payload'

type Reference = { path: string; collection: CollectionSlug; id: number | string }

const idOf = (value: unknown): number | string | undefined => {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return typeof id === 'number' || typeof id === 'string' ? id : undefined
}

function references(fields: FlattenedField[], data: unknown, at: string, found: Reference[]): Reference[] {
  if (!data || typeof data !== 'object') return found
  for (const field of fields) {
    const value = (data as Record<string, unknown>)[field.name]
    const path = at ? `${at}.${field.name}` : field.name
    if (value === undefined || value === null) continue
    if (field.type === 'group' || field.type === 'tab') references(field.flattenedFields, value, path, found)
    else if (field.type === 'array' && Array.isArray(value)) value.forEach((row, i) => references(field.flattenedFields, row, `${path}.${i}`, found))
    else if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
      const values = Array.isArray(value) ? value : [value]
      values.forEach((v, i) => {
        const id = idOf(v)
        if (id !== undefined && id !== '')
          found.push({ path: Array.isArray(value) ? `${path}.${i}` : path, collection: field.relationTo as CollectionSlug, id })
      })
    }
  }
  return found
}

async function missing(payload: Payload, req: PayloadRequest, refs: Reference[]): Promise<Reference[]> {
  const absent: Reference[] = []
  for (const collection of new Set(refs.map((r) => r.collection))) {
    const wanted = refs.filter((r) => r.collection === collection)
    const ids = [...new Set(wanted.map((r) => String(r.id)))]
    // An id that is not even of the right kind (letters for a numeric id) exists nowhere.
    const numeric = payload.db.defaultIDType === 'number'
    const askable = numeric ? ids.filter((id) => /^\d+$/.test(id)) : ids
    const { docs } = askable.length
      ? await payload.find({ collection, where: { id: { in: askable } }, depth: 0, limit: 0, pagination: false, overrideAccess: true, select: {}, req })
      : { docs: [] }
    const found = new Set(docs.map((d) => String(d.id)))
    absent.push(...wanted.filter((r) => !found.has(String(r.id))))
  }
  return absent
}

export const refuseMissingRelations: CollectionBeforeValidateHook = async ({ data, collection, req }) => {
  const refs = references(collection.flattenedFields, data, '', [])
  if (refs.length === 0) return data
  const absent = await missing(req.payload, req, refs)
  if (absent.length === 0) return data
  throw new ValidationError({
    collection: collection.slug,
    errors: absent.map(({ path, collection: target }) => ({
      path,
      message: `No such ${target.replace(/-/g, ' ')} here: it may have been deleted. Choose another one.`,
    })),
  })
}
