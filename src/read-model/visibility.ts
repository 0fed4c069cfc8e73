import type { PracticeSet } from './practiceSet'
import type { SiteRecord } from './records'
import type { ReadModelSnapshot } from './snapshot'

/**
 * THE visibility rule of the partner API, in one place. A site sees the
 * published practices shared with it: every published practice when the site
 * includes all (`includeAllPublished`), else those whose `sites` field names
 * it. Drafts, autosaves, unpublished versions and submissions are never in a
 * snapshot at all (see contentStore), so "published" holds by construction.
 *
 * Every list, relation, count, facet and search result of the partner API
 * starts from this set.
 */
export function visiblePracticesFor(snapshot: ReadModelSnapshot, site: SiteRecord): PracticeSet {
  // Two lookups, no new set: nothing to keep per site.
  return site.includeAllPublished ? snapshot.allPractices : snapshot.practicesSharedWith(site.id)
}
