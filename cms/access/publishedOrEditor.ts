import type { Where } from 'payload'
import { hasRole, type AccessArgs } from './roles.ts'

/** Editors see drafts; everyone else (reviewers and the public included) only published documents. */
export const publishedOrEditor = ({ req }: AccessArgs): boolean | Where => hasRole(req.user, 'admin', 'editor') || { _status: { equals: 'published' } }
