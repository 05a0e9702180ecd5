/**
 * Temporary folders and servers a benchmark must not leave behind: `cleanUp` runs on Ctrl-C or
 * SIGTERM (the process then ends by that signal), or when the returned function is called.
 */
export function cleanUpOnExit(cleanUp: () => void): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    cleanUp()
    process.kill(process.pid, signal)
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  return () => {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    cleanUp()
  }
}
