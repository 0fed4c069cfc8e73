import type { Access } from 'payload'

/** Nobody through REST or GraphQL: only the server itself writes, with overrideAccess. */
export const nobody: Access = () => false
