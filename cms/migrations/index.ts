import * as migration_20261125_152235_initial from './20261125_152235_initial';

export const migrations = [
  {
    up: migration_20261125_152235_initial.up,
    down: migration_20261125_152235_initial.down,
    name: '20261125_152235_initial'
  },
];
