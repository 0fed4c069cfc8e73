/**
 * Compiles the production server, src/server.ts and everything of ours it
 * imports, into one ES module, dist/server.mjs, that plain Node runs:
 *
 *   node --conditions=production --heap-growing-percent=50 dist/server.mjs   (npm start)
 *
 * Packages stay imports from node_modules. Running the compiled file instead
 * of `--import tsx src/server.ts` keeps tsx's loader out of the production
 * process, and with it the source maps it switches on for every module
 * (Next's and Payload's included), which cost more memory than our code:
 * see README.md, "Memory". Part of `npm run build`; the tests and the
 * benchmark call buildServer() before they start the server, so they never
 * run stale code.
 */
import { readFile, rename, writeFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { build, type Plugin } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export const SERVER_ENTRY = 'dist/server.mjs'

/**
 * The production server's command line, after `node` (the same as `npm
 * start`). --heap-growing-percent=50: V8 lets the old generation grow to 1.5
 * times what survived the last full collection before collecting again,
 * instead of up to 4 times under a request load; see README.md, "Memory".
 */
export const PRODUCTION_SERVER_ARGS = ['--conditions=production', '--heap-growing-percent=50', SERVER_ENTRY] as const

/**
 * Our modules find files next to themselves through import.meta.url (the
 * partner API's schema, the admin's import map): in the bundle each keeps
 * the URL of its own source file.
 */
const keepImportMetaUrl: Plugin = {
  name: 'keep-import-meta-url',
  setup(builder) {
    builder.onLoad({ filter: /\.tsx?$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined
      const source = await readFile(args.path, 'utf8')
      return {
        contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
        loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts',
      }
    })
  },
}

export async function buildServer(): Promise<string> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['src/server.ts'],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: SERVER_ENTRY,
    write: false,
    logLevel: 'warning',
    banner: { js: '// Built by `npm run build` (scripts/build-server.ts) from src/server.ts; do not edit.' },
    plugins: [keepImportMetaUrl],
  })
  const output = result.outputFiles[0]!
  // Write, then rename: a server starting meanwhile never reads half a file.
  await mkdir(path.dirname(output.path), { recursive: true })
  const temporary = `${output.path}.${process.pid}.tmp`
  await writeFile(temporary, output.contents)
  await rename(temporary, output.path)
  return output.path
}

let built: Promise<string> | null = null

/** Builds the server once per process (tests and the benchmark). */
export function buildServerOnce(): Promise<string> {
  built ??= buildServer()
  return built
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = await buildServer()
  console.log(`production server: ${path.relative(root, file)}`)
}
