import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone.ts'
import { isAdmin } from '../../access/isAdmin.ts'
import { isReviewer } from '../../access/isReviewer.ts'
import { isStaff } from '../../access/isStaff.ts'
import { nobody } from '../../access/nobody.ts'
import { validateHttpUrl } from '../../fields/validators.ts'
import {
  frameworkAreaOptions,
  organizationKindOptions,
  pledgeStatusOptions,
  selfAssessmentRatingOptions,
} from '../../options.ts'
import { slugs } from '../../slugs.ts'
import { recordReviewDecision } from './hooks/recordReviewDecision.ts'

/** Set by reviewers or by the CMS itself, never by the employer who submits. */
const reviewerOnly = { create: isReviewer, update: isReviewer }
const systemOnly = { create: nobody, update: nobody }

export const Pledges: CollectionConfig = {
  slug: slugs.pledges,
  labels: { singular: 'Pledge', plural: 'Pledges' },
  admin: {
    group: 'Framework pledge',
    useAsTitle: 'organizationName',
    defaultColumns: ['organizationName', 'status', 'organization.region', 'consentToList', 'createdAt', 'renewalDue'],
    listSearchableFields: ['organizationName', 'contact.email', 'signerName'],
    description:
      'Employers who signed the Framework for Equitable Employment. Contact details are private: they never leave the CMS.',
  },
  defaultSort: '-createdAt',
  access: {
    // Employers submit from the public site; only staff can see submissions, only reviewers decide.
    create: anyone,
    read: isStaff,
    update: isReviewer,
    delete: isAdmin,
  },
  hooks: { beforeChange: [recordReviewDecision] },
  fields: [
    {
      name: 'organizationName',
      type: 'text',
      label: 'Organization',
      required: true,
      maxLength: 200,
    },
    {
      name: 'organization',
      type: 'group',
      label: 'About the organization',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'kind', type: 'select', required: true, options: organizationKindOptions },
            { name: 'region', type: 'relationship', relationTo: slugs.regions, required: true },
            { name: 'chwCount', type: 'number', label: 'CHWs employed', required: true, min: 0 },
          ],
        },
        { name: 'website', type: 'text', validate: validateHttpUrl },
      ],
    },
    {
      name: 'contact',
      type: 'group',
      label: 'Contact (private)',
      // Not even in the answer to the employer's own submission: contact details never leave the CMS.
      access: { read: isStaff },
      admin: { description: 'Private: used only by staff to confirm and follow up.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, maxLength: 120 },
            { name: 'title', type: 'text', required: true, maxLength: 120 },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'email', type: 'email', required: true },
            { name: 'phone', type: 'text', maxLength: 30 },
          ],
        },
      ],
    },
    {
      name: 'commitments',
      type: 'array',
      required: true,
      minRows: 1,
      admin: { description: 'The recommendations the employer commits to, per framework area.' },
      fields: [
        { name: 'area', type: 'select', required: true, options: frameworkAreaOptions },
        {
          name: 'recommendations',
          type: 'text',
          hasMany: true,
          required: true,
          admin: { description: 'Recommendation ids from the framework.' },
        },
      ],
    },
    {
      name: 'selfAssessment',
      type: 'array',
      admin: { description: 'How the employer rated its current practice per area.', initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'area', type: 'select', required: true, options: frameworkAreaOptions },
            { name: 'rating', type: 'select', required: true, options: selfAssessmentRatingOptions },
          ],
        },
      ],
    },
    {
      name: 'statement',
      type: 'textarea',
      maxLength: 1000,
      admin: { description: 'Optional public statement shown in the directory.' },
    },
    {
      name: 'consentToList',
      type: 'checkbox',
      label: 'Agreed to be listed in the public directory',
      defaultValue: false,
    },
    {
      type: 'row',
      fields: [
        { name: 'signerName', type: 'text', required: true, maxLength: 120 },
        { name: 'signerTitle', type: 'text', required: true, maxLength: 120 },
      ],
    },
    {
      name: 'agreed',
      type: 'checkbox',
      label: 'Agreed to the pledge text',
      required: true,
      validate: (value: boolean | null | undefined) => value === true || 'The signer must agree to the pledge.',
    },
    {
      name: 'locale',
      type: 'select',
      defaultValue: 'en',
      options: [
        { label: 'English', value: 'en' },
        { label: 'Español', value: 'es' },
      ],
      admin: { position: 'sidebar', description: 'Language the employer used; emails go out in it.' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      options: pledgeStatusOptions,
      access: reviewerOnly,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'reviewNote',
      type: 'textarea',
      maxLength: 1000,
      access: reviewerOnly,
      admin: {
        position: 'sidebar',
        description: 'Why it was rejected or lapsed. Sent to the employer.',
      },
    },
    {
      name: 'approvedAt',
      type: 'date',
      access: systemOnly,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'renewalDue',
      type: 'date',
      access: systemOnly,
      admin: { position: 'sidebar', readOnly: true, description: 'A year after approval.' },
    },
    {
      name: 'slug',
      type: 'text',
      unique: true,
      index: true,
      access: systemOnly,
      admin: { position: 'sidebar', readOnly: true, description: 'Address of the public directory page.' },
    },
  ],
}
