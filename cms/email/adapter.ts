/**
 * Email for the CMS: Payload's nodemailer adapter. With SMTP_HOST set (production) messages go
 * through that server; otherwise they are written to MAIL_DIR (default `.data/mail/`).
 */
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import { resolve } from 'node:path'
import { dataDir, rootDir } from '../paths.ts'
import { folderTransport } from './folderTransport.ts'

function mailDir(): string {
  return process.env.MAIL_DIR ? resolve(rootDir, process.env.MAIL_DIR) : resolve(dataDir, 'mail')
}

export function emailAdapter() {
  const smtpHost = process.env.SMTP_HOST
  const transport = smtpHost
    ? nodemailer.createTransport({
        host: smtpHost,
        port: Number(process.env.SMTP_PORT || 587),
        secure: process.env.SMTP_SECURE === 'true',
        auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD } : undefined,
      })
    : nodemailer.createTransport(folderTransport(mailDir()))
  return nodemailerAdapter({
    defaultFromAddress: process.env.MAIL_FROM_ADDRESS || 'pledge@chw-portal.example.org',
    defaultFromName: process.env.MAIL_FROM_NAME || 'CHW Portal',
    transport,
    // Verifying would open an SMTP connection at every start-up; a bad setting shows on first send.
    skipVerify: true,
  })
}
