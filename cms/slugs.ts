/** Collection and global slugs: the REST interface (`/api/<slug>`), kept stable. */
export const slugs = {
  organizations: 'organizations',
  trainingPrograms: 'training-programs',
  jobPostings: 'job-postings',
  toolkits: 'toolkits',
  pledges: 'pledges',
  alerts: 'alerts',
  users: 'users',
  media: 'media',
  workerTypes: 'worker-types',
  regions: 'regions',
  languages: 'languages',
  coreRoles: 'core-roles',
  framework: 'framework',
  siteStatus: 'site-status',
  sitePages: 'site-pages',
} as const
