/**
 * `POST /api/csv-import`: job postings or training programs from a CSV file, checked whole before
 * anything is saved.
 *
 * Form fields: `file` (the CSV), `collection` (`job-postings` | `training-programs`), `mode`:
 *   check   report only, save nothing;
 *   all     save every row, or none if any row has a problem (the default; the file is checked
 *           whole first, and on MongoDB the rows are saved in one transaction);
 *   valid   save the rows without problems, report the others;
 * and `status`: `draft` (the default: staff review before the public sees it) or `published`.
 *
 * A row whose slug (given, or made from its English title) is already in the CMS updates that
 * listing instead of adding a second one, so importing the same file twice changes nothing twice.
 * As a draft, an update of a published listing is a new draft version: the public keeps seeing the
 * published one until staff publish the change.
 */
import { parse } from 'csv-parse/sync'
import { type CollectionSlug, commitTransaction, initTransaction, killTransaction, type PayloadHandler, type PayloadRequest, ValidationError } from 'payload'
import type { Locale } from '../../content/schema.ts'
import { hasRole } from '../access/roles.ts'
import { hasSpanish, type IdLookup, jobPostingToCms, trainingProgramToCms, withRowIds } from '../snapshot/toCms.ts'
import { slugs } from '../slugs.ts'
import { exportOnlyColumns, type ImportableSlug, importableCollections, isImportable, refKinds } from './columns.ts'
import { restoreCell } from './formulas.ts'
import { type Lang, say } from './messages.ts'
import { type References, loadReferences, rowToListing } from './rows.ts'
import { json } from '../http/json.ts'

export type ImportMode = 'check' | 'all' | 'valid'
type Problem = { line: number; column?: string; message: string }
type RowOutcome = { line: number; slug: string; title: string; action: 'create' | 'update'; saved: boolean }
export type ImportReport = {
  collection: ImportableSlug
  mode: ImportMode
  status: 'draft' | 'published'
  /** Listing rows in the file (not counting the header or empty lines). */
  rowCount: number
  /** Rows without problems, with what importing them does. */
  rows: RowOutcome[]
  /** Every problem: line in the file (1 = the header), column, message. */
  problems: Problem[]
  /** Lines with at least one problem. */
  badLines: number[]
  created: number
  updated: number
  /** Whether anything was saved. */
  saved: boolean
}

// biome-ignore lint/suspicious/noExplicitAny: a document of any collection, read field by field against the column list.
type Doc = Record<string, any>

/**
 * Reads the CSV into rows keyed by header, each with its line number in the file (1-based). A cell
 * the export wrote with a leading `'` so that spreadsheets do not run it (`'=…`, `'+…`) is read
 * without it (cms/csv/formulas.ts): an exported file imports back unchanged.
 */
export function readCsv(text: string, lang: Lang): { header: string[]; rows: { line: number; cells: Record<string, string> }[]; problem?: string } {
  let records: { record: string[]; info: { lines: number } }[]
  try {
    records = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as never
  } catch (error) {
    return { header: [], rows: [], problem: say(lang, 'unreadable', { value: (error as Error).message }) }
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)
  const [first, ...rest] = records
  const header = (first?.record ?? []).map((h) => h.trim())
  const rows: { line: number; cells: Record<string, string> }[] = []
  let previousEnd = first?.info.lines ?? 0
  for (const { record, info } of rest) {
    // csv-parse counts to a record's last line; a quoted cell may span several, and blank lines are skipped.
    let line = previousEnd + 1
    while (line < info.lines && !lines[line - 1]?.trim()) line++
    previousEnd = info.lines
    if (record.every((cell) => !cell.trim())) continue
    rows.push({ line, cells: Object.fromEntries(header.map((name, i) => [name, restoreCell(record[i] ?? '')])) })
  }
  return { header, rows }
}

function headerProblems(collection: ImportableSlug, header: string[], lang: Lang): Problem[] {
  const columns = importableCollections[collection]
  const known = new Set<string>([...columns.map((c) => c.name), ...exportOnlyColumns])
  const problems: Problem[] = []
  const seen = new Set<string>()
  for (const name of header) {
    if (!name) continue
    if (seen.has(name)) problems.push({ line: 1, column: name, message: say(lang, 'duplicateColumn', { value: name }) })
    seen.add(name)
    if (!known.has(name)) problems.push({ line: 1, column: name, message: say(lang, 'unknownColumn', { value: name }) })
  }
  for (const column of columns) {
    if (column.required && !seen.has(column.name)) {
      problems.push({ line: 1, column: column.name, message: say(lang, 'missingColumn', { value: column.name }) })
    }
  }
  return problems
}

const toCms = {
  [slugs.jobPostings]: jobPostingToCms,
  [slugs.trainingPrograms]: trainingProgramToCms,
} as Record<ImportableSlug, (doc: never, locale: Locale, lookup: IdLookup) => Doc>

