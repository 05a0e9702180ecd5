/**
 * iCalendar files of training sessions: one per training ("Add to calendar"), one of every upcoming
 * session, and one per region and worker type. A pure function of plain data, as the feeds are.
 *
 * A session becomes real events only where its data says when it meets (content/schema.ts
 * `trainingSession`): its weekly days and hours are one event that repeats (RRULE, until the
 * session's last day), each dated meeting is an event of its own, both at local times with the
 * session's time zone (TZID and its VTIMEZONE). A one-day session with no hours is an all-day
 * event on that day. A longer session with no hours gets no event: one block spanning weeks would
 * fill a reader's calendar with days it does not meet. Self-paced programs have no events.
 *
 * ical-generator writes the file (escaping TEXT, folding lines at 75 octets, CRLF);
 * timezones-ical-library gives each zone's VTIMEZONE and UTC offset.
 */
import ical, { escape as icalEscape, type ICalEventData } from 'ical-generator'
import { tzlib_get_ical_block, tzlib_get_offset } from 'timezones-ical-library'
import type { TimeZone, TrainingProgram, TrainingSession, Weekday } from '../../content/schema.ts'
import {
  absoluteUrl,
  feedTrainings,
  summaryOf,
  titleOf,
  trainingFeedPaths,
  trainingPagePath,
  upcomingSessionsOn,
  type FeedOptions,
  type FeedSource,
  type ListingFacet,
} from './feeds.ts'
import { formatDate, localePath, pick, t, type Locale } from './i18n.ts'

// ---------------------------------------------------------------------------------------------
// Events, as data

/** One VEVENT: an all-day day, or local times in a time zone, maybe repeating every week. */
export type SessionEvent =
  | { uid: string; allDay: true; date: string }
  | {
      uid: string
      allDay: false
      timeZone: TimeZone
      date: string
      startTime: string
      endTime: string
      /** RRULE value (FREQ=WEEKLY;BYDAY=…;UNTIL=…) for a weekly schedule. */
      rrule?: string
    }

const icalDay: Record<Weekday, string> = {
  monday: 'MO',
  tuesday: 'TU',
  wednesday: 'WE',
  thursday: 'TH',
  friday: 'FR',
  saturday: 'SA',
  sunday: 'SU',
}
const weekdayOfIndex: Weekday[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']

const weekdayOf = (day: string): Weekday => weekdayOfIndex[new Date(`${day}T00:00:00Z`).getUTCDay()]

function addDays(day: string, n: number): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + n)
  return date.toISOString().slice(0, 10)
}

/** The day after a `YYYY-MM-DD` day: an all-day event's DTEND is exclusive. */
const nextDay = (day: string) => addDays(day, 1)

const utcStamps = new Map<string, string>()

/**
 * A local day and time in `timeZone` as a UTC date-time, `YYYYMMDDTHHMMSSZ` (RRULE UNTIL must be UTC).
 * Remembered: the zone lookup is slow, and a big build asks for the same few stamps for every
 * calendar a session is in.
 */
export function utcStamp(day: string, time: string, timeZone: TimeZone): string {
  const key = `${day} ${time} ${timeZone}`
  let stamp = utcStamps.get(key)
  if (stamp === undefined) utcStamps.set(key, (stamp = zoneStamp(day, time, timeZone)))
  return stamp
}

function zoneStamp(day: string, time: string, timeZone: TimeZone): string {
  const offset = tzlib_get_offset(timeZone, day, time) // e.g. -0700
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(offset)
  if (!match) throw new Error(`No UTC offset for ${timeZone} on ${day} ${time}: ${offset}`)
  const minutes = (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]))
  const [y, m, d] = day.split('-').map(Number)
  const [hh, mm] = time.split(':').map(Number)
  const utc = new Date(Date.UTC(y, m - 1, d, hh, mm) - minutes * 60_000)
  return utc
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

/** The calendar events of one session, in the order weekly, dated meetings (by day and time). */
export function sessionEvents(training: Pick<TrainingProgram, 'slug' | 'pace'>, session: TrainingSession): SessionEvent[] {
  if (training.pace === 'self-paced') return []
  const { timeZone, weekly, meetings = [] } = session
  const events: SessionEvent[] = []
  if (timeZone && weekly && session.endDate) {
    const days = new Set(weekly.days)
    let first = session.startDate
    while (first <= session.endDate && !days.has(weekdayOf(first))) first = nextDay(first)
    if (first <= session.endDate) {
      const byDay = [...days].sort((a, b) => weekdayOfIndex.indexOf(a) - weekdayOfIndex.indexOf(b)).map((d) => icalDay[d])
      events.push({
        uid: `${training.slug}-${session.startDate}-weekly@chw-portal`,
        allDay: false,
        timeZone,
        date: first,
        startTime: weekly.startTime,
        endTime: weekly.endTime,
        rrule: `FREQ=WEEKLY;BYDAY=${byDay.join(',')};UNTIL=${utcStamp(session.endDate, weekly.startTime, timeZone)}`,
      })
    }
  }
  if (timeZone) {
    const sorted = [...meetings].sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime))
    for (const meeting of sorted) {
      events.push({
        uid: `${training.slug}-${meeting.date}T${meeting.startTime.replace(':', '')}@chw-portal`,
        allDay: false,
        timeZone,
        date: meeting.date,
        startTime: meeting.startTime,
        endTime: meeting.endTime,
      })
    }
  }
  if (!weekly && meetings.length === 0 && (session.endDate ?? session.startDate) === session.startDate) {
    events.push({ uid: `${training.slug}-${session.startDate}@chw-portal`, allDay: true, date: session.startDate })
  }
  return events
}

