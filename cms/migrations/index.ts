import * as migration_20261125_152235_initial from './20261125_152235_initial';
import * as migration_20261125_175927_pledge_submissions from './20261125_175927_pledge_submissions';
import * as migration_20261125_205602_staff_workflow from './20261125_205602_staff_workflow';
import * as migration_20261125_221215_csv_import_export from './20261125_221215_csv_import_export';
import * as migration_20261205_143717_pledge_emails_stock_payload from './20261205_143717_pledge_emails_stock_payload';
import * as migration_20261205_173653_signin_limits from './20261205_173653_signin_limits';
import * as migration_20261205_180225_media_storage_prefix from './20261205_180225_media_storage_prefix';
import * as migration_20261205_205640_training_meeting_times from './20261205_205640_training_meeting_times';
import * as migration_20261205_212925_site_pages_pledge_erasure from './20261205_212925_site_pages_pledge_erasure';
import * as migration_20261205_214113_adoption_statistics from './20261205_214113_adoption_statistics';
import * as migration_20261205_220003_sources from './20261205_220003_sources';
import * as migration_20261205_220102_email_alerts from './20261205_220102_email_alerts';
import * as migration_20261205_221647_near_me_places from './20261205_221647_near_me_places';
import * as migration_20261205_221759_locales_parent_index from './20261205_221759_locales_parent_index';

export const migrations = [
  {
    up: migration_20261125_152235_initial.up,
    down: migration_20261125_152235_initial.down,
    name: '20261125_152235_initial',
  },
  {
    up: migration_20261125_175927_pledge_submissions.up,
    down: migration_20261125_175927_pledge_submissions.down,
    name: '20261125_175927_pledge_submissions',
  },
  {
    up: migration_20261125_205602_staff_workflow.up,
    down: migration_20261125_205602_staff_workflow.down,
    name: '20261125_205602_staff_workflow',
  },
  {
    up: migration_20261125_221215_csv_import_export.up,
    down: migration_20261125_221215_csv_import_export.down,
    name: '20261125_221215_csv_import_export',
  },
  {
    up: migration_20261205_143717_pledge_emails_stock_payload.up,
    down: migration_20261205_143717_pledge_emails_stock_payload.down,
    name: '20261205_143717_pledge_emails_stock_payload',
  },
  {
    up: migration_20261205_173653_signin_limits.up,
    down: migration_20261205_173653_signin_limits.down,
    name: '20261205_173653_signin_limits',
  },
  {
    up: migration_20261205_180225_media_storage_prefix.up,
    down: migration_20261205_180225_media_storage_prefix.down,
    name: '20261205_180225_media_storage_prefix',
  },
  {
    up: migration_20261205_205640_training_meeting_times.up,
    down: migration_20261205_205640_training_meeting_times.down,
    name: '20261205_205640_training_meeting_times',
  },
  {
    up: migration_20261205_212925_site_pages_pledge_erasure.up,
    down: migration_20261205_212925_site_pages_pledge_erasure.down,
    name: '20261205_212925_site_pages_pledge_erasure',
  },
  {
    up: migration_20261205_214113_adoption_statistics.up,
    down: migration_20261205_214113_adoption_statistics.down,
    name: '20261205_214113_adoption_statistics',
  },
  {
    up: migration_20261205_220003_sources.up,
    down: migration_20261205_220003_sources.down,
    name: '20261205_220003_sources',
  },
  {
    up: migration_20261205_220102_email_alerts.up,
    down: migration_20261205_220102_email_alerts.down,
    name: '20261205_220102_email_alerts',
  },
  {
    up: migration_20261205_221647_near_me_places.up,
    down: migration_20261205_221647_near_me_places.down,
    name: '20261205_221647_near_me_places',
  },
  {
    up: migration_20261205_221759_locales_parent_index.up,
    down: migration_20261205_221759_locales_parent_index.down,
    name: '20261205_221759_locales_parent_index'
  },
];
