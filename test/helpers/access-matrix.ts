/**
 * Who may do what, written out in full: every role × every collection × create/read/update/delete.
 * The Local API and the HTTP tests both check the CMS against this one table.
 *   allow      the operation succeeds (reads include drafts)
 *   deny       403
 *   published  reads succeed but return published documents only
 *   self       only on the user's own account
 */
import { richText } from '../../scripts/lib/lexical.ts'

export const roles = ['anonymous', 'editor', 'reviewer', 'admin'] as const
export type Role = (typeof roles)[number]
export const operations = ['create', 'read', 'update', 'delete'] as const
export type Operation = (typeof operations)[number]
export type Expectation = 'allow' | 'deny' | 'published' | 'self'
type Row = Record<Operation, Expectation>

const all = (e: Expectation): Row => ({ create: e, read: e, update: e, delete: e })
const readOnly = (read: Expectation): Row => ({ create: 'deny', read, update: 'deny', delete: 'deny' })

const publishedContent: Record<Role, Row> = {
  anonymous: readOnly('published'),
  reviewer: readOnly('published'),
  editor: all('allow'),
  admin: all('allow'),
}
const publicReference: Record<Role, Row> = {
  anonymous: readOnly('allow'),
  reviewer: readOnly('allow'),
  editor: all('allow'),
  admin: all('allow'),
}

export const accessMatrix: Record<string, Record<Role, Row>> = {
  'training-programs': publishedContent,
  'job-postings': publishedContent,
  toolkits: publishedContent,
  organizations: publicReference,
  'worker-types': publicReference,
  regions: publicReference,
  languages: publicReference,
  'core-roles': publicReference,
  media: publicReference,
  // Pledges are created only through the checked pledge endpoint (POST /api/pledges, open to
  // everyone, see pledges.int.test.ts); the collection itself lets nobody create one directly.
  pledges: {
    anonymous: { create: 'deny', read: 'deny', update: 'deny', delete: 'deny' },
    editor: { create: 'deny', read: 'allow', update: 'deny', delete: 'deny' },
    reviewer: { create: 'deny', read: 'allow', update: 'allow', delete: 'deny' },
    admin: { create: 'deny', read: 'allow', update: 'allow', delete: 'allow' },
  },
  users: {
    anonymous: all('deny'),
    editor: { create: 'deny', read: 'self', update: 'self', delete: 'deny' },
    reviewer: { create: 'deny', read: 'self', update: 'self', delete: 'deny' },
    admin: all('allow'),
  },
  // Email alerts: readers manage their own through the links in their emails (cms/alerts/);
  // nobody, admins included, lists, reads or changes them through the API. Admins get a count.
  alerts: { anonymous: all('deny'), editor: all('deny'), reviewer: all('deny'), admin: all('deny') },
}
export const collections = Object.keys(accessMatrix)

export type Refs = { region: number | string; organization: number | string; workerType: number | string; language: number | string }

let counter = 0
/** A valid new document for `collection` (unique slugs and emails), as a published one where drafts exist. */
export function validDocument(collection: string, refs: Refs): Record<string, unknown> {
  const n = `${process.pid}-${++counter}`
  const name = `Access test ${n}`
  switch (collection) {
    case 'training-programs':
      return {
        title: name,
        provider: refs.organization,
        summary: 'A training used by the access tests.',
        workerTypes: [refs.workerType],
        format: 'online',
        pace: 'self-paced',
        languages: [refs.language],
        regions: [refs.region],
        cost: { type: 'free', stipendOffered: false },
        certification: { approved: false },
        registrationUrl: 'https://example.org/register',
        _status: 'published',
      }
    case 'job-postings':
      return {
        title: name,
        employer: refs.organization,
        workerTypes: [refs.workerType],
        summary: 'A job used by the access tests.',
        location: { state: 'CA', region: refs.region },
        workMode: 'remote',
        employmentType: 'full-time',
        pay: { min: 25, unit: 'hour', currency: 'USD' },
        howToApply: { url: 'https://example.org/apply' },
        postedDate: '2026-11-01T12:00:00.000Z',
        _status: 'published',
      }
    case 'toolkits':
      return {
        title: name,
        summary: 'A toolkit used by the access tests.',
        body: richText('A toolkit body.'),
        audiences: ['employers'],
        sources: [{ key: 'test-source', title: 'Test source', organization: refs.organization }],
        _status: 'published',
      }
    case 'organizations':
      return { name, kind: 'cbo', region: refs.region }
    case 'worker-types':
      return { name, order: 99, oregonThw: false }
    case 'regions':
      return { name, order: 99, state: 'CA', kind: 'county' }
    case 'languages':
      return { name, order: 99, code: 'fr' }
    case 'core-roles':
      return { name, order: 99 }
    case 'media':
      return { alt: name }
    case 'pledges':
      return {
        organizationName: name,
        organization: { kind: 'clinic', region: refs.region, chwCount: 3 },
        contact: { name: 'Test Contact', title: 'Director', email: `contact-${n}@example.org` },
        commitments: [{ area: 'hiring', recommendations: ['no-degree-required'] }],
        consentToList: true,
        signerName: 'Test Signer',
        signerTitle: 'Director',
        agreed: true,
      }
    case 'users':
      return { email: `user-${n}@portal.test`, password: 'a-long-test-password', roles: ['editor'] }
    case 'alerts':
      return { email: `alert-${n}@example.org`, locale: 'en', kind: 'jobs', search: 'q=doula', frequency: 'weekly' }
    default:
      throw new Error(`no test document for ${collection}`)
  }
}

/** A 1×1 PNG, for media uploads. */
export const tinyPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
