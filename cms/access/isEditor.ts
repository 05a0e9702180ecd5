import { hasRole, type AccessArgs } from './roles.ts'

/** Content staff: creates, edits and publishes listings, toolkits, taxonomies and the framework. */
export const isEditor = ({ req }: AccessArgs): boolean => hasRole(req.user, 'admin', 'editor')
