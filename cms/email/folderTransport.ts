/**
 * A nodemailer transport that writes each message to a folder as an `.eml` file instead of
 * sending it: development and tests see exactly what an employer would receive, with no SMTP.
 */
import { randomUUID } from 'node:crypto'
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
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
        try {
          mkdirSync(dir, { recursive: true })
          // Time first so a listing sorts by sending order; written then renamed so a reader never
          // sees half a message.
          const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`
          const path = join(dir, name)
          writeFileSync(`${path}.tmp`, message)
          renameSync(`${path}.tmp`, path)
          callback(null, { envelope: mail.message.getEnvelope(), messageId: mail.message.messageId(), path })
        } catch (writeError) {
          callback(writeError as Error, undefined as never)
        }
      })
    },
  }
}
