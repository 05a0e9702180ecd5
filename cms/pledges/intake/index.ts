/**
 * The one pledge intake and drainer of this CMS process (SQLite only; with MongoDB there is
 * none and submissions are saved directly). Kept on globalThis: Next.js may load this module
 * once per route bundle, and there must be one writer and one drainer per process.
 */
import type { Payload } from 'payload'
import { databaseKind, sqliteUrl } from '../../database.ts'
import { type Drainer, startDrainer } from './drain.ts'
import { PledgeIntake } from './store.ts'

type State = { intake?: PledgeIntake; drainer?: Drainer }
const state: State = ((globalThis as Record<symbol, State>)[Symbol.for('chw-portal.pledge-intake')] ??= {})

export function intakeInUse(uri = process.env.DATABASE_URI): boolean {
  return databaseKind(uri) === 'sqlite'
}

/** The intake, opened (and its drainer started) on first use, from Payload's onInit in the CMS server; undefined with MongoDB. */
export function pledgeIntake(payload: Payload): PledgeIntake | undefined {
  if (!intakeInUse()) return undefined
  if (!state.intake) {
    const cmsFile = sqliteUrl(process.env.DATABASE_URI).slice('file:'.length)
    const intake = new PledgeIntake(cmsFile)
    state.drainer = startDrainer(payload, intake)
    state.intake = intake
    payload.logger.info(`Pledge intake: ${intake.file} (${JSON.stringify(intake.counts())})`)
  }
  return state.intake
}

export function pledgeDrainer(): Drainer | undefined {
  return state.drainer
}
