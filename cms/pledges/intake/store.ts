/**
 * The pledge intake (SQLite only): where a valid submission is written, durably, before the
 * employer is told it was received. A small table in its own SQLite file beside the CMS's
 * (`portal.db` → `portal.pledge-intake.db`), so the intake never waits for, or blocks, a
 * Payload write: the two files have separate write locks.
 *
 * Submissions that arrive together are committed together (group commit): one transaction and
 * one fsync (WAL, synchronous FULL) per batch, each submission answered after the commit. The
 * batch is where idempotency and the pending-duplicate rule are decided, one submission after
 * another, so two copies of a submission arriving at once cannot both get in.
 *
 * A row is later turned into a Payload pledge by the drainer (drain.ts), which marks it drained,
 * then emailed. Rows are kept: they answer retries with the original reference.
 *
 * The CMS's own file is read (never written) here, through a second connection: a retry of a
 * pledge saved before the intake existed, the references already given, and the pledges still
 * pending review (for the 409). That connection is libsql's, the SQLite Payload itself uses in
 * this process: two copies of SQLite in one process do not see each other's file locks, and a
 * reader on one could meet a checkpoint of the other half-way (sqlite.org/howtocorrupt.html,
 * 2.2.1). The intake's own file is only ever opened with node:sqlite.
 */
import type { DatabaseSync as Database } from 'node:sqlite'
import Libsql from 'libsql'
import type { PledgeSubmission } from '../../../content/schema.ts'
import { newPledgeReference } from '../reference.ts'

// Through getBuiltinModule so no bundler tries to resolve node:sqlite (newer than some know).
const { DatabaseSync } = process.getBuiltinModule('node:sqlite') as typeof import('node:sqlite')

/** What both SQLite libraries' prepared statements offer, as used here. */
type Statement = { get: (...params: (string | number)[]) => unknown; all: (...params: (string | number)[]) => unknown[]; run: (...params: (string | number | null)[]) => unknown }

export type IntakeEntry = { idempotencyKey: string; submission: PledgeSubmission }

export type IntakeResult =
  | { kind: 'accepted'; reference: string }
  | { kind: 'replayed'; reference: string }
  | { kind: 'pending-duplicate' }

export type IntakeRow = {
  seq: number
  idempotencyKey: string
  reference: string
  submission: PledgeSubmission
  receivedAt: string
  attempts: number
}

/** `…/portal.db` → `…/portal.pledge-intake.db`. */
export function intakeFileFor(cmsFile: string): string {
  return cmsFile.replace(/(\.db|\.sqlite3?)?$/, '.pledge-intake.db')
}

const schemaVersion = 1

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase()

type Pending = { entry: IntakeEntry; resolve: (r: IntakeResult) => void; reject: (e: unknown) => void }

export class PledgeIntake {
  readonly file: string
  private readonly db: Database
  private readonly cms: Libsql.Database
  private readonly q: Record<string, Statement>
  private pending: Pending[] = []
  private flushScheduled = false
  private closed = false
  /** Called after every commit that accepted something: the drainer's cue. */
  onAccepted: () => void = () => {}

