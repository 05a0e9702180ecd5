/**
 * Payload's jobs queue: scheduled publish and unpublish (queued by the admin's "Schedule publish"
 * button), the daily listing sweep, pledge renewals and every email to an employer. The CMS server
 * runs it: Payload starts the queue's crons with the first request it serves (`npm start`, the
 * tests and a health check make one at once). JOBS_CRON sets how often the queues are checked
 * (every 10 seconds by default); JOBS_AUTORUN=off leaves the running to a separate worker
 * (`npm run payload -- jobs:run --all-queues --handle-schedules --cron "* * * * *"`).
 */
import type { Config } from 'payload'
import { hiddenFromNonAdmins } from '../access/adminVisibility.ts'
import { isAdmin } from '../access/isAdmin.ts'
import { isEditor } from '../access/isEditor.ts'
import { alertConfirmationTask, alertDigestsTask, alertDigestTask } from './alertEmails.ts'
import { expireListingsTask } from './expireListings.ts'
import { pledgeEmailTask } from './pledgeEmail.ts'
import { pledgeRenewalsTask } from './pledgeRenewals.ts'
import { releaseStalledJobsTask } from './releaseStalledJobs.ts'

export const jobs: NonNullable<Config['jobs']> = {
  // Queueing, running and cancelling jobs over REST is for content staff only (the default is any
  // signed-in user, and running jobs is open to anyone).
  access: { queue: isEditor, run: isEditor, cancel: isEditor },
  tasks: [expireListingsTask, pledgeEmailTask, pledgeRenewalsTask, releaseStalledJobsTask, alertConfirmationTask, alertDigestTask, alertDigestsTask],
  autoRun: [{ cron: process.env.JOBS_CRON || '*/10 * * * * *', allQueues: true, limit: 50 }],
  shouldAutoRun: () => process.env.JOBS_AUTORUN !== 'off',
  deleteJobOnComplete: true,
  // Admins see the queue, above all a job that failed every attempt (an email never sent), with
  // its error. Nobody edits it by hand.
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    labels: { singular: { en: 'Background job', es: 'Tarea en segundo plano' }, plural: { en: 'Background jobs', es: 'Tareas en segundo plano' } },
    access: { ...defaultJobsCollection.access, read: isAdmin },
    admin: {
      ...defaultJobsCollection.admin,
      hidden: hiddenFromNonAdmins,
      defaultColumns: ['taskSlug', 'queue', 'hasError', 'totalTried', 'waitUntil', 'createdAt'],
      description: {
        en: 'Emails and other work the CMS does in the background. A job with an error failed every attempt: fix the cause (often the mail settings), then send the email again by hand.',
        es: 'Correos y otras tareas que el CMS hace en segundo plano. Una tarea con error falló en todos los intentos: corrija la causa (a menudo la configuración del correo) y vuelva a enviar el correo a mano.',
      },
    },
  }),
}
