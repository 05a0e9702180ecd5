/**
 * The adoption statistics the CMS export publishes: only approved, current pledges that agreed to
 * be counted; no number under 5 (a group of 4 is merged with its neighbour or left out); and the
 * contract refuses a snapshot that breaks the rule.
 */
import { describe, expect, it } from 'vitest'
import { adoption, type Framework } from '../content/schema.ts'
import { readSnapshot } from '../content/snapshot.ts'
import { adoptionFromPledges, type CountedPledge, mergeSmallGroups } from '../cms/snapshot/adoption.ts'

const now = new Date('2026-12-01T00:00:00Z')
const framework: Pick<Framework, 'areas'> = (await readSnapshot()).framework

function pledge(overrides: Partial<CountedPledge> = {}): CountedPledge {
  return {
    status: 'approved',
    consentToStatistics: true,
    renewalDue: '2027-06-01T00:00:00.000Z',
    commitments: [{ area: 'hiring', recommendations: ['no-degree-required'] }],
    selfAssessment: [{ area: 'hiring', rating: 'planning' }],
    progressReports: [],
    ...overrides,
  }
}
const many = (n: number, overrides: Partial<CountedPledge> = {}) => Array.from({ length: n }, () => pledge(overrides))
const area = (result: ReturnType<typeof adoptionFromPledges>, slug: string) => result.areas.find((a) => a.area === slug)!

describe('mergeSmallGroups', () => {
  it('keeps groups of 5 or more as they are', () => {
    expect(
      mergeSmallGroups([
        ['a', 5],
        ['b', 7],
      ]),
    ).toEqual([
      { keys: ['a'], count: 5 },
      { keys: ['b'], count: 7 },
    ])
  })
  it('merges a group of 4 with the next one, or a last one with the band before it', () => {
    expect(
      mergeSmallGroups([
        ['a', 4],
        ['b', 3],
        ['c', 6],
      ]),
    ).toEqual([
      { keys: ['a', 'b'], count: 7 },
      { keys: ['c'], count: 6 },
    ])
    expect(
      mergeSmallGroups([
        ['a', 6],
        ['b', 4],
      ]),
    ).toEqual([{ keys: ['a', 'b'], count: 10 }])
  })
  it('hides everything when all together are fewer than 5', () => {
    expect(
      mergeSmallGroups([
        ['a', 2],
        ['b', 2],
      ]),
    ).toEqual([])
  })
  it('starts no band on an empty value, and keeps bands contiguous', () => {
    expect(
      mergeSmallGroups([
        ['a', 0],
        ['b', 5],
        ['c', 0],
        ['d', 2],
      ]),
    ).toEqual([{ keys: ['b', 'c', 'd'], count: 7 }])
    expect(
      mergeSmallGroups([
        ['a', 6],
        ['b', 0],
        ['c', 0],
      ]),
    ).toEqual([{ keys: ['a'], count: 6 }])
  })
})

describe('adoptionFromPledges', () => {
  it('shows nothing while fewer than 5 agreed to be counted', () => {
    const result = adoptionFromPledges(many(4), framework, now)
    expect(result.signatories).toBeUndefined()
    expect(result.areas.every((a) => a.committed === undefined && !a.recommendations.length && !a.ratings.length && !a.progress.length)).toBe(true)
  })

  it('counts only approved, current pledges that agreed to be counted', () => {
    const excluded = [
      pledge({ consentToStatistics: false }),
      pledge({ consentToStatistics: null }),
      pledge({ status: 'pending' }),
      pledge({ status: 'rejected' }),
      pledge({ status: 'lapsed' }),
      pledge({ renewalDue: '2026-11-30T00:00:00.000Z' }),
    ]
    expect(adoptionFromPledges([...many(4), ...excluded], framework, now).signatories).toBeUndefined()
    const result = adoptionFromPledges([...many(5), ...excluded], framework, now)
    expect(result.signatories).toBe(5)
    expect(area(result, 'hiring').committed).toBe(5)
  })

  it('leaves out an area and a recommendation chosen by 4', () => {
    const result = adoptionFromPledges(
      [
        ...many(6),
        ...many(4, {
          commitments: [
            { area: 'training', recommendations: ['shared-team-training'] },
            { area: 'hiring', recommendations: ['certification-not-a-barrier'] },
          ],
        }),
      ],
      framework,
      now,
    )
    expect(area(result, 'training').committed).toBeUndefined()
    expect(area(result, 'training').recommendations).toEqual([])
    expect(area(result, 'hiring').committed).toBe(10)
    expect(area(result, 'hiring').recommendations).toEqual([{ slug: 'no-degree-required', committed: 6 }])
  })

  it('merges a rating given by 4 with its neighbour', () => {
    const result = adoptionFromPledges([...many(6), ...many(4, { selfAssessment: [{ area: 'hiring', rating: 'fully' }] })], framework, now)
    expect(area(result, 'hiring').ratings).toEqual([{ ratings: ['planning', 'partly', 'fully'], count: 10 }])
    const wider = adoptionFromPledges([...many(6), ...many(5, { selfAssessment: [{ area: 'hiring', rating: 'fully' }] })], framework, now)
    expect(area(wider, 'hiring').ratings).toEqual([
      { ratings: ['planning'], count: 6 },
      { ratings: ['fully'], count: 5 },
    ])
  })

  it('compares the pledge with the latest progress report, only where both rate the area', () => {
    const report = (rating: string, submittedAt = '2026-11-01T00:00:00.000Z') => ({ submittedAt, entries: [{ area: 'hiring', rating }] })
    const result = adoptionFromPledges(
      [
        ...many(5, { progressReports: [report('not-started', '2026-01-01T00:00:00.000Z'), report('fully')] }),
        ...many(5, { progressReports: [report('planning')] }),
        ...many(2, { progressReports: [] }),
      ],
      framework,
      now,
    )
    expect(area(result, 'hiring').progress).toEqual([
      { changes: ['same'], count: 5 },
      { changes: ['higher'], count: 5 },
    ])
    expect(area(result, 'recruitment').progress).toEqual([])
  })

  it('gives a snapshot the contract accepts, and the contract refuses any count under 5', () => {
    const result = adoptionFromPledges(many(7, { example: true }), framework, now)
    expect(result.examples).toBe(7)
    expect(adoption.safeParse(result).success).toBe(true)
    const tampered = structuredClone(result)
    area(tampered, 'hiring').recommendations[0]!.committed = 4
    expect(adoption.safeParse(tampered).success).toBe(false)
  })
})

it('the committed content/adoption.json keeps every count at 5 or more', async () => {
  const snapshot = await readSnapshot()
  const counts = snapshot.adoption.areas.flatMap((a) => [
    a.committed ?? 5,
    ...a.recommendations.map((r) => r.committed),
    ...a.ratings.map((r) => r.count),
    ...a.progress.map((p) => p.count),
  ])
  expect(Math.min(...counts)).toBeGreaterThanOrEqual(5)
  expect(snapshot.adoption.signatories).toBeGreaterThanOrEqual(5)
})
