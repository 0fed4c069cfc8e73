import { readFileSync } from 'node:fs'

import {
  buildASTSchema,
  concatAST,
  GraphQLObjectType,
  GraphQLScalarType,
  parse,
  printSchema,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from './graphql'

/**
 * The partner API schema, schema first: the contract (an exact copy of the
 * shared contract) plus our additions. `npm run schema:print` prints it.
 */

const schemaFile = (name: string) => new URL(`./schema/${name}`, import.meta.url)

export const CONTRACT_SDL = readFileSync(schemaFile('contract.graphql'), 'utf8')
export const ADDITIONS_SDL = readFileSync(schemaFile('additions.graphql'), 'utf8')

/** A file of only comments is a valid "no additions", but not a parsable document. */
function parseIfAny(sdl: string): DocumentNode[] {
  const withoutComments = sdl.replace(/#[^\n]*/g, '').trim()
  return withoutComments === '' ? [] : [parse(sdl)]
}

export function partnerSchemaDocument(): DocumentNode {
  return concatAST([parse(CONTRACT_SDL), ...parseIfAny(ADDITIONS_SDL)])
}

/** The served SDL. */
export function printPartnerSchema(): string {
  return printSchema(buildPartnerSchema())
}

type ResolverMap = Record<string, unknown>

/**
 * Builds the executable schema: the SDL, with resolvers attached to object
 * fields and custom scalars filled in. Without resolvers it is the schema
 * to print or to compare with the contract.
 */
export function buildPartnerSchema(resolvers: ResolverMap = {}): GraphQLSchema {
  const schema = buildASTSchema(partnerSchemaDocument())
  for (const [typeName, typeResolvers] of Object.entries(resolvers)) {
    const type = schema.getType(typeName)
    if (!type) throw new Error(`Resolvers for ${typeName}, which is not in the partner schema`)
    if (type instanceof GraphQLScalarType) {
      const implementation = typeResolvers as GraphQLScalarType
      type.serialize = implementation.serialize
      type.parseValue = implementation.parseValue
      type.parseLiteral = implementation.parseLiteral
      continue
    }
    if (!(type instanceof GraphQLObjectType)) throw new Error(`Resolvers for ${typeName}, which is not an object type`)
    const fields = type.getFields()
    for (const [fieldName, resolver] of Object.entries(typeResolvers as Record<string, unknown>)) {
      const field = fields[fieldName]
      if (!field) throw new Error(`Resolver for ${typeName}.${fieldName}, which is not in the partner schema`)
      field.resolve = resolver as GraphQLFieldResolver<unknown, unknown>
    }
  }
  return schema
}
