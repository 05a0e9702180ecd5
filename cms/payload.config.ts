import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import { resolve } from 'node:path'
import { buildConfig, type Migration } from 'payload'
import sharp from 'sharp'
import { Alerts } from './collections/Alerts.ts'
import { CoreRoles } from './collections/CoreRoles.ts'
import { JobPostings } from './collections/JobPostings.ts'
import { Languages } from './collections/Languages.ts'
import { Media } from './collections/Media.ts'
import { Organizations } from './collections/Organizations.ts'
import { Pledges } from './pledges/collection.ts'
import { Regions } from './collections/Regions.ts'
import { Toolkits } from './collections/Toolkits.ts'
import { TrainingPrograms } from './collections/TrainingPrograms.ts'
import { Users } from './collections/Users/index.ts'
import { csvPlugin } from './csv/plugin.ts'
import { WorkerTypes } from './collections/WorkerTypes.ts'
import { databaseAdapter, databaseKind } from './database.ts'
import { emailAdapter } from './email/adapter.ts'
import { depthLimit, maxQueryDepth } from './graphql/depthLimit.ts'
import { clientErrors } from './hooks/clientErrors.ts'
import { withAnonymousListCap } from './hooks/capAnonymousLists.ts'
import { withInputChecks, withInputChecksInGlobal } from './hooks/withInputChecks.ts'
import { withPartialTranslations } from './fields/untranslated.ts'
import { withYesNoCells } from './fields/yesNoCells.ts'
import { cmsUrl, payloadSecret, refuseUnsafeProductionSettings, siteUrl } from './env.ts'
import { maxUploadBytes } from './http/bodyLimit.ts'
import { Framework } from './globals/Framework.ts'
import { healthEndpoint } from './health/endpoint.ts'
import { searchFeedEndpoint } from './feeds/endpoint.ts'
import { withFirstPublishedAt } from './fields/firstPublishedAt.ts'
import { SiteStatus } from './globals/SiteStatus.ts'
import { SitePages } from './globals/SitePages.ts'
import { jobs } from './queue/index.ts'
import { migrations } from './migrations/index.ts'
import { cmsDir } from './paths.ts'
import { previewEndpoints } from './preview/endpoints.ts'
import { publishIfNoLiveSite } from './publishing/siteUpdate.ts'
import { withSiteUpdates } from './publishing/withSiteUpdates.ts'
import { mediaStorage } from './storage.ts'
import { snapshotEndpoint } from './snapshot/endpoint.ts'
import { restoreTranslations, withRestoreKeepingLive } from './versions/restoreKeepsLive.ts'

// The Payload CLI and scripts in production refuse what `next start` refuses (cms/next.config.mjs).
refuseUnsafeProductionSettings()

export default buildConfig({
  serverURL: cmsUrl,
  secret: payloadSecret(),
  telemetry: false,
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · CHW Portal admin' },
    // Payload's own avatar: Gravatar would send a hash of each staff email to a third party.
    avatar: 'default',
    components: {
      // Admins see how many email alerts exist, not who has them (cms/collections/Alerts.ts).
      beforeDashboard: ['/components/AlertsCount.tsx#AlertsCount'],
      header: ['/components/SiteStatusBanner.tsx#SiteStatusBanner', '/components/FailedEmailsBanner.tsx#FailedEmailsBanner'],
    },
    importMap: { baseDir: cmsDir, importMapFile: resolve(cmsDir, 'app/(payload)/admin/importMap.js') },
  },
  collections: [
    // What the public site shows: changes to these update it (cms/publishing/).
    ...[
      withFirstPublishedAt(TrainingPrograms),
      withFirstPublishedAt(JobPostings),
      Toolkits,
      Organizations,
      Media,
      WorkerTypes,
      Regions,
      Languages,
      CoreRoles,
    ].map(withSiteUpdates),
    Pledges,
    Users,
  ]
    .map(withInputChecks)
    // Anonymous list queries return at most 100 documents at once (cms/hooks/capAnonymousLists.ts).
    .map(withAnonymousListCap)
    // A Spanish version may leave required texts untranslated: they fall back to English (cms/fields/untranslated.ts).
    .map(withPartialTranslations)
    // Restoring a draft version keeps the published one on the site (cms/versions/restoreKeepsLive.ts).
    .map(withRestoreKeepingLive)
    // List columns of checkboxes read Yes / No.
    .map(withYesNoCells)
    // Email alerts: nobody reads them through the API or the admin (cms/collections/Alerts.ts).
    .concat(Alerts),
  globals: [Framework, SitePages, SiteStatus].map(withInputChecksInGlobal).map(withPartialTranslations),
  // Errors the client caused are a 4xx that says what to do, not a 500 (cms/hooks/clientErrors.ts).
  hooks: { afterError: [clientErrors] },
  // Preview: the admin's Preview button and the draft the site's preview page asks for (cms/preview/);
  // the snapshot a static host's site build fetches instead of opening the database (cms/snapshot/);
  // the health check for an uptime monitor (cms/health/); the feed of any listing search (cms/feeds/).
  endpoints: [...previewEndpoints, snapshotEndpoint, healthEndpoint, searchFeedEndpoint],
  jobs,
  // CSV import (checked whole, all or nothing) and export of listings and pledges: cms/csv/.
  // Media on the CMS's disk, or in an S3 bucket when S3_BUCKET is set: cms/storage.ts.
  plugins: [csvPlugin(), mediaStorage()],
  localization: {
    locales: [
      { code: 'en', label: 'English' },
      { code: 'es', label: 'Español' },
    ],
    defaultLocale: 'en',
    fallback: true,
  },
  // The admin itself in English or Spanish, as each staff member prefers.
  i18n: { supportedLanguages: { en, es }, fallbackLanguage: 'en', translations: restoreTranslations },
  // What one GraphQL request may ask for: a complexity limit (half Payload's default of 1000: nothing of ours
  // uses GraphQL, and a request at the limit stays well under a second) and a nesting depth limit (cms/graphql/depthLimit.ts).
  graphQL: { maxComplexity: 500, validationRules: (args) => [depthLimit(maxQueryDepth, args)] },
  // An uploaded file (media, a CSV import) is at most 10 MB: the API routes refuse a larger
  // multipart body before Payload reads it (cms/http/bodyLimit.ts).
  upload: { limits: { fileSize: maxUploadBytes } },
  editor: lexicalEditor(),
  db: databaseAdapter(),
  sharp,
  email: emailAdapter(),
  cors: [siteUrl],
  csrf: [siteUrl, cmsUrl],
  typescript: { outputFile: resolve(cmsDir, 'payload-types.ts') },
  onInit: async (payload) => {
    // The SQLite file is brought up to date with the committed migrations whenever the CMS starts,
    // so a fresh clone, a test database and production all get the same schema. MongoDB needs none.
    if (databaseKind(process.env.DATABASE_URI) === 'sqlite') {
      // The generated index types each migration's arguments more narrowly than Migration does.
      await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
    }
    // One-server mode: a fresh deployment gets its first site build now (in the background).
    publishIfNoLiveSite(payload)
  },
})
