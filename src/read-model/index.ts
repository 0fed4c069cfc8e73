export { WATCHED_COLLECTIONS, onContentChange, publishContentChange, type ContentChange } from './changes'
export { chainKey, languageChain, pickList, pickRichText, pickText, writtenLocales, type LanguageChain } from './languages'
export {
  FILTER_SETS_KEPT,
  PracticeSelection,
  isOngoing,
  isoDay,
  practicesActiveIn,
  practicesWithReachAtLeast,
  practicesWithRecurrenceAtLeast,
  relatedPractices,
  type FacetCounts,
  type PracticeFilter,
  type PracticeSort,
} from './practiceQuery'
export { facetIndexOf } from './facetIndex'
export { PracticeSet } from './practiceSet'
export { recentSelectionsOf, selectPractices, type SelectionRequest } from './recentSelections'
export { perSnapshot, perSnapshotAndKey, type KeyedSnapshotMemo, type SnapshotMemo } from './memo'
export { ReadModel, type ReadModelOptions } from './readModel'
export type * from './records'
export { ReadModelSnapshot, THEME_SCHEMES, plainText, type SearchHits } from './snapshot'
export { foldText, searchTermsOf, wordsOf } from './textFolding'
export { visiblePracticesFor } from './visibility'
export { compareIds, pageOf, type KeyComparator, type Page, type SortKey } from './ordering'
export { idOf, payloadId } from './records'
export { unpackRichText } from './richTextStore'
