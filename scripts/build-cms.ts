/**
 * `npm run build:cms [-- --force]`: the admin's production build (next build cms), only when its
 * sources changed since cms/.next was built (`npm start`, the tests and `npm run build` share that
 * build). --force rebuilds anyway.
 */
import { cmsBuildIsCurrent, cmsSourceHash, markCmsBuilt } from './lib/cms-build.ts'
import { run } from './lib/processes.ts'
import { ensureDevelopmentEnv } from './lib/dev-env.ts'

ensureDevelopmentEnv()
if (!process.argv.includes('--force') && cmsBuildIsCurrent()) {
  console.log('CMS admin build is up to date (its sources have not changed); nothing to build. --force rebuilds it.')
} else {
  console.log('Building the CMS admin (next build cms; about 2 minutes on 2 cores)…')
  const started = performance.now()
  // The sources as they were when the build began: a file changed meanwhile makes the next check rebuild.
  const sources = cmsSourceHash()
  await run('next', ['build', 'cms'], { NEXT_TELEMETRY_DISABLED: '1' })
  markCmsBuilt(sources)
  console.log(`CMS admin built in ${((performance.now() - started) / 1000).toFixed(0)} s.`)
}
