import type { PayloadRequest, RequestContext } from 'payload'

import { SKIP_SUBMISSION_SIDE_EFFECTS } from '../../collections/PracticeSubmissions/hooks/createDraftPracticeOnApproval'

/**
 * Set in `context` by `npm run import` only (the Local API; no HTTP request
 * can set it). It tells the upload hooks that the file is one this
 * application already checked and normalised, to be kept byte for byte
 * under its stored name, and the API key hook that the stored hash comes
 * with the document.
 */
export const RESTORING_EXPORT = 'restoringExport'

export const importContext: RequestContext = { [RESTORING_EXPORT]: true, [SKIP_SUBMISSION_SIDE_EFFECTS]: true }

export const isRestoringExport = (req: Pick<PayloadRequest, 'context'>): boolean => req.context?.[RESTORING_EXPORT] === true
