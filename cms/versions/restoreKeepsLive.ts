/**
 * Restoring a version never takes a live page off the site by surprise. For a draft version the
 * admin's "Restore this version" asks Payload to restore it as it was, a draft, and Payload then
 * saves the document itself as a draft: the published page left the site. Here a draft version is
 * always restored as the new draft (Payload's own restore-as-draft, `draft: true`): the published
 * version stays on the site until staff publish. A published version is restored and published,
 * as before. This endpoint takes the place of Payload's `POST /api/<collection>/versions/:id`
 * (a collection's own endpoints come before Payload's) and runs Payload's restore operation.
 */
import { type CollectionConfig, type Endpoint, type PayloadRequest, headersWithCors, restoreVersionOperation } from 'payload'

const restoredAsDraft = {
  en: 'Restored as the draft. The published version stays on the site until you publish.',
  es: 'Se restauró como borrador. La versión publicada sigue en el sitio hasta que usted publique.',
}

/** What the restore dialog says, so staff know before they confirm (Payload's `version:aboutToRestore`). */
export const restoreTranslations = {
  en: {
    version: {
      aboutToRestore:
        'You are about to restore this {{label}} document to the state that it was in on {{versionDate}}. A draft version becomes the draft: the published page stays on the site until you publish. A published version goes on the site at once.',
    },
  },
  es: {
    version: {
      aboutToRestore:
        'Está a punto de restaurar este documento de {{label}} al estado en el que se encontraba el {{versionDate}}. Una versión en borrador pasa a ser el borrador: la página publicada sigue en el sitio hasta que usted publique. Una versión publicada aparece en el sitio de inmediato.',
    },
  },
}

function restoreEndpoint(slug: string): Endpoint {
  return {
    path: '/versions/:id',
    method: 'post',
    handler: async (req: PayloadRequest) => {
      const id = String(req.routeParams?.id ?? '')
      // Read with the caller's own rights: who may not see versions learns nothing about them.
      const version = await req.payload.findVersionByID({ collection: slug as never, id, depth: 0, req, overrideAccess: false })
      const isDraft = (version.version as { _status?: string })._status === 'draft'
      const draft = isDraft || req.searchParams.get('draft') === 'true'
      const depth = Number(req.searchParams.get('depth') ?? '') || undefined
      const doc = await restoreVersionOperation({ id, collection: req.payload.collections[slug as never], depth, draft, req })
      const message = draft ? restoredAsDraft[req.i18n.language === 'es' ? 'es' : 'en'] : req.t('version:restoredSuccessfully')
      return Response.json({ ...doc, message }, { headers: headersWithCors({ headers: new Headers(), req }) })
    },
  }
}

/** Collections with drafts restore a draft version as the draft, keeping the published one live. */
export function withRestoreKeepingLive(collection: CollectionConfig): CollectionConfig {
  if (!(typeof collection.versions === 'object' && collection.versions.drafts)) return collection
  return { ...collection, endpoints: [restoreEndpoint(collection.slug), ...(collection.endpoints || [])] }
}
