import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { isStaffOrPublicFile } from '../src/access/isStaffOrPublicFile'
import { isStaff } from '../src/access/isStaff'
import { requiredInDutch } from '../src/fields/requiredInDutch'
import { tr } from '../src/i18n/labels'
import { DOCUMENT_TYPES } from '../src/uploads/acceptedTypes'
import { prepareDocumentUpload } from '../src/uploads/prepareDocumentUpload'
import { documentsDir } from './Media'

/**
 * Policy-plan PDFs, reports and other office documents attached to content.
 * prepareDocumentUpload checks each upload's bytes before Payload stores it.
 */
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
    read: isStaffOrPublicFile,
    create: isStaff,
    update: isStaff,
    delete: isAdmin,
  },
  hooks: {
    beforeOperation: [prepareDocumentUpload],
  },
  upload: {
    staticDir: documentsDir(),
    mimeTypes: [...DOCUMENT_TYPES],
  },
  fields: [
    requiredInDutch({ name: 'title', type: 'text', label: tr('Titel', 'Titre', 'Title'), maxLength: 200 }),
  ],
}
