import { KeptOnSecondSighting, weighedCache } from '../lib/caches'
import { chainKey, perSnapshotAndKey, type LanguageChain } from '../read-model'
import type { PartnerContext } from './context'
import { practiceNode } from './nodes'
import type { CardsPart, SplicingStats } from './splicing'

/**
 * Characters of cards a snapshot keeps: every card of 5,000 practices in
 * three languages (about 900 characters each) fits. With half of it, the
 * memory after the benchmark's load was 454 against 466 MB, but searches,
 * which show practices from all over the catalogue, cost 0.94 against 0.64
 * ms of CPU.
 */
const KEPT_CARD_CHARACTERS = 16_000_000

/** Cards remembered as seen once (by a hash of their key): more than a language's cards at 5,000 practices. */
const SEEN_CARDS = 20_000

/**
 * Practice cards kept as JSON text, per practice, site, day, language and
 * the card's selection (see splicing.ts). A page of cards is then the kept
 * cards between brackets and commas; the ones missing are written by one
 * run of the cards' compiled query and JSON.stringify, as the whole query
 * would write them. They live on their snapshot: an editor's change starts
 * anew, so they are never stale.
 *
 * Kept as strings, not bytes: tens of thousands of small Buffers would each
 * pin a slice of Node's shared 8 KB pools and give the garbage collector an
 * external object to track: in the full benchmark at 20,000 practices,
 * searches fell from about 930 to 500 a second and the memory after the
 * load rose from 615 to 701 MB. A page's list is encoded once, 20 KB.
 *
 * A card is kept the second time it is written: searches show practices
 * from all over the catalogue, and at 20,000 practices keeping every card
 * shown once made cards come and go, old garbage for the collector
 * (searches 1,005 → 819 a second, 1.06 → 1.35 ms of CPU each).
 */
export class PracticeCards {
  private readonly kept = new KeptOnSecondSighting(
    weighedCache<string, string>(KEPT_CARD_CHARACTERS, (card) => card.length + 64),
    SEEN_CARDS,
  )

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
        const card = JSON.stringify(written[next++])
        cards[k] = card
        stats.cardsWritten++
        this.kept.offer(prefix + positions[k], card)
      }
    }
    return Buffer.from(`[${(cards as string[]).join(',')}]`)
  }
}

/** Per server URL (image URLs in cards start with it): the operator's setting, one or a few in tests. */
const practiceCardsPerServerUrl = perSnapshotAndKey(4, () => new PracticeCards())

export function practiceCardsOf(context: PartnerContext): PracticeCards {
  return practiceCardsPerServerUrl(context.snapshot, context.serverUrl)
}
