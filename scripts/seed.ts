/**
 * `npm run seed`: loads the demo content into the database of DATABASE_URI
 * (SQLite by default). Safe to run again: it only creates what is missing.
 *
 * The demo accounts and API keys are public (src/seed/demoCredentials.ts), so
 * the script refuses to run with NODE_ENV=production. Run it through
 * `npm run seed`, which sets `--conditions=production` (see README: Lexical).
 */
import '../src/config/loadDotEnv'

import type { SanitizedConfig } from 'payload'

async function main(): Promise<void> {
  if (process.env.NODE_ENV === 'production') {
    throw new Error('de demo-inhoud is niet voor productie (NODE_ENV=production): de demowachtwoorden en -sleutels zijn openbaar')
  }
  const started = Date.now()
  const { getPayload } = await import('payload')
  const { default: config }: { default: Promise<SanitizedConfig> } = await import('../payload.config')
  const { seedDemoContent } = await import('../src/seed/index')

  const payload = await getPayload({ config })
  const report = await seedDemoContent(payload, { log: (line) => console.log(line) })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)

  console.log('')
  console.log(`Klaar in ${seconds} s.`)
  console.log(`Demobeheerder:  ${report.demoAdmin.email} / ${report.demoAdmin.password}`)
  console.log(`Demoredacteur:  ${report.demoEditor.email} / ${report.demoEditor.password}`)
  console.log('')
  console.log('Demosleutels van de partnersites (alleen voor ontwikkeling):')
  const width = Math.max(4, ...report.demoKeys.map((row) => row.site.length))
  console.log(`  ${'site'.padEnd(width)}  sleutel`)
  for (const row of report.demoKeys) console.log(`  ${row.site.padEnd(width)}  ${row.key}`)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error)
    console.error(`Seed mislukt: ${message.split('\n')[0]}`)
    process.exit(1)
  },
)
