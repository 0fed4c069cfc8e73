import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { nl } from '@payloadcms/translations/languages/nl'
import { buildConfig, type Config } from 'payload'
import sharp from 'sharp'

import { ApiKeys } from './collections/ApiKeys'
import { ContentChanges } from './collections/ContentChanges'
import { SubmissionAttempts } from './collections/SubmissionAttempts'
import { Documents } from './collections/Documents'
import { Media } from './collections/Media'
import { Organisations } from './collections/Organisations'
import { PolicyPlans } from './collections/PolicyPlans'
import { PracticeSubmissions } from './collections/PracticeSubmissions'
import { Practices } from './collections/Practices'
import { Sites } from './collections/Sites'
import { Themes } from './collections/Themes'
import { Users } from './collections/Users'
import { env } from './src/config/env'
import { databaseAdapter } from './src/database/adapter'
import { keepValidationDetails } from './src/hooks/keepValidationDetails'
import { sameAnswerForFailedLogins } from './src/hooks/sameAnswerForFailedLogins'
import { answerMalformedMultipartWith400 } from './src/input-guard/parserErrors'
import { inputGuardPlugin } from './src/input-guard/plugin'
import { payloadLogger } from './src/logging/payloadLogger'
import { multipartUploadOptions } from './src/uploads/limits'
import { readModelPlugin } from './src/read-model/plugin'
import { objectStoragePlugin } from './src/storage/objectStorage'
import { contentLocales } from './src/i18n/locales'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const settings = env()

export default buildConfig({
  serverURL: settings.serverUrl,
  secret: settings.payloadSecret,
  db: databaseAdapter(settings.databaseUri),
  editor: lexicalEditor(),
  sharp,
  // Lets uploads of up to 25 MB through whole; the upload hooks refuse larger ones in the editor's language.
  upload: multipartUploadOptions,
  collections: [Practices, Organisations, PolicyPlans, Themes, Media, Documents, Sites, ApiKeys, Users, PracticeSubmissions, ContentChanges, SubmissionAttempts],
  // The read model: fresh after every content change. The input guard: ids, `where` and data checked before they reach the database.
  plugins: [readModelPlugin(), objectStoragePlugin(settings.objectStorage), inputGuardPlugin()],
  localization: contentLocales,
  i18n: {
    supportedLanguages: { nl, fr, en },
    fallbackLanguage: 'nl',
  },
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · Praktijkenbank' },
    // No Gravatar: it would send a hash of every editor's e-mail address to a third party.
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    // Production offers no first-user form: the first administrator comes from `npm run user:create`.
    components: { views: { createFirstUser: { Component: '/components/FirstAdministrator#FirstAdministrator' } } },
  },
  graphQL: {
    // Payload's GraphQL is the admin's; partner sites use the partner API.
    disableIntrospectionInProduction: true,
    disablePlaygroundInProduction: true,
  },
  typescript: {
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
  },
  hooks: { afterError: [keepValidationDetails, sameAnswerForFailedLogins, answerMalformedMultipartWith400] },
  // A refused request or a failed login is the caller's mistake, not a server error: one info line, no stack trace.
  loggingLevels: { AuthenticationError: 'info', LockedAuth: 'info', BadInput: 'info' } as Config['loggingLevels'],
  // JSON lines in production, readable in development; level from LOG_LEVEL.
  logger: payloadLogger(settings),
  telemetry: false,
})
