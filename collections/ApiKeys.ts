import type { CollectionBeforeValidateHook, CollectionConfig, FieldAccess } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { say, tr } from '../src/i18n/labels'
import { isRestoringExport } from '../src/ops/importContext'
import { displayPrefix, generateApiKey, hashApiKey, looksLikeApiKey } from '../src/site-keys/keys'

const nobody: FieldAccess = () => false

/**
 * The new key arrives once, in the create form (pre-filled with a random key
 * to copy) or from `npm run site:key`; only its hash is stored.
 */
const hashNewKey: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !data) return data
  // `npm run import` brings the stored hash along: the key itself was never stored anywhere.
  if (isRestoringExport(req) && typeof data.keyHash === 'string' && /^[0-9a-f]{64}$/.test(data.keyHash)) return data
  const key = typeof data.key === 'string' ? data.key.trim() : ''
  if (!looksLikeApiKey(key)) {
    throw new Error(
      say(req, tr('Een API-sleutel begint met pbk_ en is lang genoeg.', 'Une clé API commence par pbk_ et est assez longue.', 'An API key starts with pbk_ and is long enough.')),
    )
  }
  const { key: _plain, ...rest } = data
  return { ...rest, keyHash: hashApiKey(key), prefix: displayPrefix(key) }
}

/**
 * API keys of the partner sites. Admins only; the key itself is never
 * stored and never shown again after creation.
 */
export const ApiKeys: CollectionConfig<'api-keys'> = {
  slug: 'api-keys',
  labels: {
    singular: tr('API-sleutel', 'Clé API', 'API key'),
    plural: tr('API-sleutels', 'Clés API', 'API keys'),
  },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'site', 'prefix', 'revoked', 'lastUsedAt'],
    group: tr('Partners', 'Partenaires', 'Partners'),
    hidden: ({ user }) => user?.role !== 'admin',
  },
  access: {
    read: isAdmin,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  hooks: { beforeValidate: [hashNewKey] },
  fields: [
    { name: 'site', type: 'relationship', relationTo: 'sites', required: true, index: true, label: tr('Partnersite', 'Site partenaire', 'Partner site') },
    { name: 'label', type: 'text', required: true, maxLength: 120, label: tr('Omschrijving', 'Description', 'Label') },
    {
      name: 'key',
      type: 'text',
      virtual: true,
      label: tr('Sleutel', 'Clé', 'Key'),
      defaultValue: () => generateApiKey(),
      access: { read: nobody, update: nobody },
      admin: {
        readOnly: true,
        description: tr(
          'Kopieer deze sleutel nu: na het bewaren wordt hij nooit meer getoond.',
          'Copiez cette clé maintenant : elle ne sera plus jamais affichée après l’enregistrement.',
          'Copy this key now: it is never shown again after saving.',
        ),
        condition: (data) => !data?.id,
      },
    },
    { name: 'prefix', type: 'text', label: tr('Begin van de sleutel', 'Début de la clé', 'Key prefix'), admin: { readOnly: true } },
    { name: 'keyHash', type: 'text', required: true, index: true, hidden: true, access: { read: nobody, update: nobody } },
    {
      name: 'revoked',
      type: 'checkbox',
      defaultValue: false,
      label: tr('Ingetrokken', 'Révoquée', 'Revoked'),
      admin: { position: 'sidebar', description: tr('Een ingetrokken sleutel geeft geen toegang meer.', 'Une clé révoquée ne donne plus accès.', 'A revoked key no longer gives access.') },
    },
    { name: 'lastUsedAt', type: 'date', label: tr('Laatst gebruikt', 'Dernière utilisation', 'Last used'), admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'isDemo',
      type: 'checkbox',
      defaultValue: false,
      label: tr('Demosleutel', 'Clé de démonstration', 'Demo key'),
      admin: { position: 'sidebar', readOnly: true, description: tr('Alleen voor ontwikkeling: productie start niet zolang deze actief is.', 'Développement uniquement : la production refuse de démarrer tant qu’elle est active.', 'Development only: production refuses to start while it is active.') },
    },
  ],
}
