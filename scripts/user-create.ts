/**
 * Creates a user of the admin from the command line: the first
 * administrator of a production database (which offers no registration
 * form), or any later administrator or editor.
 *
 *   npm run user:create -- --admin <email> [--name "…"]
 *   npm run user:create -- --editor <email> --team <organisation slug or id> [--team …] [--name "…"]
 *
 * The password is asked twice on a terminal, without showing it. Without a
 * terminal (or with --generate) a long random password is generated and
 * printed once, alone on the last line; with --password-stdin the first line
 * of standard input is the password (for provisioning scripts).
 *
 * Exit codes: 0 created, 1 not created (the e-mail exists, unknown team…),
 * 2 wrong usage.
 *
 * The database is opened as a production start opens it: the committed
 * migrations are applied and the schema is never pushed, so `npm start`
 * runs on it afterwards without asking anything.
 */
import '../src/config/loadDotEnv'

import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'

import type { Payload } from 'payload'
import { z } from 'zod'

const MIN_PASSWORD_LENGTH = 12

const usage = `Gebruik / usage:
  npm run user:create -- --admin <e-mail> [--name "Naam"]
  npm run user:create -- --editor <e-mail> --team <organisatie-slug of id> [--team …] [--name "Naam"]

Opties / options:
  --admin <e-mail>     maakt een beheerder / creates an administrator
  --editor <e-mail>    maakt een redacteur van één of meer teams / creates an editor of one or more teams
  --team <slug of id>  team (koepelorganisatie) van de redacteur / the editor's team (umbrella organisation)
  --name "Naam"        naam van de gebruiker / the user's name
  --generate           genereert een sterk wachtwoord en toont het één keer / generates a strong password, shown once
  --password-stdin     leest het wachtwoord uit de eerste regel van stdin / reads the password from stdin's first line
  --help               deze uitleg / this help

Zonder terminal wordt altijd een wachtwoord gegenereerd. / Without a terminal a password is always generated.
Exitcodes / exit codes: 0 aangemaakt / created, 1 mislukt / failed, 2 verkeerd gebruik / wrong usage.`

class UsageError extends Error {}
class Refusal extends Error {}

const emailSchema = z.string().trim().toLowerCase().pipe(z.email())

const argsSchema = z
  .object({
    admin: emailSchema.optional(),
    editor: emailSchema.optional(),
    team: z.array(z.string().trim().min(1).max(200)).default([]),
    name: z.string().trim().min(1).max(120).optional(),
    generate: z.boolean().default(false),
    passwordStdin: z.boolean().default(false),
  })
  .superRefine((args, context) => {
    const problem = (message: string) => context.addIssue({ code: 'custom', message })
    if (!args.admin === !args.editor) problem('Geef precies één van --admin <e-mail> of --editor <e-mail>. / Give exactly one of --admin <email> or --editor <email>.')
    else if (args.editor && args.team.length === 0) problem('Een redacteur hoort bij minstens één team: --team <slug of id>. / An editor belongs to at least one team: --team <slug or id>.')
    else if (args.admin && args.team.length > 0) problem('--team hoort bij --editor: een beheerder heeft geen teams. / --team goes with --editor: an administrator has no teams.')
    if (args.generate && args.passwordStdin) problem('Kies --generate of --password-stdin, niet beide. / Choose --generate or --password-stdin, not both.')
  })

type Request = z.infer<typeof argsSchema>

function readArguments(argv: string[]): Request | 'help' {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: {
        admin: { type: 'string' },
        editor: { type: 'string' },
        team: { type: 'string', multiple: true },
        name: { type: 'string' },
        generate: { type: 'boolean' },
        'password-stdin': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const { values } = parsed
  if (values.help) return 'help'
  const result = argsSchema.safeParse({ ...values, passwordStdin: values['password-stdin'] })
  if (!result.success) {
    const issue = result.error.issues[0]!
    const field = issue.path[0]
    throw new UsageError(field === 'admin' || field === 'editor' ? `--${String(field)}: geen geldig e-mailadres / not a valid e-mail address.` : issue.message)
  }
  return result.data
}

/** 32 random bytes as base64url: 43 characters, 256 bits. */
function generatePassword(): string {
  return randomBytes(32).toString('base64url')
}

/** Reads one line from a terminal without echoing it. Ctrl-C stops the script. */
function askHidden(prompt: string): Promise<string> {
  const input = process.stdin
  process.stderr.write(prompt)
  return new Promise((resolve) => {
    let answer = ''
    input.setRawMode(true)
    input.resume()
    input.setEncoding('utf8')
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === '\r' || character === '\n' || character === '\u0004') {
          input.off('data', onData)
          input.setRawMode(false)
          input.pause()
          process.stderr.write('\n')
          resolve(answer)
          return
        }
        if (character === '\u0003') {
          process.stderr.write('\nAfgebroken. / Aborted.\n')
          process.exit(1)
        }
        if (character === '\u007f' || character === '\b') answer = answer.slice(0, -1)
        else if (character >= ' ') answer += character
      }
    }
    input.on('data', onData)
  })
}

async function readFirstLineOfStdin(): Promise<string> {
  let text = ''
  for await (const chunk of process.stdin) {
    text += chunk
    if (text.includes('\n') || text.length > 10_000) break
  }
  return text.split(/\r?\n/)[0] ?? ''
}

