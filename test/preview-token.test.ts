/** Preview tokens: signed for one document, short-lived, and worthless once changed or expired. */
import { expect, it } from 'vitest'
import { adminPreviewPath, sitePreviewLocation } from '../cms/preview/endpoints.ts'
import { previewTokenSeconds, signPreviewToken, verifyPreviewToken } from '../cms/preview/token.ts'

const secret = 'unit-test-secret'
const now = Date.UTC(2026, 10, 25, 12)

it('verifies a fresh token and names the document it was minted for', () => {
  const token = signPreviewToken({ kind: 'job-postings', id: '42' }, secret, now)
  expect(verifyPreviewToken(token, secret, now + 60_000)).toEqual({ ok: true, target: { kind: 'job-postings', id: '42' } })
  const framework = signPreviewToken({ kind: 'framework' }, secret, now)
  expect(verifyPreviewToken(framework, secret, now)).toEqual({ ok: true, target: { kind: 'framework' } })
})

it('refuses an expired token', () => {
  const token = signPreviewToken({ kind: 'toolkits', id: '1' }, secret, now)
  expect(verifyPreviewToken(token, secret, now + previewTokenSeconds * 1000)).toEqual({ ok: false, reason: 'expired' })
})

it('refuses a token signed with another secret, changed, or malformed', () => {
  const token = signPreviewToken({ kind: 'job-postings', id: '42' }, secret, now)
  expect(verifyPreviewToken(token, 'another-secret', now)).toEqual({ ok: false, reason: 'invalid' })
  const [, signature] = token.split('.')
  const otherDoc = Buffer.from(JSON.stringify({ k: 'job-postings', id: '43', exp: now / 1000 + 600 })).toString('base64url')
  expect(verifyPreviewToken(`${otherDoc}.${signature}`, secret, now)).toEqual({ ok: false, reason: 'invalid' })
  for (const bad of ['', 'abc', 'a.b.c', `${token}x`, '.']) expect(verifyPreviewToken(bad, secret, now).ok).toBe(false)
  expect(verifyPreviewToken(null, secret, now)).toEqual({ ok: false, reason: 'missing' })
})

it('links the admin to the CMS endpoint, and the CMS to the site page in the right language', () => {
  expect(adminPreviewPath('job-postings', 7, 'es')).toMatch(/\/api\/preview\/job-postings\/7\?locale=es$/)
  expect(adminPreviewPath('framework', undefined, 'en')).toMatch(/\/api\/preview\/framework\?locale=en$/)
  expect(adminPreviewPath('toolkits', undefined, 'en')).toBeNull()
  expect(sitePreviewLocation('t.s', 'es')).toMatch(/\/es\/preview\/\?token=t\.s$/)
  expect(sitePreviewLocation('t.s', 'en')).toMatch(/[^s]\/preview\/\?token=t\.s$/)
})
