/** Which site update the CMS runs after a change, from its environment (cms/publishing/siteUpdate.ts). */
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { debounceMs, siteUpdateMode } from '../cms/publishing/siteUpdate.ts'
import { rootDir } from '../scripts/lib/processes.ts'

const server = { NEXT_RUNTIME: 'nodejs' }
/** An environment of only these variables (NODE_ENV as a script has it: unset). */
const mode = (vars: Record<string, string>) => siteUpdateMode(vars as NodeJS.ProcessEnv)

describe('siteUpdateMode', () => {
  it('one-server mode: the CMS server builds into SITE_PUBLISH_DIR, resolved from the repository root', () => {
    expect(mode({ ...server, SITE_PUBLISH_DIR: '/srv/portal-site' })).toEqual({ kind: 'publish', dir: '/srv/portal-site' })
    expect(mode({ ...server, SITE_PUBLISH_DIR: '.data/site' })).toEqual({ kind: 'publish', dir: resolve(rootDir, '.data/site') })
    expect(debounceMs({ kind: 'publish', dir: '/srv/portal-site' }, {} as NodeJS.ProcessEnv)).toBe(1000)
  })

  it('scripts that open the CMS (seed, export) and the admin build never build the site', () => {
    expect(mode({ SITE_PUBLISH_DIR: '/srv/portal-site' })).toEqual({ kind: 'off' })
    expect(mode({ SITE_PUBLISH_DIR: '/srv/portal-site', PORTAL_AUTO_EXPORT: '1' })).toEqual({ kind: 'off' })
    expect(mode({ ...server, NEXT_PHASE: 'phase-production-build', SITE_PUBLISH_DIR: '/srv/portal-site' })).toEqual({ kind: 'off' })
  })

  it('a build hook wins over one-server mode, which wins over the development export', () => {
    expect(mode({ ...server, SITE_BUILD_HOOK_URL: 'https://ci.example.org/hook', SITE_PUBLISH_DIR: '/srv/s' }).kind).toBe('hook')
    expect(mode({ ...server, SITE_PUBLISH_DIR: '/srv/s', PORTAL_AUTO_EXPORT: '1' }).kind).toBe('publish')
    expect(mode({ PORTAL_AUTO_EXPORT: '1' })).toEqual({ kind: 'export', dir: undefined })
  })
})
