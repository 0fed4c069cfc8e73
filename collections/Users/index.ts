import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { adminOrSelf } from '../../src/access/adminOrSelf'
import { isAdmin, isAdminField } from '../../src/access/isAdmin'
import type { User } from '../../src/payload-types'
import { say, tr } from '../../src/i18n/labels'
import { env } from '../../src/config/env'
import { LOGIN_LOCK_MINUTES, MAX_LOGIN_ATTEMPTS } from '../../src/hooks/sameAnswerForFailedLogins'
import { firstRegisterClosed } from './endpoints/firstRegisterClosed'
import { requireAddressShape } from './hooks/requireAddressShape'

/**
 * The very first account of an empty database becomes an administrator
 * (in development, where Payload's first-user form is still offered).
 */
const firstUserIsAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const existing = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return existing.totalDocs === 0 ? { ...data, role: 'admin' } : data
}

/**
 * People who work in the admin: administrators, and editors of one or more
 * umbrella organisations (their teams).
 */
export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: {
    singular: tr('Gebruiker', 'Utilisateur', 'User'),
    plural: tr('Gebruikers', 'Utilisateurs', 'Users'),
  },
  auth: {
    tokenExpiration: 8 * 60 * 60,
    // Failed logins all get one answer, locked or not: src/hooks/sameAnswerForFailedLogins.ts.
    maxLoginAttempts: MAX_LOGIN_ATTEMPTS,
    lockTime: LOGIN_LOCK_MINUTES * 60 * 1000,
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role', 'teams'],
    group: tr('Beheer', 'Administration', 'Administration'),
    hidden: ({ user }) => user?.role !== 'admin',
  },
  access: {
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    admin: ({ req }) => req.user?.role === 'admin' || req.user?.role === 'editor',
  },
  hooks: { beforeOperation: [requireAddressShape], beforeChange: [firstUserIsAdmin] },
  // Production: no registration of the first user over HTTP (npm run user:create instead).
  endpoints: env().isProduction ? [firstRegisterClosed] : [],
  fields: [
    { name: 'name', type: 'text', label: tr('Naam', 'Nom', 'Name'), maxLength: 120 },
    {
      name: 'role',
      type: 'select',
      label: tr('Rol', 'Rôle', 'Role'),
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      options: [
        { value: 'admin', label: tr('Beheerder', 'Administrateur', 'Administrator') },
        { value: 'editor', label: tr('Redacteur', 'Rédacteur', 'Editor') },
      ],
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'teams',
      type: 'relationship',
      relationTo: 'organisations',
      hasMany: true,
      saveToJWT: true,
      label: tr('Teams (koepelorganisaties)', 'Équipes (faîtières)', 'Teams (umbrella organisations)'),
      filterOptions: { type: { equals: 'umbrella' } },
      access: { create: isAdminField, update: isAdminField },
      validate: (value: unknown[] | null | undefined, { req, siblingData }: { req: Parameters<typeof say>[0]; siblingData: { role?: string } }) => {
        if (siblingData?.role === 'editor' && (!value || value.length === 0)) {
          return say(
            req,
            tr(
              'Een redacteur hoort bij minstens één team.',
              'Un rédacteur appartient à au moins une équipe.',
              'An editor belongs to at least one team.',
            ),
          )
        }
        return true
      },
    },
  ],
}
