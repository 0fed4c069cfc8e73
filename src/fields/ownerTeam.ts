import type { RelationshipField } from 'payload'

import { teamIdsOf } from '../access/roles'
import { tr } from '../i18n/labels'

/**
 * The umbrella organisation (team) that owns a practice or policy plan. Its
 * editors may edit, publish and delete it. New documents default to the
 * editor's first team.
 */
export function ownerTeamField(): RelationshipField {
  return {
    name: 'ownerTeam',
    type: 'relationship',
    relationTo: 'organisations',
    required: true,
    index: true,
    label: tr('Eigenaar (team)', 'Propriétaire (équipe)', 'Owner (team)'),
    filterOptions: { type: { equals: 'umbrella' } },
    defaultValue: ({ user }) => teamIdsOf(user as never)[0],
    admin: {
      position: 'sidebar',
      description: tr(
        'De koepelorganisatie waarvan de redacteurs deze inhoud beheren.',
        'L’organisation faîtière dont les rédacteurs gèrent ce contenu.',
        'The umbrella organisation whose editors manage this content.',
      ),
    },
  }
}
