/**
 * One CSV row ↔ one listing in the contract's shape (content/schema.ts). Import: cell by cell into
 * a snapshot document, then the contract's own zod schema, each problem named by its column.
 * Export: a CMS document (read with `locale: 'all'`, relationships populated) back into cells,
 * none of which a spreadsheet would run as a formula (cms/csv/formulas.ts).
 */
import type { Payload, PayloadRequest } from 'payload'
import type { z } from 'zod'
import { jobPosting, trainingProgram } from '../../content/schema.ts'
import { slugify } from '../fields/slug.ts'
import { slugs } from '../slugs.ts'
import { type Column, type ImportableSlug, importableCollections, type RefKind } from './columns.ts'
import { neutralizeRow } from './formulas.ts'
import { type RichTextCells, richTextCells } from './markdown.ts'
import { kindNames, type Lang, say } from './messages.ts'

export type FieldProblem = { column: string; message: string }
// biome-ignore lint/suspicious/noExplicitAny: a document of any collection, read field by field against the column list.
type Doc = Record<string, any>
type Ref = { id: number | string; slug: string }

/**
 * What rows are read with: organizations and taxonomy terms, found by slug or by name (English or
 * Spanish, any case or accents), and the Markdown reader for rich text cells.
 */
export type References = Record<RefKind, { bySlug: Map<string, Ref>; byName: Map<string, Ref[]> }> & { richText: RichTextCells }

const refCollections: Record<RefKind, string> = {
  organizations: slugs.organizations,
  workerTypes: slugs.workerTypes,
  regions: slugs.regions,
  languages: slugs.languages,
  coreRoles: slugs.coreRoles,
}

const normalizeName = (value: string) =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()

