import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { isStaff } from '../src/access/isStaff'
import { requiredInDutch } from '../src/fields/requiredInDutch'
import { tr } from '../src/i18n/labels'
import { documentsDir } from './Media'

/** Policy-plan PDFs, reports and other office documents attached to content. */
export const Documents: CollectionConfig<'documents'> = {
  slug: 'documents',
  labels: {
    singular: tr('Document', 'Document', 'Document'),
    plural: tr('Documenten', 'Documents', 'Documents'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'filename', 'filesize', 'updatedAt'],
    group: tr('Bestanden', 'Fichiers', 'Files'),
  },
  access: {
    read: isStaff,
    create: isStaff,
    update: isStaff,
    delete: isAdmin,
  },
  upload: {
    staticDir: documentsDir(),
    mimeTypes: [
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.oasis.opendocument.text',
    ],
  },
  fields: [
    requiredInDutch({ name: 'title', type: 'text', label: tr('Titel', 'Titre', 'Title'), maxLength: 200 }),
  ],
}
