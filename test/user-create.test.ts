/**
 * `npm run user:create`: the way the first administrator of a production
 * database is made. The script runs on this file's fresh database before any
 * server has touched it, and the production server (`npm start`) must then
 * start on that database as it is, and accept the logins it made.
 */
import { spawn } from 'node:child_process'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { login, restClient } from './helpers/rest'
import { requireProductionBuild, startServer, type RunningServer } from './helpers/server'
import { runUserCreate } from './helpers/users'

let server: RunningServer | undefined
let generatedPassword = ''

const lastLine = (text: string) => text.trim().split('\n').at(-1)!

afterAll(async () => {
  await server?.stop()
})

describe('usage', () => {
  it('explains itself with --help and exits 0', async () => {
    const result = await runUserCreate(['--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('npm run user:create -- --admin <e-mail>')
    expect(result.stdout).toContain('--editor <e-mail> --team')
  })

  it.each([
    [[], /precies één van --admin <e-mail> of --editor <e-mail>/],
    [['--admin', 'geen-adres'], /--admin: geen geldig e-mailadres \/ not a valid e-mail address/],
    [['--admin', 'a@test.be', '--editor', 'b@test.be'], /precies één van/],
    [['--editor', 'b@test.be'], /Een redacteur hoort bij minstens één team/],
    [['--admin', 'a@test.be', '--team', 'vvsg'], /--team hoort bij --editor/],
    [['--admin', 'a@test.be', '--generate', '--password-stdin'], /Kies --generate of --password-stdin/],
    [['--admin', 'a@test.be', '--wachtwoord', 'x'], /Unknown option '--wachtwoord'/],
    [['beheerder@test.be'], /Unexpected argument/],
  ])('refuses %j with exit code 2 and the usage', async (args, message) => {
    const result = await runUserCreate(args as string[])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
    expect(result.stderr).toContain('Gebruik / usage:')
  })
})

describe('on a fresh database', () => {
  it('refuses an editor while there is no administrator yet (exit 1)', async () => {
    const result = await runUserCreate(['--editor', 'vroeg@test.be', '--team', 'vvsg'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('Er is nog geen beheerder: maak eerst een beheerder met --admin <e-mail>')
  })

  it('makes the first administrator with a generated password when stdin is not a terminal, printed once on the last line', async () => {
    const result = await runUserCreate(['--admin', 'Eerste@Test.be', '--name', 'Eerste Beheerder'])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain('Beheerder / administrator eerste@test.be aangemaakt / created')
    generatedPassword = lastLine(result.stdout)
    expect(generatedPassword).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(result.stdout.split(generatedPassword)).toHaveLength(2)
    expect(result.stderr).not.toContain(generatedPassword)
  })

  it('leaves a database that the production server starts on, and that login works', async () => {
    requireProductionBuild()
    // A database that Payload had pushed in development would make this start stop and ask a question.
    server = await startServer()
    const token = await login(server.url, 'eerste@test.be', generatedPassword)
    const me = await restClient(server.url, token).call('GET', '/api/users/me')
    expect(me.json.user).toMatchObject({ email: 'eerste@test.be', name: 'Eerste Beheerder', role: 'admin' })
  })

  it('refuses an e-mail address that exists (exit 1) and prints no password', async () => {
    const result = await runUserCreate(['--admin', 'eerste@test.be'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('Er bestaat al een gebruiker met e-mailadres eerste@test.be')
    expect(result.stdout).not.toMatch(/[A-Za-z0-9_-]{43}/)
  })
})

describe('editors and given passwords', () => {
  let teamId: number | string

  beforeAll(async () => {
    const admin = restClient(server!.url, await login(server!.url, 'eerste@test.be', generatedPassword))
    const team = await admin.call('POST', '/api/organisations', { name: 'VVSG', type: 'umbrella' })
    expect(team.status).toBe(201)
    teamId = team.json.doc.id
    expect((await admin.call('POST', '/api/organisations', { name: 'Stad Gent', type: 'municipality', nisCode: '44021', region: 'flanders' })).status).toBe(201)
  })

  it('makes an editor of a team named by its slug, with the password from stdin', async () => {
    const password = 'redacteur-wachtwoord-1'
    const result = await runUserCreate(['--editor', 'redacteur@test.be', '--team', 'vvsg', '--password-stdin'], `${password}\n`)
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).not.toContain(password)
    const me = await restClient(server!.url, await login(server!.url, 'redacteur@test.be', password)).call('GET', '/api/users/me')
    expect(me.json.user.role).toBe('editor')
    expect(me.json.user.teams.map((team: { id: number | string } | number | string) => (typeof team === 'object' ? team.id : team))).toEqual([teamId])
  })

  it('takes a team by its id too', async () => {
    const result = await runUserCreate(['--editor', 'tweede@test.be', '--team', String(teamId), '--generate'])
    expect(result.code, result.stderr).toBe(0)
    await login(server!.url, 'tweede@test.be', lastLine(result.stdout))
  })

  it('refuses unknown teams and organisations that are no team (exit 1)', async () => {
    const unknown = await runUserCreate(['--editor', 'x@test.be', '--team', 'onbekend'])
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('Onbekende organisatie "onbekend"')
    const city = await runUserCreate(['--editor', 'x@test.be', '--team', 'stad-gent'])
    expect(city.code).toBe(1)
    expect(city.stderr).toContain('Stad Gent is geen koepelorganisatie')
  })

  it('refuses a password from stdin shorter than 12 characters (exit 1)', async () => {
    const result = await runUserCreate(['--admin', 'kort@test.be', '--password-stdin'], 'kort\n')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('Het wachtwoord is te kort: minstens 12 tekens')
  })
})

describe('on a terminal', () => {
  /**
   * util-linux `script` gives the command a pseudo-terminal, as an operator's
   * shell does; the password is typed only once the prompt is shown (and the
   * terminal is in raw mode), as a person types it.
   */
  function typeOnTerminal(args: string[], answers: string[]): Promise<{ code: number | null; screen: string }> {
    const command = ['node', '--conditions=production', '--import', 'tsx', 'scripts/user-create.ts', ...args].map((part) => `'${part}'`).join(' ')
    return new Promise((resolve) => {
      const child = spawn('script', ['-qec', command, '/dev/null'], { env: process.env, stdio: ['pipe', 'pipe', 'pipe'] })
      let screen = ''
      let answered = 0
      const prompts = [/Wachtwoord \/ password/, /Nog eens \/ once more/]
      child.stdout.on('data', (chunk) => {
        screen += chunk
        while (answered < answers.length && prompts[answered]!.test(screen)) child.stdin.write(`${answers[answered++]}\r`)
      })
      child.stderr.on('data', (chunk) => (screen += chunk))
      child.once('exit', (code) => resolve({ code, screen }))
    })
  }

  it('asks the password twice without showing it', async () => {
    const password = 'getypt-op-de-terminal-42'
    const result = await typeOnTerminal(['--admin', 'terminal@test.be'], [password, password])
    expect(result.code, result.screen).toBe(0)
    expect(result.screen).toContain('terminal@test.be aangemaakt')
    expect(result.screen).not.toContain(password)
    await login(server!.url, 'terminal@test.be', password)
  })

  it('creates nothing when the two differ (exit 1)', async () => {
    const result = await typeOnTerminal(['--admin', 'tikfout@test.be'], ['een-eerste-wachtwoord', 'een-ander-wachtwoord'])
    expect(result.code).toBe(1)
    expect(result.screen).toContain('De twee wachtwoorden verschillen')
    const admin = restClient(server!.url, await login(server!.url, 'eerste@test.be', generatedPassword))
    expect((await admin.call('GET', '/api/users?where[email][equals]=tikfout@test.be')).json.totalDocs).toBe(0)
  })
})
