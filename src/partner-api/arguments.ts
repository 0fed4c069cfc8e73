import type { PracticeFilter as ReadModelPracticeFilter } from '../read-model'
import { badUserInput } from './errors'
import { REGION_VALUE } from './enums'
import type { PracticeFilter } from './generated/resolvers'
import { LIMITS } from './limits'

/**
 * Checks of argument values that GraphQL's types cannot express. A value out
 * of range is the caller's mistake: BAD_USER_INPUT, never a 500.
 */

export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback
  if (!Number.isInteger(size) || size < 0 || size > LIMITS.maxPageSize) {
    throw badUserInput(`\`first\` must be between 0 and ${LIMITS.maxPageSize}.`)
  }
  return size
}

/** The search text, or null when there is nothing to search for. */
export function searchText(search: string | null | undefined): string | null {
  if (search === null || search === undefined || search.trim() === '') return null
  if (search.length > LIMITS.maxSearchLength) throw badUserInput(`\`search\` may be at most ${LIMITS.maxSearchLength} characters long.`)
  return search
}

/** A whole number in a range, or null when not given. */
function inRange(name: string, value: number | null | undefined, range: { min: number; max: number }): number | null {
  if (value === null || value === undefined) return null
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw badUserInput(`\`${name}\` must be between ${range.min} and ${range.max}.`)
  }
  return value
}

/** A year to filter on (`activeInYear`), or null. */
export function filterYear(name: string, year: number | null | undefined): number | null {
  return inRange(name, year, LIMITS.years)
}

function list<T>(name: string, values: readonly T[] | null | undefined): readonly T[] | null {
  if (!values) return null
  if (values.length > LIMITS.maxFilterValues) throw badUserInput(`\`filter.${name}\` may hold at most ${LIMITS.maxFilterValues} values.`)
  return values
}

export function practiceFilter(filter: PracticeFilter | null | undefined): ReadModelPracticeFilter {
  if (!filter) return {}
  return {
    themes: list('themes', filter.themes),
    organisations: list('organisations', filter.organisations),
    municipalities: list('municipalities', filter.municipalities),
    regions: list('regions', filter.regions)?.map((region) => REGION_VALUE[region]) ?? null,
    policyPlan: filter.policyPlan ?? null,
    minReach: inRange('filter.minReach', filter.minReach, LIMITS.scores),
    minRecurrence: inRange('filter.minRecurrence', filter.minRecurrence, LIMITS.scores),
    activeInYear: filterYear('filter.activeInYear', filter.activeInYear),
    ongoing: filter.ongoing ?? null,
    hasImages: filter.hasImages ?? null,
    updatedSince: filter.updatedSince ?? null,
  }
}
