/** Staff roles. A user may hold several (an editor who also reviews pledges). */
export const roles = ['admin', 'editor', 'reviewer'] as const
export type Role = (typeof roles)[number]

type StaffUser = { id?: number | string; roles?: readonly string[] | null }
type MaybeUser = StaffUser | null | undefined

export function hasRole(user: MaybeUser, ...wanted: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => (wanted as string[]).includes(role)))
}

/** The argument every Payload access function (collection, global or field) receives. */
export type AccessArgs = { req: { user?: MaybeUser } }
