/**
 * `GET /api/health`, for an uptime monitor or a load balancer: public, never cached.
 * 503 when the database does not answer (the CMS cannot serve anything); otherwise 200, with
 * `"status": "ok"` or `"degraded"` (the queue is late or the last site update failed): a monitor
 * that should also alert on those looks for `"status":"ok"` in the body. See cms/health/report.ts.
 */
import type { Endpoint } from 'payload'
import { healthReport } from './report.ts'
import { json } from '../http/json.ts'

export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const report = await healthReport(req.payload)
    return json(report, report.status === 'down' ? 503 : 200)
  },
}
