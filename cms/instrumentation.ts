/**
 * Runs once when the Next.js server starts. Opens the pledge intake so that submissions
 * acknowledged before a crash or restart are saved as pledges (and emailed) right away, without
 * waiting for the next request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ default: config }, { getPayload }, { pledgeIntake }] = await Promise.all([
    import('@payload-config'),
    import('payload'),
    import('./pledges/intake/index.ts'),
  ])
  // Not awaited: the server starts answering meanwhile.
  void getPayload({ config })
    .then((payload) => pledgeIntake(payload))
    .catch((error) => console.error('Could not open the pledge intake at start-up', error))
}
