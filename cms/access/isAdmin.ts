import { hasRole, type AccessArgs } from './roles.ts'

/** Admins manage users and everything else. */
export const isAdmin = ({ req }: AccessArgs): boolean => hasRole(req.user, 'admin')
