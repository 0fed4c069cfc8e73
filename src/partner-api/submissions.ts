import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import { z } from 'zod'

import { tr, type Translated } from '../i18n/labels'
import { payloadId, type Locale, type ReadModelSnapshot, type SiteRecord } from '../read-model'
import { rateLimited } from './errors'
import type { PracticeSubmissionInput, SubmissionResult } from './generated/resolvers'
import { SubmissionAttemptLog } from './submissionAttempts'

/**
 * "Share your practice with us": partner sites pass on proposals, which land
 * in the review queue (collection practice-submissions) of the editors of the
 * site's owner. Nothing submitted is visible through the API: an editor's
 * approval creates a draft practice, which is published like any other.
 */

const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g

const MESSAGES = {
  title: tr('Geef een titel van 5 tot 200 tekens.', 'Indiquez un titre de 5 à 200 caractères.', 'Give a title of 5 to 200 characters.'),
  summary: tr(
    'Geef een samenvatting van 20 tot 300 tekens.',
    'Indiquez un résumé de 20 à 300 caractères.',
    'Give a summary of 20 to 300 characters.',
  ),
  description: tr(
    'Beschrijf de praktijk in 50 tot 10.000 tekens.',
    'Décrivez la pratique en 50 à 10 000 caractères.',
    'Describe the practice in 50 to 10,000 characters.',
  ),
  organisationName: tr(
    'Geef de naam van de organisatie (2 tot 200 tekens).',
    'Indiquez le nom de l’organisation (2 à 200 caractères).',
    'Give the name of the organisation (2 to 200 characters).',
  ),
  municipality: tr('De gemeente telt hoogstens 120 tekens.', 'La commune compte au plus 120 caractères.', 'The municipality has at most 120 characters.'),
  themes: tr('Kies hoogstens 20 bestaande thema’s.', 'Choisissez au plus 20 thèmes existants.', 'Choose at most 20 existing themes.'),
  unknownTheme: tr('Onbekend thema', 'Thème inconnu', 'Unknown theme'),
  contactName: tr('Geef een naam van 2 tot 120 tekens.', 'Indiquez un nom de 2 à 120 caractères.', 'Give a name of 2 to 120 characters.'),
  contactEmail: tr('Geef een geldig e-mailadres.', 'Indiquez une adresse e-mail valide.', 'Give a valid email address.'),
  website: tr(
    'Geef een volledig webadres, beginnend met https://.',
    'Indiquez une adresse web complète, commençant par https://.',
    'Give a full web address, starting with https://.',
  ),
  consent: tr(
    'Zonder toestemming kunnen we de praktijk niet publiceren.',
    'Sans votre accord, nous ne pouvons pas publier la pratique.',
    'Without consent we cannot publish the practice.',
  ),
} satisfies Record<string, Translated>

function submissionSchema(language: Locale, knownThemes: ReadonlySet<string>) {
  const say = (key: keyof typeof MESSAGES) => ({ error: MESSAGES[key][language] })
  const plain = (min: number, max: number, key: keyof typeof MESSAGES) =>
    z
      .string()
      .transform((value) => value.replace(CONTROL_CHARACTERS, '').trim())
      .pipe(z.string().min(min, say(key)).max(max, say(key)))
  const optional = <T extends z.ZodType>(schema: T) =>
    z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional().nullable())
  return z.object({
    title: plain(5, 200, 'title'),
    summary: plain(20, 300, 'summary'),
    description: plain(50, 10_000, 'description'),
    organisationName: plain(2, 200, 'organisationName'),
    municipality: optional(plain(1, 120, 'municipality')),
    themes: z
      .array(z.string())
      .max(20, say('themes'))
      .nullable()
      .optional()
      .superRefine((slugs, context) => {
        const unknown = (slugs ?? []).filter((slug) => !knownThemes.has(slug))
        if (unknown.length > 0) context.addIssue({ code: 'custom', message: `${MESSAGES.unknownTheme[language]}: ${unknown.slice(0, 5).join(', ')}` })
      }),
    contactName: plain(2, 120, 'contactName'),
    contactEmail: z.string().trim().pipe(z.email(say('contactEmail')).max(254, say('contactEmail'))),
    website: optional(z.string().trim().pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, ...say('website') }).max(500, say('website')))),
    locale: z.enum(['nl', 'fr', 'en']).nullable().optional(),
    consent: z.literal(true, say('consent')),
  })
}

export type SubmissionRequest = {
  snapshot: ReadModelSnapshot
  site: SiteRecord
  apiKeyId: string
  clientIp: string
  input: PracticeSubmissionInput
}

export class SubmissionDesk {
  private readonly attempts: SubmissionAttemptLog

  constructor(
    private readonly payload: Payload,
    now: () => Date,
  ) {
    this.attempts = new SubmissionAttemptLog(payload, now)
  }

  async submit({ snapshot, site, apiKeyId, clientIp, input }: SubmissionRequest): Promise<SubmissionResult> {
    // Every attempt counts, valid or not: the limit is against flooding.
    const wait = await this.attempts.attempt(clientIp, apiKeyId)
    if (wait > 0) throw rateLimited(wait)

    const language: Locale = input.locale ?? site.defaultLocale
    const themeSlugs = new Set(snapshot.themesInDisplayOrder.map((theme) => theme.slug))
    const parsed = submissionSchema(language, themeSlugs).safeParse(input)
    if (!parsed.success) {
      const errors = new Map<string, string>()
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'input')
        if (!errors.has(field)) errors.set(field, issue.message)
      }
      return { ok: false, reference: null, errors: [...errors].map(([field, message]) => ({ field, message })) }
    }

    const data = parsed.data
    const reference = `PB-${randomBytes(5).toString('hex').toUpperCase()}`
    await this.payload.create({
      collection: 'practice-submissions',
      overrideAccess: true,
      data: {
        reference,
        status: 'submitted',
        site: payloadId(site.id) as number,
        locale: data.locale ?? language,
        title: data.title,
        summary: data.summary,
        description: data.description,
        organisationName: data.organisationName,
        municipality: data.municipality ?? null,
        themes: (data.themes ?? []).map((slug) => payloadId(snapshot.themeBySlug(slug)!.id) as number),
        contactName: data.contactName,
        contactEmail: data.contactEmail,
        website: data.website ?? null,
        consent: true,
      },
    })
    return { ok: true, reference, errors: [] }
  }
}
