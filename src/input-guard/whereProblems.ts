import type { Payload, SanitizedCollectionConfig } from 'payload'

import { tr, type Translated } from '../i18n/labels'
import { isWellFormedId } from '../database/ids'
import { ruleForPath, type ValueRule } from './fieldRules'

/** Payload's query operators; anything else (`$ne`, `$where`…) is refused. */
const OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const GEO_OBJECT_OPERATORS = new Set(['within', 'intersects'])

/** Bounds that no admin screen comes near, and that keep one query cheap. */
export const QUERY_LIMITS = {
  maxNesting: 12,
  maxConditions: 200,
  maxListValues: 1000,
  maxValueLength: 10_000,
} as const

/** Dates JavaScript can represent (±100,000,000 days around 1970). */
const MAX_TIME = 8.64e15

/**
 * The first thing wrong with a `where` for this collection, in the three
 * admin languages, or null when the database can be asked it. Only what
 * would otherwise fail inside the database (a text where a number or id
 * belongs, an object where a value belongs, an unknown operator) is judged
 * here; paths are left to Payload, which refuses unknown ones with a 400.
 */
export function problemInWhere(payload: Payload, collection: SanitizedCollectionConfig, where: unknown): Translated | null {
  const budget = { conditions: 0 }
  return problemInClause(payload, collection, where, 0, budget)
}

function problemInClause(
  payload: Payload,
  collection: SanitizedCollectionConfig,
  where: unknown,
  nesting: number,
  budget: { conditions: number },
): Translated | null {
  if (!isPlainObject(where)) {
    return tr(
      '`where` moet een object zijn, bv. where[title][like]=tekst.',
      '`where` doit être un objet, p. ex. where[title][like]=texte.',
      '`where` must be an object, e.g. where[title][like]=text.',
    )
  }
  if (nesting > QUERY_LIMITS.maxNesting) {
    return tr(
      `\`where\` is te diep genest (hoogstens ${QUERY_LIMITS.maxNesting} niveaus).`,
      `\`where\` est trop imbriqué (${QUERY_LIMITS.maxNesting} niveaux au plus).`,
      `\`where\` is nested too deeply (at most ${QUERY_LIMITS.maxNesting} levels).`,
    )
  }
  for (const [key, value] of Object.entries(where)) {
    // Payload takes `and`/`or` in any case; its GraphQL sends `AND`/`OR`.
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
      // qs turns long lists into objects with numeric keys.
      const clauses = Array.isArray(value) ? value : isPlainObject(value) ? Object.values(value) : null
      if (!clauses) {
        return tr(`\`${key}\` moet een lijst van voorwaarden zijn.`, `\`${key}\` doit être une liste de conditions.`, `\`${key}\` must be a list of conditions.`)
      }
      for (const clause of clauses) {
        const problem = problemInClause(payload, collection, clause, nesting + 1, budget)
        if (problem) return problem
      }
      continue
    }
    if (++budget.conditions > QUERY_LIMITS.maxConditions) {
      return tr(
        `Te veel voorwaarden in \`where\` (hoogstens ${QUERY_LIMITS.maxConditions}).`,
        `Trop de conditions dans \`where\` (${QUERY_LIMITS.maxConditions} au plus).`,
        `Too many conditions in \`where\` (at most ${QUERY_LIMITS.maxConditions}).`,
      )
    }
    const problem = problemInCondition(payload, collection, key, value)
    if (problem) return problem
  }
  return null
}

function problemInCondition(payload: Payload, collection: SanitizedCollectionConfig, path: string, condition: unknown): Translated | null {
  if (!isPlainObject(condition)) {
    return tr(
      `Geef voor \`${clip(path)}\` een operator, bv. where[${clip(path)}][equals]=…`,
      `Indiquez un opérateur pour \`${clip(path)}\`, p. ex. where[${clip(path)}][equals]=…`,
      `Give an operator for \`${clip(path)}\`, e.g. where[${clip(path)}][equals]=…`,
    )
  }
  const rule = ruleForPath(payload, collection, path)
  for (const [operator, value] of Object.entries(condition)) {
    if (!OPERATORS.has(operator)) {
      return tr(
        `Onbekende operator \`${clip(operator)}\` bij \`${clip(path)}\`; gebruik er een van: ${[...OPERATORS].join(', ')}.`,
        `Opérateur inconnu \`${clip(operator)}\` pour \`${clip(path)}\` ; utilisez : ${[...OPERATORS].join(', ')}.`,
        `Unknown operator \`${clip(operator)}\` on \`${clip(path)}\`; use one of: ${[...OPERATORS].join(', ')}.`,
      )
    }
    const problem = problemInOperand(rule, operator, value)
    if (problem) return withPath(problem, path, operator)
  }
  return null
}

