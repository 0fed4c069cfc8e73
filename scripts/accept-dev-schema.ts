/**
 * `npm run migrate:accept-dev-schema`: lets a SQLite database that an older
 * development start changed by pushing the schema be migrated again.
 *
 * A start refuses such a database (one line, exit code 1). This script asks
 * drizzle-kit what a push would still change: nothing means the database has
 * exactly the schema of the current collections, so it records the committed
 * migrations as applied and removes the development mark; otherwise it lists
 * the differences and changes nothing. Back the database up first.
 */
import '../src/config/loadDotEnv'

async function main(): Promise<number> {
  // Opens the database without applying migrations, as Payload's own migration commands do.
  process.env.PAYLOAD_MIGRATING = 'true'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { acceptDevSchema } = await import('../src/database/migrations')
  const payload = await getPayload({ config })
  const result = await acceptDevSchema(payload.db)
  if (result.outcome === 'unmarked') {
    console.log('This database carries no development mark: nothing to do.')
    return 0
  }
  if (result.outcome === 'differs') {
    console.error('The schema of this database differs from the collections; nothing was changed. A push would run:')
    for (const statement of result.statements) console.error(`  ${statement.replace(/\s+/g, ' ').trim()}`)
    console.error('Restore a backup made before the development start, or migrate the data into a fresh database.')
    return 1
  }
  const recorded = result.recorded.length ? ` Recorded as applied: ${result.recorded.join(', ')}.` : ''
  console.log(`The schema matches the collections: development mark removed.${recorded}`)
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('migrate:accept-dev-schema failed:', error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
