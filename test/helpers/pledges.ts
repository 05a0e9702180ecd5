/** Pledge submissions as the public form sends them, for the HTTP and benchmark tests. */
import { randomUUID } from 'node:crypto'
import type { PledgeSubmission } from '../../content/schema.ts'
import type { Client } from './http.ts'

let counter = 0

/** A valid submission with a unique organization name and email. */
export function validSubmission(overrides: Partial<PledgeSubmission> = {}): PledgeSubmission {
  const n = `${process.pid}-${Date.now()}-${++counter}`
  return {
    organization: { name: `Pledge Test Clinic ${n}`, kind: 'clinic', region: 'sonoma-county', website: 'https://example.org', chwCount: 4 },
    contact: { name: 'Rosa Contact', title: 'Director of Community Health', email: `contact-${n}@example.org`, phone: '(707) 555-0123' },
    commitments: [
      { area: 'hiring', recommendations: ['no-degree-required', 'value-shared-life-experience'] },
      { area: 'pay-and-benefits', recommendations: ['fair-pay-scale'] },
    ],
    selfAssessment: [
      { area: 'hiring', rating: 'partly' },
      { area: 'pay-and-benefits', rating: 'planning' },
    ],
    statement: 'We hire from the communities we serve.',
    consentToList: true,
    signerName: 'Ana Signer',
    signerTitle: 'Chief Executive Officer',
    agreed: true,
    locale: 'en',
    ...overrides,
  }
}

/** What the form posts: the submission, a fresh idempotency key and the empty honeypot. */
export function formBody(submission = validSubmission(), idempotencyKey: string = randomUUID()) {
  return { ...submission, idempotencyKey, fax: '' }
}

/** The pledge with this reference, as staff see it over REST (a 201 means it is saved); undefined if absent. */
export async function savedPledge(staff: Client, reference: string): Promise<Record<string, any> | undefined> {
  const { json } = await staff.rest('GET', `/api/pledges?where[reference][equals]=${encodeURIComponent(reference)}&depth=0`)
  return json.docs?.[0]
}
