import { APIError, type CollectionBeforeOperationHook, type Config, type Plugin, type UploadConfig } from 'payload'

import { idKindOf, isWellFormedId } from '../database/ids'
import { say, tr, type Translated } from '../i18n/labels'
import { problemInData } from './dataProblems'
import { notFoundWhenFileMissing } from './missingFiles'
import { clip, problemInWhere } from './whereProblems'

type UploadFileHandler = NonNullable<UploadConfig['handlers']>[number]

/**
 * The one edge where what every REST, GraphQL and Local API call shares (ids,
 * `where`, data) is checked before Payload takes it to the database: a hook
 * in front of every operation of every collection. What the database could
 * not take becomes a 400 that says what to send instead, in the admin's
 * language, instead of a 500 from deep inside the database adapter.
 */
export function inputGuardPlugin(): Plugin {
  return (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      ...(typeof collection.upload === 'object' || collection.upload === true
        ? { upload: { ...(typeof collection.upload === 'object' ? collection.upload : {}), handlers: [notFoundWhenFileMissing as UploadFileHandler, ...((typeof collection.upload === 'object' && collection.upload.handlers) || [])] } }
        : {}),
      hooks: {
        ...collection.hooks,
        beforeOperation: [refuseMalformedArguments, ...(collection.hooks?.beforeOperation ?? [])],
      },
    })),
  })
}

/** A refusal Payload answers as it is: status 400 and this message. */
export class BadInput extends APIError {
  constructor(message: string) {
    super(message, 400, null, true)
    this.name = 'BadInput'
  }
}

type OperationArgs = { id?: unknown; where?: unknown; data?: unknown; limit?: unknown; page?: unknown; depth?: unknown }

/** The largest page a REST or GraphQL caller may ask for (the admin asks for at most 100). */
export const MAX_PAGE_SIZE = 1000
/** Larger page numbers, limits or depths mean nothing, and the offset they make overflows the database's. */
const MAX_PAGE_NUMBER = 1_000_000

const refuseMalformedArguments: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const { id, where, data, limit, page, depth } = args as OperationArgs
  const refuse = (text: Translated): never => {
    throw new BadInput(say(req, text))
  }
  // Only operations that find documents by id: login, forgot-password and the like carry none.
  if (id !== undefined && ['read', 'update', 'delete', 'restoreVersion'].includes(operation)) {
    if (!isWellFormedId(idKindOf(req.payload, collection), id)) {
      // REST turns a text id into NaN before it gets here: then there is nothing worth echoing.
      const shown = typeof id === 'string' ? `"${clip(id)}"` : Number.isFinite(id) ? String(id) : null
      const expected = idDescription(req.payload, collection)
      refuse(
        tr(
          `${shown ?? 'Dit'} is geen geldige id voor ${collection.slug}: een id is ${expected.nl}.`,
          `${shown ?? 'Ceci'} n’est pas un identifiant valide pour ${collection.slug} : un identifiant est ${expected.fr}.`,
          `${shown ?? 'This'} is not a valid id for ${collection.slug}: an id is ${expected.en}.`,
        ),
      )
    }
  }
  // REST passes on what it could not read as a number (`limit[a]=1` is an object), and any number it could (`page=1e21` overflowed the database's offset, `limit=1e-227` was no LIMIT it could take).
  for (const [name, value] of Object.entries({ limit, page, depth })) {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) continue
    if (typeof value !== 'number' || !Number.isInteger(value) || Math.abs(value) > MAX_PAGE_NUMBER) {
      refuse(
        tr(
          `\`${name}\` moet een geheel getal zijn van hoogstens ${MAX_PAGE_NUMBER}.`,
          `\`${name}\` doit être un nombre entier d’au plus ${MAX_PAGE_NUMBER}.`,
          `\`${name}\` must be a whole number of at most ${MAX_PAGE_NUMBER}.`,
        ),
      )
    }
  }
  if (req.payloadAPI !== 'local' && typeof limit === 'number' && limit > MAX_PAGE_SIZE) {
    refuse(
      tr(
        `Vraag hoogstens ${MAX_PAGE_SIZE} documenten per pagina (limit); blader verder met page.`,
        `Demandez au plus ${MAX_PAGE_SIZE} documents par page (limit) ; continuez avec page.`,
        `Ask for at most ${MAX_PAGE_SIZE} documents a page (limit); go on with page.`,
      ),
    )
  }
  if (where !== undefined && where !== null) {
    const problem = problemInWhere(req.payload, collection, where)
    if (problem) refuse(problem)
  }
  if (operation === 'create' || operation === 'update') {
    const problem = problemInData(req.payload, collection, data)
    if (problem) refuse(problem)
  }
  return args
}

function idDescription(...[payload, collection]: Parameters<typeof idKindOf>): Translated {
  switch (idKindOf(payload, collection)) {
    case 'integer':
      return tr('een geheel getal', 'un nombre entier', 'a whole number')
    case 'objectId':
      return tr('24 hexadecimale tekens', '24 caractères hexadécimaux', '24 hexadecimal characters')
    default:
      return tr('een niet-lege tekst', 'un texte non vide', 'a non-empty text')
  }
}
