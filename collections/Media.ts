import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { isStaff } from '../src/access/isStaff'
import { env } from '../src/config/env'
import { requiredInDutch } from '../src/fields/requiredInDutch'
import { tr } from '../src/i18n/labels'

/**
 * Photos of practices and logos of organisations. Partner sites get them in
 * the sizes below (the partner API's ImageSize), all as WebP.
 */
export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: {
    singular: tr('Afbeelding', 'Image', 'Image'),
    plural: tr('Afbeeldingen', 'Images', 'Images'),
  },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'alt', 'updatedAt'],
    group: tr('Bestanden', 'Fichiers', 'Files'),
  },
  access: {
    read: isStaff,
    create: isStaff,
    update: isStaff,
    delete: isAdmin,
  },
  upload: {
    staticDir: env().mediaDir,
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    focalPoint: true,
    crop: false,
    adminThumbnail: 'thumbnail',
    formatOptions: { format: 'webp', options: { quality: 82 } },
    imageSizes: [
      { name: 'thumbnail', width: 320, formatOptions: { format: 'webp', options: { quality: 78 } } },
      { name: 'card', width: 768, height: 576, position: 'centre', formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'hero', width: 1600, withoutEnlargement: true, formatOptions: { format: 'webp', options: { quality: 82 } } },
      { name: 'og', width: 1200, height: 630, position: 'centre', formatOptions: { format: 'webp', options: { quality: 80 } } },
    ],
    resizeOptions: { width: 2560, height: 2560, fit: 'inside', withoutEnlargement: true },
  },
  fields: [
    requiredInDutch({
      name: 'alt',
      type: 'text',
      label: tr('Alternatieve tekst', 'Texte alternatif', 'Alt text'),
      maxLength: 250,
      admin: {
        description: tr(
          'Beschrijf wat er op de foto staat, voor wie hem niet kan zien.',
          'Décrivez ce que montre la photo, pour qui ne peut pas la voir.',
          'Describe what the photo shows, for people who cannot see it.',
        ),
      },
    }),
    { name: 'caption', type: 'text', label: tr('Onderschrift', 'Légende', 'Caption'), localized: true, maxLength: 300 },
    { name: 'credit', type: 'text', label: tr('Fotograaf of licentie', 'Crédit ou licence', 'Credit or licence'), maxLength: 200 },
  ],
}

export const documentsDir = (): string => path.join(env().mediaDir, 'documents')
