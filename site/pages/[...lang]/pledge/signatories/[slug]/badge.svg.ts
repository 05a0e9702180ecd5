/** /pledge/signatories/<slug>/badge.svg (and /es/…): the embeddable badge, a standalone SVG. */
import type { APIRoute } from 'astro'
import type { Signatory } from '../../../../../../content/schema.ts'
import { langFromParam, t } from '../../../../../lib/i18n.ts'
import { badgeSvg } from '../../../../../lib/pledge/badge.ts'
import { signatoryStaticPaths } from '../../../../../lib/pledge/signatory-paths.ts'

export const getStaticPaths = signatoryStaticPaths

export const GET: APIRoute = ({ params, props }) => {
  const locale = langFromParam(params.lang)
  const { signatory } = props as { signatory: Signatory }
  const svg = badgeSvg({
    organizationName: signatory.organizationName,
    line1: t(locale, 'badge.line1'),
    line2: t(locale, 'badge.line2'),
    title: t(locale, 'badge.alt', { name: signatory.organizationName }),
    lang: locale,
  })
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } })
}
