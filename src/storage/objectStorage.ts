import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import type { ObjectStorageSettings } from '../config/env'

/**
 * Where uploads live: MEDIA_DIR on one machine, or an S3-compatible bucket
 * (AWS S3, Scaleway, OVH, MinIO, R2…) when S3_BUCKET is set, so several
 * instances share them. The upload pipeline (src/uploads) runs before the
 * adapter either way; the adapter stores what it produced.
 *
 * The plugin is always installed, only switched on by the environment:
 * `alwaysInsertFields` keeps the database schema (the `prefix` column) the
 * same in both modes, so one set of migrations serves both.
 */
export function objectStoragePlugin(settings: ObjectStorageSettings | null): Plugin {
  const prefix = (folder: string) => (settings?.prefix ? `${settings.prefix}/${folder}` : folder)
  return s3Storage({
    enabled: settings !== null,
    alwaysInsertFields: true,
    bucket: settings?.bucket ?? 'uploads-not-configured',
    collections: {
      media: { prefix: prefix('media') },
      documents: { prefix: prefix('documents') },
    },
    config: {
      region: settings?.region ?? 'us-east-1',
      ...(settings?.endpoint ? { endpoint: settings.endpoint } : {}),
      forcePathStyle: settings?.forcePathStyle ?? false,
      credentials: {
        accessKeyId: settings?.accessKeyId ?? '',
        secretAccessKey: settings?.secretAccessKey ?? '',
      },
    },
    // Never client uploads: the browser would put files straight into the
    // bucket, past the type check, the pixel limit and the metadata stripping.
  })
}
