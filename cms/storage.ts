/**
 * Where uploaded media live. By default in `.data/media/` on the CMS's own disk (one server; the
 * backup takes them along). With S3_BUCKET set, in that bucket through Payload's official S3
 * adapter, so several CMS instances share them: AWS S3 or any S3-compatible store (MinIO,
 * Cloudflare R2, Backblaze B2: set S3_ENDPOINT, and S3_FORCE_PATH_STYLE=1 where the store needs it).
 * Files are still served through the CMS (`/api/media/file/…`), with the collection's access rules.
 */
import { s3Storage } from '@payloadcms/storage-s3'
import { slugs } from './slugs.ts'

export function mediaStorage(env: NodeJS.ProcessEnv = process.env) {
  const bucket = env.S3_BUCKET?.trim()
  const credentials =
    env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } : undefined
  return s3Storage({
    enabled: Boolean(bucket),
    // The same columns with or without a bucket, so the committed migrations fit every deployment.
    alwaysInsertFields: true,
    bucket: bucket ?? '',
    collections: { [slugs.media]: true },
    config: {
      region: env.S3_REGION || 'us-east-1',
      endpoint: env.S3_ENDPOINT || undefined,
      forcePathStyle: env.S3_FORCE_PATH_STYLE === '1',
      // Without keys here the AWS SDK finds them itself (instance role, AWS_* variables).
      credentials,
    },
  })
}
