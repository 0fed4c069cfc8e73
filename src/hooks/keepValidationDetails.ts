import type { AfterErrorHook } from 'payload'

type ErrorWithData = Error & {
  status?: number
  data?: { errors?: Array<{ path?: string; message?: string; label?: string }> }
}

/**
 * Keeps the field errors of a validation failure in REST responses. In the
 * production bundle Payload's error formatter does not recognise its own
 * ValidationError (an `instanceof` across two copies of the class) and sends
 * only the summary line; clients then cannot tell which field to fix. The
 * error is matched by its name and shape instead.
 */
export const keepValidationDetails: AfterErrorHook = ({ error, result }) => {
  const failure = error as ErrorWithData
  if (failure?.name !== 'ValidationError' || !Array.isArray(failure.data?.errors)) return
  const alreadyDetailed = JSON.stringify(result ?? {}).includes('"data"')
  if (alreadyDetailed) return
  return {
    response: { errors: [{ name: failure.name, message: failure.message, data: failure.data }] },
    status: failure.status ?? 400,
  }
}
