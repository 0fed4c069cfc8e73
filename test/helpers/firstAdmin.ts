import { login, restClient } from './rest'

/**
 * Creates the first administrator of the server's empty database and returns
 * their session token. Every HTTP test that needs one comes here, so that
 * this is the one place to change when the way a production database gets
 * its first administrator changes.
 */
export async function createFirstAdmin(baseUrl: string, email: string, password: string): Promise<string> {
  const first = await restClient(baseUrl).call('POST', '/api/users/first-register', { email, password })
  if (first.status !== 200) throw new Error(`first-register gave ${first.status}: ${JSON.stringify(first.json)}`)
  return login(baseUrl, email, password)
}