type PasswordChoice = { password: string; generated: boolean }

async function choosePassword(request: Request): Promise<PasswordChoice> {
  if (request.passwordStdin) {
    const password = await readFirstLineOfStdin()
    checkPasswordLength(password)
    return { password, generated: false }
  }
  if (request.generate || !process.stdin.isTTY) return { password: generatePassword(), generated: true }
  const password = await askHidden(`Wachtwoord / password (minstens / at least ${MIN_PASSWORD_LENGTH} tekens / characters): `)
  checkPasswordLength(password)
  const again = await askHidden('Nog eens / once more: ')
  if (again !== password) throw new Refusal('De twee wachtwoorden verschillen; er is niets aangemaakt. / The two passwords differ; nothing was created.')
  return { password, generated: false }
}

function checkPasswordLength(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new Refusal(
      `Het wachtwoord is te kort: minstens ${MIN_PASSWORD_LENGTH} tekens; er is niets aangemaakt. / The password is too short: at least ${MIN_PASSWORD_LENGTH} characters; nothing was created.`,
    )
  }
}

/**
 * Never pushes the schema: a pushed database is marked as a development one,
 * and a production start on it would stop to ask a question. The committed
 * migrations are applied instead (a production process applies them itself
 * while connecting). A database Payload already pushed in development is
 * left as it is.
 */
async function openDatabase(): Promise<Payload> {
  process.env.PAYLOAD_MIGRATING = 'true'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { isMongoUri } = await import('../src/database/adapter')
  const { migrations } = await import('../src/migrations/index')
  const { env } = await import('../src/config/env')
  const payload = await getPayload({ config })
  if (!env().isProduction && !isMongoUri(env().databaseUri) && !(await isPushedDevelopmentDatabase(payload))) {
    await payload.db.migrate({ migrations: migrations as never })
  }
  return payload
}

async function isPushedDevelopmentDatabase(payload: Payload): Promise<boolean> {
  try {
    const pushed = await payload.count({ collection: 'payload-migrations', where: { batch: { equals: -1 } }, overrideAccess: true })
    return pushed.totalDocs > 0
  } catch {
    return false // no migrations table yet: an empty database
  }
}

async function resolveTeams(payload: Payload, references: string[]): Promise<Array<number | string>> {
  const teams: Array<number | string> = []
  for (const reference of references) {
    const byId = /^\d+$/.test(reference) || /^[0-9a-f]{24}$/.test(reference) ? [{ id: { equals: reference } }] : []
    const found = await payload.find({
      collection: 'organisations',
      where: { or: [{ slug: { equals: reference } }, ...byId] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      select: { name: true, type: true },
    })
    const organisation = found.docs[0]
    if (!organisation) throw new Refusal(`Onbekende organisatie "${reference}". / Unknown organisation "${reference}".`)
    if (organisation.type !== 'umbrella') {
      throw new Refusal(
        `${organisation.name} is geen koepelorganisatie en kan geen team zijn. / ${organisation.name} is not an umbrella organisation and cannot be a team.`,
      )
    }
    teams.push(organisation.id)
  }
  return teams
}

async function createUser(payload: Payload, request: Request, password: string): Promise<{ email: string; role: 'admin' | 'editor' }> {
  const email = (request.admin ?? request.editor)!
  const role = request.admin ? 'admin' : 'editor'
  const existing = await payload.count({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })
  if (existing.totalDocs > 0) throw new Refusal(`Er bestaat al een gebruiker met e-mailadres ${email}. / A user with e-mail address ${email} already exists.`)
  const anyAdmin = await payload.count({ collection: 'users', where: { role: { equals: 'admin' } }, overrideAccess: true })
  if (role === 'editor' && anyAdmin.totalDocs === 0) {
    throw new Refusal('Er is nog geen beheerder: maak eerst een beheerder met --admin <e-mail>. / There is no administrator yet: first create one with --admin <email>.')
  }
  const teams = role === 'editor' ? await resolveTeams(payload, request.team) : []
  await payload.create({
    collection: 'users',
    data: { email, password, role, teams, ...(request.name ? { name: request.name } : {}) } as never,
    overrideAccess: true,
  })
  return { email, role }
}

async function main(argv: string[]): Promise<number> {
  let request: Request | 'help'
  try {
    request = readArguments(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    console.error(`${error.message}\n\n${usage}`)
    return 2
  }
  if (request === 'help') {
    console.log(usage)
    return 0
  }

  let payload: Payload | undefined
  try {
    const { password, generated } = await choosePassword(request)
    payload = await openDatabase()
    const { email, role } = await createUser(payload, request, password)
    const who = role === 'admin' ? 'Beheerder / administrator' : 'Redacteur / editor'
    console.log(`${who} ${email} aangemaakt / created. Log in op / at ${(await import('../src/config/env')).env().serverUrl}/admin`)
    if (generated) {
      console.log('Gegenereerd wachtwoord; kopieer het nu, het wordt niet meer getoond. / Generated password; copy it now, it is not shown again:')
      console.log(password)
    }
    return 0
  } catch (error) {
    if (error instanceof Refusal) {
      console.error(error.message)
      return 1
    }
    throw error
  } finally {
    await payload?.destroy().catch(() => undefined)
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('user:create mislukt / failed:', error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
