import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { isStaffOrPublicFile } from '../src/access/isStaffOrPublicFile'
import { isStaff } from '../src/access/isStaff'
import { env } from '../src/config/env'
import { requiredInDutch } from '../src/fields/requiredInDutch'
import { tr } from '../src/i18n/labels'
import { IMAGE_TYPES } from '../src/uploads/acceptedTypes'
import { imageSizes } from '../src/uploads/imageSizes'
import { prepareImageUpload } from '../src/uploads/prepareImageUpload'
import { preventDeletingUsedMedia } from '../src/uploads/preventDeletingUsedMedia'

/**
 * Photos of practices and logos of organisations. Every upload is checked
 * and normalised by prepareImageUpload before Payload sees it (see
 * docs/uploads.md); partner sites get the sizes of imageSizes.ts, as WebP.
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
    read: isStaffOrPublicFile,
    create: isStaff,
    update: isStaff,
    delete: isAdmin,
  },
  hooks: {
    beforeOperation: [prepareImageUpload],
    beforeDelete: [preventDeletingUsedMedia],
  },
  upload: {
    staticDir: env().mediaDir,
    // What the admin's file picker offers; the hook decides from the bytes.
    // HEIC/HEIF never reach Payload: the hook converts them.
    mimeTypes: [...IMAGE_TYPES],
    focalPoint: true,
    crop: false,
    adminThumbnail: 'thumbnail',
    imageSizes,
    // No resizeOptions or formatOptions: the hook already stored the original
    // upright, capped and re-encoded; Payload would decode and encode it again.
    // And never metadata: no EXIF or GPS position in any file we serve.
    withMetadata: false,
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
