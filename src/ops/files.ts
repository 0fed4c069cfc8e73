import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { Transform } from 'node:stream'

/** A file in a backup or export: its path relative to the folder (always with `/`), size and SHA-256. */
export type FileRecord = { path: string; size: number; sha256: string }

/** Every regular file under `dir`, as sorted relative paths with `/`; an absent folder has none. */
export async function listFiles(dir: string): Promise<string[]> {
  const found: string[] = []
  const walk = async (at: string): Promise<void> => {
    let entries
    try {
      entries = await readdir(at, { withFileTypes: true })
    } catch (error) {
      // A folder removed while we walk it (or never made) simply has no files.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
      throw error
    }
    for (const entry of entries) {
      const full = path.join(at, entry.name)
      if (entry.isDirectory()) await walk(full)
      else if (entry.isFile()) found.push(path.relative(dir, full).split(path.sep).join('/'))
    }
  }
  await walk(dir)
  return found.sort()
}

/** SHA-256 and size of a file, streamed (uploads go up to 25 MB, a database much further). */
export async function hashFile(file: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256')
  let size = 0
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer)
    size += (chunk as Buffer).length
  }
  return { size, sha256: hash.digest('hex') }
}

/**
 * Copies a file and hashes the bytes it wrote, in one read. Null when the
 * source disappeared before it could be opened (deleted by an editor while
 * we copy): the caller decides whether that matters.
 */
export async function copyAndHash(from: string, to: string): Promise<{ size: number; sha256: string } | null> {
  await mkdir(path.dirname(to), { recursive: true })
  const hash = createHash('sha256')
  let size = 0
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      size += chunk.length
      done(null, chunk)
    },
  })
  try {
    await pipeline(createReadStream(from), tap, createWriteStream(to, { flags: 'wx' }))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && (error as NodeJS.ErrnoException).path === from) return null
    throw error
  }
  return { size, sha256: hash.digest('hex') }
}

/** True when `dir` does not exist or holds nothing. */
export async function isEmptyOrAbsent(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true
    throw error
  }
}

export async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory()
  } catch {
    return false
  }
}

/** A relative path from a manifest that stays inside its folder (no `..`, not absolute). */
export function isSafeRelativePath(relative: string): boolean {
  if (relative === '' || relative.includes('\0') || relative.includes('\\')) return false
  if (path.posix.isAbsolute(relative)) return false
  return relative.split('/').every((part) => part !== '' && part !== '.' && part !== '..')
}
