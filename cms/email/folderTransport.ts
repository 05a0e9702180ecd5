/**
 * A nodemailer transport that writes each message to a folder as an `.eml` file instead of
 * sending it: development and tests see exactly what an employer would receive, with no SMTP.
 */
import { randomUUID } from 'node:crypto'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Transport } from 'nodemailer'

type SentInfo = { envelope: { from: string | false; to: string[] }; messageId: string; path: string }

export function folderTransport(dir: string): Transport<SentInfo> {
  return {
    name: 'folder',
    version: '1.0.0',
    send(mail, callback) {
      mail.message.build((error, message) => {
        if (error) return callback(error, undefined as never)
        // Written then renamed so a reader never sees half a message; time first so a listing
        // sorts by sending order.
        const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`
        const path = join(dir, name)
        mkdir(dir, { recursive: true })
          .then(() => writeFile(`${path}.tmp`, message))
          .then(() => rename(`${path}.tmp`, path))
          .then(
            () => callback(null, { envelope: mail.message.getEnvelope(), messageId: mail.message.messageId(), path }),
            (writeError: Error) => callback(writeError, undefined as never),
          )
      })
    },
  }
}
