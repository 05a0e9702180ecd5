import type { CollectionConfig } from 'payload'
import { adminOrSelf } from '../../access/adminOrSelf.ts'
import { hiddenFromNonAdmins } from '../../access/adminVisibility.ts'
import { isAdmin } from '../../access/isAdmin.ts'
import { isStaff } from '../../access/isStaff.ts'
import { roles } from '../../access/roles.ts'
import { cmsUrl } from '../../env.ts'
import { slugs } from '../../slugs.ts'
import { limitSignIns, forgiveSignIn } from './hooks/limitSignIns.ts'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin.ts'
import { requireStrongPassword } from './hooks/requireStrongPassword.ts'

export const Users: CollectionConfig = {
  slug: slugs.users,
  labels: { singular: 'Staff user', plural: 'Staff users' },
  admin: {
    group: 'Admin',
    hidden: hiddenFromNonAdmins,
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles', 'updatedAt'],
    description: {
      en: 'People who sign in to this admin. Only admins can add users or change roles.',
      es: 'Personas que inician sesión en este panel de administración. Solo los administradores pueden agregar usuarios o cambiar roles.',
    },
  },
  auth: {
    // Wrong passwords are limited per address and per account by limitSignIns, not by Payload's lock.
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    // The session cookie travels only over HTTPS wherever the CMS is served over HTTPS (production);
    // SameSite=Lax keeps it off other sites' requests.
    cookies: { secure: cmsUrl.startsWith('https://'), sameSite: 'Lax' },
  },
  access: {
    // Only staff with a role may open the admin at all.
    admin: isStaff,
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
  },
  hooks: { beforeOperation: [limitSignIns, requireStrongPassword], afterLogin: [forgiveSignIn], beforeChange: [makeFirstUserAdmin] },
  fields: [
    {
      name: 'name',
      type: 'text',
      maxLength: 120,
      admin: {
        description: {
          en: 'Full name, as colleagues know the person, e.g. Ana López. Shown in the admin only.',
          es: 'Nombre completo, como lo conocen sus colegas, p. ej., Ana López. Solo se muestra en el panel de administración.',
        },
      },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      options: [
        { label: { en: 'Admin: users and everything', es: 'Administrador: usuarios y todo lo demás' }, value: roles[0] },
        {
          label: { en: 'Editor: listings, toolkits, framework; reads pledges', es: 'Editor: anuncios, kits de herramientas y el Marco; ve los compromisos' },
          value: roles[1],
        },
        { label: { en: 'Reviewer: reviews pledges', es: 'Revisor: revisa los compromisos' }, value: roles[2] },
      ],
      saveToJWT: true,
      access: { create: isAdmin, update: isAdmin },
      admin: {
        description: {
          en: 'What this person may do. Give the fewest roles they need. Only an admin can change this.',
          es: 'Lo que esta persona puede hacer. Asigne solo los roles que necesite. Solo un administrador puede cambiarlo.',
        },
      },
    },
  ],
}
