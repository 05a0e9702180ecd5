/** `admin.preview` for trainings, jobs, toolkits and the Framework: the Preview button beside Save. */
import type { GeneratePreviewURL } from 'payload'
import { hasRole } from '../access/roles.ts'
import { adminPreviewPath } from './endpoints.ts'
import type { PreviewKind } from './kinds.ts'

/**
 * A stable link to the CMS's preview endpoint (not a token): the token is minted when the button
 * is clicked, so it cannot have expired while the edit view stayed open. Only content staff see it.
 */
export const previewButton =
  (kind: PreviewKind): GeneratePreviewURL =>
  (doc, { locale, req }) =>
    hasRole(req.user as { roles?: string[] } | null, 'admin', 'editor') ? adminPreviewPath(kind, doc?.id as string | undefined, locale) : null
