/**
 * With S3_BUCKET set, uploads go to the bucket through Payload's S3 adapter (cms/storage.ts), not
 * to the CMS's disk, and the CMS still serves them: what several CMS instances need to share
 * media. The bucket is s3rver, an S3-compatible server from npm, on a free port.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import S3rver from 's3rver'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { freePort } from '../scripts/lib/ports.ts'
import { tinyPng } from './helpers/access-matrix.ts'
import { type Client, client, login } from './helpers/http.ts'
import { type RealCms, seededCms, testAdmin } from './helpers/real-cms.ts'

const bucket = 'portal-media'
const dir = mkdtempSync(join(tmpdir(), 'portal-s3-'))
let s3: S3rver
let s3Url: string
let cms: RealCms
let admin: Client

beforeAll(async () => {
  const port = await freePort()
  s3Url = `http://127.0.0.1:${port}`
  s3 = new S3rver({ port, address: '127.0.0.1', silent: true, directory: join(dir, 's3'), configureBuckets: [{ name: bucket, configs: [] }] })
  await s3.run()
  cms = await seededCms({
    dir,
    siteUrl: 'http://127.0.0.1:9',
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: s3Url,
      S3_FORCE_PATH_STYLE: '1',
      // s3rver's fixed development keys.
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    },
  })
  admin = client(cms.url, await login(cms.url, testAdmin.email, testAdmin.password))
})

afterAll(async () => {
  await cms?.stop()
  await s3?.close()
  rmSync(dir, { recursive: true, force: true })
})

it('stores an upload in the bucket, not on the CMS’s disk, and serves it from there', async () => {
  const filename = `s3-dot-${Date.now()}.png`
  const form = new FormData()
  form.append('file', new Blob([tinyPng], { type: 'image/png' }), filename)
  form.append('_payload', JSON.stringify({ alt: 'A dot' }))
  const made = await admin.rest('POST', '/api/media', { form })
  expect(made.status, JSON.stringify(made.json)).toBe(201)
  const doc = made.json.doc as { id: number; filename: string; url: string }
  expect(doc.filename).toBe(filename)

  // In the bucket, byte for byte; not in .data/media.
  const object = await fetch(`${s3Url}/${bucket}/${filename}`)
  expect(object.status).toBe(200)
  expect(Buffer.from(await object.arrayBuffer()).equals(tinyPng)).toBe(true)
  expect(existsSync(join(cms.env.MEDIA_DIR!, filename))).toBe(false)

  // The CMS serves it at the usual address, with the collection's access rules.
  const served = await fetch(`${cms.url}/api/media/file/${filename}`)
  expect(served.status).toBe(200)
  expect(Buffer.from(await served.arrayBuffer()).equals(tinyPng)).toBe(true)

  // Deleting the document deletes the object.
  expect((await admin.rest('DELETE', `/api/media/${doc.id}`)).status).toBe(200)
  expect((await fetch(`${s3Url}/${bucket}/${filename}`)).status).toBe(404)
})
