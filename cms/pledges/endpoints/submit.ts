/** POST /api/pledges: an employer signs the pledge from the public site (see pledges/receive.ts). */
import type { Endpoint } from 'payload'
import { receivePledge } from '../receive.ts'

// Custom endpoints come before Payload's own, so this replaces the generic create.
export const submitPledge: Endpoint = {
  path: '/',
  method: 'post',
  handler: (req) => receivePledge(req.payload, { headers: req.headers, body: req.body }),
}