type Complaint = 'scalar' | 'list' | 'long' | 'id' | 'number' | 'date' | 'boolean' | 'point' | 'geo'

function problemInOperand(rule: ValueRule | null, operator: string, value: unknown): Complaint | null {
  if (operator === 'exists') return value === true || value === false || value === 'true' || value === 'false' ? null : 'boolean'
  if (operator === 'near') return rule?.kind === 'point' && isPointQuery(value) ? null : 'point'
  if (GEO_OBJECT_OPERATORS.has(operator)) return rule?.kind === 'point' && isPlainObject(value) ? null : 'geo'
  if (LIST_OPERATORS.has(operator)) {
    const values = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : isPlainObject(value) ? Object.values(value) : [value]
    if (values.length > QUERY_LIMITS.maxListValues) return 'list'
    for (const item of values) {
      const problem = problemInScalar(rule, item)
      if (problem) return problem
    }
    return null
  }
  return problemInScalar(rule, value)
}

function problemInScalar(rule: ValueRule | null, value: unknown): Complaint | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' && value.length > QUERY_LIMITS.maxValueLength) return 'long'
  // Payload's GraphQL hands dates over as Date objects.
  if (value instanceof Date) return Number.isFinite(value.getTime()) && (!rule || rule.kind === 'date' || rule.kind === 'scalar') ? null : 'date'
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return 'scalar'
  if (typeof value === 'number' && !Number.isFinite(value)) return 'number'
  if (!rule || value === 'null') return null
  switch (rule.kind) {
    case 'id':
      return isWellFormedId(rule.idKind, value) ? null : 'id'
    case 'number':
      return typeof value === 'boolean' || (typeof value === 'string' && (value.trim() === '' || !Number.isFinite(Number(value)))) ? 'number' : null
    case 'date':
      return value === '' || isRepresentableDate(value) ? null : 'date'
    default:
      return null
  }
}

function isRepresentableDate(value: string | number | boolean): boolean {
  if (typeof value === 'boolean') return false
  const time = typeof value === 'number' ? value : new Date(value).getTime()
  return Number.isFinite(time) && Math.abs(time) <= MAX_TIME
}

function isPointQuery(value: unknown): boolean {
  const parts = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : null
  if (!parts || parts.length < 2 || parts.length > 4) return false
  return parts.every((part) => (typeof part === 'string' || typeof part === 'number') && String(part).trim() !== '' && Number.isFinite(Number(part)))
}

const EXPECTED: Record<Complaint, Translated> = {
  scalar: tr('een tekst, getal of ja/nee, geen object', 'un texte, un nombre ou oui/non, pas un objet', 'a text, number or true/false, not an object'),
  list: tr(
    `hoogstens ${QUERY_LIMITS.maxListValues} waarden`,
    `${QUERY_LIMITS.maxListValues} valeurs au plus`,
    `at most ${QUERY_LIMITS.maxListValues} values`,
  ),
  long: tr(
    `hoogstens ${QUERY_LIMITS.maxValueLength} tekens`,
    `${QUERY_LIMITS.maxValueLength} caractères au plus`,
    `at most ${QUERY_LIMITS.maxValueLength} characters`,
  ),
  id: tr('een geldige id', 'un identifiant valide', 'a valid id'),
  number: tr('een getal', 'un nombre', 'a number'),
  date: tr('een datum, bv. 2026-12-08', 'une date, p. ex. 2026-12-08', 'a date, e.g. 2026-12-08'),
  boolean: tr('true of false', 'true ou false', 'true or false'),
  point: tr('lengte,breedte op een puntveld', 'longitude,latitude sur un champ point', 'longitude,latitude on a point field'),
  geo: tr('een GeoJSON-object op een puntveld', 'un objet GeoJSON sur un champ point', 'a GeoJSON object on a point field'),
}

function withPath(complaint: Complaint, path: string, operator: string): Translated {
  const expected = EXPECTED[complaint]
  const at = `where[${clip(path)}][${clip(operator)}]`
  return tr(`Ongeldige waarde voor ${at}: verwacht ${expected.nl}.`, `Valeur invalide pour ${at} : attendu ${expected.fr}.`, `Invalid value for ${at}: expected ${expected.en}.`)
}

/** Paths and operators are echoed in messages; a hostile one is cut short. */
export function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}
