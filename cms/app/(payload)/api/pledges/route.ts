/*
 * /api/pledges exactly (Next.js prefers this folder to Payload's catch-all `[...slug]`). A pledge
 * submission (POST) on SQLite is answered here without Payload's per-request work (auth, i18n,
 * request object), which costs more than the submission itself; everything else, and every
 * request on MongoDB, goes to Payload as before. /api/pledges/<anything> never comes here.
 */
import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { getPayload } from 'payload'
import { json, withCors } from '../../../../pledges/http.ts'
import { intakeInUse } from '../../../../pledges/intake/index.ts'
import { receivePledge } from '../../../../pledges/receive.ts'

export const dynamic = 'force-dynamic'

const asPayloadRoute = (handler: ReturnType<typeof REST_GET>) => (request: Request) =>
  handler(request, { params: Promise.resolve({ slug: ['pledges'] }) })

export const GET = asPayloadRoute(REST_GET(config))
export const DELETE = asPayloadRoute(REST_DELETE(config))
export const PATCH = asPayloadRoute(REST_PATCH(config))
export const PUT = asPayloadRoute(REST_PUT(config))
export const OPTIONS = asPayloadRoute(REST_OPTIONS(config))
const payloadPost = asPayloadRoute(REST_POST(config))

export async function POST(request: Request): Promise<Response> {
  if (!intakeInUse()) return payloadPost(request)
  const payload = await getPayload({ config })
  try {
    return withCors(request, await receivePledge(payload, request), payload.config.cors)
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Pledge submission failed' })
    return withCors(request, json({ errors: [{ field: '', message: 'Something went wrong; try again.' }] }, 500), payload.config.cors)
  }
}
