import { withPayload } from '@payloadcms/next/withPayload'
import { PHASE_PRODUCTION_SERVER } from 'next/constants.js'
import { refuseUnsafeProductionSettings } from './env.ts'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The admin lives under cms/ while node_modules is at the repository root.
  outputFileTracingRoot: new URL('..', import.meta.url).pathname,
  poweredByHeader: false,
  // On every answer of the admin and the API, whether or not a proxy adds them: no content-type
  // sniffing, no full URLs leaked to other sites, and no framing by other sites (clickjacking).
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Content-Security-Policy', value: "frame-ancestors 'self'" },
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
        ],
      },
    ]
  },
}

export default function config(phase) {
  // `next start` loads this file before it listens: a public server with unsafe settings (a
  // development secret, links to localhost) stops here with a message naming each variable.
  if (phase === PHASE_PRODUCTION_SERVER) refuseUnsafeProductionSettings()
  return withPayload(nextConfig, { devBundleServerPackages: false })
}
