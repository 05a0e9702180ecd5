/**
 * The iCalendar files of training sessions, read back with ical.js (an independent parser): a weekly
 * schedule is one event that repeats (RRULE) on the right days at the right local time across a
 * daylight-saving change, a dated meeting is one event, times carry their zone (TZID + VTIMEZONE),
 * self-paced programs and sessions with no hours over several days have none, text is escaped and
 * lines folded at 75 octets with CRLF. And the contract refuses meeting times a calendar could not use.
 */
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { trainingSession, type Organization, type TrainingProgram, type TrainingSession } from '../content/schema.ts'
import { hasCalendarEvents, sessionEvents, trainingCalendar, trainingEvents, trainingsCalendar, utcStamp } from '../site/lib/calendar.ts'
import type { FeedOptions, FeedSource } from '../site/lib/feeds.ts'

const today = '2027-01-01'
const site = 'https://chw.example.org'
const options = (locale: 'en' | 'es' = 'en'): FeedOptions => ({ locale, site, today })

const provider: Organization = { slug: 'clinica-sol', name: 'Clínica Sol', kind: 'clinic', example: false }

function training(sessions: TrainingSession[], extra: Partial<TrainingProgram> = {}): TrainingProgram {
  return {
    slug: 'promotores-foundations',
    title: { en: 'Promotores foundations', es: 'Fundamentos para promotores' },
    provider: provider.slug,
    summary: { en: 'Core skills for promotores.' },
    workerTypes: ['promotor'],
    coreRoles: [],
    format: 'in-person',
    pace: 'cohort',
    languages: ['spanish'],
    regions: ['solano-county'],
    cost: { type: 'free', stipendOffered: false },
    certification: { approved: false },
    sessions,
    registrationUrl: 'https://example.org/register',
    example: false,
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...extra,
  }
}

const sourceOf = (...trainings: TrainingProgram[]): FeedSource => ({
  jobPostings: [],
  trainingPrograms: trainings,
  organizations: new Map([[provider.slug, provider]]),
  workerTypeBySlug: new Map(),
  regionBySlug: new Map(),
})

/** Tuesdays and Thursdays 5:30–8:30 p.m. Pacific, across the change to daylight time (2027-03-14). */
const weekly: TrainingSession = {
  startDate: '2027-03-01',
  endDate: '2027-03-25',
  schedule: { en: 'Tuesday and Thursday evenings, 5:30–8:30 p.m.; childcare available' },
  timeZone: 'America/Los_Angeles',
  weekly: { days: ['thursday', 'tuesday'], startTime: '17:30', endTime: '20:30' },
}

/** Read a file as a calendar program would: its VTIMEZONEs registered, then its events. */
function read(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) }
}

const tzid = (event: ICAL.Event, property: string) => event.component.getFirstProperty(property)?.getParameter('tzid')

/** The UTC instant of a wall-clock time in a zone, found with Intl (not the code under test). */
function wallToUtc(date: string, time: string, timeZone: string): string {
  const wanted = Date.parse(`${date}T${time}:00Z`)
  let guess = wanted
  for (let i = 0; i < 3; i++) {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
        .formatToParts(new Date(guess))
        .map((p) => [p.type, p.value]),
    )
    const shown = Date.parse(`${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:00Z`)
    guess += wanted - shown
  }
  return new Date(guess).toISOString()
}

function daysBetween(first: string, last: string, weekdays: number[]): string[] {
  const days: string[] = []
  for (let d = new Date(`${first}T00:00:00Z`); d.toISOString().slice(0, 10) <= last; d.setUTCDate(d.getUTCDate() + 1)) {
    if (weekdays.includes(d.getUTCDay())) days.push(d.toISOString().slice(0, 10))
  }
  return days
}

