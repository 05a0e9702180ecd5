/** Debian's Chromium driven by playwright-core (browser downloads are not possible here). */
import { type Browser, chromium, type Page } from 'playwright-core'
import { chromiumFlags, chromiumPath } from '../../scripts/lib/chromium.ts'

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags })
}

/** Paths of every page in the built sitemap, e.g. `/es/jobs/`. */
export async function sitemapPaths(baseUrl: string): Promise<string[]> {
  const xml = await (await fetch(`${baseUrl}/sitemap-0.xml`)).text()
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname)
}

/** Signs in on the admin's login page, as a staff member does, and waits for the admin to load. */
export async function signInToAdmin(page: Page, cmsUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${cmsUrl}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 }), page.click('button[type="submit"]')])
  await page.waitForSelector('nav', { state: 'attached', timeout: 60_000 })
}
