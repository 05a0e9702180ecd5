/**
 * `POST /api/alerts`: a reader asks for an email alert. The listing's sign-up form posts here
 * (application/x-www-form-urlencoded, no JavaScript needed: the answer is a redirect to a "check
 * your email" page) and scripts may send JSON (the answer is JSON). Fields: `email`, `kind`
 * (jobs | trainings), `frequency` (daily | weekly), `lang` (en | es), and the search by the
 * listing form's names (`q`, `region`, `worker-type`, …).
 *
 * Whether or not the address already has alerts, a valid sign-up gets the same answer, so the
 * form cannot be used to learn who subscribes. Rate limited per network and per address.
 */
import type { Payload } from 'payload'
import { z } from 'zod'
import { type ListingKind, listingKinds, listingSearchParams, parseListingSearch, type SearchError } from '../../content/listingSearch.ts'
import type { Locale } from '../../content/schema.ts'
import { loadTerms, unknownTerm } from '../feeds/findListings.ts'
import { readAtMost } from '../http/bodyLimit.ts'
import { clientAddress, createRateLimiter, rateLimitFromEnv } from '../http/rateLimit.ts'
import { queueAlertConfirmation } from '../queue/alertEmails.ts'
import { sendQueuedEmailsSoon } from '../queue/pledgeEmail.ts'
import { slugs } from '../slugs.ts'
import { alertMessages, type Frequency, frequencies } from './messages.ts'
import { page, paragraph, raw, text } from './pages.ts'
import { hashToken, manageToken, newManageSeed } from './tokens.ts'
import { cmsUrl } from '../env.ts'
import { json } from '../http/json.ts'

const perNetwork = rateLimitFromEnv('ALERT_RATE_LIMIT', '10/600')
const perAddress = rateLimitFromEnv('ALERT_ADDRESS_RATE_LIMIT', '3/3600')
const networkLimiter = perNetwork && createRateLimiter(perNetwork)
const addressLimiter = perAddress && createRateLimiter(perAddress)

/** More alerts than this for one address are not stored (answered as usual). */
const maxAlertsPerAddress = 20
const maxBodyBytes = 16 * 1024
const reserved = ['email', 'kind', 'frequency', 'lang']
const emailRule = z.email().max(254)

type Answer = { form: boolean; locale: Locale }

function refuse(answer: Answer, status: number, errors: SearchError[], headers: Record<string, string> = {}): Response {
  if (!answer.form) {
    return json({ errors: errors.map((e) => ({ field: e.field, message: e.message[answer.locale], messages: e.message })) }, status, headers)
  }
  const list = raw(`<ul class="errors">${errors.map((e) => `<li>${text(e.message[answer.locale]).html}</li>`).join('')}</ul>`)
  const response = page(answer.locale, alertMessages.badInput.title[answer.locale], [list])
  return new Response(response.body, { status, headers: { ...Object.fromEntries(response.headers), ...headers } })
}

