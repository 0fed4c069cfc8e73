import * as migration_20261122_081307_initial from './20261122_081307_initial';
import * as migration_20261122_092004_object_storage_prefix from './20261122_092004_object_storage_prefix';
import * as migration_20261122_102705_content_changes from './20261122_102705_content_changes';

export const migrations = [
  {
    up: migration_20261122_081307_initial.up,
    down: migration_20261122_081307_initial.down,
    name: '20261122_081307_initial',
  },
  {
    up: migration_20261122_092004_object_storage_prefix.up,
    down: migration_20261122_092004_object_storage_prefix.down,
    name: '20261122_092004_object_storage_prefix',
  },
  {
    up: migration_20261122_102705_content_changes.up,
    down: migration_20261122_102705_content_changes.down,
    name: '20261122_102705_content_changes'
  },
];
