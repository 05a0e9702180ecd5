/**
 * POST /api/pledges through Payload: an employer signs the pledge from the public site. Replaces
 * Payload's generic create; the work is in pledges/receive.ts. On SQLite the faster route
 * `app/(payload)/api/pledges/route.ts` answers this URL first and calls the same code.
 */
import type { Endpoint } from 'payload'
import { receivePledge } from '../../../pledges/receive.ts'

export const submitPledge: Endpoint = {
  path: '/',
  method: 'post',
  handler: (req) => receivePledge(req.payload, { headers: req.headers, body: req.body }),
}
