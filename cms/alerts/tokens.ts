/**
 * The two links an alert's emails carry. Only hashes are stored:
 * - the confirmation token is random, made when the confirmation email is sent (a retry makes a new one);
 * - the manage token (change frequency, delete, one-click unsubscribe) goes in every digest, so it
 *   is derived from the CMS's secret and a random seed stored with the alert: the database alone
 *   cannot produce it, and every digest carries the same working link.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto'

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

export function newConfirmToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashToken(token) }
}

export const newManageSeed = () => randomBytes(16).toString('hex')

export function manageToken(secret: string, alertId: number | string, seed: string): string {
  return createHmac('sha256', secret).update(`alert-manage:${alertId}:${seed}`).digest('base64url')
}

/** A token as it can arrive in a link: base64url, of a sane length. */
export const looksLikeToken = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9_-]{20,100}$/.test(value)
