import type { CollectionConfig } from 'payload'
import { updateSiteAfterChange, updateSiteAfterDelete } from './hooks.ts'

/** A public collection whose changes the site follows (see cms/publishing/siteUpdate.ts). */
export function withSiteUpdates(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), updateSiteAfterChange],
      afterDelete: [...(hooks.afterDelete ?? []), updateSiteAfterDelete],
    },
  }
}
