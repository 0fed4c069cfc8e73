import { WeightedLru } from '../lib/weightedLru'
import { chainKey, type LanguageChain } from '../read-model'
import type { PartnerContext } from './context'
import { practiceNode } from './nodes'
import type { CardsPart, SplicingStats } from './splicing'

/** Bytes of cards a snapshot keeps: every card of 5,000 practices in three languages, about 1 KB each. */
const KEPT_CARD_BYTES = 24 * 1024 * 1024

/**
 * Practice cards kept as UTF-8 JSON, per practice, site, day, language and
 * the card's selection (see splicing.ts). A page of cards is then the kept
 * cards between brackets and commas; the ones missing are written by one
 * run of the cards' compiled query and JSON.stringify, as the whole query
 * would write them. They live on their snapshot: an editor's change starts
 * anew, so they are never stale.
 */
export class PracticeCards {
  private readonly kept = new WeightedLru<string, Buffer>(KEPT_CARD_BYTES, (bytes) => bytes.length + 64)

  /** The page's cards as a JSON list, or null when they cannot be written (an error). */
  async write(part: CardsPart, positions: readonly number[], lang: LanguageChain, context: PartnerContext, stats: SplicingStats): Promise<Buffer | null> {
    // Short keys: each card's key is a new string, hashed on every lookup.
    const prefix = `${part.id}\u0000${context.site.id}\u0000${context.today}\u0000${chainKey(lang)}\u0000`
    const cards = positions.map((position) => this.kept.get(prefix + position))
    const missing = positions.filter((_, k) => cards[k] === undefined)
    if (missing.length > 0) {
      let written: unknown[]
      try {
        const result = await part.query.query(
          missing.map((position) => practiceNode(context.snapshot, position, lang)),
          context,
          {},
        )
        if (result.errors?.length || !result.data) return null
        written = (result.data as { nodes: unknown[] }).nodes
      } catch {
        return null
      }
      let next = 0
      for (let k = 0; k < positions.length; k++) {
        if (cards[k] !== undefined) continue
        const bytes = Buffer.from(JSON.stringify(written[next++]))
        cards[k] = bytes
        this.kept.set(prefix + positions[k], bytes)
        stats.cardsWritten++
      }
    }
    return jsonList(cards as Buffer[])
  }
}

export function practiceCardsOf(context: PartnerContext): PracticeCards {
  // Image URLs in cards start with the server's URL.
  return context.snapshot.memo(`practiceCards:${context.serverUrl}`, () => new PracticeCards())
}

const OPEN = 0x5b // [
const COMMA = 0x2c // ,
const CLOSE = 0x5d // ]

/** `[a,b,…]` from the items' JSON bytes. */
function jsonList(items: readonly Buffer[]): Buffer {
  let length = 2 + Math.max(0, items.length - 1)
  for (const item of items) length += item.length
  const list = Buffer.allocUnsafe(length)
  let at = 0
  list[at++] = OPEN
  for (let k = 0; k < items.length; k++) {
    if (k > 0) list[at++] = COMMA
    list.set(items[k]!, at)
    at += items[k]!.length
  }
  list[at++] = CLOSE
  return list
}
