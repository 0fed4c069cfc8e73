import type { AfterErrorHook } from 'payload'

/**
 * What busboy, the multipart parser behind Payload's uploads, says of a body
 * that is not well-formed multipart. Payload passes these on without a
 * status, and they were answered with a 500; they are the client's mistake.
 */
const MALFORMED_MULTIPART = [
  'Malformed part header',
  'Unexpected end of form',
  'Unexpected end of file',
  'Malformed urlencoded form',
  'Multipart: Boundary not found',
  'Missing Content-Type',
  'Unsupported content type',
  'Malformed content type',
]

export const answerMalformedMultipartWith400: AfterErrorHook = ({ error }) => {
  const failure = error as Error & { status?: number }
  if (failure?.status !== undefined || !MALFORMED_MULTIPART.some((message) => failure?.message?.startsWith(message))) return
  return {
    response: { errors: [{ message: `The upload is not well-formed multipart/form-data (${failure.message}). Send the file as a form field named "file".` }] },
    status: 400,
  }
}
