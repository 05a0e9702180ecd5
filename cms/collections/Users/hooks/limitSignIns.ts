/**
 * Sign-in attempts are limited twice, and neither limit tells a stranger anything:
 * - per client address (`LOGIN_ADDRESS_LIMIT`, default 10 failures in 15 minutes): then 429 for
 *   that address only, so one stranger cannot go on guessing, nor lock anyone out;
 * - per account (`LOGIN_ACCOUNT_LIMIT`, default 20 failures in 15 minutes): then that email is
 *   refused for the rest of the window, even with the right password, with exactly the answer a
 *   wrong password gets. The account limit is higher than the address limit, so no single address
 *   can reach it; known and unknown emails are counted alike.
 * A successful sign-in takes its attempt back. This replaces Payload's own lock
 * (`maxLoginAttempts`), whose counter never decays: a stranger could lock any staff member by
 * spacing five guesses out, and its "This user is locked" answer revealed which accounts exist.
 *
 * Every failure costs the same: when Payload would answer without checking a password (no such
 * account, or this limit refuses it), a password hash of the same cost is computed here first, so
 * the time taken does not tell an unknown email from a wrong password.
 */
import { pbkdf2 } from 'node:crypto'
import { promisify } from 'node:util'
import { APIError, AuthenticationError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook } from 'payload'
import { clientAddress, createRateLimiter, rateLimitFromEnv } from '../../../http/rateLimit.ts'

const addressLimit = rateLimitFromEnv('LOGIN_ADDRESS_LIMIT', '10/900')
const accountLimit = rateLimitFromEnv('LOGIN_ACCOUNT_LIMIT', '20/900')
const byAddress = addressLimit && createRateLimiter(addressLimit)
const byAccount = accountLimit && createRateLimiter(accountLimit)

/** Payload's current password hash: PBKDF2-SHA256, 600,000 iterations, 32 bytes (payload/dist/auth/strategies/local). */
const hashLikePayload = (password: string) => promisify(pbkdf2)(password, 'no-such-account', 600_000, 32, 'sha256')

const tooMany = {
  en: (minutes: number) => `Too many sign-in attempts from this network. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or use “Forgot password?”.`,
  es: (minutes: number) =>
    `Demasiados intentos de inicio de sesión desde esta red. Vuelva a intentarlo en ${minutes} minuto${minutes === 1 ? '' : 's'} o use “¿Olvidó su contraseña?”.`,
}

const accountKey = (email: unknown) => (typeof email === 'string' ? email.toLowerCase().trim() : '')

export const limitSignIns: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const { data } = args as { data: { email?: unknown; password?: unknown } }
  const address = clientAddress(req.headers)
  const fromAddress = byAddress?.hit(address)
  if (fromAddress && !fromAddress.allowed) {
    const minutes = Math.ceil(fromAddress.retryAfterSeconds / 60)
    req.responseHeaders = new Headers({ 'Retry-After': String(fromAddress.retryAfterSeconds) })
    const message = tooMany[req.i18n?.language === 'es' ? 'es' : 'en'](minutes)
    throw new APIError(message, 429, { retryAfterSeconds: fromAddress.retryAfterSeconds }, true)
  }
  const email = accountKey(data?.email)
  const password = typeof data?.password === 'string' ? data.password : ''
  const forAccount = byAccount?.hit(email)
  if (forAccount && !forAccount.allowed) {
    await hashLikePayload(password)
    throw new AuthenticationError(req.t)
  }
  // Payload answers an unknown email without hashing anything; hash here so it takes as long. This
  // looks the account up once more than Payload will: an indexed read, far cheaper than the hash.
  const account = email && (await req.payload.db.findOne({ collection: 'users', req, where: { email: { equals: email } } }))
  if (!account) await hashLikePayload(password)
  return args
}

export const forgiveSignIn: CollectionAfterLoginHook = ({ req, user }) => {
  byAddress?.forgive(clientAddress(req.headers))
  byAccount?.forgive(accountKey(user?.email))
  return user
}
