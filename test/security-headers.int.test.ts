/**
 * The admin and the API protect themselves whether or not a proxy is in front: no content-type
 * sniffing, no full URLs sent to other sites, no framing by other sites; and the session cookie is
 * HttpOnly, SameSite=Lax, and Secure wherever the CMS is served over HTTPS.
 */
import { execFileSync } from 'node:child_process'
import { expect, inject, it } from 'vitest'

const cmsUrl = inject('cmsUrl')

it.each(['/admin/login', '/api/regions?limit=1', '/api/pledges'])('%s carries the security headers', async (path) => {
  const response = await fetch(`${cmsUrl}${path}`, { redirect: 'manual' })
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
  expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
})

it('sets the session cookie HttpOnly and SameSite=Lax, and not Secure over plain HTTP (development)', async () => {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: inject('adminEmail'), password: inject('adminPassword') }),
  })
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
  expect(cookie).toMatch(/HttpOnly/i)
  expect(cookie).toMatch(/SameSite=Lax/i)
  expect(cookie).not.toMatch(/;\s*Secure/i)
})

it('makes the session cookie Secure when the CMS is served over HTTPS', () => {
  // The Users collection as the CMS builds it with an https:// CMS_URL, in a process of its own.
  const script = `import('./cms/collections/Users/index.ts').then(({ Users }) => console.log(JSON.stringify(Users.auth.cookies)))`
  const out = execFileSync('node_modules/.bin/node', ['--input-type=module', '-e', script], {
    env: { ...process.env, CMS_URL: 'https://cms.example.org', PAYLOAD_SECRET: 'x' },
  }).toString()
  expect(JSON.parse(out)).toMatchObject({ secure: true, sameSite: 'Lax' })
})
