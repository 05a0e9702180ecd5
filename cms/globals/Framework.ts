import type { GlobalConfig } from 'payload'
import { isEditor } from '../access/isEditor.ts'
import { publishedOrEditor } from '../access/publishedOrEditor.ts'
import { validateHttpUrl } from '../fields/validators.ts'
import { frameworkAreaOptions } from '../options.ts'
import { slugs } from '../slugs.ts'
import { frameworkAreaSlugs } from '../../content/schema.ts'

/** The Framework for Equitable Employment: eight areas, each with the recommendations a pledge commits to. */
export const Framework: GlobalConfig = {
  slug: slugs.framework,
  label: 'Framework',
  admin: {
    group: 'Framework pledge',
    description:
      'The eight areas of the Framework for Equitable Employment and their recommendations. Pledges refer to recommendations by id, so keep ids stable.',
  },
  access: { read: publishedOrEditor, readVersions: isEditor, update: isEditor },
  versions: { drafts: true, max: 50 },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    {
      name: 'introduction',
      type: 'textarea',
      required: true,
      localized: true,
      admin: { description: 'What the framework is and who made it; shown at the top of /framework/.' },
    },
    {
      name: 'pledgeText',
      type: 'textarea',
      required: true,
      localized: true,
      admin: { description: 'What an employer agrees to when signing the pledge.' },
    },
    {
      name: 'source',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'organization', type: 'relationship', relationTo: slugs.organizations, required: true },
            { name: 'url', type: 'text', validate: validateHttpUrl },
          ],
        },
      ],
    },
    {
      name: 'areas',
      type: 'array',
      required: true,
      minRows: frameworkAreaSlugs.length,
      maxRows: frameworkAreaSlugs.length,
      admin: { description: 'Exactly the eight areas, in order.', initCollapsed: true },
      fields: [
        { name: 'slug', type: 'select', required: true, options: frameworkAreaOptions, label: 'Area' },
        { name: 'title', type: 'text', required: true, localized: true, maxLength: 120 },
        { name: 'summary', type: 'textarea', required: true, localized: true, maxLength: 800 },
        {
          name: 'recommendations',
          type: 'array',
          required: true,
          minRows: 1,
          fields: [
            {
              name: 'slug',
              type: 'text',
              required: true,
              maxLength: 80,
              admin: { description: 'Stable id, e.g. publish-pay-ranges. Pledges refer to it.' },
            },
            { name: 'text', type: 'textarea', required: true, localized: true, maxLength: 600 },
          ],
        },
      ],
    },
  ],
}
