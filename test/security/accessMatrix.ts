/**
 * The authorization matrix: who may do what, through which door. This table
 * is the whole expectation; access-matrix.http.test.ts (REST, Payload's
 * GraphQL, the partner API) and access-matrix.local.test.ts (the Local API
 * with overrideAccess: false) assert every cell of it.
 *
 * The world behind it: two teams (umbrella organisations) A and B, each with
 * an editor and a partner site with its API key, one administrator. "Team
 * A's practice" is another team's practice for editor B, their own for
 * editor A.
 *
 * Outcomes:
 * - reads: `sees`; `self` (users: only one's own account); `hidden` (refused,
 *   or answered without any trace of it: no title, name or e-mail in the body);
 * - writes: `allowed`; `refused` (an error below 500, and nothing changed, read
 *   back as an administrator); `ignored` (accepted, but the protected part, say
 *   `sites` or a photo's file, left as it was).
 *
 * A site key is a key to the partner API only: at Payload's doors (REST and
 * GraphQL) it is sent as `x-api-key` and `Authorization: Bearer` and must
 * count for nothing. The Local API has no such caller, so it asserts the
 * other four roles. Staff and anonymous callers of the partner API are
 * refused there (it reads keys, not logins).
 */
export const ROLES = ['anonymous', 'siteAKey', 'siteBKey', 'editorA', 'editorB', 'admin'] as const
export type Role = (typeof ROLES)[number]
export const KEY_ROLES: readonly Role[] = ['siteAKey', 'siteBKey']

export const ROLE_NAMES: Record<Role, string> = {
  anonymous: 'anonymous',
  siteAKey: 'site A key',
  siteBKey: 'site B key',
  editorA: 'editor of team A',
  editorB: 'editor of team B',
  admin: 'administrator',
}

export type ReadOutcome = 'sees' | 'self' | 'hidden'
export type WriteOutcome = 'allowed' | 'refused' | 'ignored'
export type Outcome = ReadOutcome | WriteOutcome

export const PAYLOAD_DOORS = ['REST', 'GraphQL', 'Local API'] as const
export type PayloadDoorName = (typeof PAYLOAD_DOORS)[number]

type Row = Record<Role, Outcome>
const row = (anonymous: Outcome, siteAKey: Outcome, siteBKey: Outcome, editorA: Outcome, editorB: Outcome, admin: Outcome): Row => ({
  anonymous,
  siteAKey,
  siteBKey,
  editorA,
  editorB,
  admin,
})

/** Through REST, Payload's GraphQL and the Local API. */
export const PAYLOAD_MATRIX = {
  //                                                     anonymous  site A key site B key  editor A   editor B   admin
  'read a draft practice of team A':                 row('hidden',  'hidden',  'hidden',  'sees',    'sees',    'sees'),
  'read a published practice of team A':             row('hidden',  'hidden',  'hidden',  'sees',    'sees',    'sees'),
  'read which partner sites a practice is shared with': row('hidden', 'hidden', 'hidden', 'hidden',  'hidden',  'sees'),
  'find practices by their partner sites':           row('hidden',  'hidden',  'hidden',  'hidden',  'hidden',  'sees'),
  'read users':                                      row('hidden',  'hidden',  'hidden',  'self',    'self',    'sees'),
  'read API keys':                                   row('hidden',  'hidden',  'hidden',  'hidden',  'hidden',  'sees'),
  'read partner sites':                              row('hidden',  'hidden',  'hidden',  'hidden',  'hidden',  'sees'),
  'create a practice for team A':                    row('refused', 'refused', 'refused', 'allowed', 'refused', 'allowed'),
  'edit a practice of team A':                       row('refused', 'refused', 'refused', 'allowed', 'refused', 'allowed'),
  'publish a draft of team A':                       row('refused', 'refused', 'refused', 'allowed', 'refused', 'allowed'),
  'delete a practice of team A':                     row('refused', 'refused', 'refused', 'allowed', 'refused', 'allowed'),
  'restore an old version of a practice of team A':  row('refused', 'refused', 'refused', 'allowed', 'refused', 'allowed'),
  'restore a version from when team B owned it':     row('refused', 'refused', 'refused', 'refused', 'refused', 'allowed'),
  'restore a version with other partner sites':      row('refused', 'refused', 'refused', 'ignored', 'refused', 'allowed'),
  'restore a version as a draft, then publish it':   row('refused', 'refused', 'refused', 'ignored', 'refused', 'allowed'),
  'change the partner sites of a practice of team A': row('refused', 'refused', 'refused', 'ignored', 'refused', 'allowed'),
  'create a user':                                   row('refused', 'refused', 'refused', 'refused', 'refused', 'allowed'),
  "make editor A's account an administrator":        row('refused', 'refused', 'refused', 'ignored', 'refused', 'allowed'),
  'change a partner site':                           row('refused', 'refused', 'refused', 'refused', 'refused', 'allowed'),
  'revoke an API key':                               row('refused', 'refused', 'refused', 'refused', 'refused', 'allowed'),
  "move a photo's focal point":                      row('refused', 'refused', 'refused', 'allowed', 'allowed', 'allowed'),
  "point a photo at another photo's file":           row('refused', 'refused', 'refused', 'ignored', 'ignored', 'ignored'),
  "point a document at another document's file":     row('refused', 'refused', 'refused', 'ignored', 'ignored', 'ignored'),
} satisfies Record<string, Row>
export type PayloadOperation = keyof typeof PAYLOAD_MATRIX

/** Through the partner API (`/graphql`): published practices shared with the key's site, and submitPractice. */
export const PARTNER_MATRIX = {
  //                                                     anonymous  site A key site B key  editor A   editor B   admin
  'read a draft practice shared with both sites':    row('hidden',  'hidden',  'hidden',  'hidden',  'hidden',  'hidden'),
  'read a published practice shared with site A':    row('hidden',  'sees',    'hidden',  'hidden',  'hidden',  'hidden'),
  'read a published practice shared with site B only': row('hidden', 'hidden', 'sees',    'hidden',  'hidden',  'hidden'),
  'read a published practice shared with no site':   row('hidden',  'hidden',  'hidden',  'hidden',  'hidden',  'hidden'),
  'propose a practice (submitPractice)':             row('refused', 'allowed', 'allowed', 'refused', 'refused', 'refused'),
} satisfies Record<string, Row>
export type PartnerOperation = keyof typeof PARTNER_MATRIX

export const isRead = (outcome: Outcome): outcome is ReadOutcome => outcome === 'sees' || outcome === 'self' || outcome === 'hidden'
