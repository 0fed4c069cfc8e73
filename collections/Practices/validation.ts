import type { PayloadRequest, Validate } from 'payload'

import { say, tr } from '../../src/i18n/labels'

/**
 * The rules a practice must meet before it is published. Each returns a
 * message in the editor's admin language.
 */

type OrganisationRow = { organisation?: unknown; role?: string | null }

const idOf = (value: unknown): number | string | undefined => {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  if (typeof value === 'number' || typeof value === 'string') return value
  return undefined
}

export const atLeastOneLead: Validate<OrganisationRow[] | null | undefined> = (rows, { req }) => {
  const hasLead = (rows ?? []).some((row) => row?.role === 'lead' && idOf(row.organisation) !== undefined)
  if (hasLead) return true
  return say(
    req,
    tr(
      'Voeg minstens één organisatie toe met de rol "Trekker".',
      'Ajoutez au moins une organisation avec le rôle « Porteur ».',
      'Add at least one organisation with the role "Lead".',
    ),
  )
}

export const onlyMunicipalities: Validate<unknown[] | null | undefined> = async (value, { req }) => {
  const ids = (value ?? []).map(idOf).filter((id): id is number | string => id !== undefined)
  if (ids.length === 0) return true
  const found = await req.payload.find({
    collection: 'organisations',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req,
    select: { type: true, name: true },
  })
  const notMunicipal = found.docs.filter((doc) => doc.type !== 'municipality')
  if (notMunicipal.length === 0 && found.docs.length === ids.length) return true
  const names = notMunicipal.map((doc) => doc.name).join(', ')
  return say(
    req,
    tr(
      `Kies hier alleen gemeenten of steden${names ? ` (geen gemeente: ${names})` : ''}.`,
      `Choisissez ici uniquement des communes${names ? ` (pas une commune : ${names})` : ''}.`,
      `Choose only municipalities here${names ? ` (not a municipality: ${names})` : ''}.`,
    ),
  )
}

export const endNotBeforeStart: Validate<string | Date | null | undefined> = (value, { req, siblingData }) => {
  const start = (siblingData as { startDate?: string | null } | undefined)?.startDate
  if (!value || !start) return true
  if (new Date(value).getTime() >= new Date(start).getTime()) return true
  return say(
    req,
    tr('De einddatum ligt vóór de startdatum.', 'La date de fin précède la date de début.', 'The end date is before the start date.'),
  )
}

export const goalsExistInPlan: Validate<string[] | null | undefined> = async (codes, { req, siblingData }) => {
  if (!codes || codes.length === 0) return true
  const planId = idOf((siblingData as { policyPlan?: unknown } | undefined)?.policyPlan)
  if (planId === undefined) {
    return say(
      req,
      tr(
        'Kies eerst het beleidsplan waarvan deze doelstellingen komen.',
        'Choisissez d’abord le plan politique dont viennent ces objectifs.',
        'Choose the policy plan these goals come from first.',
      ),
    )
  }
  const known = await strategicGoalCodes(req, planId)
  const unknown = codes.filter((code) => !known.has(code))
  if (unknown.length === 0) return true
  return say(
    req,
    tr(
      `Deze doelstellingen staan niet in het gekozen beleidsplan: ${unknown.join(', ')}.`,
      `Ces objectifs ne figurent pas dans le plan choisi : ${unknown.join(', ')}.`,
      `These goals are not in the chosen policy plan: ${unknown.join(', ')}.`,
    ),
  )
}

async function strategicGoalCodes(req: PayloadRequest, planId: number | string): Promise<Set<string>> {
  const plan = await req.payload.findByID({
    collection: 'policy-plans',
    id: planId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    draft: true,
    req,
  })
  return new Set((plan?.strategicGoals ?? []).map((goal) => goal.code))
}

const URL_PATTERN = /^https?:\/\/[^\s/$.?#].[^\s]*$/i

export const httpUrl: Validate<string | null | undefined> = (value, { req }) => {
  if (!value) return true
  if (URL_PATTERN.test(value) && URL.canParse(value)) return true
  return say(
    req,
    tr(
      'Geef een volledig webadres op, beginnend met https://.',
      'Indiquez une adresse web complète, commençant par https://.',
      'Give a full web address, starting with https://.',
    ),
  )
}
