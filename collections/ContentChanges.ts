import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { nobody } from '../src/access/nobody'
import { tr } from '../src/i18n/labels'
import { WATCHED_COLLECTIONS } from '../src/read-model/changes'

/**
 * The change log through which several instances on one database keep their
 * partner API read models fresh: the read model plugin writes an entry for
 * every change to a watched collection, in the same request (and so the same
 * transaction) as the change itself; every instance polls for the entries of
 * the others (src/read-model/changeFeed.ts) and prunes those older than a day.
 *
 * Nothing for editors: hidden in the admin, written only by the server, and
 * readable through REST and GraphQL by administrators only, for diagnosis.
 */
export const ContentChanges: CollectionConfig<'content-changes'> = {
  slug: 'content-changes',
  labels: {
    singular: tr('Inhoudswijziging', 'Modification de contenu', 'Content change'),
    plural: tr('Inhoudswijzigingen', 'Modifications de contenu', 'Content changes'),
  },
  admin: {
    hidden: true,
    useAsTitle: 'documentId',
    defaultColumns: ['changedCollection', 'documentId', 'operation', 'instance', 'createdAt'],
  },
  access: {
    read: isAdmin,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  // Not to be confused with the read model's ContentChange message.
  typescript: { interface: 'ContentChangeLogEntry' },
  // No document locks: entries are written once and never edited.
  lockDocuments: false,
  // Timestamps stay on: the poll reads by createdAt, which Payload indexes
  // (index: true on the createdAt field it adds), and so does the clean-up.
  timestamps: true,
  fields: [
    {
      name: 'changedCollection',
      type: 'select',
      required: true,
      label: tr('Collectie', 'Collection', 'Collection'),
      options: WATCHED_COLLECTIONS.map((slug) => ({ label: slug, value: slug })),
    },
    { name: 'documentId', type: 'text', required: true, label: tr('Document', 'Document', 'Document') },
    {
      name: 'operation',
      type: 'select',
      required: true,
      label: tr('Bewerking', 'Opération', 'Operation'),
      options: [
        { label: tr('Gewijzigd', 'Modifié', 'Changed'), value: 'change' },
        { label: tr('Verwijderd', 'Supprimé', 'Deleted'), value: 'delete' },
      ],
    },
    {
      name: 'instance',
      type: 'text',
      required: true,
      label: tr('Instantie', 'Instance', 'Instance'),
      admin: { description: tr('De serverinstantie die de wijziging schreef.', 'L’instance du serveur qui a écrit la modification.', 'The server instance that wrote the change.') },
    },
  ],
}
