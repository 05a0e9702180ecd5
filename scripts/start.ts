/**
 * `npm start`: everything a newcomer needs, with no setup. Creates .data/ and a development
 * secret, builds the admin if its sources changed, migrates and seeds the database, then serves
 * the CMS (admin + REST + GraphQL) and the site. `npm run dev` does the same with `next dev`.
 * Ctrl-C stops everything it started.
 */
import type { ChildProcess } from 'node:child_process'
import { ensureDevelopmentEnv } from './lib/dev-env.ts'
import { run, serve, stop, waitForHttp } from './lib/processes.ts'

const dev = process.argv.includes('--dev')
ensureDevelopmentEnv()
const cmsPort = process.env.CMS_PORT || '3000'
const sitePort = process.env.SITE_PORT || '4321'
const cmsUrl = process.env.CMS_URL || `http://localhost:${cmsPort}`
const siteUrl = process.env.SITE_URL || `http://localhost:${sitePort}`
const env = {
  CMS_PORT: cmsPort,
  SITE_PORT: sitePort,
  CMS_URL: cmsUrl,
  SITE_URL: siteUrl,
  NEXT_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
  // Publishing in the admin rewrites content/, and the running site reloads it (unless a build
  // hook is configured, as in production).
  PORTAL_AUTO_EXPORT: process.env.PORTAL_AUTO_EXPORT ?? '1',
  // A trial on this machine: `next start` runs in production mode, on localhost, with the
  // development secret, which a public server refuses (cms/env.ts).
  PORTAL_LOCAL: '1',
}

const services: ChildProcess[] = []
let stopping = false
function shutdown(code: number): void {
  if (stopping) return
  stopping = true
  for (const child of services) stop(child)
  setTimeout(() => process.exit(code), 500).unref()
  process.exitCode = code
}
process.on('SIGINT', () => shutdown(0))
process.on('SIGTERM', () => shutdown(0))

try {
  const started = performance.now()
  if (!dev) {
    console.log('1/3 Admin build')
    await run('node', ['scripts/build-cms.ts'], env)
  }
  console.log(`${dev ? '1/2' : '2/3'} Database: migrate and seed`)
  // The seed loads content/ itself: it must not write content/ back (PORTAL_AUTO_EXPORT is for the CMS).
  await run('tsx', ['scripts/seed.ts'], { ...env, PORTAL_AUTO_EXPORT: '0' })

  console.log(`${dev ? '2/2' : '3/3'} Starting the CMS and the site`)
  const cms = dev ? serve('cms', 'next', ['dev', 'cms', '--port', cmsPort], env) : serve('cms', 'next', ['start', 'cms', '--port', cmsPort], env)
  const site = serve('site', 'astro', ['dev', '--port', sitePort], env)
  services.push(cms, site)
  for (const [name, child] of [
    ['CMS', cms],
    ['site', site],
  ] as const) {
    child.on('exit', (code) => {
      if (!stopping) {
        console.error(`The ${name} stopped (exit ${code}); stopping everything.`)
        shutdown(1)
      }
    })
  }
  await Promise.all([waitForHttp(`${cmsUrl}/api/regions?limit=1`, 180_000), waitForHttp(siteUrl, 180_000)])
  console.log(
    `\nReady in ${((performance.now() - started) / 1000).toFixed(0)} s.\n` +
      `  CMS admin  ${cmsUrl}/admin   (REST ${cmsUrl}/api, GraphQL ${cmsUrl}/api/graphql)\n` +
      `  Site       ${siteUrl}\n` +
      'The first admin account was printed above when it was created (also in .data/dev-admin.txt).\n' +
      'Press Ctrl-C to stop.\n',
  )
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  shutdown(1)
}