export async function loadReferences(payload: Payload, req?: PayloadRequest): Promise<References> {
  const out = { richText: await richTextCells(payload.config) } as References
  for (const [kind, collection] of Object.entries(refCollections) as [RefKind, string][]) {
    const { docs } = await payload.find({
      collection: collection as never,
      locale: 'all',
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const bySlug = new Map<string, Ref>()
    const byName = new Map<string, Ref[]>()
    for (const doc of docs as Doc[]) {
      const ref = { id: doc.id, slug: doc.slug }
      bySlug.set(doc.slug, ref)
      const names = typeof doc.name === 'object' && doc.name ? Object.values(doc.name) : [doc.name]
      for (const name of new Set(names.filter((n): n is string => typeof n === 'string').map(normalizeName))) {
        byName.set(name, [...(byName.get(name) ?? []), ref])
      }
    }
    out[kind] = { bySlug, byName }
  }
  return out
}

const schemas: Record<ImportableSlug, z.ZodType> = {
  [slugs.jobPostings]: jobPosting,
  [slugs.trainingPrograms]: trainingProgram,
}

/** What every listing has even when the file leaves it out. */
function defaults(collection: ImportableSlug): Doc {
  return collection === slugs.jobPostings
    ? {
        duties: [],
        requirements: { degreeRequired: false, livedExperienceValued: false, certificationRequired: false, other: [] },
        languages: { required: [], preferred: [] },
        pay: { currency: 'USD' },
        howToApply: {},
        closed: false,
        example: false,
      }
    : {
        coreRoles: [],
        cost: { stipendOffered: false },
        certification: { approved: false },
        sessions: [],
        example: false,
      }
}

function setPath(target: Doc, path: string[], value: unknown) {
  let node = target
  for (const key of path.slice(0, -1)) node = node[key] ??= {}
  node[path[path.length - 1]!] = value
}

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T12:00:00Z`))
const yes = new Set(['yes', 'y', 'true', '1', 'si', 'sí', 'x'])
const no = new Set(['no', 'n', 'false', '0'])

function resolveRef(refs: References, kind: RefKind, value: string, lang: Lang): Ref | string {
  const bySlug = refs[kind].bySlug.get(value.trim())
  if (bySlug) return bySlug
  const byName = refs[kind].byName.get(normalizeName(value)) ?? []
  if (byName.length === 1) return byName[0]!
  const vars = { kind: kindNames[kind]![lang], value: value.trim() }
  return byName.length > 1 ? say(lang, 'ambiguousRef', vars) : say(lang, 'unknownRef', vars)
}

/** Reads one cell; returns the value for the document, or a message. */
function readCell(column: Column, raw: string, refs: References, lang: Lang): { value: unknown } | { problem: string } {
  switch (column.type) {
    case 'text':
    case 'plain':
      if (column.max && raw.length > column.max) return { problem: say(lang, 'tooLong', { max: column.max }) }
      return { value: raw }
    case 'slug':
      return { value: raw }
    case 'richText':
      return { value: refs.richText.read(raw) }
    case 'lines':
      return {
        value: raw
          .split('|')
          .map((line) => line.trim())
          .filter(Boolean)
          .map((line) => ({ en: line })),
      }
    case 'bool': {
      const word = raw.toLowerCase()
      if (yes.has(word)) return { value: true }
      if (no.has(word)) return { value: false }
      return { problem: say(lang, 'yesNo') }
    }
    case 'number': {
      const cleaned = raw.replace(/[$,\s]/g, '')
      const number = Number(cleaned)
      if (!cleaned || !Number.isFinite(number)) return { problem: say(lang, 'number') }
      return { value: number }
    }
    case 'day':
      return isDay(raw) ? { value: raw } : { problem: say(lang, 'day') }
    case 'enum': {
      const wanted = raw.toLowerCase().replace(/[\s_]+/g, '-')
      const found = column.values.find((v) => v === wanted)
      return found ? { value: found } : { problem: say(lang, 'oneOf', { values: column.values.join(', ') }) }
    }
    case 'ref': {
      const ref = resolveRef(refs, column.kind, raw, lang)
      return typeof ref === 'string' ? { problem: ref } : { value: ref.slug }
    }
    case 'refs': {
      const values = raw
        .split(';')
        .map((v) => v.trim())
        .filter(Boolean)
      const resolved = values.map((v) => resolveRef(refs, column.kind, v, lang))
      const problems = resolved.filter((r): r is string => typeof r === 'string')
      if (problems.length) return { problem: problems.join(' ') }
      return { value: [...new Set((resolved as Ref[]).map((r) => r.slug))] }
    }
    case 'sessions': {
      const sessions: Doc[] = []
      for (const part of raw
        .split(';')
        .map((p) => p.trim())
        .filter(Boolean)) {
        const [start, end] = part.split('/').map((d) => d.trim())
        if (!start || !isDay(start) || (end && !isDay(end))) return { problem: say(lang, 'day') }
        sessions.push(end ? { startDate: start, endDate: end } : { startDate: start })
      }
      return { value: sessions }
    }
  }
}

/** The column a contract error belongs to: `['pay', 'max']` → `pay_max`, `['title', 'es']` → `title_es`. */
function columnForPath(columns: Column[], path: PropertyKey[]): Column | undefined {
  let keys = path.filter((k): k is string => typeof k === 'string')
  let locale: 'en' | 'es' | undefined
  if (keys.at(-1) === 'en' || keys.at(-1) === 'es') {
    locale = keys.at(-1) as 'en' | 'es'
    keys = keys.slice(0, -1)
  }
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((k, i) => k === b[i])
  const localeOf = (c: Column) => ('locale' in c ? c.locale : 'en')
  return (
    columns.find((c) => same(c.path, keys) && (!locale || localeOf(c) === locale)) ??
    columns.find((c) => same(c.path, keys)) ??
    columns.find((c) => c.path.length <= keys.length && same(c.path, keys.slice(0, c.path.length))) ??
    columns.find((c) => same(c.path.slice(0, keys.length), keys))
  )
}

const refineMessages: Record<string, Parameters<typeof say>[1]> = {
  'endDate is before startDate': 'endBeforeStart',
  'closingDate is before postedDate': 'closingBeforePosted',
  'max pay is below min pay': 'maxBelowMin',
  'a paid program needs an amount': 'paidNeedsAmount',
  'give an application link or email': 'applyLinkOrEmail',
}

function contractMessage(issue: z.core.$ZodIssue, column: Column, lang: Lang): string {
  const i = issue as z.core.$ZodIssue & { format?: string; origin?: string; values?: unknown[]; maximum?: number; minimum?: number; input?: unknown }
  if (i.code === 'custom' && refineMessages[i.message]) return say(lang, refineMessages[i.message]!)
  if (i.code === 'invalid_type' && i.input === undefined) return say(lang, 'required')
  if (i.code === 'too_small') {
    if (i.origin === 'array') return say(lang, 'atLeastOne')
    if (i.origin === 'number') return say(lang, 'positive')
    return say(lang, 'required')
  }
  if (i.code === 'too_big' && typeof i.maximum === 'number') return say(lang, 'tooLong', { max: i.maximum })
  if (i.code === 'invalid_value' && i.values) return say(lang, 'oneOf', { values: i.values.join(', ') })
  if (i.code === 'invalid_format') {
    if (i.format === 'url') return say(lang, 'url')
    if (i.format === 'email') return say(lang, 'email')
    if (i.format === 'date') return say(lang, 'day')
    if (column.type === 'slug') return say(lang, 'slug')
    if (column.name.endsWith('state')) return say(lang, 'state')
  }
  return say(lang, 'invalid')
}

/** A row → the listing in the contract's shape, or the problems with it (one per column at most). */
export function rowToListing(
  collection: ImportableSlug,
  row: Record<string, string>,
  refs: References,
  lang: Lang,
  now = new Date().toISOString(),
): { listing?: Doc; problems: FieldProblem[] } {
  const columns = importableCollections[collection]
  const doc = defaults(collection)
  const problems = new Map<string, string>()
  for (const column of columns) {
    if (!(column.name in row)) continue
    const raw = (row[column.name] ?? '').trim()
    if (!raw) {
      if (column.required) problems.set(column.name, say(lang, 'required'))
      continue
    }
    const cell = readCell(column, raw, refs, lang)
    if ('problem' in cell) problems.set(column.name, cell.problem)
    else if (column.type === 'text' || column.type === 'richText') setPath(doc, [...column.path, column.locale], cell.value)
    else setPath(doc, column.path, cell.value)
  }
  if (!doc.slug && typeof doc.title?.en === 'string') doc.slug = slugify(doc.title.en)
  doc.updatedAt = now
  const result = schemas[collection].safeParse(doc)
  if (!result.success) {
    for (const issue of result.error.issues) {
      const column = columnForPath(columns, issue.path)
      if (!column || problems.has(column.name)) continue
      // A missing slug is the title's problem, reported there.
      if (column.name === 'slug' && problems.has('title')) continue
      problems.set(column.name, contractMessage(issue, column, lang))
    }
  }
  // The contract checks these only once everything else in the row passes; staff should see them
  // on the first check, not after fixing the rest.
  for (const [column, key, broken] of crossChecks(collection, doc)) {
    if (broken && !problems.has(column)) problems.set(column, say(lang, key))
  }
  // The CMS saves a language's version whole: with any Spanish, the required texts need theirs.
  if (JSON.stringify(doc).includes('"es":')) {
    for (const column of columns) {
      if (column.type === 'text' && column.locale === 'en' && column.required) {
        const spanish = `${column.name}_es`
        const value = getPath(doc, column.path) as { es?: string } | undefined
        if (!value?.es && !problems.has(spanish)) problems.set(spanish, say(lang, 'spanishNeeded', { value: spanish }))
      }
    }
  }
  const list = [...problems].map(([column, message]) => ({ column, message }))
  // In the file's column order, so the report reads left to right.
  list.sort((a, b) => columns.findIndex((c) => c.name === a.column) - columns.findIndex((c) => c.name === b.column))
  return list.length ? { problems: list } : { listing: result.data as Doc, problems: [] }
}

function crossChecks(collection: ImportableSlug, doc: Doc): [string, Parameters<typeof say>[1], boolean][] {
  if (collection === slugs.jobPostings) {
    return [
      ['closingDate', 'closingBeforePosted', Boolean(doc.postedDate && doc.closingDate && doc.closingDate < doc.postedDate)],
      ['pay_max', 'maxBelowMin', typeof doc.pay?.min === 'number' && typeof doc.pay?.max === 'number' && doc.pay.max < doc.pay.min],
      ['howToApply_url', 'applyLinkOrEmail', !doc.howToApply?.url && !doc.howToApply?.email],
    ]
  }
  return [
    ['cost_amount', 'paidNeedsAmount', doc.cost?.type === 'paid' && doc.cost?.amount === undefined],
    ['sessions', 'endBeforeStart', ((doc.sessions as Doc[] | undefined) ?? []).some((s) => s.endDate && s.endDate < s.startDate)],
  ]
}

// ---------------------------------------------------------------------------------------------
// Export

const isBlank = (v: unknown) => v === null || v === undefined || v === ''

function localizedValue(value: unknown, locale: 'en' | 'es'): unknown {
  if (isBlank(value)) return undefined
  if (typeof value === 'object' && value !== null && ('en' in value || 'es' in value)) return (value as Doc)[locale]
  return locale === 'en' ? value : undefined
}

const slugOf = (value: unknown) => (value && typeof value === 'object' ? String((value as Doc).slug ?? '') : '')
const getPath = (doc: Doc, path: string[]) => path.reduce<unknown>((node, key) => (node as Doc | undefined)?.[key], doc)
const dayOf = (value: unknown) => (isBlank(value) ? '' : new Date(value as string).toISOString().slice(0, 10))

const numberColumns = (collection: ImportableSlug): ReadonlySet<string> =>
  new Set(importableCollections[collection].filter((c) => c.type === 'number').map((c) => c.name))

/**
 * A listing as read with `locale: 'all'` and `depth: 1` → its CSV cells: every text cell that
 * starts like a formula gets a leading `'`, which `readCsv` takes off again.
 */
export function listingToRow(collection: ImportableSlug, doc: Doc, richText: RichTextCells): Record<string, string> {
  const row: Record<string, string> = {}
  for (const column of importableCollections[collection]) {
    const value = getPath(doc, column.path)
    let cell = ''
    switch (column.type) {
      case 'text':
        cell = String(localizedValue(value, column.locale) ?? '')
        break
      case 'richText':
        cell = richText.write(localizedValue(value, column.locale))
        break
      case 'lines':
        cell = ((value as Doc[] | null) ?? [])
          .map((line) => String(localizedValue(line.text, 'en') ?? ''))
          .filter(Boolean)
          .join(' | ')
        break
      case 'ref':
        cell = slugOf(value)
        break
      case 'refs':
        cell = ((value as unknown[] | null) ?? []).map(slugOf).filter(Boolean).join('; ')
        break
      case 'bool':
        cell = value ? 'yes' : 'no'
        break
      case 'day':
        cell = dayOf(value)
        break
      case 'sessions':
        cell = ((value as Doc[] | null) ?? []).map((s) => [dayOf(s.startDate), dayOf(s.endDate)].filter(Boolean).join('/')).join('; ')
        break
      default:
        cell = isBlank(value) ? '' : String(value)
    }
    row[column.name] = cell
  }
  row.status = String(doc._status ?? '')
  row.updatedAt = isBlank(doc.updatedAt) ? '' : new Date(doc.updatedAt).toISOString()
  return neutralizeRow(row, numberColumns(collection))
}
