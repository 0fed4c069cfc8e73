import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { say, tr } from '../../../src/i18n/labels'

/** The longest address SMTP carries (RFC 5321). */
const MAX_EMAIL_LENGTH = 254

/**
 * Deliberately looser than the rule that accounts are created with: any
 * address Payload accepts passes, and what fails could belong to no account.
 */
const ADDRESS_SHAPE = /^[^\s@]+@[^\s@]+$/

/**
 * A login or a password reset without a plausible e-mail address (none, a
 * megabyte of text, no @) is refused with a 400 before the database is
 * asked, with a message that says what to fix. It tells nothing about which
 * addresses have an account: the answer depends only on what was sent.
 * Payload itself answers such a reset request with "success", as for an
 * unknown address, which leaves a client with a typo none the wiser.
 */
export const requireAddressShape: CollectionBeforeOperationHook<'users'> = ({ args, operation, req }) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  const email: unknown = (args as { data?: { email?: unknown } }).data?.email
  const address = typeof email === 'string' ? email.trim() : ''
  if (address.length === 0 || address.length > MAX_EMAIL_LENGTH || !ADDRESS_SHAPE.test(address)) {
    throw new APIError(
      say(
        req,
        tr(
          'Geef een geldig e-mailadres, zoals naam@organisatie.be.',
          'Indiquez une adresse e-mail valide, comme nom@organisation.be.',
          'Give a valid e-mail address, such as name@organisation.be.',
        ),
      ),
      400,
      null,
      true,
    )
  }
  return args
}