async function readFields(req: {
  headers: Headers
  body?: ReadableStream<Uint8Array> | null
}): Promise<{ form: boolean; params: URLSearchParams } | undefined> {
  const type = (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (type !== 'application/x-www-form-urlencoded' && type !== 'application/json') return undefined
  const bytes = req.body ? await readAtMost(req.body, maxBodyBytes) : Buffer.alloc(0)
  if (!bytes) return undefined
  const body = bytes.toString('utf8')
  if (type === 'application/x-www-form-urlencoded') return { form: true, params: new URLSearchParams(body) }
  try {
    const value: unknown = JSON.parse(body)
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined
    const params = new URLSearchParams()
    for (const [k, v] of Object.entries(value)) {
      if (typeof v !== 'string') return undefined
      params.append(k, v)
    }
    return { form: false, params }
  } catch {
    return undefined
  }
}

export async function receiveAlertSignup(payload: Payload, req: { headers: Headers; body?: ReadableStream<Uint8Array> | null }): Promise<Response> {
  const network = networkLimiter?.hit(clientAddress(req.headers))
  const fields = await readFields(req)
  const lang = fields?.params.get('lang')
  const answer: Answer = { form: fields?.form ?? !/json/.test(req.headers.get('content-type') ?? ''), locale: lang === 'es' ? 'es' : 'en' }
  if (network && !network.allowed) {
    return refuse(answer, 429, [{ field: '', message: alertMessages.rateLimited.body(network.retryAfterSeconds) }], {
      'Retry-After': String(network.retryAfterSeconds),
    })
  }
  if (!fields) return refuse(answer, 400, [{ field: '', message: alertMessages.unreadable }])
  const { params } = fields

  const errors: SearchError[] = []
  const email = (params.get('email') ?? '').trim().toLowerCase()
  const kind = params.get('kind') ?? ''
  const frequency = params.get('frequency') ?? 'weekly'
  if (!emailRule.safeParse(email).success) errors.push({ field: 'email', message: alertMessages.email })
  if (!(listingKinds as readonly string[]).includes(kind)) errors.push({ field: 'kind', message: alertMessages.kind })
  if (!(frequencies as readonly string[]).includes(frequency)) errors.push({ field: 'frequency', message: alertMessages.frequency })
  if (lang !== null && lang !== undefined && lang !== 'en' && lang !== 'es') errors.push({ field: 'lang', message: alertMessages.locale })
  if (errors.length) return refuse(answer, 400, errors)
  const parsed = parseListingSearch(kind as ListingKind, params, reserved)
  if (!parsed.ok) return refuse(answer, 400, parsed.errors)
  const unknown = unknownTerm(parsed.search, await loadTerms(payload))
  if (unknown)
    return refuse(answer, 400, [
      { field: unknown, message: { en: `Choose a ${unknown.replace('-', ' ')} from the list.`, es: 'Elija una opción de la lista.' } },
    ])

  const address = addressLimiter?.hit(email)
  if (address && !address.allowed) {
    return refuse(answer, 429, [{ field: '', message: alertMessages.rateLimited.body(address.retryAfterSeconds) }], {
      'Retry-After': String(address.retryAfterSeconds),
    })
  }

  await storeAlert(payload, {
    email,
    kind: kind as ListingKind,
    frequency: frequency as Frequency,
    locale: answer.locale,
    search: listingSearchParams(parsed.search).toString(),
  })

  if (answer.form) {
    return new Response(null, { status: 303, headers: { Location: `${cmsUrl}/api/alerts/sent?lang=${answer.locale}`, 'Cache-Control': 'no-store' } })
  }
  return Response.json({ message: alertMessages.checkEmail.body[answer.locale] }, { status: 202, headers: { 'Cache-Control': 'no-store' } })
}

/** Saves the alert (or finds the same one) and queues its confirmation; an alert already confirmed gets none. */
async function storeAlert(payload: Payload, data: { email: string; kind: ListingKind; frequency: Frequency; locale: Locale; search: string }) {
  const { docs } = await payload.find({
    collection: slugs.alerts,
    where: { email: { equals: data.email } },
    depth: 0,
    limit: maxAlertsPerAddress,
    pagination: false,
    overrideAccess: true,
  })
  const same = docs.find((d) => d.kind === data.kind && (d.search ?? '') === data.search)
  if (same?.confirmedAt) return
  if (!same && docs.length >= maxAlertsPerAddress) return
  let id = same?.id
  if (same) {
    await payload.update({ collection: slugs.alerts, id: same.id, data: { frequency: data.frequency, locale: data.locale }, overrideAccess: true, depth: 0 })
  } else {
    const manageSeed = newManageSeed()
    const created = await payload.create({ collection: slugs.alerts, data: { ...data, manageSeed }, overrideAccess: true, depth: 0 })
    id = created.id
    await payload.update({
      collection: slugs.alerts,
      id: created.id,
      data: { manageTokenHash: hashToken(manageToken(payload.secret, created.id, manageSeed)) },
      overrideAccess: true,
      depth: 0,
    })
  }
  await queueAlertConfirmation(payload, id!)
  sendQueuedEmailsSoon(payload)
}

export const checkEmailPage = (locale: Locale) => page(locale, alertMessages.checkEmail.title[locale], [paragraph(alertMessages.checkEmail.body[locale])])
