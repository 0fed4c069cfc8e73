import { GraphQLError, GraphQLScalarType, Kind, valueFromASTUntyped } from '../graphql'

/** The contract's custom scalars. */

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/

function parseDateTime(value: unknown): string {
  if (typeof value !== 'string' || !DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    throw new GraphQLError('DateTime must be an ISO-8601 date and time, e.g. 2024-09-01T08:30:00.000Z.', {
      extensions: { code: 'BAD_USER_INPUT' },
    })
  }
  return new Date(value).toISOString()
}

/** What toISOString gives: stored times mostly come in this form already and pass as they are. */
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

export const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (value) => (typeof value === 'string' && ISO_UTC.test(value) ? value : new Date(value as string).toISOString()),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
})

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new GraphQLError('Date must be an ISO-8601 calendar date, e.g. 2024-09-01.', { extensions: { code: 'BAD_USER_INPUT' } })
  }
  return value
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (value) => String(value).slice(0, 10),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
})

export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
})
