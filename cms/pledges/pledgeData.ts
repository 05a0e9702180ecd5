/** A submission as the data of a new, pending pledge: one mapping for the intake's drainer and the direct save (MongoDB). */
import type { PledgeSubmission } from '../../content/schema.ts'

export function newPledgeData(s: PledgeSubmission, region: number | string, reference: string, idempotencyKey: string) {
  return {
    organizationName: s.organization.name,
    organization: { kind: s.organization.kind, region: region as number, chwCount: s.organization.chwCount, website: s.organization.website },
    contact: { ...s.contact, email: s.contact.email.toLowerCase() },
    commitments: s.commitments,
    selfAssessment: s.selfAssessment,
    statement: s.statement,
    consentToList: s.consentToList,
    signerName: s.signerName,
    signerTitle: s.signerTitle,
    agreed: s.agreed,
    locale: s.locale,
    status: 'pending' as const,
    reference,
    idempotencyKey,
  }
}
