import type { Endpoint } from 'payload'

import { say, tr } from '../../../src/i18n/labels'

/**
 * In production the first administrator is made on the server with
 * `npm run user:create`, never by whoever reaches an empty database first:
 * this takes the place of Payload's own `POST /api/users/first-register`
 * (a collection's own endpoints are matched before Payload's).
 */
export const firstRegisterClosed: Endpoint = {
  path: '/first-register',
  method: 'post',
  handler: (req) =>
    Response.json(
      {
        errors: [
          {
            message: say(
              req,
              tr(
                'De eerste beheerder wordt op de server aangemaakt met: npm run user:create -- --admin <e-mailadres>',
                'Le premier administrateur se crée sur le serveur avec : npm run user:create -- --admin <adresse e-mail>',
                'The first administrator is created on the server with: npm run user:create -- --admin <email address>',
              ),
            ),
          },
        ],
      },
      { status: 403 },
    ),
}
