/**
 * Feeds and calendars people find, in the built site: each listing (trainings and jobs, whole and
 * per region and worker type) links its own RSS and JSON feeds in its "Follow" line and in <head>,
 * never another listing's, and each linked file exists and points back to the page; a training page
 * with meetings has "Add to calendar", whose .ics is served as text/calendar and parses into that
 * training's events; one with none (self-paced) has neither link nor file.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import ICAL from 'ical.js'
import { describe, expect, inject, it } from 'vitest'
import { readSnapshot } from '../content/snapshot.ts'
import { rootDir } from '../scripts/lib/processes.ts'
import { trainingEvents } from '../site/lib/calendar.ts'

const dist = join(rootDir, 'dist')
const today = inject('today')
const base = inject('siteBaseUrl')
const snapshot = await readSnapshot()
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8')
const file = (href: string) => join(dist, href)

/** `<link rel="alternate" type=… href=…>` in <head>, as [type, href]. */
function alternates(page: string): [string, string][] {
  const head = page.slice(0, page.indexOf('</head>'))
  return [...head.matchAll(/<link\b[^>]*rel="alternate"[^>]*>/g)]
    .map((m) => [/type="([^"]+)"/.exec(m[0])?.[1], /href="([^"]+)"/.exec(m[0])?.[1]] as const)
    .filter((pair): pair is [string, string] => Boolean(pair[0] && pair[1]))
}

/** The hrefs of the visible "Follow" line. */
function followLinks(page: string): string[] {
  const line = /<p class="follow-links"[^>]*>([\s\S]*?)<\/p>/.exec(page)
  return line ? [...line[1].matchAll(/href="([^"]+)"/g)].map((m) => m[1]) : []
}

/** Listing pages: the whole listing and every region and worker-type page, as [page path, feed folder]. */
function listings(section: 'jobs' | 'trainings', prefix: '' | 'es/'): string[] {
  const pages = [`/${prefix}${section}/`]
  for (const kind of ['region', 'worker-type']) {
    const dir = join(dist, prefix, section, kind)
    // A term with no listing page keeps its jobs feeds (a subscriber's feed goes on when a region empties).
    for (const slug of readdirSync(dir)) if (existsSync(join(dir, slug, 'index.html'))) pages.push(`/${prefix}${section}/${kind}/${slug}/`)
  }
  return pages
}

describe('listings link their own feeds', () => {
  for (const section of ['trainings', 'jobs'] as const) {
    for (const prefix of ['', 'es/'] as const) {
      it(`${prefix}${section}: each page, in the Follow line and in <head>`, () => {
        const pages = listings(section, prefix)
        expect(pages.length).toBeGreaterThan(5)
        for (const path of pages) {
          const page = html(path)
          const own = [`${path}feed.xml`, `${path}feed.json`, ...(section === 'trainings' ? [`${path}sessions.ics`] : [])]
          expect(followLinks(page), path).toEqual(own)
          expect(
            alternates(page).filter(([type]) => type !== 'text/html' && !/hreflang/.test(type)),
            path,
          ).toEqual([
            ['application/rss+xml', own[0]],
            ['application/feed+json', own[1]],
            ...(section === 'trainings' ? [['text/calendar', own[2]] as [string, string]] : []),
          ])
          for (const href of own) expect(existsSync(file(href)), href).toBe(true)
          // The feed mirrors this page.
          const json = JSON.parse(readFileSync(file(own[1]), 'utf8')) as { home_page_url: string; feed_url: string }
          expect(new URL(json.home_page_url).pathname, path).toBe(path)
          expect(new URL(json.feed_url).pathname, path).toBe(own[1])
          expect(readFileSync(file(own[0]), 'utf8'), path).toContain(`${path}</link>`)
        }
      })
    }
  }

  it('the trainings listing does not announce the jobs feed, and a page with no feed announces none', () => {
    const hrefs = (path: string) => alternates(html(path)).map(([, href]) => href)
    expect(hrefs('trainings').filter((href) => href.includes('/jobs/'))).toEqual([])
    expect(hrefs('es/trainings').filter((href) => href.includes('/jobs/'))).toEqual([])
    expect(hrefs('about').filter((href) => /feed|\.ics/.test(href))).toEqual([])
    expect(hrefs('toolkits').filter((href) => /feed|\.ics/.test(href))).toEqual([])
  })
})

describe('Add to calendar', () => {
  const trainings = snapshot['training-programs']
  const withEvents = trainings.filter((t) => trainingEvents(t, today).length > 0)
  const without = trainings.filter((t) => trainingEvents(t, today).length === 0)

  it('the seed has trainings of both kinds, so both checks mean something', () => {
    expect(withEvents.length).toBeGreaterThan(5)
    expect(without.some((t) => t.pace === 'self-paced')).toBe(true)
  })

  for (const prefix of ['', 'es/'] as const) {
    it(`${prefix || 'en/'}: a training with meetings links its .ics, served as text/calendar with its events`, async () => {
      for (const training of withEvents) {
        const page = html(`${prefix}trainings/${training.slug}`)
        const href = `/${prefix}trainings/${training.slug}.ics`
        const link = new RegExp(
          `<a class="button secondary" href="${href.replace(/[.]/g, '\\.')}" type="text/calendar" aria-describedby="add-to-calendar-hint">([^<]+)</a>`,
        ).exec(page)
        expect(link?.[1], training.slug).toBe(prefix ? 'Agregar al calendario' : 'Add to calendar')
        expect(page).toContain('id="add-to-calendar-hint"')
        const response = await fetch(`${base}${href}`)
        expect(response.status, href).toBe(200)
        expect(response.headers.get('content-type'), href).toMatch(/^text\/calendar/)
        const calendar = new ICAL.Component(ICAL.parse(await response.text()))
        const uids = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent).uid)
        expect(uids, href).toEqual(trainingEvents(training, today).map(({ event }) => event.uid))
      }
    })

    it(`${prefix || 'en/'}: a training with none has no link and no file`, () => {
      for (const training of without) {
        expect(html(`${prefix}trainings/${training.slug}`)).not.toContain('add-to-calendar')
        expect(existsSync(file(`/${prefix}trainings/${training.slug}.ics`))).toBe(false)
      }
    })
  }
})
