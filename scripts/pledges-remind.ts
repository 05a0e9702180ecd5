/**
 * `npm run pledges:remind`: emails renewal reminders (each once) and marks overdue pledges
 * lapsed. Safe to run from cron as often as you like, e.g. daily:
 *   0 9 * * *  cd /srv/chw-portal && npm run pledges:remind
 */
import { parseArgs } from 'node:util'
import { remindPledges } from '../cms/pledges/remind.ts'
import { withCms } from './lib/cms.ts'

// --now 2027-11-01 runs as if it were that day (to catch up after an outage, or in tests).
const { values } = parseArgs({ options: { now: { type: 'string' } } })
const now = values.now ? new Date(values.now) : new Date()
if (Number.isNaN(now.getTime())) throw new Error(`--now must be a date such as 2027-11-01, not "${values.now}"`)

await withCms('Pledge reminders', async (payload) => {
  const { reminded, failed, lapsed } = await remindPledges(payload, now)
  console.log(`Reminders sent: ${reminded.length}${reminded.length ? ` (${reminded.join(', ')})` : ''}`)
  console.log(`Marked lapsed: ${lapsed.length}${lapsed.length ? ` (${lapsed.join(', ')})` : ''}`)
  if (failed.length) {
    console.error(`Could not send: ${failed.join(', ')}; they will be tried again on the next run.`)
    process.exitCode = 1
  }
})
