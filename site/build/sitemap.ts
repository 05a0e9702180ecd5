/**
 * The sitemap's view of the snapshot (for @astrojs/sitemap's `serialize`): each detail page gets
 * its item's last change as `lastmod`, and closed jobs leave the sitemap (their pages stay online,
 * marked noindex, so shared links still lead somewhere). The site build has already validated
 * these files; only the few fields needed here are read.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { isJobClosed } from '../../content/schema.ts'
import { snapshotPath } from '../../content/snapshot.ts'

type SitemapItem = { url: string; lastmod?: string; links?: { url: string; lang: string }[] }

type SitemapFacts = {
  /** Locale-free path → ISO date-time of its last change. */
  lastmod: Map<string, string>
  /** Locale-free paths of closed jobs. */
  closed: Set<string>
}

type Dated = { slug: string; updatedAt: string }
type Job = Dated & { closed: boolean; closingDate?: string }

function sitemapFacts(dir: string, today: string): SitemapFacts {
  const read = <T>(name: Parameters<typeof snapshotPath>[0]): T => JSON.parse(readFileSync(snapshotPath(name, dir), 'utf8')) as T
  const lastmod = new Map<string, string>()
  const closed = new Set<string>()
  for (const job of read<Job[]>('job-postings')) {
    if (isJobClosed(job, today)) closed.add(`/jobs/${job.slug}/`)
    else lastmod.set(`/jobs/${job.slug}/`, job.updatedAt)
  }
  for (const training of read<Dated[]>('training-programs')) lastmod.set(`/trainings/${training.slug}/`, training.updatedAt)
  for (const toolkit of read<Dated[]>('toolkits')) lastmod.set(`/toolkits/${toolkit.slug}/`, toolkit.updatedAt)
  for (const signatory of read<{ slug: string; approvedAt: string }[]>('signatories'))
    lastmod.set(`/pledge/signatories/${signatory.slug}/`, signatory.approvedAt)
  lastmod.set('/framework/', read<{ updatedAt: string }>('framework').updatedAt)
  const pagesChanged = read<{ updatedAt: string }>('site-pages').updatedAt
  for (const path of ['/contact/', '/privacy/', '/accessibility/']) lastmod.set(path, pagesChanged)
  return { lastmod, closed }
}

/** The sitemap's sort order (@astrojs/sitemap sorts its URLs so), which the alternates keep. */
const urlOrder = (a: { url: string }, b: { url: string }) => a.url.localeCompare(b.url, 'en', { numeric: true })

/**
 * A page's English and Spanish URLs, as the sitemap's `xhtml:link` alternates. Every page exists in
 * both (the routes under site/pages/[...lang]/), so they are written from the URL itself; the
 * integration's own `i18n` option finds them by comparing every URL with every other, which took
 * seconds at 26,000 pages.
 */
function languageLinks(url: string, path: string): { url: string; lang: string }[] {
  return [
    { url: new URL(path, url).href, lang: 'en-US' },
    { url: new URL(path === '/' ? '/es/' : `/es${path}`, url).href, lang: 'es-US' },
  ].sort(urlOrder)
}

/** `serialize` for @astrojs/sitemap: the snapshot is read at the first URL, after the pages are built. */
export function sitemapSerialize(
  dir = resolve(process.env.PORTAL_CONTENT_DIR || 'content'),
  today = process.env.PORTAL_TODAY || new Date().toISOString().slice(0, 10),
): (item: SitemapItem) => SitemapItem | undefined {
  let facts: SitemapFacts | undefined
  return (item) => {
    facts ??= sitemapFacts(dir, today)
    const path = new URL(item.url).pathname.replace(/^\/es\//, '/')
    if (facts.closed.has(path)) return undefined
    const lastmod = facts.lastmod.get(path)
    const links = languageLinks(item.url, path)
    return lastmod ? { ...item, links, lastmod } : { ...item, links }
  }
}