function idLookup(refs: References): IdLookup {
  const lookup = {} as IdLookup
  for (const kind of refKinds) {
    lookup[kind] = new Map([...refs[kind].bySlug].map(([slug, ref]) => [slug, ref.id]))
  }
  return lookup
}

/**
 * The CSV gives a session's dates only: a session already saved with the same first day keeps its
 * row (so its schedule text in both languages) and its meeting days, times and time zone.
 */
function keepSessionDetails(data: Doc, stored: Doc | undefined, locale: 'en' | 'es'): Doc {
  if (!Array.isArray(data.sessions) || !Array.isArray(stored?.sessions)) return data
  const day = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : '')
  const sessions = data.sessions.map((session: Doc) => {
    // Read with every locale: the schedule text is this save's language only.
    const saved = (stored.sessions as Doc[]).find((s) => day(s.startDate) === day(session.startDate))
    return saved ? { ...saved, schedule: saved.schedule?.[locale] ?? null, startDate: session.startDate, endDate: session.endDate ?? null } : session
  })
  return { ...data, sessions }
}

/** Fields this file does not have a column for keep their saved value on an update. */
function onlyGivenFields(collection: ImportableSlug, data: Doc, header: string[]): Doc {
  const given = new Set(importableCollections[collection].filter((c) => header.includes(c.name)).map((c) => c.path[0]))
  given.add('slug')
  return Object.fromEntries(Object.entries(data).filter(([key]) => given.has(key)))
}

