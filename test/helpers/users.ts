import { spawn } from 'node:child_process'

/**
 * Runs `npm run user:create` (scripts/user-create.ts) against this test
 * file's own database, as an operator would on the server. `stdin` is
 * written to the script's standard input, which is a pipe, not a terminal.
 */
export function runUserCreate(args: string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', 'scripts/user-create.ts', ...args], {
      env: process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.once('exit', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(stdin)
  })
}

/**
 * The first administrator, made the way production makes it: with the
 * command, not over HTTP (a production server refuses first-register).
 * Works before or while the server runs on the same database.
 */
export async function createFirstAdmin(email: string, password: string): Promise<void> {
  const result = await runUserCreate(['--admin', email, '--password-stdin'], `${password}\n`)
  if (result.code !== 0) throw new Error(`user:create --admin ${email} exited with ${result.code}:\n${result.stderr}${result.stdout}`)
}
