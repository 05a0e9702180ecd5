/**
 * Runs tasks one after another. SQLite has one writer: concurrent write transactions each wait in
 * SQLite's busy handler, which sleeps and retries, so under a burst latency grows in seconds-long
 * steps. Queued here instead, each save starts as soon as the previous one ends.
 */
export function oneAtATime() {
  let tail: Promise<unknown> = Promise.resolve()
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task)
    tail = run.catch(() => undefined)
    return run
  }
}
