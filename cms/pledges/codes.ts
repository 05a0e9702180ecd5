import { createHash, randomBytes } from 'node:crypto'

// Crockford's base32: no I, L, O or U, so a reference read over the phone is not misheard.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** A pledge reference the employer can quote, e.g. PLG-7K3M-Q9XD (40 random bits). */
export function newPledgeReference(): string {
  const bytes = randomBytes(8)
  const chars = Array.from(bytes, (b) => alphabet[b & 31]).join('')
  return `PLG-${chars.slice(0, 4)}-${chars.slice(4, 8)}`
}

/** A private progress-report token (256 random bits) and the hash the CMS keeps instead of it. */
export function newProgressToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashToken(token) }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}
