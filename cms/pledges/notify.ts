import type { Payload } from 'payload'
import type { Email } from './emails.ts'

/**
 * Sends an email without failing the caller: a pledge that was stored stays stored even when the
 * mail server is down. The failure is logged for staff to follow up.
 */
export async function notify(payload: Payload, to: string, email: Email): Promise<boolean> {
  try {
    await payload.sendEmail({ to, subject: email.subject, text: email.text, html: email.html })
    return true
  } catch (error) {
    payload.logger.error({ err: error, msg: `Could not send "${email.subject}" to ${to.replace(/^[^@]*/, '…')}` })
    return false
  }
}
