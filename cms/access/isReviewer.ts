import { hasRole, type AccessArgs } from './roles.ts'

/** Pledge reviewers: approve, reject or lapse pledges. */
export const isReviewer = ({ req }: AccessArgs): boolean => hasRole(req.user, 'admin', 'reviewer')
