/** Opens the CMS in this process (no HTTP server) for scripts: seed, export, benchmarks. */
import { getPayload, type Payload } from 'payload'
import config from '../../cms/payload.config.ts'

export async function openCms(): Promise<Payload> {
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
