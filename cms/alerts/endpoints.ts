/**
 * The alert endpoints under /api/alerts: sign-up (signup.ts), the links in alert emails, and the
 * count admins see. Every page answers in the alert's language and works without JavaScript.
 * - GET  /sent                    "check your email", after the sign-up form
 * - GET  /confirm?token=…         a page with one button (mail scanners that open links do not confirm)
 * - POST /confirm                 confirms (form field `token`)
 * - GET  /manage?token=…          frequency and delete
 * - POST /manage                  saves the frequency, or deletes (`action=delete`)
 * - GET  /unsubscribe?token=…     a page with one button
 * - POST /unsubscribe?token=…     RFC 8058 one-click: body `List-Unsubscribe=One-Click`, no
 *                                 session, idempotent (a link already used answers the same)
 * - GET  /count                   admins only: how many alerts exist, never who
 */
import type { Endpoint, PayloadRequest } from 'payload'
import type { Locale } from '../../content/schema.ts'
import { hasRole } from '../access/roles.ts'
import { readAtMost } from '../http/bodyLimit.ts'
import { slugs } from '../slugs.ts'
import { listingPageUrl } from '../feeds/items.ts'
import { siteUrl, cmsUrl } from '../env.ts'
import { alertMessages, frequencies, type Frequency } from './messages.ts'
import { attr, buttonForm, invalidLink, page, paragraph, raw, text } from './pages.ts'
import { checkEmailPage, receiveAlertSignup } from './signup.ts'
import { alertLinks, byConfirmToken, byManageToken, describeAlert, searchOf, type StoredAlert } from './store.ts'
import { json } from '../http/json.ts'

const query = (req: PayloadRequest) => new URL(req.url ?? '', cmsUrl).searchParams
const langOf = (req: PayloadRequest): Locale => (query(req).get('lang') === 'es' ? 'es' : 'en')

