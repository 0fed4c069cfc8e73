import type { Payload } from 'payload'

import { DEMO_ADMIN_EMAIL, DEMO_EDITOR_EMAIL, DEMO_PASSWORD } from '../seed/demoCredentials'

/**
 * The demo logins and demo API keys of the seed are published in the README:
 * a production server must not start while any of them still works.
 * Returns the reasons to refuse (empty when safe).
 */
export async function activeDemoCredentials(payload: Payload): Promise<string[]> {
  const problems: string[] = []
  for (const email of [DEMO_ADMIN_EMAIL, DEMO_EDITOR_EMAIL]) {
    if (await passwordStillWorks(payload, email)) {
      problems.push(`the demo login ${email} still has the demo password: delete that user or change its password`)
    }
  }
  const demoKeys = await payload.count({
    collection: 'api-keys',
    where: { and: [{ isDemo: { equals: true } }, { revoked: { not_equals: true } }] },
    overrideAccess: true,
  })
  if (demoKeys.totalDocs > 0) {
    problems.push(`${demoKeys.totalDocs} demo API key(s) are not revoked: revoke or delete them in the admin (API-sleutels)`)
  }
  return problems
}

async function passwordStillWorks(payload: Payload, email: string): Promise<boolean> {
  const found = await payload.count({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })
  if (found.totalDocs === 0) return false
  try {
    await payload.login({ collection: 'users', data: { email, password: DEMO_PASSWORD }, overrideAccess: true })
    return true
  } catch {
    return false
  }
}
