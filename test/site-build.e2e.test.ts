/**
 * The built site, read from dist/: detail pages carry no script (only JSON-LD data), a closed
 * job's page says so and has no open JobPosting, an example listing has no JSON-LD and noindex, and
 * no contact detail of a pledge is anywhere.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { isJobClosed } from '../content/schema.ts'
import { readSnapshot } from '../content/snapshot.ts'
import { rootDir } from '../scripts/lib/processes.ts'

const dist = join(rootDir, 'dist')
const today = inject('today')
const snapshot = await readSnapshot()
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8')
const scripts = (html: string) => [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1])
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]))

describe('detail pages', () => {
  for (const section of ['jobs', 'trainings', 'toolkits']) {
    it(`${section}: no script other than JSON-LD, in both languages`, () => {
      for (const prefix of ['', 'es/']) {
        const dir = join(dist, prefix, section)
        const slugs = readdirSync(dir).filter((name) => !['region', 'worker-type', 'page'].includes(name) && !name.includes('.'))
        expect(slugs.length).toBeGreaterThan(0)
        for (const slug of slugs) {
          const html = page(join(prefix, section, slug))
          expect(scripts(html).filter((attrs) => !attrs.includes('application/ld+json')), `${prefix}${section}/${slug}`).toEqual([])
        }
      }
    })
  }

  it('a closed job says it is closed and carries no JobPosting; an open one does', () => {
    const closed = snapshot['job-postings'].filter((j) => isJobClosed(j, today))
    expect(closed.length).toBeGreaterThan(0)
    for (const job of closed) {
      const html = page(`jobs/${job.slug}`)
      expect(html).toContain('This job is closed')
      expect(jsonLd(html).filter((d) => d['@type'] === 'JobPosting')).toEqual([])
    }
  })

  it('an example job or training carries no JSON-LD and asks search engines not to index it, in both languages', () => {
    const open = snapshot['job-postings'].find((j) => j.example && !isJobClosed(j, today))!
    const training = snapshot['training-programs'].find((t) => t.example)!
    for (const prefix of ['', 'es/']) {
      for (const path of [`${prefix}jobs/${open.slug}`, `${prefix}trainings/${training.slug}`]) {
        const html = page(path)
        expect(jsonLd(html).filter((d) => ['JobPosting', 'Course'].includes(d['@type'])), path).toEqual([])
        expect(html, path).toContain('<meta name="robots" content="noindex">')
      }
    }
  })
})

describe('listings', () => {
  it('have only the small filter script', () => {
    for (const path of ['jobs', 'trainings', 'es/jobs']) {
      const external = scripts(page(path)).filter((attrs) => !attrs.includes('application/ld+json'))
      expect(external.length, path).toBeLessThanOrEqual(1)
    }
  })
})
