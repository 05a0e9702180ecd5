/**
 * Staff are not developers: every field they fill in the admin explains itself. Walks every
 * collection and the framework global and lists the fields that have no admin description.
 */
import type { CollectionConfig, Field, GlobalConfig } from 'payload'
import { expect, it } from 'vitest'

process.env.PAYLOAD_SECRET ||= 'field-description-test'
const { default: configPromise } = await import('../cms/payload.config.ts')

function undescribed(fields: Field[], path: string[] = []): string[] {
  return fields.flatMap((field) => {
    const name = 'name' in field ? field.name : undefined
    const here = name ? [...path, name] : path
    const children = 'fields' in field && Array.isArray(field.fields) ? undescribed(field.fields, here) : []
    const tabs = 'tabs' in field ? field.tabs.flatMap((tab) => undescribed(tab.fields, here)) : []
    const admin = (field as { admin?: { description?: unknown; hidden?: boolean; readOnly?: boolean; disabled?: boolean } }).admin
    const own =
      // Fields hidden from the API and the admin (`hidden: true`) are never seen by staff.
      name && !(field as { hidden?: boolean }).hidden && !admin?.description && !admin?.hidden && !admin?.disabled && !admin?.readOnly && !name.startsWith('_')
        ? [here.join('.')]
        : []
    return [...own, ...children, ...tabs]
  })
}

it('gives every field staff fill in a description', async () => {
  const config = await configPromise
  const missing: string[] = []
  const own = (entity: CollectionConfig | GlobalConfig) =>
    entity.fields.filter(
      (f) =>
        !('name' in f) ||
        ![
          'createdAt',
          'updatedAt',
          'email',
          'hash',
          'salt',
          'resetPasswordToken',
          'resetPasswordExpiration',
          'loginAttempts',
          'lockUntil',
          'sessions',
          'apiKey',
          'enableAPIKey',
          'apiKeyIndex',
          'url',
          'thumbnailURL',
          'filename',
          'mimeType',
          'filesize',
          'width',
          'height',
          'focalX',
          'focalY',
          'sizes',
          'deletedAt',
          'resetPasswordRequestedAt',
        ].includes(f.name),
    )
  // Payload's own collections, and the import-export plugin's forms (exports, imports), are not ours to describe.
  const pluginOwned = ['exports', 'imports']
  for (const collection of config.collections.filter((c) => !c.slug.startsWith('payload-') && !pluginOwned.includes(c.slug))) {
    missing.push(...undescribed(own(collection)).map((p) => `${collection.slug}: ${p}`))
  }
  for (const global of config.globals.filter((g) => !g.slug.startsWith('payload-')))
    missing.push(...undescribed(own(global)).map((p) => `${global.slug}: ${p}`))
  expect(missing).toEqual([])
})
