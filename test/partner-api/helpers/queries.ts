import type { PartnerServer } from './partnerServer'

/** Every field the brute-force checks need, for each practice. */
export const PRACTICE_FIELDS = `
  id slug title summary reach recurrence regions startDate endDate ongoing publishedAt updatedAt locales
  themes { slug scheme parent { slug parent { slug } } }
  organisations { role organisation { slug } }
  municipalities { slug }
  policyPlan { slug }
  images { id }
`

export type PracticeView = {
  id: string
  slug: string
  title: string
  summary: string
  reach: number | null
  recurrence: number | null
  regions: string[]
  startDate: string | null
  endDate: string | null
  ongoing: boolean
  publishedAt: string
  updatedAt: string
  locales: string[]
  themes: Array<{ slug: string; scheme: string; parent: { slug: string; parent: { slug: string } | null } | null }>
  organisations: Array<{ role: string; organisation: { slug: string } }>
  municipalities: Array<{ slug: string }>
  policyPlan: { slug: string } | null
  images: Array<{ id: string }>
}

/** Walks a practices connection to its end, `first` at a time; returns the nodes in order. */
export async function walkPractices(
  server: PartnerServer,
  key: string,
  args: string,
  first: number,
  fields = PRACTICE_FIELDS,
  between?: (page: number) => Promise<void>,
): Promise<PracticeView[]> {
  const nodes: PracticeView[] = []
  let after: string | null = null
  for (let page = 0; page < 1000; page++) {
    const response = await server.request(
      `query ($after: String) { practices(${args ? `${args}, ` : ''}first: ${first}, after: $after) { pageInfo { hasNextPage endCursor } nodes { ${fields} } } }`,
      { key, variables: { after } },
    )
    if (response.status !== 200 || response.body.errors) throw new Error(response.text)
    const connection = response.body.data.practices
    nodes.push(...connection.nodes)
    if (!connection.pageInfo.hasNextPage) return nodes
    after = connection.pageInfo.endCursor
    await between?.(page)
  }
  throw new Error('no end to the pages')
}

export async function allVisible(server: PartnerServer, key: string, args = ''): Promise<PracticeView[]> {
  return walkPractices(server, key, args, 100)
}

/** A GraphQL request that must succeed; returns its data. */
export async function data(server: PartnerServer, key: string, query: string, variables?: Record<string, unknown>): Promise<any> {
  const response = await server.request(query, { key, variables })
  if (response.status !== 200 || response.body.errors) throw new Error(`${response.status}: ${response.text}`)
  return response.body.data
}
