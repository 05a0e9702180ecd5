/** The health report when the database never answers: down after its timeout, and nothing of the error leaks. */
import type { Payload } from 'payload'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { healthReport } from '../cms/health/report.ts'

afterEach(() => vi.useRealTimers())

describe('healthReport', () => {
  it('reports the database down when a query hangs (a lock never released, a server gone quiet)', async () => {
    vi.useFakeTimers()
    const never = () => new Promise<never>(() => {})
    const logged: unknown[] = []
    const payload = { count: never, find: never, findGlobal: never, logger: { error: (entry: unknown) => logged.push(entry) } } as unknown as Payload
    const report = healthReport(payload, new Date('2026-12-05T12:00:00.000Z'))
    await vi.advanceTimersByTimeAsync(5_000)
    expect(await report).toEqual({
      status: 'down',
      checkedAt: '2026-12-05T12:00:00.000Z',
      database: { status: 'failed' },
      jobs: { status: 'unknown', lastCheckedAt: null, oldestLateJobDueAt: null },
      siteUpdate: { status: 'unknown', lastAttemptAt: null, lastSuccessAt: null },
    })
    expect(logged).toHaveLength(1)
  })
})
