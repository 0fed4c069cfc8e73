import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'

import { buildServerOnce, PRODUCTION_SERVER_ARGS } from '../../scripts/build-server'

/**
 * Starts the real production server (src/server.ts compiled to dist/server.mjs,
 * as `npm start` runs it, after `npm run build`) on a free port, against this
 * test file's own database, and stops it after. The server is compiled again
 * here (well under a second), so the tests always run the current code.
 */
export type RunningServer = {
  url: string
  output: () => string
  stop: () => Promise<void>
  /** Sends a signal to the server process (e.g. SIGTERM, to see it stop cleanly). */
  signal: (signal: NodeJS.Signals) => void
  /** Resolves with the exit code when the process ends (null when a signal ended it). */
  exited: Promise<number | null>
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

export function requireProductionBuild(): void {
  if (!existsSync(path.resolve('.next/BUILD_ID'))) {
    throw new Error('These tests run the production server: run `npm run build` first (npm test does).')
  }
}

export async function startServer(extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  requireProductionBuild()
  await buildServerOnce()
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child = spawn(process.execPath, [...PRODUCTION_SERVER_ARGS], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      SERVER_URL: url,
      PAYLOAD_SECRET: 'http-test-secret-that-is-long-enough-0123456789',
      NEXT_TELEMETRY_DISABLED: '1',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout!.on('data', (chunk) => (log += chunk))
  child.stderr!.on('data', (chunk) => (log += chunk))

  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  await waitUntilListening(child, () => log, url)
  return {
    url,
    output: () => log,
    stop: () => stopChild(child),
    signal: (signal) => void child.kill(signal),
    exited,
  }
}

async function waitUntilListening(child: ChildProcess, log: () => string, url: string): Promise<void> {
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log()}`)
    try {
      const response = await fetch(`${url}/api/users/me`)
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  await stopChild(child)
  throw new Error(`server did not answer within 90 s:\n${log()}`)
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
    // The server drains for at most 10 s (src/server/gracefulStop.ts).
    setTimeout(() => child.kill('SIGKILL'), 15_000).unref()
  })
}

/** Runs the server command to its end, e.g. to see it refuse to start. */
export async function runServerToExit(extraEnv: Record<string, string>): Promise<{ code: number | null; output: string }> {
  await buildServerOnce()
  const child = spawn(process.execPath, [...PRODUCTION_SERVER_ARGS], {
    cwd: process.cwd(),
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
  const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)))
  clearTimeout(timer)
  return { code, output }
}

/**
 * Runs `npm run <script> -- <args>` as an operator would: in the project
 * directory, with this test file's database and without NODE_ENV (an
 * operator's shell has none), stdin not a terminal.
 */
export async function runNpmScript(
  script: string,
  args: string[] = [],
  extraEnv: Record<string, string> = {},
  timeoutMs = 180_000,
): Promise<{ code: number | null; output: string }> {
  const env: Record<string, string | undefined> = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...extraEnv }
  if (!('NODE_ENV' in extraEnv)) delete env.NODE_ENV
  const child = spawn('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], {
    cwd: process.cwd(),
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
  const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)))
  clearTimeout(timer)
  return { code, output }
}
