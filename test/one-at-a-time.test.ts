import { expect, it } from 'vitest'
import { oneAtATime } from '../cms/pledges/oneAtATime.ts'

it('runs queued tasks one after another, in order, and a failure does not stop the queue', async () => {
  const queue = oneAtATime()
  const events: string[] = []
  let running = 0
  const task = (name: string, fail = false) => async () => {
    running++
    expect(running).toBe(1)
    events.push(`start ${name}`)
    await new Promise((r) => setTimeout(r, 5))
    events.push(`end ${name}`)
    running--
    if (fail) throw new Error(name)
    return name
  }
  const results = await Promise.allSettled([queue(task('a')), queue(task('b', true)), queue(task('c'))])
  expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
  expect(events).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c'])
})
