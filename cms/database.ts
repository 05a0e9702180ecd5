/**
 * Chooses the database from DATABASE_URI: a `mongodb://` or `mongodb+srv://` URI selects MongoDB
 * (production, several CMS instances); anything else, or nothing, an embedded SQLite file
 * (`file:.data/portal.db` by default, relative paths resolved from the repository root).
 */
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { ensureParentDir, migrationsDir } from './paths.ts'

export const defaultSqliteFile = '.data/portal.db'

export type DatabaseKind = 'mongodb' | 'sqlite'

export function databaseKind(uri: string | undefined): DatabaseKind {
  return uri && /^mongodb(\+srv)?:\/\//.test(uri) ? 'mongodb' : 'sqlite'
}

/** `file:` URL of the SQLite database, absolute, its folder created. */
export function sqliteUrl(uri: string | undefined): string {
  if (uri && !uri.startsWith('file:')) {
    throw new Error(`DATABASE_URI must start with file: (SQLite) or mongodb:// (MongoDB); got "${uri.split(':')[0]}:…"`)
  }
  const path = uri ? uri.slice('file:'.length) : defaultSqliteFile
  return `file:${ensureParentDir(path)}`
}

export function databaseAdapter(uri = process.env.DATABASE_URI): DatabaseAdapterObj {
  if (databaseKind(uri) === 'mongodb') {
    return mongooseAdapter({ url: uri as string })
  }
  return withBusyTimeoutOnEveryConnection(sqliteAdapter({
    client: { url: sqliteUrl(uri) },
    migrationDir: migrationsDir,
    // Schema changes always go through committed migrations (cms/migrations), in development too:
    // mixing push mode and migrations makes `payload migrate` stop at an interactive prompt.
    push: false,
    // Write-ahead log: readers (export, reminders) never block the CMS, and a commit costs one
    // fsync instead of several. FULL keeps every acknowledged write through a power cut.
    wal: { synchronous: 'FULL' },
    // Real transactions: a document and its array rows are written together or not at all, so a
    // crash in the middle of a save never leaves half a pledge. Writers wait their turn.
    transactionOptions: {},
    busyTimeout: BUSY_TIMEOUT_MS,
  }))
}

const BUSY_TIMEOUT_MS = 10_000

type LibsqlClient = {
  execute: (...args: unknown[]) => Promise<unknown>
  batch: (...args: unknown[]) => Promise<unknown>
  executeMultiple: (...args: unknown[]) => Promise<unknown>
  transaction: (...args: unknown[]) => Promise<unknown>
}

/**
 * SQLite's busy timeout (wait for another writer instead of failing with SQLITE_BUSY) belongs to
 * a connection. Payload sets it once, on the first connection; but libsql hands that connection
 * to the first transaction and opens a new one, without it, for whatever comes next. From then
 * on any two writers that meet (a staff save and the jobs queue, two pledge submissions) fail
 * at once with "database is locked". This sets the timeout again on each new connection: libsql
 * opens one only after handing the last one to a transaction.
 *
 * Within one process, writes also take turns (see writerTurns), and a COMMIT that fails is
 * reported as an error instead of being lost (see the commit wrapper below).
 */
function withBusyTimeoutOnEveryConnection(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  const init = adapter.init
  adapter.init = (args) => {
    const instance = init(args) as ReturnType<typeof init> & { client?: LibsqlClient; connect?: (...a: unknown[]) => Promise<void> }
    const turns = writerTurns()
    const connect = instance.connect!
    instance.connect = async function (this: typeof instance, ...connectArgs: unknown[]) {
      const firstConnect = !this.client
      await connect.apply(this, connectArgs)
      if (firstConnect && this.client) patchClient(this.client, turns)
    }
    oneWriteTransactionAtATime(instance, turns)
    return instance
  }
  return adapter
}

type TransactionID = number | string | Promise<number | string | null> | null | undefined
type Transactions = {
  beginTransaction: (...args: never[]) => Promise<TransactionID>
  commitTransaction: (id: TransactionID) => Promise<void>
  rollbackTransaction: (id: TransactionID) => Promise<void>
}
/** What became of the COMMIT of one libsql transaction. */
type CommitOutcome = { error?: unknown }
type WriterTurns = {
  /** Resolves when it is the caller's turn to write; call the function it gives to pass the turn on. */
  take: () => Promise<() => void>
  /** The libsql transaction begun last (transactions begin one at a time, so it is the caller's). */
  lastBegun?: CommitOutcome
}

