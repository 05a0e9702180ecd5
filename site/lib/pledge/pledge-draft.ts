/**
 * The pledge in progress, kept in the browser (localStorage) so a reload, a lost connection or a
 * switch between English and Spanish loses nothing. One key for both languages on purpose.
 */
import { frameworkAreaSlugs, selfAssessmentRatings } from '../../../content/schema.ts'
import type { KeyState } from './pledge-api.ts'
import { type PledgeForm, type Ratings, emptyForm } from './pledge-form.ts'

export const draftStorageKey = 'chw-portal:pledge-draft'
const version = 1

export type PledgeDraft = {
  ratings: Ratings
  /** The user asked to see their self-assessment result. */
  showResults: boolean
  form: PledgeForm
  /** The submission attempt's idempotency key, reused for every retry of that attempt. */
  keyState: KeyState
  /** The last pledge the CMS confirmed from this browser, shown again after a reload. */
  confirmed?: { reference: string }
}

/** The subset of the Web Storage API this module needs (tests pass a Map-backed fake). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

export function emptyDraft(): PledgeDraft {
  return { ratings: {}, showResults: false, form: emptyForm(), keyState: {} }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const str = (value: unknown): string => (typeof value === 'string' ? value : '')
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [])

/**
 * Reads the draft back, keeping only what has the expected shape: the stored JSON may come from
 * an older version of this page or have been edited by hand, and must never break the form.
 */
export function loadDraft(storage: DraftStorage | undefined): PledgeDraft {
  const draft = emptyDraft()
  let raw: unknown
  try {
    const text = storage?.getItem(draftStorageKey)
    raw = text ? JSON.parse(text) : undefined
  } catch {
    return draft
  }
  if (!isObject(raw) || raw.version !== version) return draft
  const ratings = isObject(raw.ratings) ? raw.ratings : {}
  for (const area of frameworkAreaSlugs) {
    const rating = ratings[area]
    if ((selfAssessmentRatings as readonly unknown[]).includes(rating)) draft.ratings[area] = rating as (typeof selfAssessmentRatings)[number]
  }
  draft.showResults = raw.showResults === true
  const form = isObject(raw.form) ? raw.form : {}
  const organization = isObject(form.organization) ? form.organization : {}
  const contact = isObject(form.contact) ? form.contact : {}
  const commitments = isObject(form.commitments) ? form.commitments : {}
  for (const key of Object.keys(draft.form.organization) as (keyof PledgeForm['organization'])[]) draft.form.organization[key] = str(organization[key])
  for (const key of Object.keys(draft.form.contact) as (keyof PledgeForm['contact'])[]) draft.form.contact[key] = str(contact[key])
  for (const area of frameworkAreaSlugs) {
    const chosen = strings(commitments[area])
    if (chosen.length > 0) draft.form.commitments[area] = chosen
  }
  draft.form.statement = str(form.statement)
  draft.form.consentToList = form.consentToList === true
  draft.form.consentToStatistics = form.consentToStatistics === true
  draft.form.signerName = str(form.signerName)
  draft.form.signerTitle = str(form.signerTitle)
  draft.form.agreed = form.agreed === true
  draft.form.fax = str(form.fax)
  const keyState = isObject(raw.keyState) ? raw.keyState : {}
  if (typeof keyState.idempotencyKey === 'string' && keyState.idempotencyKey) draft.keyState.idempotencyKey = keyState.idempotencyKey
  if (keyState.rejected === true) draft.keyState.rejected = true
  if (isObject(raw.confirmed)) draft.confirmed = { reference: str(raw.confirmed.reference) }
  return draft
}

/** Saves the draft; false when the browser refuses (private mode, storage full), which the form survives. */
export function saveDraft(storage: DraftStorage | undefined, draft: PledgeDraft): boolean {
  try {
    storage?.setItem(draftStorageKey, JSON.stringify({ version, ...draft }))
    return storage !== undefined
  } catch {
    return false
  }
}

export function clearDraft(storage: DraftStorage | undefined): void {
  try {
    storage?.removeItem(draftStorageKey)
  } catch {
    // nothing stored, nothing to clear
  }
}

/** window.localStorage, or undefined where it is unavailable (blocked cookies, server rendering). */
export function browserStorage(): DraftStorage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage
  } catch {
    return undefined
  }
}
