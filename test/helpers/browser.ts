/** Debian's Chromium driven by playwright-core (browser downloads are not possible here). */
import { type Browser, chromium } from 'playwright-core'
import { chromiumFlags, chromiumPath } from '../../scripts/lib/chromium.ts'

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags })
}

/** Paths of every page in the built sitemap, e.g. `/es/jobs/`. */
export async function sitemapPaths(baseUrl: string): Promise<string[]> {
  const xml = await (await fetch(`${baseUrl}/sitemap-0.xml`)).text()
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname)
}
