// Folders the tests make in the system's temporary folder, each removed after its test file
// (every test file that makes one calls removeTempDirs in afterAll), so a run leaves none behind.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const made: string[] = []

/** A new empty folder `<tmp>/<prefix>XXXXXX`, removed by removeTempDirs. */
export function tempDir(prefix = 'pm-test-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
}
