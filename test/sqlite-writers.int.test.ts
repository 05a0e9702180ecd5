/**
 * Writers inside one CMS process on SQLite (cms/database.ts). Payload's jobs queue updates its
 * statistics outside any transaction; when that met a save in progress, the outside write's busy
 * timeout slept synchronously, the save could not finish meanwhile, and after 10 s the write
 * failed with "database is locked". Writes of one process now take turns.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { openTestCms, type TestCms } from './helpers/cms.ts'

let cms: TestCms

beforeAll(async () => {
  cms = await openTestCms('sqlite-writers')
})

afterAll(async () => {
  await cms?.close()
})

const region = (name: string) => ({ name, order: 99, state: 'CA', kind: 'county' }) as never

it('lets a write outside any transaction wait for the save in progress, without stalling the process', async () => {
  const { payload } = cms
  const transactionID = await payload.db.beginTransaction()
  expect(transactionID).toBeTruthy()
  const req = { transactionID } as never
  await payload.create({ collection: 'regions', data: region('Writers test inside'), req })

  // The event loop must keep turning while the outside write waits: count its ticks.
  let ticks = 0
  const ticker = setInterval(() => ticks++, 10)
  const started = performance.now()
  const outside = payload.create({ collection: 'regions', data: region('Writers test outside'), disableTransaction: true })
  await new Promise((r) => setTimeout(r, 200))
  await payload.db.commitTransaction(transactionID!)
  const saved = await outside
  const waited = performance.now() - started
  clearInterval(ticker)

  expect(saved.id).toBeTruthy()
  expect(waited).toBeLessThan(5_000)
  expect(ticks).toBeGreaterThan(5)
  const { docs } = await payload.find({ collection: 'regions', where: { name: { like: 'Writers test' } }, limit: 10 })
  expect(docs.map((d) => (d as unknown as { name: string }).name).sort()).toEqual(['Writers test inside', 'Writers test outside'])
})
