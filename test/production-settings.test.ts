/** Which settings a public production server refuses (cms/env.ts); the int test starts `next start` with them. */
import { describe, expect, it } from 'vitest'
import { developmentSecretComment, refuseUnsafeProductionSettings, servesThePublic, unsafeProductionSettings } from '../cms/env.ts'

const good = {
  NODE_ENV: 'production',
  PAYLOAD_SECRET: 'c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0',
  SITE_URL: 'https://chw.example.org',
  CMS_URL: 'https://cms.chw.example.org',
}
const problems = (env: Record<string, string | undefined>, dotEnv = '') => unsafeProductionSettings({ ...good, ...env }, dotEnv)

describe('settings a public server refuses', () => {
  it('accepts a long random secret and public URLs', () => {
    expect(problems({})).toEqual([])
    expect(problems({ CMS_URL: 'http://10.0.0.5:3000' })).toEqual([])
  })

  it('refuses a missing, short or development PAYLOAD_SECRET, and names it', () => {
    expect(problems({ PAYLOAD_SECRET: undefined })).toEqual([expect.stringMatching(/^PAYLOAD_SECRET is not set: .*at least 32 characters/)])
    expect(problems({ PAYLOAD_SECRET: 'x'.repeat(31) })).toEqual([expect.stringMatching(/^PAYLOAD_SECRET is 31 characters long/)])
    expect(problems({ PAYLOAD_SECRET: `dev-only-${'a'.repeat(64)}` })).toEqual([expect.stringMatching(/^PAYLOAD_SECRET is the development secret/)])
    // One `npm start` wrote before its secrets carried the prefix: recognised by its place in .env.
    const old = 'f'.repeat(64)
    const dotEnv = `OTHER=1\n${developmentSecretComment}\nPAYLOAD_SECRET=${old}\n`
    expect(problems({ PAYLOAD_SECRET: old }, dotEnv)).toEqual([expect.stringMatching(/^PAYLOAD_SECRET is the development secret/)])
    expect(problems({ PAYLOAD_SECRET: 'e'.repeat(64) }, dotEnv)).toEqual([])
  })

  it('refuses a missing or local SITE_URL and CMS_URL, and names each', () => {
    expect(problems({ SITE_URL: undefined })).toEqual([expect.stringMatching(/^SITE_URL is not set: set SITE_URL to the site's public address/)])
    expect(problems({ CMS_URL: '' })).toEqual([expect.stringMatching(/^CMS_URL is not set/)])
    for (const local of ['http://localhost:4321', 'http://127.0.0.1', 'http://[::1]:3000', 'http://0.0.0.0:3000', 'http://app.localhost']) {
      expect(problems({ SITE_URL: local }), local).toEqual([expect.stringMatching(/^SITE_URL points to this machine/)])
      expect(problems({ CMS_URL: local }), local).toEqual([expect.stringMatching(/^CMS_URL points to this machine/)])
    }
    expect(problems({ SITE_URL: 'chw.example.org' })).toEqual([expect.stringMatching(/^SITE_URL is not a URL/)])
    expect(problems({ SITE_URL: undefined, CMS_URL: 'http://localhost:3000', PAYLOAD_SECRET: 'short' })).toHaveLength(3)
  })

  it('applies to a production server only: not in development, not while `next build` runs, not to runs marked local', () => {
    expect(servesThePublic({ NODE_ENV: 'production' })).toBe(true)
    expect(servesThePublic({ NODE_ENV: 'development' })).toBe(false)
    expect(servesThePublic({ NODE_ENV: 'test' })).toBe(false)
    expect(servesThePublic({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).toBe(false)
    expect(servesThePublic({ NODE_ENV: 'production', PORTAL_LOCAL: '1' })).toBe(false)
    expect(() => refuseUnsafeProductionSettings({ NODE_ENV: 'production', PORTAL_LOCAL: '1' })).not.toThrow()
    expect(() => refuseUnsafeProductionSettings({ NODE_ENV: 'production', SITE_URL: good.SITE_URL, CMS_URL: good.CMS_URL })).toThrow(
      /will not start in production[\s\S]*PAYLOAD_SECRET is not set/,
    )
  })
})