/**
 * Inside one process, two writers on two libsql connections cannot take turns on their own: the
 * second one's busy timeout sleeps synchronously, which blocks the event loop the first one needs
 * to finish, so both stall for the whole timeout and the second fails (a 500 for a staff save
 * that met the jobs queue or a pledge being saved). Every write of this process therefore waits
 * its turn here, asynchronously: a transaction from BEGIN to COMMIT or ROLLBACK, a write outside
 * a transaction for its statement. Reads never wait (WAL). A writer that waits longer than the
 * busy timeout goes ahead anyway, so a write made inside another's turn slows things down but
 * never hangs. Other processes (the seed, the export, reminders) meet the busy timeout as usual.
 */
function writerTurns(): WriterTurns {
  let tail: Promise<void> = Promise.resolve()
  return {
    async take() {
      let release!: () => void
      const mine = new Promise<void>((resolve) => (release = resolve))
      const previous = tail
      tail = previous.then(() => mine)
      let timer: NodeJS.Timeout | undefined
      await Promise.race([previous, new Promise((resolve) => (timer = setTimeout(resolve, BUSY_TIMEOUT_MS)))])
      clearTimeout(timer)
      return release
    },
  }
}

function oneWriteTransactionAtATime(instance: object, turns: WriterTurns): void {
  const db = instance as Transactions
  const begin = db.beginTransaction
  const commit = db.commitTransaction
  const rollback = db.rollbackTransaction
  const open = new Map<number | string, { release: () => void; outcome?: CommitOutcome }>()

  const end = async (id: TransactionID, finish: (id: TransactionID) => Promise<void>, self: unknown) => {
    const resolved = (id as unknown) instanceof Promise ? await id : (id as number | string | null | undefined)
    const transaction = resolved === null || resolved === undefined ? undefined : open.get(resolved)
    try {
      await finish.call(self, resolved)
    } finally {
      if (transaction) {
        transaction.release()
        open.delete(resolved as number | string)
      }
    }
    return transaction
  }

  db.beginTransaction = async function (this: unknown, ...args: never[]) {
    const release = await turns.take()
    try {
      turns.lastBegun = undefined
      const id = await begin.apply(this, args)
      const resolved = (id as unknown) instanceof Promise ? await id : (id as number | string | null | undefined)
      if (resolved === null || resolved === undefined) release()
      else open.set(resolved, { release, outcome: turns.lastBegun })
      return resolved
    } catch (error) {
      release()
      throw error
    }
  }
  db.commitTransaction = async function (this: unknown, id) {
    const transaction = await end(id, commit, this)
    // Payload's adapter catches a failed COMMIT and answers as if the change were saved (a user
    // "created" who then cannot sign in). The change is not in the database: say so.
    const error = transaction?.outcome?.error
    if (error) throw new Error(`The database did not save this change: ${(error as Error)?.message ?? error}`)
  }
  db.rollbackTransaction = async function (this: unknown, id) {
    await end(id, rollback, this)
  }
}

const readOnly = /^\s*(select|pragma|explain)\b/i
const isRead = (statement: unknown): boolean =>
  readOnly.test(typeof statement === 'string' ? statement : String((statement as { sql?: unknown } | null)?.sql ?? ''))

function patchClient(client: LibsqlClient, turns: WriterTurns): void {
  const pragma = `PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS};`
  const execute = client.execute.bind(client)
  let connectionIsNew = false
  const ready = async () => {
    if (!connectionIsNew) return
    connectionIsNew = false
    await execute(pragma)
  }
  const writes: Record<'execute' | 'batch' | 'executeMultiple', (args: unknown[]) => boolean> = {
    execute: (args) => !isRead(args[0]),
    batch: (args) => !(Array.isArray(args[0]) && args[0].every(isRead)),
    executeMultiple: () => true,
  }
  for (const method of ['execute', 'batch', 'executeMultiple'] as const) {
    const original = client[method].bind(client)
    client[method] = async (...args: unknown[]) => {
      await ready()
      if (!writes[method](args)) return original(...args)
      const release = await turns.take()
      try {
        await ready()
        return await original(...args)
      } finally {
        release()
      }
    }
  }
  const transaction = client.transaction.bind(client)
  client.transaction = async (...args: unknown[]) => {
    await ready()
    // libsql gives the connection away synchronously, inside this call.
    const pending = transaction(...args) as Promise<{ commit: () => Promise<unknown> }>
    connectionIsNew = true
    const tx = await pending
    const outcome: CommitOutcome = {}
    turns.lastBegun = outcome
    const commit = tx.commit.bind(tx)
    tx.commit = async () => {
      try {
        return await commit()
      } catch (error) {
        outcome.error = error
        throw error
      }
    }
    return tx
  }
}