  constructor(cmsFile: string, file = intakeFileFor(cmsFile)) {
    this.file = file
    this.db = new DatabaseSync(file, { timeout: 10_000 })
    // FULL: the WAL is fsynced at every commit, so an acknowledged submission survives a power cut.
    this.db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;')
    this.migrate()
    this.cms = new Libsql(cmsFile)
    this.cms.exec('PRAGMA busy_timeout = 10000')
    const q = (db: Database | Libsql.Database, sql: string): Statement => db.prepare(sql) as Statement
    this.q = {
      byKey: q(this.db, 'SELECT reference FROM pledge_intake WHERE idempotency_key = ?'),
      referenceTaken: q(this.db, 'SELECT 1 FROM pledge_intake WHERE reference = ?'),
      waitingByEmail: q(this.db, 'SELECT organization_name AS name FROM pledge_intake WHERE contact_email = ? AND drained_at IS NULL'),
      insert: q(
        this.db,
        `INSERT INTO pledge_intake (idempotency_key, reference, contact_email, organization_name, submission, received_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      nextToDrain: q(
        this.db,
        `SELECT seq, idempotency_key, reference, submission, received_at, attempts FROM pledge_intake
         WHERE drained_at IS NULL AND next_attempt_at <= ? ORDER BY seq LIMIT 1`,
      ),
      nextRetryAt: q(this.db, 'SELECT MIN(next_attempt_at) AS at FROM pledge_intake WHERE drained_at IS NULL'),
      markDrained: q(this.db, 'UPDATE pledge_intake SET drained_at = ?, pledge_id = ?, last_error = NULL WHERE seq = ?'),
      markFailed: q(this.db, 'UPDATE pledge_intake SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE seq = ?'),
      toEmail: q(
        this.db,
        `SELECT seq, idempotency_key, reference, submission, received_at, attempts FROM pledge_intake
         WHERE drained_at IS NOT NULL AND emailed_at IS NULL ORDER BY seq LIMIT ?`,
      ),
      markEmailed: q(this.db, 'UPDATE pledge_intake SET emailed_at = ? WHERE seq = ?'),
      counts: q(
        this.db,
        `SELECT COUNT(*) AS total, COUNT(*) - COUNT(drained_at) AS waiting, COUNT(drained_at) - COUNT(emailed_at) AS unmailed
         FROM pledge_intake`,
      ),
      // The CMS's pledges table, read only. Column names are Payload's for the Pledges collection.
      pledgeByKey: q(this.cms, 'SELECT id, reference FROM pledges WHERE idempotency_key = ?'),
      pledgeReferenceTaken: q(this.cms, 'SELECT 1 FROM pledges WHERE reference = ?'),
      pendingByEmail: q(this.cms, "SELECT organization_name AS name FROM pledges WHERE contact_email = ? AND status = 'pending'"),
    }
  }

  private migrate() {
    const { user_version: version } = this.db.prepare('PRAGMA user_version').get() as { user_version: number }
    if (version >= schemaVersion) return
    this.db.exec(`
      BEGIN IMMEDIATE;
      CREATE TABLE IF NOT EXISTS pledge_intake (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        idempotency_key TEXT NOT NULL UNIQUE,
        reference TEXT NOT NULL UNIQUE,
        contact_email TEXT NOT NULL,
        organization_name TEXT NOT NULL,
        submission TEXT NOT NULL,
        received_at TEXT NOT NULL,
        drained_at TEXT,
        pledge_id TEXT,
        emailed_at TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL DEFAULT 0,
        last_error TEXT
      );
      CREATE INDEX IF NOT EXISTS pledge_intake_waiting ON pledge_intake (contact_email) WHERE drained_at IS NULL;
      CREATE INDEX IF NOT EXISTS pledge_intake_to_drain ON pledge_intake (seq) WHERE drained_at IS NULL;
      CREATE INDEX IF NOT EXISTS pledge_intake_to_email ON pledge_intake (seq) WHERE emailed_at IS NULL;
      PRAGMA user_version = ${schemaVersion};
      COMMIT;
    `)
  }

  /** Resolves once the submission is durably stored (or found to be a replay or a duplicate). */
  accept(entry: IntakeEntry): Promise<IntakeResult> {
    if (this.closed) return Promise.reject(new Error('The pledge intake is closed'))
    return new Promise((resolve, reject) => {
      this.pending.push({ entry, resolve, reject })
      if (!this.flushScheduled) {
        this.flushScheduled = true
        // After this turn's I/O: every submission read meanwhile joins the same commit.
        setImmediate(() => this.flush())
      }
    })
  }

  private flush() {
    this.flushScheduled = false
    const batch = this.pending
    this.pending = []
    if (batch.length === 0) return
    const results: ({ ok: IntakeResult } | { error: unknown })[] = []
    try {
      this.db.exec('BEGIN IMMEDIATE')
      for (const { entry } of batch) {
        try {
          results.push({ ok: this.decide(entry) })
        } catch (error) {
          // A failed statement undoes only itself; the rest of the batch is unaffected.
          results.push({ error })
        }
      }
      this.db.exec('COMMIT')
    } catch (error) {
      if (this.db.isTransaction) this.db.exec('ROLLBACK')
      for (const p of batch) p.reject(error)
      return
    }
    batch.forEach((p, i) => {
      const r = results[i]!
      if ('ok' in r) p.resolve(r.ok)
      else p.reject(r.error)
    })
    if (results.some((r) => 'ok' in r && r.ok.kind === 'accepted')) this.onAccepted()
  }

  /** Inside the batch's transaction. */
  private decide({ idempotencyKey, submission: s }: IntakeEntry): IntakeResult {
    const earlier = (this.q.byKey!.get(idempotencyKey) ?? this.q.pledgeByKey!.get(idempotencyKey)) as { reference: string } | undefined
    if (earlier) return { kind: 'replayed', reference: earlier.reference }

    // Waiting here first, then pledges: a row is marked drained only after its pledge is saved,
    // so a submission is always seen in one place or the other.
    const email = s.contact.email.toLowerCase()
    const waiting = [...this.q.waitingByEmail!.all(email), ...this.q.pendingByEmail!.all(email)] as { name: string }[]
    if (waiting.some((w) => sameName(w.name, s.organization.name))) return { kind: 'pending-duplicate' }

    let reference = newPledgeReference()
    while (this.q.referenceTaken!.get(reference) || this.q.pledgeReferenceTaken!.get(reference)) reference = newPledgeReference()
    this.q.insert!.run(idempotencyKey, reference, email, s.organization.name, JSON.stringify(s), new Date().toISOString())
    return { kind: 'accepted', reference }
  }

  /** The reference already given for this key, if any (outside any batch: a hint, not a decision). */
  replayOf(idempotencyKey: string): string | undefined {
    const earlier = (this.q.byKey!.get(idempotencyKey) ?? this.q.pledgeByKey!.get(idempotencyKey)) as { reference: string } | undefined
    return earlier?.reference
  }

  /** The oldest submission not yet saved as a pledge whose retry time has come. */
  nextToDrain(now = Date.now()): IntakeRow | undefined {
    const row = this.q.nextToDrain!.get(now) as RawRow | undefined
    return row && toRow(row)
  }

  /** When the earliest waiting row may be tried again (undefined: none waiting). */
  nextRetryAt(): number | undefined {
    const { at } = this.q.nextRetryAt!.get() as { at: number | null }
    return at ?? undefined
  }

  /** The pledge already saved for this key, if any (a drain cut short by a crash). */
  pledgeFor(idempotencyKey: string): { id: number | string; reference: string } | undefined {
    return this.q.pledgeByKey!.get(idempotencyKey) as { id: number; reference: string } | undefined
  }

  /**
   * Progress marks are written without an fsync: they survive a crash of the process (the OS has
   * them), and if a power cut loses one the step is redone safely (the pledge is found by its
   * key; at worst a confirmation email goes out twice). Only acknowledgements need the fsync.
   */
  private withoutFsync(write: () => void) {
    this.db.exec('PRAGMA synchronous = NORMAL')
    try {
      write()
    } finally {
      this.db.exec('PRAGMA synchronous = FULL')
    }
  }

  markDrained(seq: number, pledgeId: number | string, now = new Date()) {
    this.withoutFsync(() => this.q.markDrained!.run(now.toISOString(), String(pledgeId), seq))
  }

  markFailed(seq: number, error: unknown, retryAt: number) {
    this.withoutFsync(() => this.q.markFailed!.run(retryAt, String((error as Error)?.message ?? error).slice(0, 1000), seq))
  }

  /** Saved as pledges, confirmation not yet sent (oldest first). */
  toEmail(limit = 1000): IntakeRow[] {
    return (this.q.toEmail!.all(limit) as RawRow[]).map(toRow)
  }

  markEmailed(seq: number, now = new Date()) {
    this.withoutFsync(() => this.q.markEmailed!.run(now.toISOString(), seq))
  }

  counts(): { total: number; waiting: number; unmailed: number } {
    return this.q.counts!.get() as { total: number; waiting: number; unmailed: number }
  }

  close() {
    this.closed = true
    this.flush()
    this.db.close()
    this.cms.close()
  }
}

type RawRow = { seq: number; idempotency_key: string; reference: string; submission: string; received_at: string; attempts: number }

const toRow = (r: RawRow): IntakeRow => ({
  seq: r.seq,
  idempotencyKey: r.idempotency_key,
  reference: r.reference,
  submission: JSON.parse(r.submission) as PledgeSubmission,
  receivedAt: r.received_at,
  attempts: r.attempts,
})
