/**
 * The two small decisions behind GET /api/snapshot: whose token is accepted (none when
 * SITE_BUILD_TOKEN is unset), and when an If-None-Match header means "nothing changed".
 * The endpoint itself is tested over HTTP in test/site-from-cms.int.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { checkBuildToken } from '../cms/snapshot/buildToken.ts'
import { matchesEtag } from '../cms/snapshot/endpoint.ts'

const token = 'a-long-random-site-build-token-0123456789'

describe('checkBuildToken', () => {
  it('turns the endpoint off when no token is configured', () => {
    expect(checkBuildToken(`Bearer ${token}`, undefined)).toBe('off')
    expect(checkBuildToken(`Bearer ${token}`, '')).toBe('off')
    expect(checkBuildToken(`Bearer ${token}`, '   ')).toBe('off')
  })

  it('accepts exactly the configured token, as a Bearer credential', () => {
    expect(checkBuildToken(`Bearer ${token}`, token)).toBe('ok')
    expect(checkBuildToken(`bearer ${token}`, `${token}\n`)).toBe('ok')
  })

  it('says missing without a Bearer credential, and wrong for any other token', () => {
    expect(checkBuildToken(null, token)).toBe('missing')
    expect(checkBuildToken('', token)).toBe('missing')
    expect(checkBuildToken(`JWT ${token}`, token)).toBe('missing')
    expect(checkBuildToken('Bearer ', token)).toBe('missing')
    expect(checkBuildToken(`Bearer ${token.slice(0, -1)}`, token)).toBe('wrong')
    expect(checkBuildToken(`Bearer ${token}x`, token)).toBe('wrong')
    expect(checkBuildToken(`Bearer ${token.toUpperCase()}`, token)).toBe('wrong')
  })
})

describe('matchesEtag', () => {
  const etag = '"abc"'
  it('matches the same tag, in a list, weak or not, and *', () => {
    expect(matchesEtag('"abc"', etag)).toBe(true)
    expect(matchesEtag('"x", "abc"', etag)).toBe(true)
    expect(matchesEtag('W/"abc"', etag)).toBe(true)
    expect(matchesEtag('*', etag)).toBe(true)
  })
  it('does not match another tag or no header', () => {
    expect(matchesEtag(null, etag)).toBe(false)
    expect(matchesEtag('"abcd"', etag)).toBe(false)
    expect(matchesEtag('abc', etag)).toBe(false)
  })
})
