import { perSnapshot, pickText, writtenLocales, type LanguageChain, type MediaRecord, type OrganisationRecord, type ReadModelSnapshot, type ThemeRecord } from '../read-model'
import { ORGANISATION_TYPE, REGION, THEME_SCHEME } from './enums'
import { imageSrcset, imageVariants } from './images'
import type { ImageNode, OrganisationNode, PracticeNode, ThemeNode } from './mappers'

/**
 * Practice, organisation, theme and image nodes with their plain fields in
 * place, made once per snapshot and language and shared by every request.
 *
 * A listing names hundreds of organisations and themes (facets, and the
 * themes and municipalities of each card), twenty practices and their
 * cover images. A field with a resolver costs the compiled query a call
 * with its own arguments, path and callbacks; a field that is a property of
 * its parent is read in place. So these nodes carry their scalar fields as
 * properties, and only relations, fields with arguments and fields that
 * depend on the day keep resolvers.
 */

/**
 * Per snapshot, the nodes of one kind by language chain and id. Bounded by
 * the content: the snapshot's records, in the few chains there are (chains
 * are shared objects, see languageChain, so they key the map).
 */
const nodesByChain = <T>() => perSnapshot(() => new Map<LanguageChain, Map<string, T>>())
const organisationNodes = nodesByChain<OrganisationNode>()
const themeNodes = nodesByChain<ThemeNode>()
const practiceNodes = nodesByChain<PracticeNode>()
const imageNodes = nodesByChain<ImageNode>()

/** The nodes of one kind in one language. */
function nodesOf<T>(snapshot: ReadModelSnapshot, kind: (snapshot: ReadModelSnapshot) => Map<LanguageChain, Map<string, T>>, lang: LanguageChain): Map<string, T> {
  const byChain = kind(snapshot)
  let nodes = byChain.get(lang)
  if (!nodes) byChain.set(lang, (nodes = new Map<string, T>()))
  return nodes
}

export function organisationNode(snapshot: ReadModelSnapshot, organisation: OrganisationRecord, lang: LanguageChain): OrganisationNode {
  const nodes = nodesOf(snapshot, organisationNodes, lang)
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
  const nodes = nodesOf(snapshot, themeNodes, lang)
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

export function practiceNode(snapshot: ReadModelSnapshot, position: number, lang: LanguageChain): PracticeNode {
  const practice = snapshot.practices[position]!
  const nodes = nodesOf(snapshot, practiceNodes, lang)
  let node = nodes.get(practice.id)
  if (!node || node.practice !== practice) {
    node = {
      practice,
      position,
      lang,
      id: practice.id,
      slug: practice.slug,
      title: pickText(practice.title, lang) ?? practice.slug,
      summary: pickText(practice.summary, lang) ?? '',
      reach: practice.reach,
      recurrence: practice.recurrence,
      regions: practice.regions.map((region) => REGION[region]),
      startDate: practice.startDate,
      endDate: practice.endDate,
      publishedAt: practice.publishedAt,
      updatedAt: practice.updatedAt,
      locales: writtenLocales(practice),
      // Every card shows them: in place, not through two resolver calls per card.
      themes: themesInDisplayOrder(snapshot, practice.themeIds).map((theme) => themeNode(snapshot, theme, lang)),
      municipalities: present(practice.municipalityIds, (id) => snapshot.organisation(id)).map((organisation) => organisationNode(snapshot, organisation, lang)),
    }
    nodes.set(practice.id, node)
  }
  return node
}

/** A practice's themes (each once) in the themes' display order. */
function themesInDisplayOrder(snapshot: ReadModelSnapshot, themeIds: readonly string[]): ThemeRecord[] {
  return [...new Set(present(themeIds, (id) => snapshot.theme(id)))].sort((a, b) => snapshot.themeDisplayRank(a.id) - snapshot.themeDisplayRank(b.id))
}

/** The records of these ids that exist, in order (also the request loaders' loadPresent). */
export function present<T>(ids: readonly string[], find: (id: string) => T | null): T[] {
  const found: T[] = []
  for (const id of ids) {
    const record = find(id)
    if (record !== null) found.push(record)
  }
  return found
}

export function imageNode(snapshot: ReadModelSnapshot, media: MediaRecord, lang: LanguageChain, serverUrl: string): ImageNode {
  const nodes = nodesOf(snapshot, imageNodes, lang)
  let node = nodes.get(media.id)
  if (!node || node.media !== media || node.serverUrl !== serverUrl) {
    node = {
      media,
      lang,
      serverUrl,
      id: media.id,
      alt: pickText(media.alt, lang) ?? '',
      caption: pickText(media.caption, lang),
      credit: media.credit,
      width: media.width,
      height: media.height,
      focalX: media.focalX,
      focalY: media.focalY,
      variants: imageVariants(media, serverUrl),
      srcset: imageSrcset(media, serverUrl),
    }
    nodes.set(media.id, node)
  }
  return node
}
