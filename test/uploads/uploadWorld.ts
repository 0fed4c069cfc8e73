import { login, restClient, type Rest } from '../helpers/rest'
import { startServer, type RunningServer } from '../helpers/server'
import { createFirstAdmin } from '../helpers/users'

/**
 * The production server on this test file's own database and upload folder,
 * with an administrator (the first user, made with `npm run user:create`), an umbrella team, a municipality and
 * an editor of that team: who uploads in the admin.
 */
export type UploadWorld = {
  server: RunningServer
  mediaDir: string
  admin: Rest
  adminToken: string
  editorToken: string
  teamId: number | string
  municipalityId: number | string
}

export const PASSWORD = 'een-sterk-testwachtwoord'

export async function startUploadWorld(): Promise<UploadWorld> {
  const server = await startServer()
  await createFirstAdmin('beheerder@test.be', PASSWORD)
  const adminToken = await login(server.url, 'beheerder@test.be', PASSWORD)
  const admin = restClient(server.url, adminToken)
  const created = async (path: string, body: unknown) => {
    const { status, json } = await admin.call('POST', path, body)
    if (status !== 201) throw new Error(`POST ${path} gave ${status}: ${JSON.stringify(json)}`)
    return json.doc as { id: number | string }
  }
  const team = await created('/api/organisations', { name: 'VVSG', type: 'umbrella', region: 'flanders' })
  const municipality = await created('/api/organisations', { name: 'Stad Mechelen', type: 'municipality', nisCode: '12025', region: 'flanders' })
  await created('/api/users', { email: 'redacteur@test.be', password: PASSWORD, role: 'editor', teams: [team.id] })
  const editorToken = await login(server.url, 'redacteur@test.be', PASSWORD)
  return { server, mediaDir: process.env.MEDIA_DIR!, admin, adminToken, editorToken, teamId: team.id, municipalityId: municipality.id }
}
