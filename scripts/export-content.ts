/**
 * `npm run export [-- --out <dir>]`: writes the published content of the CMS to content/ (or
 * <dir>), validated by content/schema.ts. An invalid document stops the export with a message
 * naming the document and the field, and leaves the existing files untouched.
 */
import { parseArgs } from 'node:util'
import { contentDir } from '../content/snapshot.ts'
import { exportSnapshot } from '../cms/snapshot/exportSnapshot.ts'
import { withCms } from './lib/cms.ts'

const { values } = parseArgs({ options: { out: { type: 'string' } } })
const dir = values.out ?? contentDir

await withCms('Export', async (payload) => {
  const started = performance.now()
  const written = await exportSnapshot(payload, dir)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(written.length ? `Exported to ${dir}: ${written.join(', ')} (${seconds} s).` : `Export: ${dir} is up to date (${seconds} s).`)
})
