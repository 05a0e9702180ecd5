/**
 * Turns intake rows into Payload pledges, oldest first, one at a time, in the CMS process: the
 * pledge gets the reference the employer was given and the submission's idempotency key, and
 * goes through Payload's create with the collection's hooks. Then the confirmation email.
 *
 * Every step may be cut short by a crash, and every step is safe to do again:
 * - saved but not marked drained: the pledge is found by its (unique) idempotency key and the
 *   row is marked, nothing is saved twice;
 * - marked drained but not emailed: the email is sent at the next start (a crash between the
 *   mail server accepting it and the mark would send it twice; nothing else does).
 * A save that fails (a region deleted since, the database busy) is retried with a growing delay
 * and logged; the other rows go on.
 */
import type { Payload } from 'payload'
import { receivedEmail } from '../emails.ts'
import { notify } from '../notify.ts'
import { newPledgeData } from '../pledgeData.ts'
import { loadReferences } from '../references.ts'
import { slugs } from '../../slugs.ts'
import type { IntakeRow, PledgeIntake } from './store.ts'

export type Drainer = {
  wake: () => void
  stop: () => Promise<void>
  idle: () => Promise<void>
  /**
   * Resolves once the first pledge and the first confirmation left waiting (after a restart,
   * say) are done, or none were waiting. Nothing is compiled yet in a new process, so these are
   * the slowest of all; the CMS server opens its port after them (cms/server.ts).
   */
  started: Promise<void>
}

export type DrainOptions = {
  /**
   * Share of the event loop the drainer may take while submissions keep arriving: after a save
   * of t ms it rests t × (1 − share) / share ms, so a burst is acknowledged quickly and saved
   * just after. With nothing arriving it does not rest.
   */
  shareWhileBusy?: number
  /** How recently a submission must have arrived for the intake to count as busy. */
  busyWindowMs?: number
  /** How long a row may wait for a busy intake to quiet down before it is saved anyway. */
  maxDeferMs?: number
}

const retryDelayMs = (attempts: number) => Math.min(60_000, 500 * 2 ** attempts)

export function startDrainer(payload: Payload, intake: PledgeIntake, options: DrainOptions = {}): Drainer {
  const share = options.shareWhileBusy ?? 0.25
  const busyWindowMs = options.busyWindowMs ?? 50
  const maxDeferMs = options.maxDeferMs ?? 5_000
  let stopped = false
  let lastArrival = 0
  let wakeDrain: (() => void) | undefined
  const sleep = (ms: number, setWaker: (w: () => void) => void) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms)
      setWaker(() => {
        clearTimeout(timer)
        resolve()
      })
    })

  const previousOnAccepted = intake.onAccepted
  intake.onAccepted = () => {
    lastArrival = Date.now()
    previousOnAccepted()
    wakeDrain?.()
  }

  // Confirmations go out right after each save, not awaited (a slow mail server must not slow
  // saving); at start-up, those a crash cut off.
  const sending = new Map<number, Promise<void>>()
  function sendConfirmation(row: IntakeRow): Promise<void> {
    const inFlight = sending.get(row.seq)
    if (inFlight) return inFlight
    const s = row.submission
    // notify logs a failure instead of throwing: a mail server that is down must not stop saving.
    const sent = notify(
      payload,
      s.contact.email,
      receivedEmail({ organizationName: s.organization.name, reference: row.reference, contactName: s.contact.name, locale: s.locale }),
    )
      .then(() => intake.markEmailed(row.seq))
      .catch((error) => payload.logger.error({ err: error, msg: `Could not record the confirmation of ${row.reference}` }))
      .finally(() => sending.delete(row.seq))
    sending.set(row.seq, sent)
    return sent
  }
  async function save(row: IntakeRow): Promise<number | string> {
    const s = row.submission
    const refs = await loadReferences(payload)
    const region = refs.regionIds.get(s.organization.region)
    if (region === undefined) throw new Error(`Region "${s.organization.region}" no longer exists`)
    const doc = await payload.create({
      collection: slugs.pledges,
      overrideAccess: true,
      depth: 0,
      data: newPledgeData(s, region, row.reference, row.idempotencyKey),
    })
    return doc.id
  }

  async function drainOne(row: IntakeRow): Promise<void> {
    let id = intake.pledgeFor(row.idempotencyKey)?.id
    if (id === undefined) {
      try {
        id = await save(row)
      } catch (error) {
        id = intake.pledgeFor(row.idempotencyKey)?.id
        if (id === undefined) {
          const retryAt = Date.now() + retryDelayMs(row.attempts)
          intake.markFailed(row.seq, error, retryAt)
          payload.logger.error({ err: error, msg: `Pledge ${row.reference} could not be saved yet (attempt ${row.attempts + 1}); retrying` })
          return
        }
      }
    }
    intake.markDrained(row.seq, id)
    void sendConfirmation(row)
  }

  /** Does one piece of work, then rests so that it takes at most `share` of the time while submissions arrive. */
  async function paced(work: () => Promise<void>): Promise<void> {
    const started = performance.now()
    await work()
    const took = performance.now() - started
    if (Date.now() - lastArrival < busyWindowMs) {
      await new Promise((r) => setTimeout(r, (took * (1 - share)) / share))
    } else {
      // Let waiting requests in between two pieces of work.
      await new Promise((r) => setImmediate(r))
    }
  }

  let firstSaved!: () => void
  let firstMailed!: () => void
  const started = Promise.all([new Promise<void>((r) => (firstSaved = r)), new Promise<void>((r) => (firstMailed = r))]).then(() => {})

  const drainLoop = (async () => {
    while (!stopped) {
      const row = intake.nextToDrain()
      if (!row) {
        firstSaved()
        const retryAt = intake.nextRetryAt()
        await sleep(retryAt === undefined ? 60_000 : Math.max(10, retryAt - Date.now()), (w) => (wakeDrain = w))
        continue
      }
      // A burst is acknowledged first and saved just after: while submissions keep arriving, a
      // row waits (at most maxDeferMs), then saving goes on at its share of the event loop.
      const arriving = Date.now() - lastArrival < busyWindowMs
      if (arriving && Date.now() - Date.parse(row.receivedAt) < maxDeferMs) {
        await new Promise((r) => setTimeout(r, busyWindowMs))
        continue
      }
      await paced(() => drainOne(row).finally(firstSaved))
    }
    firstSaved()
  })()

  // Confirmations a crash cut off (after a restart, possibly thousands) go out at the same pace.
  const mailLoop = (async () => {
    for (let rows = intake.toEmail(); rows.length > 0 && !stopped; rows = intake.toEmail()) {
      for (const row of rows) await paced(() => sendConfirmation(row).finally(firstMailed))
    }
    firstMailed()
  })()

  return {
    started,
    wake: () => wakeDrain?.(),
    async stop() {
      stopped = true
      wakeDrain?.()
      await Promise.all([drainLoop, mailLoop])
    },
    /** Resolves when nothing is left to save or email (tests). */
    async idle() {
      for (;;) {
        const { waiting, unmailed } = intake.counts()
        if (waiting === 0 && unmailed === 0) return
        await new Promise((r) => setTimeout(r, 20))
      }
    },
  }
}
