/*
 * Payload's GraphQL endpoint (from the Payload blank template), reading at most 1 MB whatever the
 * Content-Type (cms/http/bodyLimit.ts) and a query of limited length (cms/graphql/queryLimit.ts).
 */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { withQueryLengthLimit } from '../../../../graphql/queryLimit.ts'
import { maxJsonBytes, withBodyLimit } from '../../../../http/bodyLimit.ts'

export const POST = withBodyLimit(withQueryLengthLimit(GRAPHQL_POST(config)), () => maxJsonBytes)
export const OPTIONS = REST_OPTIONS(config)
