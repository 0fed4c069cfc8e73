import { en } from '@payloadcms/translations/languages/en'
import type { AfterErrorHook, PayloadRequest } from 'payload'

import { say, tr } from '../i18n/labels'

/** After this many wrong passwords in a row an account is locked (Payload's maxLoginAttempts)… */
export const MAX_LOGIN_ATTEMPTS = 10
/** …for this long (Payload's lockTime). */
export const LOGIN_LOCK_MINUTES = 10

const FAILED_LOGIN = tr(
  `Onjuist e-mailadres of wachtwoord. Na ${MAX_LOGIN_ATTEMPTS} mislukte pogingen blijft aanmelden ${LOGIN_LOCK_MINUTES} minuten geblokkeerd.`,
  `Adresse e-mail ou mot de passe incorrect. Après ${MAX_LOGIN_ATTEMPTS} tentatives échouées, la connexion reste bloquée ${LOGIN_LOCK_MINUTES} minutes.`,
  `Incorrect e-mail address or password. After ${MAX_LOGIN_ATTEMPTS} failed attempts, logging in stays blocked for ${LOGIN_LOCK_MINUTES} minutes.`,
)

/** Payload's two login failures: no such user or a wrong password, and a locked account. */
const LOGIN_FAILURES = new Set(['AuthenticationError', 'LockedAuth'])
const LOGIN_FAILURE_MESSAGES = ['emailOrPasswordIncorrect', 'userLocked'] as const

type LoginError = { name?: unknown; message?: unknown; status?: unknown; originalError?: LoginError }

/**
 * Payload's errors are recognised by their class name where it survives, and
 * otherwise by their status and message (in the request's language or
 * English): the production bundle of Payload's GraphQL renames the classes.
 */
function isFailedLogin(error: LoginError, req: PayloadRequest): boolean {
  if (typeof error?.name === 'string' && LOGIN_FAILURES.has(error.name)) return true
  if (error?.status !== 401 || typeof error.message !== 'string') return false
  return LOGIN_FAILURE_MESSAGES.some((key) => error.message === req.t(`error:${key}`) || error.message === en.translations.error[key])
}

/**
 * Every failed login gets one and the same answer, over REST and Payload's
 * GraphQL alike. Payload tells a locked account apart ("This user is locked
 * due to having too many failed login attempts"), which tells anyone who
 * tries an address ten times that it belongs to a user; only existing
 * accounts can be locked. With one answer for all, an unknown address, a
 * wrong password and a locked account look the same, and the message still
 * tells a real user who locked themselves out what happened and how long to
 * wait. The lock itself stays Payload's (per account, in the database, so it
 * holds across instances).
 */
export const sameAnswerForFailedLogins: AfterErrorHook = ({ error, graphqlResult, req }) => {
  const failure = ((error as LoginError)?.originalError ?? error) as LoginError
  if (!isFailedLogin(failure, req)) return
  const message = say(req, FAILED_LOGIN)
  if (graphqlResult) {
    return { graphqlResult: { ...graphqlResult, message, extensions: { name: 'AuthenticationError', statusCode: 401 } } }
  }
  return { response: { errors: [{ message }] }, status: 401 }
}
