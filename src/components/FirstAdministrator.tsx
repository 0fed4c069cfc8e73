import { CreateFirstUserView } from '@payloadcms/next/views'
import type { AdminViewServerProps } from 'payload'

import { languageOf, say, tr } from '../i18n/labels'

/**
 * Payload shows every page of the admin as /admin/create-first-user while the
 * database has no users, with a form that makes whoever fills it in an
 * administrator. In production that form is not offered (and its endpoint
 * refuses, see collections/Users/endpoints/firstRegisterClosed.ts): this page
 * says how the first administrator is made instead. `npm run dev` keeps
 * Payload's form, and seeds demo users anyway.
 */
export function FirstAdministrator(props: AdminViewServerProps) {
  if (process.env.NODE_ENV !== 'production') return <CreateFirstUserView {...props} />
  const { req } = props.initPageResult
  return (
    <div className="first-administrator" lang={languageOf(req)}>
      <h1>{say(req, tr('Nog geen beheerder', 'Pas encore d’administrateur', 'No administrator yet'))}</h1>
      <p>
        {say(
          req,
          tr(
            'Deze databank heeft nog geen gebruikers. De eerste beheerder wordt op de server aangemaakt, niet hier:',
            'Cette base de données n’a pas encore d’utilisateurs. Le premier administrateur se crée sur le serveur, pas ici :',
            'This database has no users yet. The first administrator is created on the server, not here:',
          ),
        )}
      </p>
      <pre>
        <code>npm run user:create -- --admin {say(req, tr('uw@e-mailadres.be', 'votre@adresse.be', 'your@address.be'))}</code>
      </pre>
      <p>
        {say(
          req,
          tr(
            'Het wachtwoord wordt gevraagd, of gegenereerd en één keer getoond. Meld u daarna hier aan.',
            'Le mot de passe est demandé, ou généré et affiché une seule fois. Connectez-vous ensuite ici.',
            'The password is asked for, or generated and shown once. Then log in here.',
          ),
        )}
      </p>
      <p>
        <a href="/admin/login">{say(req, tr('Aanmelden', 'Se connecter', 'Log in'))}</a>
      </p>
    </div>
  )
}