async function importListings(args: {
  req: PayloadRequest
  collection: ImportableSlug
  text: string
  mode: ImportMode
  status: 'draft' | 'published'
  lang: Lang
}): Promise<ImportReport> {
  const { req, collection, text, mode, status, lang } = args
  const { payload } = req
  const report: ImportReport = { collection, mode, status, rowCount: 0, rows: [], problems: [], badLines: [], created: 0, updated: 0, saved: false }
  const csv = readCsv(text, lang)
  if (csv.problem) {
    report.problems.push({ line: 1, message: csv.problem })
    return finish(report)
  }
  report.rowCount = csv.rows.length
  report.problems.push(...headerProblems(collection, csv.header, lang))
  if (!csv.rows.length) report.problems.push({ line: 1, message: say(lang, 'emptyFile') })
  // A wrong header is the whole file's problem: its rows cannot be read reliably.
  if (report.problems.length) return finish(report)

  const refs = await loadReferences(payload, req)
  const valid: { line: number; listing: Doc }[] = []
  const firstLineOfSlug = new Map<string, number>()
  for (const { line, cells } of csv.rows) {
    const { listing, problems } = rowToListing(collection, cells, refs, lang)
    for (const p of problems) report.problems.push({ line, ...p })
    if (!listing) continue
    const earlier = firstLineOfSlug.get(listing.slug)
    if (earlier !== undefined) {
      report.problems.push({ line, column: 'slug', message: say(lang, 'duplicateInFile', { line: earlier }) })
      continue
    }
    firstLineOfSlug.set(listing.slug, line)
    valid.push({ line, listing })
  }

  const existing = new Map<string, Doc>()
  if (valid.length) {
    const { docs } = await payload.find({
      collection: collection as CollectionSlug,
      where: { slug: { in: valid.map((v) => v.listing.slug) } },
      depth: 0,
      locale: 'all',
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs as Doc[]) existing.set(doc.slug, doc)
  }
  report.rows = valid.map(({ line, listing }) => ({
    line,
    slug: listing.slug,
    title: listing.title.en,
    action: existing.has(listing.slug) ? 'update' : 'create',
    saved: false,
  }))

  const refused = mode === 'check' || (mode === 'all' && report.problems.length > 0)
  if (refused || !valid.length) return finish(report)

  const lookup = idLookup(refs)
  const draft = status === 'draft'
  const write = { collection: collection as CollectionSlug, draft, depth: 0, overrideAccess: false, user: req.user, req }
  const ownTransaction = await initTransaction(req)
  let failed: Problem | undefined
  for (const [i, { line, listing }] of valid.entries()) {
    const row = report.rows[i]!
    // The database driver answers synchronously, so without this a long import would hold the
    // CMS's only thread to itself: other staff and employers are served between rows.
    await new Promise((resolve) => setImmediate(resolve))
    try {
      const stored = existing.get(listing.slug)
      const id = stored?.id as number | string | undefined
      const english = keepSessionDetails(
        { ...onlyGivenFields(collection, toCms[collection](listing as never, 'en', lookup), csv.header), _status: status },
        stored,
        'en',
      )
      let saved = (
        id === undefined
          ? await payload.create({ ...write, data: english as never, locale: 'en' })
          : await payload.update({ ...write, id, data: english as never, locale: 'en' })
      ) as Doc
      if (hasSpanish(listing)) {
        const spanish = keepSessionDetails(
          onlyGivenFields(collection, withEnglishLines(toCms[collection](listing as never, 'es', lookup), listing), csv.header),
          stored,
          'es',
        )
        saved = (await payload.update({ ...write, id: saved.id, data: { ...withRowIds(spanish, saved), _status: status } as never, locale: 'es' })) as Doc
      }
      row.saved = true
      if (id === undefined) report.created++
      else report.updated++
    } catch (error) {
      failed = { line, ...cmsProblem(collection, error, lang) }
      break
    }
  }
  if (failed) {
    report.problems.push(failed)
    if (ownTransaction) {
      // All or nothing, even in "valid rows only" mode: the file is checked again after a fix.
      await killTransaction(req)
      for (const row of report.rows) row.saved = false
      report.created = report.updated = 0
      return finish(report)
    }
    // Without a transaction (SQLite runs without, as Payload recommends) the rows before it stay
    // saved, and the report says so: importing the fixed file again updates them, never duplicates.
    report.problems.push({ line: failed.line, message: say(lang, 'savedBefore', { count: report.created + report.updated }) })
    report.saved = report.created + report.updated > 0
    return finish(report)
  }
  if (ownTransaction) await commitTransaction(req)
  report.saved = report.created + report.updated > 0
  return finish(report)
}

/**
 * The CMS needs a duty's (or another requirement's) text in every language it saves, and the CSV
 * gives lines in English only: the Spanish version repeats them, as the admin's form does when
 * staff save in Spanish (it is filled with the English fallback).
 */
function withEnglishLines(spanish: Doc, listing: Doc): Doc {
  const lines = (rows: { en: string; es?: string }[] | undefined) => rows?.map((line) => ({ text: line.es ?? line.en }))
  if (!Array.isArray(listing.duties)) return spanish
  return { ...spanish, duties: lines(listing.duties), requirements: { ...spanish.requirements, other: lines(listing.requirements?.other) } }
}

/** A save the contract let through but the CMS refused (e.g. a field's own validation). */
function cmsProblem(collection: ImportableSlug, error: unknown, lang: Lang): Omit<Problem, 'line'> {
  if (error instanceof ValidationError) {
    const first = error.data.errors[0]
    const path = first?.path?.split('.') ?? []
    const keys = path.filter((p) => !/^\d+$/.test(p))
    const column = importableCollections[collection].find((c) => c.path.every((key, i) => keys[i] === key))
    return { column: column?.name, message: say(lang, 'saveFailed', { value: first?.message ?? error.message }) }
  }
  return { message: say(lang, 'saveFailed', { value: (error as Error).message }) }
}

function finish(report: ImportReport): ImportReport {
  report.problems.sort((a, b) => a.line - b.line)
  report.badLines = [...new Set(report.problems.filter((p) => p.line > 1).map((p) => p.line))]
  return report
}

export const importEndpoint: PayloadHandler = async (req) => {
  const lang: Lang = req.i18n?.language === 'es' ? 'es' : 'en'
  if (!req.user) return json({ errors: [{ message: lang === 'es' ? 'Inicie sesión para importar.' : 'Sign in to import.' }] }, 401)
  // Editors and admins create listings; reviewers review pledges only.
  if (!hasRole(req.user as never, 'admin', 'editor')) {
    return json(
      { errors: [{ message: lang === 'es' ? 'Solo editores y administradores pueden importar anuncios.' : 'Only editors and admins can import listings.' }] },
      403,
    )
  }
  let form: FormData
  try {
    form = await req.formData!()
  } catch {
    return json({ errors: [{ message: 'Send the CSV as multipart/form-data with a "file" field.' }] }, 415)
  }
  const collection = form.get('collection')
  const file = form.get('file')
  const mode = (form.get('mode') ?? 'all') as ImportMode
  const status = (form.get('status') ?? 'draft') as 'draft' | 'published'
  const formLang = form.get('lang')
  const reportLang: Lang = formLang === 'es' || formLang === 'en' ? formLang : lang
  if (!isImportable(collection)) return json({ errors: [{ message: `collection must be one of: ${Object.keys(importableCollections).join(', ')}` }] }, 400)
  if (!['check', 'all', 'valid'].includes(mode)) return json({ errors: [{ message: 'mode must be check, all or valid' }] }, 400)
  if (!['draft', 'published'].includes(status)) return json({ errors: [{ message: 'status must be draft or published' }] }, 400)
  if (!file || typeof file === 'string') return json({ errors: [{ message: 'attach the CSV file as "file"' }] }, 400)
  if (file.size > 5 * 1024 * 1024) return json({ errors: [{ message: 'the file is larger than 5 MB: split it' }] }, 413)
  const text = new TextDecoder('utf-8').decode(await file.arrayBuffer())
  const report = await importListings({ req, collection, text, mode, status, lang: reportLang })
  const refused = mode !== 'check' && !report.saved && report.problems.length > 0
  return json(report, refused ? 422 : 200)
}
