/**
 * The site build's fetch of the CMS snapshot (scripts/lib/remote-snapshot.ts) against a real HTTP
 * server playing the CMS: the valid snapshot is written as content/ files; every failure says
 * what to fix and writes nothing.
 */
import { createServer, type Server } from 'node:http'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { snapshotNames } from '../content/schema.ts'
import { readSnapshot, serializeSnapshot, snapshotPath } from '../content/snapshot.ts'
import { freePort } from '../scripts/lib/ports.ts'
import { downloadSnapshot, snapshotUrl } from '../scripts/lib/remote-snapshot.ts'

const token = 'test-token-0123456789abcdef'
/** What the fake CMS answers next: status and body. */
let answer: { status: number; body: string } = { status: 200, body: '' }
let seenAuthorization: string | undefined
let seenPath: string | undefined
let server: Server
let base: string
const dirs: string[] = []
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'chw-remote-snapshot-'))
  dirs.push(dir)
  return dir
}

let validBody: string
beforeAll(async () => {
  validBody = JSON.stringify(await readSnapshot())
  server = createServer((req, res) => {
    seenAuthorization = req.headers.authorization
    seenPath = req.url
    res.writeHead(answer.status, { 'Content-Type': 'application/json' }).end(answer.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
})
afterAll(() => {
  server?.close()
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

it('takes the CMS base URL, with or without a trailing slash or a path', () => {
  expect(snapshotUrl('https://cms.example.org').href).toBe('https://cms.example.org/api/snapshot')
  expect(snapshotUrl('https://cms.example.org/').href).toBe('https://cms.example.org/api/snapshot')
  expect(snapshotUrl('https://example.org/cms').href).toBe('https://example.org/cms/api/snapshot')
  expect(() => snapshotUrl('cms.example.org')).toThrow(/PORTAL_CONTENT_URL is not a URL/)
})

it('writes a valid snapshot as the content/ files, byte for byte, sending the token', async () => {
  answer = { status: 200, body: validBody }
  const dir = freshDir()
  const { files } = await downloadSnapshot({ contentUrl: base, token, dir })
  expect(seenAuthorization).toBe(`Bearer ${token}`)
  expect(seenPath).toBe('/api/snapshot')
  expect(files.sort()).toEqual(snapshotNames.map((n) => `${n}.json`).sort())
  const snapshot = JSON.parse(validBody)
  for (const name of snapshotNames) expect(readFileSync(snapshotPath(name, dir), 'utf8')).toBe(serializeSnapshot(snapshot[name]))
})

describe('failures name the problem and write nothing', () => {
  const cases: [string, { status: number; body: string } | null, string | undefined, RegExp][] = [
    ['no token in the build environment', null, undefined, /SITE_BUILD_TOKEN is wrong or missing/],
    ['a 401', { status: 401, body: '{"message":"SITE_BUILD_TOKEN is wrong."}' }, token, /SITE_BUILD_TOKEN is wrong or missing.*401/],
    ['an endpoint that is off', { status: 404, body: '{"message":"The snapshot endpoint is off"}' }, token, /404: The snapshot endpoint is off.*base URL/],
    [
      'content that does not pass the contract on the CMS',
      { status: 409, body: '{"problems":["job-postings[2] (slug x) apply: give a link or an email"]}' },
      token,
      /does not pass the contract[\s\S]*job-postings\[2\] \(slug x\) apply/,
    ],
    ['a server error', { status: 500, body: '{"message":"database is locked"}' }, token, /answered 500 .*database is locked/],
    ['an answer that is not JSON', { status: 200, body: '<html>login</html>' }, token, /is not JSON/],
    ['a snapshot the contract refuses', { status: 200, body: '{"regions":[]}' }, token, /does not pass the contract[\s\S]*worker-types/],
  ]
  it.each(cases)('%s', async (_, served, sentToken, message) => {
    if (served) answer = served
    const dir = freshDir()
    await expect(downloadSnapshot({ contentUrl: base, token: sentToken, dir })).rejects.toThrow(message)
    expect(readdirSync(dir)).toEqual([])
  })

  it('a broken reference, though every file passes on its own', async () => {
    const snapshot = JSON.parse(validBody)
    snapshot['job-postings'][0].employer = 'no-such-organization'
    answer = { status: 200, body: JSON.stringify(snapshot) }
    const dir = freshDir()
    await expect(downloadSnapshot({ contentUrl: base, token, dir })).rejects.toThrow(/employer: unknown no-such-organization/)
    expect(readdirSync(dir)).toEqual([])
  })

  it('a CMS that cannot be reached', async () => {
    const dir = join(freshDir(), 'content')
    await expect(downloadSnapshot({ contentUrl: `http://127.0.0.1:${await freePort()}`, token, dir })).rejects.toThrow(
      /Could not reach the CMS at .*ECONNREFUSED/,
    )
    expect(existsSync(dir)).toBe(false)
  })
})
