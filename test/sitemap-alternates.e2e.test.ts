/**
 * The built sitemap (dist/sitemap-0.xml): every page lists its English and Spanish pages as
 * alternates (hreflang en-US and es-US), both of which are pages of the sitemap too, and closed
 * jobs are left out. The alternates are written by site/build/sitemap.ts from each URL.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { isJobClosed } from '../content/schema.ts'
import { readSnapshot } from '../content/snapshot.ts'
import { rootDir } from '../scripts/lib/processes.ts'

const xml = readFileSync(join(rootDir, 'dist', 'sitemap-0.xml'), 'utf8')
const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => ({
  loc: /<loc>([^<]+)<\/loc>/.exec(m[1])?.[1] ?? '',
  alternates: [...m[1].matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((a) => ({ lang: a[1], href: a[2] })),
}))

describe('the sitemap', () => {
  it('gives every page its English and Spanish pages as alternates, both in the sitemap', () => {
    expect(entries.length).toBeGreaterThan(100)
    const locs = new Set(entries.map((e) => e.loc))
    for (const { loc, alternates } of entries) {
      const path = new URL(loc).pathname.replace(/^\/es\//, '/')
      const es = new URL(path === '/' ? '/es/' : `/es${path}`, loc).href
      expect(alternates.map((a) => a.lang).sort(), loc).toEqual(['en-US', 'es-US'])
      expect(alternates.find((a) => a.lang === 'en-US')?.href, loc).toBe(new URL(path, loc).href)
      expect(alternates.find((a) => a.lang === 'es-US')?.href, loc).toBe(es)
      for (const { href } of alternates) expect(locs.has(href), `${loc} → ${href}`).toBe(true)
    }
  })

  it('leaves closed jobs out, in both languages', async () => {
    const closed = (await readSnapshot())['job-postings'].filter((job) => isJobClosed(job, inject('today')))
    expect(closed.length).toBeGreaterThan(0)
    for (const job of closed) {
      expect(xml).not.toContain(`/jobs/${job.slug}/<`)
      expect(xml).not.toContain(`/jobs/${job.slug}/"`)
    }
  })
})
