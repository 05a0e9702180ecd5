/**
 * What each role sees in the admin's navigation: only what it may use. Access rules still guard
 * every operation; this only keeps the admin free of screens a person cannot work in.
 */
import { hasRole, type Role } from './roles.ts'

// Payload passes the client user in collections and its own User type in globals.
type HiddenArgs = { user: unknown }

/** `admin.hidden` for a collection or global that only `roles` (and admins) work with. */
const hiddenUnless =
  (...roles: Role[]) =>
  ({ user }: HiddenArgs): boolean =>
    !hasRole(user as { roles?: string[] } | null, 'admin', ...roles)

/** Content: trainings, jobs, toolkits, organizations, media, taxonomies, the framework. */
export const hiddenFromNonEditors = hiddenUnless('editor')
/** Pledges: reviewers decide, editors read them. */
export const hiddenFromNonStaff = hiddenUnless('editor', 'reviewer')
/** Staff accounts and site settings. */
export const hiddenFromNonAdmins = hiddenUnless()
