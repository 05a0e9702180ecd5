/** Opens the CMS in this process (no HTTP server) for scripts: seed, export, reminders, benchmarks. */
import type { Payload } from 'payload'

async function openCms(): Promise<Payload> {
  // Outside production, getPayload opens a hot-reload socket to a Next dev server on
  // localhost:$PORT (3000): a script would then never exit while any other app listens there.
  // A script has no dev server to follow; Payload's own CLI turns this off the same way.
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../../cms/payload.config.ts')])
  return getPayload({ config })
}

/** Runs `work` with an open CMS, closes it, and turns an error into a message and exit code 1. */
export async function withCms(name: string, work: (payload: Payload) => Promise<void>): Promise<void> {
  let payload: Payload | undefined
  try {
    payload = await openCms()
    await work(payload)
  } catch (error) {
    console.error(`\n${name} failed:\n${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  } finally {
    await payload?.destroy()
  }
}
