import { hasRole, type AccessArgs } from './roles.ts'

/** Anyone with a staff role: may read pledges and use the admin. */
export const isStaff = ({ req }: AccessArgs): boolean => hasRole(req.user, 'admin', 'editor', 'reviewer')
