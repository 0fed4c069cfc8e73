/**
 * graphql, as Node loads it, for every module of the partner API.
 *
 * graphql 16 ships CommonJS (index.js) and ESM (index.mjs) builds of one
 * package. Node, and with it Apollo Server, Payload and graphql-armor, loads
 * index.js; Vite-based tools (vitest) pick index.mjs for source files. Classes
 * from the two builds do not mix ("Cannot use GraphQLSchema from another
 * module or realm"), so the partner API names the build everyone else uses.
 */
export * from 'graphql/index.js'
