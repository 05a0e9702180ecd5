import * as migration_20261125_152235_initial from './20261125_152235_initial';
import * as migration_20261125_175927_pledge_submissions from './20261125_175927_pledge_submissions';
import * as migration_20261125_205602_staff_workflow from './20261125_205602_staff_workflow';
import * as migration_20261125_221215_csv_import_export from './20261125_221215_csv_import_export';
import * as migration_20261205_143717_pledge_emails_stock_payload from './20261205_143717_pledge_emails_stock_payload';
import * as migration_20261205_173653_signin_limits from './20261205_173653_signin_limits';
import * as migration_20261205_180225_media_storage_prefix from './20261205_180225_media_storage_prefix';
import * as migration_20261205_205658_locales_parent_index from './20261205_205658_locales_parent_index';

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
    up: migration_20261205_205658_locales_parent_index.up,
    down: migration_20261205_205658_locales_parent_index.down,
    name: '20261205_205658_locales_parent_index'
  },
];
