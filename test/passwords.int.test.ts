/**
 * Staff passwords are at least 12 characters and not guessable, however they are set: an admin
 * adding an account, a person changing their own, a reset from the forgot-password email. The
 * refusal names the field and speaks the admin's language.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { type Client, client, login } from './helpers/http.ts'

const cmsUrl = inject('cmsUrl')
const mailDir = inject('mailDir')
let admin: Client
let n = 0
const email = () => `password-test-${Date.now()}-${++n}@portal.test`
const passwordError = (json: any) => json.errors?.[0]?.data?.errors?.find((e: { path: string }) => e.path === 'password')?.message

beforeAll(async () => {
  admin = client(cmsUrl, await login(cmsUrl, inject('adminEmail'), inject('adminPassword')))
})

describe('an admin adding an account', () => {
  it.each(['1234', 'password', 'aaaaaaaaaaaa', 'password1234', 'qwertyuiop12'])('refuses %s, and adds no account', async (password) => {
    const address = email()
    const { status, json } = await admin.rest('POST', '/api/users', { body: { email: address, password, roles: ['editor'] } })
    expect(status).toBe(400)
    expect(passwordError(json)).toMatch(/at least 12 characters|too easy to guess/)
    expect((await admin.rest('GET', `/api/users?where[email][equals]=${address}`)).json.totalDocs).toBe(0)
  })

  it('refuses a password made of the account’s own email', async () => {
    const address = `rosalinda.quintero-${Date.now()}@portal.test`
    const { status } = await admin.rest('POST', '/api/users', { body: { email: address, password: `rosalinda${'quintero'}`, roles: ['editor'] } })
    expect(status).toBe(400)
  })

  it('says it in Spanish to a Spanish admin', async () => {
    const { status, json } = await admin.rest('POST', '/api/users', {
      body: { email: email(), password: 'password1234', roles: ['editor'] },
      headers: { 'Accept-Language': 'es' },
    })
    expect(status).toBe(400)
    expect(passwordError(json)).toMatch(/fácil de adivinar/)
  })

  it('accepts a long passphrase', async () => {
    const { status } = await admin.rest('POST', '/api/users', { body: { email: email(), password: 'lantern orchard velvet canyon', roles: ['editor'] } })
    expect(status).toBe(201)
  })
})

describe('changing and resetting one’s own password', () => {
  let address: string
  let id: number
  beforeAll(async () => {
    address = email()
    const made = await admin.rest('POST', '/api/users', { body: { email: address, password: 'lantern orchard velvet canyon', roles: ['reviewer'] } })
    id = made.json.doc.id
  })

  it('refuses a weak new password and keeps the old one', async () => {
    const self = client(cmsUrl, await login(cmsUrl, address, 'lantern orchard velvet canyon'))
    const { status, json } = await self.rest('PATCH', `/api/users/${id}`, { body: { password: 'aaaaaaaaaaaa' } })
    expect(status).toBe(400)
    expect(passwordError(json)).toMatch(/too easy to guess/)
    await login(cmsUrl, address, 'lantern orchard velvet canyon')
  })

  it('refuses a weak password on reset, and the reset link still works for a strong one', async () => {
    const asked = await client(cmsUrl).rest('POST', '/api/users/forgot-password', { body: { email: address } })
    expect(asked.status).toBe(200)
    const mail = readdirSync(mailDir)
      .map((f) => readFileSync(join(mailDir, f), 'utf8'))
      .find((m) => m.includes(`To: ${address}`) && /reset/i.test(m))
    const token = /reset\/([0-9a-f]{40})/.exec((mail ?? '').replace(/=\r?\n/g, ''))?.[1]
    expect(token).toBeTruthy()
    const weak = await client(cmsUrl).rest('POST', '/api/users/reset-password', { body: { token, password: 'password1234' } })
    expect(weak.status).toBe(400)
    expect(passwordError(weak.json)).toMatch(/too easy to guess/)
    const strong = await client(cmsUrl).rest('POST', '/api/users/reset-password', { body: { token, password: 'copper meadow quiet harbor' } })
    expect(strong.status, JSON.stringify(strong.json)).toBe(200)
    await login(cmsUrl, address, 'copper meadow quiet harbor')
  })
})