/** Every event of a training's sessions that have not ended by `today`. */
export function trainingEvents(training: TrainingProgram, today: string): { session: TrainingSession; event: SessionEvent }[] {
  return upcomingSessionsOn(training, today).flatMap((session) => sessionEvents(training, session).map((event) => ({ session, event })))
}

/** Whether a training has an "Add to calendar" file: its page links it only then. */
export const hasCalendarEvents = (training: TrainingProgram, today: string) => trainingEvents(training, today).length > 0

/** `/trainings/<slug>.ics` (or `/es/…`). */
export const trainingCalendarPath = (locale: Locale, slug: string) => localePath(locale, `/trainings/${slug}.ics`)

// ---------------------------------------------------------------------------------------------
// The file

const paragraphs = (...parts: (string | undefined | false)[]) => parts.filter((part) => part).join('\n\n')

type CalendarMeta = { name: string; description: string; path: string }

function writeCalendar(trainings: readonly TrainingProgram[], source: FeedSource, { locale, site, today }: FeedOptions, meta: CalendarMeta) {
  const calendar = ical({
    // ical-generator escapes event text but writes the calendar's name and description as given.
    name: icalEscape(meta.name, false),
    description: icalEscape(meta.description, false),
    prodId: { company: 'CHW Portal', product: 'Trainings', language: locale.toUpperCase() },
    url: absoluteUrl(site, meta.path),
    ttl: 60 * 60 * 24,
    // No calendar-wide zone (DTSTAMP stays UTC); one VTIMEZONE for each zone the events use.
    timezone: { name: null, generator: (zone) => tzlib_get_ical_block(zone)[0] ?? null },
  })
  for (const training of trainings) {
    const title = titleOf(training, locale).value
    const summary = summaryOf(training, locale).value
    const provider = source.organizations.get(training.provider)
    for (const { session, event } of trainingEvents(training, today)) {
      const common: Omit<ICalEventData, 'start'> = {
        id: event.uid,
        summary: title,
        description: paragraphs(
          provider && `${t(locale, 'trainings.provider')}: ${provider.name}`,
          summary,
          [
            session.schedule && pick(session.schedule, locale).value,
            session.applicationDeadline && t(locale, 'trainings.applyBy', { date: formatDate(session.applicationDeadline, locale) }),
          ]
            .filter(Boolean)
            .join('\n'),
          `${t(locale, 'trainings.register')}: ${training.registrationUrl}`,
        ),
        url: absoluteUrl(site, trainingPagePath(locale, training.slug)),
        stamp: training.updatedAt,
        lastModified: training.updatedAt,
      }
      if (event.allDay) {
        calendar.createEvent({ ...common, start: event.date, end: nextDay(event.date), allDay: true })
      } else {
        // A wall-clock string with no offset: with `timezone` set, ical-generator writes it back as
        // the same local time, labelled with TZID.
        calendar.createEvent({
          ...common,
          start: `${event.date}T${event.startTime}:00`,
          end: `${event.date}T${event.endTime}:00`,
          timezone: event.timeZone,
          ...(event.rrule ? { repeating: event.rrule } : {}),
        })
      }
    }
  }
  return calendar.toString()
}

/** Upcoming sessions of every training (or of one region or worker type), trainings in the order given. */
export function trainingsCalendar(source: FeedSource, options: FeedOptions, facet?: ListingFacet): string {
  const paths = trainingFeedPaths(options.locale, facet)
  return writeCalendar(feedTrainings(source.trainingPrograms, facet), source, options, {
    name: t(options.locale, 'feed.trainings.title'),
    description: t(options.locale, 'feed.trainings.description'),
    path: paths.ics,
  })
}

/** One training's upcoming sessions: what "Add to calendar" downloads. */
export function trainingCalendar(training: TrainingProgram, source: FeedSource, options: FeedOptions): string {
  return writeCalendar([training], source, options, {
    name: titleOf(training, options.locale).value,
    description: summaryOf(training, options.locale).value,
    path: trainingCalendarPath(options.locale, training.slug),
  })
}

export const calendarResponse = (body: string) => new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
