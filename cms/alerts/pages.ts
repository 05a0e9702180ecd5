/**
 * The small pages the CMS answers alert links and the sign-up form with: plain HTML that works
 * without JavaScript, in the alert's language, readable on a phone (no external files).
 */
import type { Locale } from '../../content/schema.ts'
import { siteUrl } from '../env.ts'
import { alertMessages } from './messages.ts'
import { escapeHtml } from '../../content/escapeHtml.ts'

/** Marks a string as HTML already escaped. */
export type Html = { html: string }
export const raw = (html: string): Html => ({ html })
export const text = (value: string): Html => raw(escapeHtml(value))
export const attr = escapeHtml

const style = `body{font:1.125rem/1.5 system-ui,sans-serif;margin:0;padding:1rem;color:#1a1a1a;background:#fff}
main{max-width:40rem;margin:0 auto}a{color:#0b5394}button,select{font:inherit;min-height:44px;padding:.5rem 1rem}
button{background:#0b5394;color:#fff;border:2px solid #0b5394;border-radius:6px;cursor:pointer}
button.secondary{background:#fff;color:#8b1a1a;border-color:#8b1a1a}:focus-visible{outline:3px solid #c45500;outline-offset:2px}
form{margin:1.5rem 0}label{display:block;font-weight:600;margin-bottom:.25rem}ul.errors{color:#8b1a1a}`

export function page(locale: Locale, title: string, body: Html[], status = 200): Response {
  const home = `${siteUrl}${locale === 'es' ? '/es/' : '/'}`
  const html = `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escapeHtml(title)} · CHW Portal</title><style>${style}</style></head>
<body><main><h1>${escapeHtml(title)}</h1>
${body.map((b) => b.html).join('\n')}
<p><a href="${escapeHtml(home)}">${escapeHtml(alertMessages.backToSite[locale])}</a></p>
</main></body></html>`
  return new Response(html, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } })
}

export const paragraph = (value: string) => raw(`<p>${escapeHtml(value)}</p>`)

/** A form with one button that posts hidden fields (confirm, unsubscribe). */
export function buttonForm(action: string, fields: Record<string, string>, label: string, secondary = false): Html {
  const hidden = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('')
  return raw(
    `<form method="post" action="${escapeHtml(action)}">${hidden}<button type="submit"${secondary ? ' class="secondary"' : ''}>${escapeHtml(label)}</button></form>`,
  )
}

export function invalidLink(locale: Locale): Response {
  return page(locale, alertMessages.invalidLink.title[locale], [paragraph(alertMessages.invalidLink.body[locale])], 404)
}
