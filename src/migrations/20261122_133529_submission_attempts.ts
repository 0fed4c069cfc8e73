import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`submission_attempts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`client\` text NOT NULL,
  	\`api_key\` text NOT NULL,
  	\`at\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`submission_attempts_client_idx\` ON \`submission_attempts\` (\`client\`);`)
  await db.run(sql`CREATE INDEX \`submission_attempts_api_key_idx\` ON \`submission_attempts\` (\`api_key\`);`)
  await db.run(sql`CREATE INDEX \`submission_attempts_at_idx\` ON \`submission_attempts\` (\`at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`submission_attempts\`;`)
}
