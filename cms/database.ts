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
 */
function withBusyTimeoutOnEveryConnection(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  const init = adapter.init
  adapter.init = (args) => {
    const instance = init(args) as ReturnType<typeof init> & { client?: LibsqlClient; connect?: (...a: unknown[]) => Promise<void> }
    const connect = instance.connect!
    instance.connect = async function (this: typeof instance, ...connectArgs: unknown[]) {
      const firstConnect = !this.client
      await connect.apply(this, connectArgs)
      if (firstConnect && this.client) patchClient(this.client)
    }
    oneWriteTransactionAtATime(instance)
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

/**
 * Inside one process, two write transactions on two libsql connections cannot take turns: the
 * second one's busy timeout sleeps synchronously, which blocks the event loop the first one needs
 * to finish, so both stall for the whole timeout and the second fails ("cannot begin transaction",
 * a 500 for a staff save that met the jobs queue or a pledge). Transactions therefore wait their
 * turn here, asynchronously. A transaction that waits longer than the busy timeout goes ahead
 * anyway (as before), so a transaction begun inside another can slow things down but never hang.
 */
function oneWriteTransactionAtATime(instance: object): void {
  const db = instance as Transactions
  const begin = db.beginTransaction
  const commit = db.commitTransaction
  const rollback = db.rollbackTransaction
  const releases = new Map<number | string, () => void>()
  let tail: Promise<void> = Promise.resolve()

  const turn = async (): Promise<() => void> => {
    let release!: () => void
    const mine = new Promise<void>((resolve) => (release = resolve))
    const previous = tail
    tail = previous.then(() => mine)
    let timer: NodeJS.Timeout | undefined
    await Promise.race([previous, new Promise((resolve) => (timer = setTimeout(resolve, BUSY_TIMEOUT_MS)))])
    clearTimeout(timer)
    return release
  }
  const done = async (id: TransactionID, end: (id: TransactionID) => Promise<void>, self: unknown) => {
    const resolved = (id as unknown) instanceof Promise ? await id : (id as number | string | null | undefined)
    try {
      await end.call(self, resolved)
    } finally {
      if (resolved !== null && resolved !== undefined) {
        releases.get(resolved)?.()
        releases.delete(resolved)
      }
    }
  }

  db.beginTransaction = async function (this: unknown, ...args: never[]) {
    const release = await turn()
    try {
      const id = await begin.apply(this, args)
      const resolved = (id as unknown) instanceof Promise ? await id : (id as number | string | null | undefined)
      if (resolved === null || resolved === undefined) release()
      else releases.set(resolved, release)
      return resolved
    } catch (error) {
      release()
      throw error
    }
  }
  db.commitTransaction = function (this: unknown, id) {
    return done(id, commit, this)
  }
  db.rollbackTransaction = function (this: unknown, id) {
    return done(id, rollback, this)
  }
}

function patchClient(client: LibsqlClient): void {
  const pragma = `PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS};`
  const execute = client.execute.bind(client)
  let connectionIsNew = false
  const ready = async () => {
    if (!connectionIsNew) return
    connectionIsNew = false
    await execute(pragma)
  }
  for (const method of ['execute', 'batch', 'executeMultiple'] as const) {
    const original = client[method].bind(client)
    client[method] = async (...args: unknown[]) => {
      await ready()
      return original(...args)
    }
  }
  const transaction = client.transaction.bind(client)
  client.transaction = async (...args: unknown[]) => {
    await ready()
    // libsql gives the connection away synchronously, inside this call.
    const tx = transaction(...args)
    connectionIsNew = true
    return tx
  }
}
