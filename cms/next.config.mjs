import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The admin lives under cms/ while node_modules is at the repository root.
  outputFileTracingRoot: new URL('..', import.meta.url).pathname,
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
