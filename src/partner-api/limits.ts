/**
 * The partner API's limits, in one place (docs/partner-api.md lists them).
 */
export const LIMITS = {
  /** Largest `first` of a page; also the largest `related(first:)`. */
  maxPageSize: 100,
  /** Longest search text, in characters. */
  maxSearchLength: 200,
  /** Most values in one filter list (themes, organisations…). */
  maxFilterValues: 50,
  /** Reach and recurrence are scored 1 to 4: the range of `minReach` and `minRecurrence`. */
  scores: { min: 1, max: 4 },
  /** Years a filter may name (`activeInYear`): a sane range, so no caller can make a set per year of their choosing. */
  years: { min: 1900, max: 2100 },
  /** Largest request body, in bytes. */
  maxBodyBytes: 64 * 1024,

  /** graphql-armor: how deep a query may nest. */
  maxDepth: 10,
  /** graphql-armor: query cost (objects 2, scalars 1, times 1.5 per level). */
  maxCost: 20_000,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2_000,

  /**
   * Parsed queries kept, in characters of their text. A parsed query keeps
   * every token (about 200 bytes per token, 35 per character of text), which
   * Apollo's default store, bounded by the JSON of a document, does not
   * count: under distinct queries it grew by hundreds of MB.
   */
  parsedQueryCharacters: 500_000,
  /** Texts of automatic persisted queries kept, in characters. */
  persistedQueryCharacters: 2_000_000,

  /** Queries compiled to JavaScript per minute, at most (see compiledExecution.ts). */
  compilationsPerMinute: 120,

  /** submitPractice: per client IP and per API key, per hour. */
  submissionsPerIpPerHour: 5,
  submissionsPerKeyPerHour: 50,

  /** How long CDNs and browsers may reuse a successful GET response. */
  cacheMaxAgeSeconds: 60,
  /** Write an API key's lastUsedAt at most this often. */
  keyUsageWriteIntervalMs: 60_000,
} as const
