import { parseArgs, type ParseArgsConfig } from 'node:util'

import type { z } from 'zod'

/**
 * What the operations scripts (backup, restore, export, import) share:
 * arguments validated with zod, `--help`, and the exit codes an operator's
 * cron job or systemd unit can act on.
 */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const

/** A refusal or failure the operator can act on: printed as one line, without a stack trace. */
export class OperationError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failure,
  ) {
    super(message)
    this.name = 'OperationError'
  }
}

type Options = NonNullable<ParseArgsConfig['options']>

/**
 * Parses argv against `options`, then `schema`. `--help` prints `help` and
 * ends with 0; anything unknown or invalid prints the problem and the usage
 * line and ends with 2.
 */
export function parseCommandLine<T>(argv: string[], options: Options, schema: z.ZodType<T>, help: string): T | { exit: number } {
  let parsed
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { ...options, help: { type: 'boolean', short: 'h' } } })
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${help}`)
    return { exit: EXIT.usage }
  }
  if (parsed.values.help) {
    console.log(help)
    return { exit: EXIT.ok }
  }
  const result = schema.safeParse({ ...parsed.values, positionals: parsed.positionals })
  if (!result.success) {
    console.error(`${result.error.issues[0]!.message}\n\n${help}`)
    return { exit: EXIT.usage }
  }
  return result.data
}

/** Progress lines on standard output, so a long run shows it is alive; `every` thins out per-item lines. */
export function progress(label: string, every = 50): { item: (done: number, total: number) => void; line: (text: string) => void } {
  let lastAt = 0
  return {
    line: (text) => console.log(`${label}: ${text}`),
    item(done, total) {
      if (done === total || done - lastAt >= every) {
        lastAt = done
        console.log(`${label}: ${done}/${total}`)
      }
    },
  }
}

/** Runs a script's main and ends the process with its exit code; an OperationError is one line, anything else a failure. */
export function runScript(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof OperationError) {
        console.error(`${name}: ${error.message}`)
        process.exit(error.exitCode)
      }
      console.error(`${name} mislukt:`, error instanceof Error ? (error.stack ?? error.message) : error)
      process.exit(EXIT.failure)
    },
  )
}
