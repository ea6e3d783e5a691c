// released_at's default: the committer time of the checked-out commit, never "now", so a re-run
// of the same commit gives the same manifest (docs/decisions.md, "Time").
import { execFile } from 'node:child_process'

export function commitTime(directory: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['-C', directory, 'log', '-1', '--format=%cI', 'HEAD'],
      { timeout: 10_000 },
      (error, stdout) => {
        const text = stdout.trim()
        resolve(error || text === '' ? undefined : text)
      }
    )
  })
}
