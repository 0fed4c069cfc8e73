/**
 * Creates an API key for a partner site and prints it once.
 *
 *   npm run site:key -- <site-slug> [--label "Productie-website"]
 *
 * The key is printed alone on the last line (for scripts: `| tail -n 1`);
 * only its hash is stored, so copy it now. Revoke keys in the admin under
 * Partners → API-sleutels.
 */
import '../src/config/loadDotEnv'

import { parseArgs } from 'node:util'

import { z } from 'zod'

const usage = 'Gebruik: npm run site:key -- <site-slug> [--label "omschrijving"]'

const argsSchema = z.object({
  site: z
    .string({ message: `Geef de slug van een partnersite. ${usage}` })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: `Een site-slug bestaat uit kleine letters, cijfers en koppeltekens. ${usage}` }),
  label: z.string().trim().min(1).max(120).default('Aangemaakt met npm run site:key'),
})

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { label: { type: 'string' } } })
  const parsed = argsSchema.safeParse({ site: positionals[0], label: values.label })
  if (!parsed.success) {
    console.error(parsed.error.issues[0]!.message)
    return 1
  }
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { generateApiKey } = await import('../src/site-keys/keys')
  const payload = await getPayload({ config })

  const sites = await payload.find({ collection: 'sites', where: { slug: { equals: parsed.data.site } }, limit: 1, depth: 0, overrideAccess: true })
  const site = sites.docs[0]
  if (!site) {
    const all = await payload.find({ collection: 'sites', limit: 100, depth: 0, overrideAccess: true, select: { slug: true } })
    const known = all.docs.map((doc) => doc.slug).join(', ') || 'geen: maak eerst een partnersite in het beheer'
    console.error(`Onbekende partnersite "${parsed.data.site}". Bestaande sites: ${known}.`)
    return 1
  }

  const key = generateApiKey()
  await payload.create({ collection: 'api-keys', data: { site: site.id, label: parsed.data.label, key } as never, overrideAccess: true })
  console.log(`Nieuwe API-sleutel voor ${site.name} (${site.slug}). Kopieer hem nu: hij wordt niet meer getoond.`)
  console.log(key)
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('site:key mislukt:', error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
