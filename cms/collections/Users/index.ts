import type { CollectionConfig } from 'payload'
import { adminOrSelf } from '../../access/adminOrSelf.ts'
import { isAdmin } from '../../access/isAdmin.ts'
import { isStaff } from '../../access/isStaff.ts'
import { roles } from '../../access/roles.ts'
import { slugs } from '../../slugs.ts'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin.ts'

export const Users: CollectionConfig = {
  slug: slugs.users,
  labels: { singular: 'Staff user', plural: 'Staff users' },
  admin: {
    group: 'Admin',
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles', 'updatedAt'],
    description: 'People who sign in to this admin. Only admins can add users or change roles.',
  },
  auth: {
    // Repeated wrong passwords lock the account for 15 minutes.
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
  },
  access: {
    // Only staff with a role may open the admin at all.
    admin: isStaff,
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: { beforeChange: [makeFirstUserAdmin] },
  fields: [
    { name: 'name', type: 'text', maxLength: 120 },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      options: [
        { label: 'Admin: users and everything', value: roles[0] },
        { label: 'Editor: listings, toolkits, framework; reads pledges', value: roles[1] },
        { label: 'Reviewer: reviews pledges', value: roles[2] },
      ],
      saveToJWT: true,
      access: { create: isAdmin, update: isAdmin },
      admin: { description: 'What this person may do.' },
    },
  ],
}
