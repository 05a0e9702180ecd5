import type { CollectionConfig, GlobalConfig } from 'payload'
import { refuseForeignRowIds } from './refuseForeignRowIds.ts'
import { refuseMissingRelations } from './refuseMissingRelations.ts'
import { refuseUnstorableValues, refuseUnstorableValuesInGlobal } from './refuseUnstorableValues.ts'

/**
 * Every collection refuses, before anything is written, input the database would mangle or fail
 * on halfway (SQLite saves run without a transaction): see each hook.
 */
export function withInputChecks(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  const checks = [refuseUnstorableValues, refuseForeignRowIds, refuseMissingRelations]
  return { ...collection, hooks: { ...hooks, beforeValidate: [...checks, ...(hooks.beforeValidate ?? [])] } }
}

export function withInputChecksInGlobal(global: GlobalConfig): GlobalConfig {
  const hooks = global.hooks ?? {}
  return { ...global, hooks: { ...hooks, beforeValidate: [refuseUnstorableValuesInGlobal, ...(hooks.beforeValidate ?? [])] } }
}
