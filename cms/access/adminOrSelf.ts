import type { Where } from 'payload'
import { hasRole, type AccessArgs } from './roles.ts'

/** Admins see every account; other staff only their own (to change their name or password). */
export const adminOrSelf = ({ req }: AccessArgs): boolean | Where => {
  if (hasRole(req.user, 'admin')) return true
  if (req.user?.id !== undefined) return { id: { equals: req.user.id } }
  return false
}
