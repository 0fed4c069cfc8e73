import type { Resolvers } from '../generated/resolvers'
import { Contact } from './Contact'
import { Document } from './Document'
import { Image } from './Image'
import { Mutation } from './Mutation'
import { Organisation } from './Organisation'
import { PolicyPlan } from './PolicyPlan'
import { Practice } from './Practice'
import { PracticeConnection } from './PracticeConnection'
import { PracticeFacets } from './PracticeFacets'
import { PracticeOrganisation } from './PracticeOrganisation'
import { Query } from './Query'
import { RichText } from './RichText'
import { DateScalar, DateTime, JSONScalar } from './scalars'
import { Site } from './Site'
import { Theme } from './Theme'

/**
 * The partner API's resolvers, one file per type. Types whose fields read
 * straight from plain objects (PageInfo, Link, StrategicGoal, facets…) use
 * the default resolvers.
 */
export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime,
  JSON: JSONScalar,
  Query,
  Mutation,
  Site,
  Practice,
  PracticeOrganisation,
  PracticeConnection,
  PracticeFacets,
  Theme,
  Organisation,
  PolicyPlan,
  RichText,
  Image,
  Document,
  Contact,
}
