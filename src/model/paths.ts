// Path safety: patterns and listed paths are relative to the dataset root and may not leave it.
import path from 'node:path'

type SafePath = { ok: true; path: string } | { ok: false; reason: string }

const WINDOWS_DRIVE = /^[A-Za-z]:([\\/]|$)/

/**
 * Normalises a root-relative path or pattern to `/` separators with no `.`/`..` segments and no
 * leading `/`, or says why it cannot be one.
 */
export function normaliseRelative(text: string): SafePath {
  if (text.length === 0) return { ok: false, reason: 'is empty' }
  if (text.includes('\0')) return { ok: false, reason: 'contains a NUL character' }
  if (text.startsWith('/') || text.startsWith('\\') || WINDOWS_DRIVE.test(text)) {
    return { ok: false, reason: 'is absolute; write it relative to the dataset root' }
  }
  if (text.includes('\\')) {
    return { ok: false, reason: 'contains a backslash; use / as the separator' }
  }
  const normal = path.posix.normalize(text)
  if (normal === '..' || normal.startsWith('../')) {
    return { ok: false, reason: 'reaches outside the dataset root through ..' }
  }
  if (normal === '.' || normal === './')
    return { ok: false, reason: 'names the dataset root itself' }
  return { ok: true, path: normal.replace(/\/+$/, '') }
}

/** `/`-separated path of `absolute` relative to `root`, or undefined when it is not inside root. */
export function relativeInside(root: string, absolute: string): string | undefined {
  const relative = path.relative(root, absolute)
  if (
    relative === '' ||
    relative === '..' ||
    relative.startsWith(`..${path.sep}`) ||
    path.isAbsolute(relative)
  ) {
    return undefined
  }
  return relative.split(path.sep).join('/')
}

/** Whether `target` is `root` itself or inside it (both absolute). */
export function isInside(root: string, target: string): boolean {
  return path.relative(root, target) === '' || relativeInside(root, target) !== undefined
}