/** A small form body (the pages' own forms, a mail client's one-click POST). */
async function formFields(req: PayloadRequest): Promise<URLSearchParams> {
  const type = (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (!req.body || (type !== 'application/x-www-form-urlencoded' && type !== 'multipart/form-data')) return new URLSearchParams()
  const bytes = await readAtMost(req.body, 4096)
  if (!bytes) return new URLSearchParams()
  if (type === 'application/x-www-form-urlencoded') return new URLSearchParams(bytes.toString('utf8'))
  // Some mail clients send the one-click body as multipart: read its simple fields.
  const fields = new URLSearchParams()
  for (const m of bytes.toString('utf8').matchAll(/name="([^"]+)"\r?\n\r?\n([^\r\n]*)/g)) fields.append(m[1]!, m[2]!)
  return fields
}

async function managePage(req: PayloadRequest, alert: StoredAlert, token: string, notice?: string): Promise<Response> {
  const l = alert.locale
  const m = alertMessages.manage
  const options = frequencies
    .map((f) => `<option value="${f}"${f === alert.frequency ? ' selected' : ''}>${text(alertMessages.frequencyLabels[f][l]).html}</option>`)
    .join('')
  return page(l, m.title[l], [
    ...(notice ? [raw(`<p role="status"><strong>${text(notice).html}</strong></p>`)] : []),
    raw(`<p><strong>${text(m.what(alert.kind)[l]).html}</strong>. ${text(m.search[l]).html}: ${text(await describeAlert(req.payload, alert)).html}</p>`),
    raw(
      `<form method="post" action="${attr(`${cmsUrl}/api/alerts/manage`)}"><input type="hidden" name="token" value="${attr(token)}">` +
        `<label for="alert-frequency">${text(m.frequency[l]).html}</label> <select id="alert-frequency" name="frequency">${options}</select> ` +
        `<button type="submit">${text(m.save[l]).html}</button></form>`,
    ),
    paragraph(m.changeSearch[l]),
    raw(`<p><a href="${attr(listingPageUrl(siteUrl, searchOf(alert), l))}">${text(m.openListing[l]).html}</a></p>`),
    buttonForm(`${cmsUrl}/api/alerts/manage`, { token, action: 'delete' }, m.delete[l], true),
  ])
}

function unsubscribedPage(locale: Locale): Response {
  return page(locale, alertMessages.unsubscribed.title[locale], [paragraph(alertMessages.unsubscribed.body[locale])])
}

export const alertEndpoints: Endpoint[] = [
  { path: '/', method: 'post', handler: (req) => receiveAlertSignup(req.payload, { headers: req.headers, body: req.body }) },
  { path: '/sent', method: 'get', handler: async (req) => checkEmailPage(langOf(req)) },
  {
    path: '/confirm',
    method: 'get',
    handler: async (req) => {
      const token = query(req).get('token')
      const alert = await byConfirmToken(req.payload, token)
      if (!alert) return invalidLink(langOf(req))
      const l = alert.locale
      return page(l, alertMessages.confirmPrompt.title[l], [
        paragraph(
          `${alertMessages.manage.what(alert.kind)[l]}: ${await describeAlert(req.payload, alert)} (${alertMessages.frequencyLabels[alert.frequency][l]})`,
        ),
        buttonForm(`${cmsUrl}/api/alerts/confirm`, { token: token! }, alertMessages.confirmPrompt.button[l]),
      ])
    },
  },
  {
    path: '/confirm',
    method: 'post',
    handler: async (req) => {
      const alert = await byConfirmToken(req.payload, (await formFields(req)).get('token'))
      if (!alert) return invalidLink(langOf(req))
      if (!alert.confirmedAt) {
        const now = new Date().toISOString()
        // The first digest covers what is published from now on.
        await req.payload.update({ collection: slugs.alerts, id: alert.id, data: { confirmedAt: now, lastSentAt: now }, overrideAccess: true, depth: 0 })
      }
      const l = alert.locale
      const { manage } = alertLinks(req.payload, alert)
      return page(l, alertMessages.confirmed.title[l], [
        paragraph(alertMessages.confirmed.body(alert.frequency, alert.kind)[l]),
        raw(`<p><a href="${attr(manage)}">${text(alertMessages.manage.title[l]).html}</a></p>`),
      ])
    },
  },
  {
    path: '/manage',
    method: 'get',
    handler: async (req) => {
      const token = query(req).get('token')
      const alert = await byManageToken(req.payload, token)
      return alert ? managePage(req, alert, token!) : invalidLink(langOf(req))
    },
  },
  {
    path: '/manage',
    method: 'post',
    handler: async (req) => {
      const fields = await formFields(req)
      const token = fields.get('token')
      const alert = await byManageToken(req.payload, token)
      if (!alert) return invalidLink(langOf(req))
      if (fields.get('action') === 'delete') {
        await req.payload.delete({ collection: slugs.alerts, id: alert.id, overrideAccess: true })
        return unsubscribedPage(alert.locale)
      }
      const frequency = fields.get('frequency') as Frequency
      if (!frequencies.includes(frequency)) return managePage(req, alert, token!)
      await req.payload.update({ collection: slugs.alerts, id: alert.id, data: { frequency }, overrideAccess: true, depth: 0 })
      return managePage(req, { ...alert, frequency }, token!, alertMessages.manage.saved[alert.locale])
    },
  },
  {
    path: '/unsubscribe',
    method: 'get',
    handler: async (req) => {
      const token = query(req).get('token')
      const alert = await byManageToken(req.payload, token)
      if (!alert) return invalidLink(langOf(req))
      const l = alert.locale
      return page(l, alertMessages.unsubscribePrompt.title[l], [
        paragraph(`${alertMessages.manage.what(alert.kind)[l]}: ${await describeAlert(req.payload, alert)}`),
        buttonForm(
          `${cmsUrl}/api/alerts/unsubscribe?token=${encodeURIComponent(token!)}`,
          { 'List-Unsubscribe': 'One-Click' },
          alertMessages.unsubscribePrompt.button[l],
        ),
      ])
    },
  },
  {
    path: '/unsubscribe',
    method: 'post',
    handler: async (req) => {
      const token = query(req).get('token')
      const fields = await formFields(req)
      if (fields.get('List-Unsubscribe') !== 'One-Click') {
        return page(langOf(req), alertMessages.badInput.title[langOf(req)], [paragraph('List-Unsubscribe=One-Click')], 400)
      }
      const alert = await byManageToken(req.payload, token)
      if (alert) await req.payload.delete({ collection: slugs.alerts, id: alert.id, overrideAccess: true })
      // Already gone: the same answer, so a second POST (a retry, a second click) is harmless.
      return unsubscribedPage(alert?.locale ?? langOf(req))
    },
  },
  {
    path: '/count',
    method: 'get',
    handler: async (req) => {
      if (!hasRole(req.user, 'admin')) return json({ errors: [{ message: 'Forbidden' }] }, 403)
      const [all, confirmed] = await Promise.all([
        req.payload.count({ collection: slugs.alerts, overrideAccess: true }),
        req.payload.count({ collection: slugs.alerts, where: { confirmedAt: { exists: true } }, overrideAccess: true }),
      ])
      return json({ total: all.totalDocs, confirmed: confirmed.totalDocs }, 200)
    },
  },
]