describe('a weekly schedule', () => {
  const ics = trainingCalendar(training([weekly]), sourceOf(), options())
  const { calendar, events } = read(ics)

  it('is one repeating event at local time with its zone, from the first meeting day', () => {
    expect(events).toHaveLength(1)
    const [event] = events
    expect(event.isRecurring()).toBe(true)
    expect(event.startDate.toString()).toBe('2027-03-02T17:30:00') // the first Tuesday, not the Monday the session starts
    expect(tzid(event, 'dtstart')).toBe('America/Los_Angeles')
    expect(event.endDate.toString()).toBe('2027-03-02T20:30:00')
    const rrule = event.component.getFirstPropertyValue('rrule') as ICAL.Recur
    expect(rrule.freq).toBe('WEEKLY')
    expect(rrule.parts.BYDAY).toEqual(['TU', 'TH'])
    expect(rrule.until?.toString()).toBe(wallToUtc('2027-03-25', '17:30', 'America/Los_Angeles').replace('.000', ''))
    expect(calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(['America/Los_Angeles'])
    expect(ics).toMatch(/\r\nDTSTART;TZID=America\/Los_Angeles:20270302T173000\r\n/)
    expect(ics).toMatch(/\r\nRRULE:FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=\d{8}T\d{6}Z\r\n/)
  })

  it('meets on every Tuesday and Thursday of the session, at 5:30 p.m. Pacific before and after daylight time starts', () => {
    const expected = daysBetween(weekly.startDate, weekly.endDate!, [2, 4]).map((day) => wallToUtc(day, '17:30', 'America/Los_Angeles'))
    expect(expected).toHaveLength(8)
    const iterator = events[0].iterator()
    const seen: string[] = []
    for (let next = iterator.next(); next && seen.length < 50; next = iterator.next()) seen.push(next.toJSDate().toISOString())
    expect(seen).toEqual(expected)
    // 01:30 UTC in standard time, 00:30 UTC in daylight time: the local hour holds.
    expect(seen[0]).toBe('2027-03-03T01:30:00.000Z')
    expect(seen.at(-1)).toBe('2027-03-26T00:30:00.000Z')
  })
})

describe('dated meetings', () => {
  const session: TrainingSession = {
    startDate: '2027-02-24',
    endDate: '2027-03-10',
    timeZone: 'America/New_York',
    weekly: { days: ['wednesday'], startTime: '18:00', endTime: '20:30' },
    meetings: [
      { date: '2027-03-06', startTime: '09:00', endTime: '15:00' },
      { date: '2027-02-27', startTime: '09:00', endTime: '15:00' },
    ],
  }

  it('are one event each besides the weekly one, in the session’s zone, in date order', () => {
    const { events } = read(trainingCalendar(training([session]), sourceOf(), options()))
    expect(events).toHaveLength(3)
    expect(events.map((e) => e.isRecurring())).toEqual([true, false, false])
    expect(events.slice(1).map((e) => [e.startDate.toString(), e.endDate.toString(), tzid(e, 'dtstart'), tzid(e, 'dtend')])).toEqual([
      ['2027-02-27T09:00:00', '2027-02-27T15:00:00', 'America/New_York', 'America/New_York'],
      ['2027-03-06T09:00:00', '2027-03-06T15:00:00', 'America/New_York', 'America/New_York'],
    ])
    expect(events[1].startDate.toJSDate().toISOString()).toBe(wallToUtc('2027-02-27', '09:00', 'America/New_York'))
    expect(new Set(events.map((e) => e.uid)).size).toBe(3)
  })

  it('alone make a one-day workshop one event', () => {
    const workshop: TrainingSession = {
      startDate: '2027-03-20',
      timeZone: 'America/Los_Angeles',
      meetings: [{ date: '2027-03-20', startTime: '09:00', endTime: '17:00' }],
    }
    const { events } = read(trainingCalendar(training([workshop]), sourceOf(), options()))
    expect(events.map((e) => [e.startDate.toString(), e.endDate.toString(), e.isRecurring()])).toEqual([['2027-03-20T09:00:00', '2027-03-20T17:00:00', false]])
  })
})

describe('no events', () => {
  it('for a self-paced program, whatever its sessions say', () => {
    const selfPaced = training([weekly], { pace: 'self-paced', format: 'online' })
    expect(sessionEvents(selfPaced, weekly)).toEqual([])
    expect(hasCalendarEvents(selfPaced, today)).toBe(false)
    expect(read(trainingsCalendar(sourceOf(selfPaced), options())).events).toEqual([])
  })

  it('for a session of several days with no hours: no block spanning weeks', () => {
    const dates: TrainingSession = { startDate: '2027-03-01', endDate: '2027-04-01', schedule: { en: 'Mondays' } }
    expect(hasCalendarEvents(training([dates]), today)).toBe(false)
  })

  it('for sessions that are over', () => {
    expect(trainingEvents(training([weekly]), '2027-03-26')).toEqual([])
    expect(trainingEvents(training([weekly]), '2027-03-25')).toHaveLength(1)
  })

  it('but a one-day session with no hours is an all-day event on its day', () => {
    const { events } = read(trainingCalendar(training([{ startDate: '2027-05-01' }]), sourceOf(), options()))
    expect(events).toHaveLength(1)
    expect(events[0].startDate.isDate).toBe(true)
    expect(events[0].startDate.toString()).toBe('2027-05-01')
    expect(events[0].endDate.toString()).toBe('2027-05-02')
  })
})

describe('the file', () => {
  const long = `Capacitación de promotores, salud; comunidad \\ niños: ${'ñáéíóú '.repeat(30)}`
  const ics = trainingCalendar(
    training([weekly], { title: { en: long }, summary: { en: `Line one\nLine two, with; marks` }, example: true }),
    sourceOf(),
    options('es'),
  )

  it('uses CRLF only and folds every line at 75 octets, multi-byte characters kept whole', () => {
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
    expect(ics).not.toContain('\uFFFD')
  })

  it('escapes text per RFC 5545 and reads back as typed, with the example prefix in the title', () => {
    const unfolded = ics.replace(/\r\n[ \t]/g, '')
    expect(unfolded).toContain(`SUMMARY:Ejemplo: ${long.replace(/[\\;,]/g, (c) => `\\${c}`)}`)
    const [event] = read(ics).events
    expect(event.summary).toBe(`Ejemplo: ${long}`)
    expect(event.description).toContain('Line one\nLine two, with; marks')
  })

  it('names the training and links its page', () => {
    const { calendar, events } = read(ics)
    // ical.js leaves X- properties as written: escaped as TEXT, with no property injected by the summary's line break.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(`Ejemplo: ${long}`.replace(/[\\;,]/g, (c) => `\\${c}`))
    expect(calendar.getFirstPropertyValue('x-wr-caldesc')).toContain('Line one\\nLine two\\, with\\; marks')
    expect(
      calendar
        .getAllProperties()
        .map((p) => p.name)
        .sort(),
    ).toEqual(['version', 'prodid', 'url', 'name', 'x-wr-calname', 'x-wr-caldesc', 'refresh-interval', 'x-published-ttl'].sort())
    expect(events[0].component.getFirstPropertyValue('url')).toBe(`${site}/es/trainings/promotores-foundations/`)
  })
})

describe('UTC stamps', () => {
  it.each([
    ['2027-01-15', '09:00', 'America/New_York'],
    ['2027-07-15', '09:00', 'America/New_York'],
    ['2027-03-14', '17:30', 'America/Los_Angeles'],
    ['2027-11-07', '17:30', 'America/Los_Angeles'],
    ['2027-07-15', '12:00', 'America/Phoenix'],
    ['2027-07-15', '12:00', 'Pacific/Honolulu'],
  ] as const)('%s %s %s matches Intl', (day, time, zone) => {
    expect(utcStamp(day, time, zone)).toBe(wallToUtc(day, time, zone).replace(/[-:]/g, '').replace('.000', ''))
  })
})

describe('the contract', () => {
  const refused = (session: unknown) => trainingSession.safeParse(session).success === false

  it('accepts a weekly schedule, dated meetings, or dates alone', () => {
    expect(refused(weekly)).toBe(false)
    expect(refused({ startDate: '2027-03-20', timeZone: 'America/Chicago', meetings: [{ date: '2027-03-20', startTime: '09:00', endTime: '17:00' }] })).toBe(
      false,
    )
    expect(refused({ startDate: '2027-03-20', endDate: '2027-04-20' })).toBe(false)
  })

  it('refuses times without a zone, a weekly schedule without a last day, a meeting outside the session, an end before the start, an odd time', () => {
    const { timeZone: _zone, ...noZone } = weekly
    expect(refused(noZone)).toBe(true)
    expect(refused({ ...weekly, endDate: undefined })).toBe(true)
    expect(refused({ ...weekly, meetings: [{ date: '2027-04-01', startTime: '09:00', endTime: '10:00' }] })).toBe(true)
    expect(refused({ ...weekly, weekly: { ...weekly.weekly!, endTime: '17:30' } })).toBe(true)
    expect(refused({ ...weekly, weekly: { ...weekly.weekly!, startTime: '5:30' } })).toBe(true)
    expect(refused({ ...weekly, weekly: { ...weekly.weekly!, days: [] } })).toBe(true)
    expect(refused({ ...weekly, timeZone: 'Mars/Olympus_Mons' })).toBe(true)
  })
})
