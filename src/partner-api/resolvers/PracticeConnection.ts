import type { LanguageChain, PracticeSelection, PracticeSort } from '../../read-model'
import { pageSize } from '../arguments'
import { decodeCursor, encodeCursor } from '../cursor'
import type { PracticeConnectionResolvers } from '../generated/resolvers'
import type { PracticeConnectionNode } from '../mappers'
import { practiceNode } from '../nodes'

const cursorOrder = (sort: PracticeSort) => `practices:${sort}`

/** A page of a selection of practices: the shape every practice list returns. */
export function practiceConnection(
  selection: PracticeSelection,
  requestedSort: PracticeSort,
  first: number | null | undefined,
  after: string | null | undefined,
  lang: LanguageChain,
): PracticeConnectionNode {
  const size = pageSize(first)
  const sort = selection.effectiveSort(requestedSort)
  const page = selection.page(sort, size, decodeCursor(after, cursorOrder(sort)))
  return { selection, sort, page, lang }
}

export const PracticeConnection: PracticeConnectionResolvers = {
  edges: ({ selection, sort, page, lang }, _args, ctx) =>
    page.items.map((position) => ({
      cursor: encodeCursor(cursorOrder(sort), selection.sortKey(sort, position)),
      node: practiceNode(ctx.snapshot, position, lang),
    })),
  nodes: ({ page, lang }, _args, ctx) => {
    // Recorded for a spliced answer (see splicing.ts).
    ctx.splice.pages.push({ positions: page.items, lang })
    return page.items.map((position) => practiceNode(ctx.snapshot, position, lang))
  },
  pageInfo: ({ selection, sort, page }) => {
    const cursorAt = (position: number | undefined) =>
      position === undefined ? null : encodeCursor(cursorOrder(sort), selection.sortKey(sort, position))
    return {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: cursorAt(page.items[0]),
      endCursor: cursorAt(page.items.at(-1)),
    }
  },
  totalCount: ({ selection }) => selection.totalCount,
  facets: ({ selection, lang }, _args, ctx) => {
    const facets = { selection, lang }
    // Recorded for a spliced answer (see splicing.ts).
    ctx.splice.facets.push(facets)
    return facets
  },
}
