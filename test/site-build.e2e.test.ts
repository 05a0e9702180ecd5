/**
 * The built site, read from dist/: detail pages load no script file (only JSON-LD data and a few
 * inline lines: the share button, the language switch keeping the query), a closed job's page says
 * so and has no open JobPosting, an example listing has no JSON-LD and noindex, and no contact detail of a pledge is anywhere.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
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
/** The inline scripts that are code (not JSON-LD), by size in bytes. */
const inlineCode = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !m[1].includes('application/ld+json') && !m[1].includes('src='))
    .map((m) => m[2].length)
/** A budget for those few inline lines: well under one round trip. */
const inlineBudget = 2_000
const jsonLd = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]))

describe('detail pages', () => {
  for (const section of ['jobs', 'trainings', 'toolkits']) {
    it(`${section}: no script file, only JSON-LD and a few inline lines, in both languages`, () => {
      for (const prefix of ['', 'es/']) {
        const dir = join(dist, prefix, section)
        const slugs = readdirSync(dir).filter((name) => !['region', 'worker-type', 'page'].includes(name) && !name.includes('.'))
        expect(slugs.length).toBeGreaterThan(0)
        for (const slug of slugs) {
          const html = page(join(prefix, section, slug))
          expect(
            scripts(html).filter((attrs) => attrs.includes('src=')),
            `${prefix}${section}/${slug}`,
          ).toEqual([])
          const code = inlineCode(html)
          expect(
            code.reduce((a, b) => a + b, 0),
            `${prefix}${section}/${slug}`,
          ).toBeLessThanOrEqual(inlineBudget)
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
        expect(
          jsonLd(html).filter((d) => ['JobPosting', 'Course'].includes(d['@type'])),
          path,
        ).toEqual([])
        expect(html, path).toContain('<meta name="robots" content="noindex">')
      }
    }
  })
})

describe('listings', () => {
  it('have only the small filter script (one cacheable module file, shared by every listing) and a few inline lines', () => {
    for (const path of ['jobs', 'trainings', 'es/jobs']) {
      const html = page(path)
      const files = scripts(html)
        .map((attrs) => /src="([^"]+)"/.exec(attrs)?.[1])
        .filter((src): src is string => Boolean(src))
      expect(files.length, path).toBeLessThanOrEqual(1)
      // Near me's code is not among them: it loads when the CHW first reaches for it.
      for (const src of files) expect(statSync(join(dist, src)).size, `${path}: ${src}`).toBeLessThanOrEqual(6_000)
      expect(scripts(html).filter((attrs) => attrs.includes('type="module"')).length, path).toBeLessThanOrEqual(1)
      // The filter script, plus the few inline lines of the filter summary and the language switch.
      expect(
        inlineCode(html).reduce((a, b) => a + b, 0),
        path,
      ).toBeLessThanOrEqual(inlineBudget + 4_000)
    }
  })
})
