/**
 * Import first in a script that opens the database through Payload. With
 * NODE_ENV=production Payload applies the committed migrations, as `npm
 * start` does, instead of pushing the development schema, which marks the
 * database so that a later production start refuses it.
 */
Object.assign(process.env, { NODE_ENV: 'production' })
