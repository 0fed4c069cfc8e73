import * as migration_20261122_081307_initial from './20261122_081307_initial';
import * as migration_20261122_092004_object_storage_prefix from './20261122_092004_object_storage_prefix';
import * as migration_20261122_102705_content_changes from './20261122_102705_content_changes';
import * as migration_20261122_133529_submission_attempts from './20261122_133529_submission_attempts';

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
    name: '20261122_102705_content_changes',
  },
  {
    up: migration_20261122_133529_submission_attempts.up,
    down: migration_20261122_133529_submission_attempts.down,
    name: '20261122_133529_submission_attempts'
  },
];
