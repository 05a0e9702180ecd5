/**
 * Listings that time runs out on: a job past its closing date is closed, a training whose last
 * session is over is past. The hooks keep both flags true on every save; the daily task
 * (cms/queue/expireListings.ts) catches the ones nobody saves. Days are `YYYY-MM-DD`, compared as
 * text, as the site does (site/lib/content.ts).
 */
import type { CollectionBeforeChangeHook } from 'payload'

export const todayIso = (now = new Date()): string => now.toISOString().slice(0, 10)

/**
 * How long a job past its closing date stays in the snapshot, marked closed: its page keeps its
 * address (a shared link says "closed" and offers similar open jobs) but it is in no listing,
 * search, feed or sitemap. After that it leaves the site.
 */
const closedJobKeptDays = 90

/** The first closing day still exported: `closedJobKeptDays` before `now`. */
export const oldestClosingDayKept = (now = new Date()): string => todayIso(new Date(now.getTime() - closedJobKeptDays * 86_400_000))

/** The daily sweep passes the day it runs for (`context.today`), so a run for another day agrees with its hooks. */
const contextToday = (context: Record<string, unknown> | undefined): string => (typeof context?.today === 'string' ? context.today : todayIso())

/** Stored dates are ISO date-times (noon UTC for day fields); the day is their first 10 characters. */
const day = (value: unknown): string | undefined => (typeof value === 'string' && value.length >= 10 ? value.slice(0, 10) : undefined)

export function isPastClosingDate(job: { closingDate?: unknown }, today: string): boolean {
  const closing = day(job.closingDate)
  return closing !== undefined && closing < today
}

type Session = { startDate?: unknown; endDate?: unknown }

/** Past: it had sessions and all of them are over (self-paced programs never are). */
export function allSessionsOver(training: { sessions?: Session[] | null }, today: string): boolean {
  const sessions = training.sessions ?? []
  return sessions.length > 0 && sessions.every((s) => (day(s.endDate) ?? day(s.startDate) ?? '9999') < today)
}

/**
 * Closes a job whose closing date has passed, and reopens one that the system closed when staff
 * set a later closing date: that is how a job is extended. A job staff closed by hand (filled or
 * withdrawn) stays closed until they untick Closed.
 */
export const closeOrExtendJob: CollectionBeforeChangeHook = ({ data, originalDoc, context }) => {
  const today = contextToday(context)
  const merged = { ...originalDoc, ...data }
  const extended =
    Boolean(originalDoc?.closed && originalDoc?.closedAutomaticallyOn) &&
    day(merged.closingDate) !== day(originalDoc?.closingDate) &&
    !isPastClosingDate(merged, today)
  if (extended) {
    data.closed = false
    data.closedAutomaticallyOn = null
  } else if (isPastClosingDate(merged, today) && !merged.closed) {
    data.closed = true
    data.closedAutomaticallyOn = `${today}T12:00:00.000Z`
  } else if (!merged.closed) {
    data.closedAutomaticallyOn = null
  }
  return data
}

export const markTrainingPast: CollectionBeforeChangeHook = ({ data, originalDoc, context }) => {
  data.past = allSessionsOver({ ...originalDoc, ...data }, contextToday(context))
  return data
}
