import type { Access } from 'payload'

import { env } from '../config/env'
import { isStaff } from './isStaff'
import { hasPublicFileGrant } from './publicFileGrant'

/**
 * Uploads are the staff's, except the file of published content that the
 * server vouches for (a photo of a published practice in object storage).
 */
export const isStaffOrPublicFile: Access = (args) =>
  isStaff(args) || hasPublicFileGrant(args.req.headers, args.req.url, env().payloadSecret)
