import { chainKey, pickText, type LanguageChain, type OrganisationRecord, type ReadModelSnapshot, type ThemeRecord } from '../read-model'
import { ORGANISATION_TYPE, REGION, THEME_SCHEME } from './enums'
import type { OrganisationNode, ThemeNode } from './mappers'

/**
 * Organisation and theme nodes with their plain fields in place, made once
 * per snapshot and language and shared by every request.
 *
 * A listing names hundreds of organisations and themes (facets, and the
 * themes and municipalities of each card). A field with a resolver costs
 * the compiled query a call with its own arguments, path and callbacks; a
 * field that is a property of its parent is read in place. So these nodes
 * carry their scalar fields as properties, and only relations (parent,
 * children, practices, logo…) keep resolvers.
 */

function nodesOf<T>(snapshot: ReadModelSnapshot, kind: string, lang: LanguageChain): Map<string, T> {
  return snapshot.memo(`${kind}Nodes:${chainKey(lang)}`, () => new Map<string, T>())
}

export function organisationNode(snapshot: ReadModelSnapshot, organisation: OrganisationRecord, lang: LanguageChain): OrganisationNode {
  const nodes = nodesOf<OrganisationNode>(snapshot, 'organisation', lang)
  let node = nodes.get(organisation.id)
  if (!node || node.organisation !== organisation) {
    node = {
      organisation,
      lang,
      id: organisation.id,
      slug: organisation.slug,
      name: pickText(organisation.name, lang) ?? organisation.slug,
      type: ORGANISATION_TYPE[organisation.type],
      region: organisation.region ? REGION[organisation.region] : null,
      nisCode: organisation.nisCode,
      website: organisation.website,
      email: organisation.email,
      phone: organisation.phone,
      address: organisation.address,
    }
    nodes.set(organisation.id, node)
  }
  return node
}

export function themeNode(snapshot: ReadModelSnapshot, theme: ThemeRecord, lang: LanguageChain): ThemeNode {
  const nodes = nodesOf<ThemeNode>(snapshot, 'theme', lang)
  let node = nodes.get(theme.id)
  if (!node || node.theme !== theme) {
    node = {
      theme,
      lang,
      id: theme.id,
      slug: theme.slug,
      name: pickText(theme.name, lang) ?? theme.slug,
      description: pickText(theme.description, lang),
      scheme: THEME_SCHEME[theme.scheme],
    }
    nodes.set(theme.id, node)
  }
  return node
}
