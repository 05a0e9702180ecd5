/**
 * Per-key limits (pledge submissions per address, sign-in failures per address and per account),
 * kept in this process's memory (one CMS process; behind several processes, put the limit in the
 * proxy instead). Sliding window: at most `limit` hits in any `windowMs`.
 */
export type RateLimit = { limit: number; windowMs: number }
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/** A limit set in the environment as "count/seconds", e.g. `PLEDGE_RATE_LIMIT=5/600`; "off" turns it off. */
export function rateLimitFromEnv(name: string, fallback: string): RateLimit | null {
  const value = process.env[name] || fallback
  if (value === 'off') return null
  const match = /^(\d+)\/(\d+)$/.exec(value)
  if (!match) throw new Error(`${name} must look like ${fallback} (count/seconds) or "off", not "${value}"`)
  return { limit: Number(match[1]), windowMs: Number(match[2]) * 1000 }
}

export function createRateLimiter({ limit, windowMs }: RateLimit) {
  const hits = new Map<string, number[]>()
  let lastSweep = 0
  return {
    hit(key: string, now = Date.now()): RateDecision {
      // Forget addresses that went quiet, so memory stays bounded by recent traffic.
      if (now - lastSweep > windowMs) {
        for (const [k, times] of hits) if (times[times.length - 1]! <= now - windowMs) hits.delete(k)
        lastSweep = now
      }
      const recent = (hits.get(key) ?? []).filter((t) => t > now - windowMs)
      if (recent.length >= limit) {
        hits.set(key, recent)
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0]! + windowMs - now) / 1000)) }
      }
      recent.push(now)
      hits.set(key, recent)
      return { allowed: true }
    },
    /** Takes back the latest hit of `key` (an attempt that turned out not to count, e.g. a successful sign-in). */
    forgive(key: string) {
      hits.get(key)?.pop()
    },
  }
}

/**
 * The client's address. Next.js only fills X-Forwarded-For when the request has none, so the
 * right-most entry is the one the nearest proxy (or Next itself) saw; a client can prepend
 * entries but not replace that one when a proxy appends to the header.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')
  const last = forwarded
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .pop()
  return last || headers.get('x-real-ip') || 'unknown'
}
