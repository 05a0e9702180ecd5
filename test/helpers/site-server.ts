/**
 * Vitest global setup for end-to-end tests: builds the static site from content/ (with "today"
 * fixed, so closed jobs and upcoming sessions do not depend on the calendar) and serves dist/
 * with `astro preview` on a free port.
 */
import type { TestProject } from 'vitest/node'
import { run, serve, stop, waitForHttp } from '../../scripts/lib/processes.ts'
import { freePort } from '../../scripts/lib/ports.ts'

export const testToday = '2026-11-25'

declare module 'vitest' {
  export interface ProvidedContext {
    siteBaseUrl: string
    today: string
  }
}

export default async function setup(project: TestProject) {
  const env = { PORTAL_TODAY: testToday, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: 'http://localhost:4321' }
  await run('astro', ['build'], env)
  const port = await freePort()
  const server = serve('test-site', 'astro', ['preview', '--port', String(port), '--host', '127.0.0.1'], env)
  const url = `http://127.0.0.1:${port}`
  await waitForHttp(`${url}/`, 60_000)
  project.provide('siteBaseUrl', url)
  project.provide('today', testToday)
  return () => stop(server)
}
