// The sharded promote job holds the shards against its own tree: a file the shards list that is
// gone, a file added after the inventory jobs, a file whose size changed, a media type a shard
// file claims against the name, and what an unsharded run refuses on the way (links out,
// dangling links, named pipes) all fail, as the unsharded run on the same tree does.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { EXIT, runCli } from '../../src/cli/main.js'
import { writeRelease } from '../helpers/release.js'
import { cliFlags, removeTempDirs, tempDir } from '../helpers/workspace.js'

afterAll(removeTempDirs)

function release(): { workspace: string; flags: string[] } {
  const workspace = tempDir('pm-shard-tree-')
  const files: Record<string, string> = {}
  for (let i = 0; i < 12; i++) files[`data/part ${i % 3}/tile-${i}.csv`] = `tile,${i}\n`
  files['data/z.parquet'] = 'PAR1'
  const { inputs } = writeRelease(workspace, files)
  return { workspace, flags: cliFlags(inputs) }
}

async function cli(workspace: string, argv: string[]): Promise<{ code: number; err: string }> {
  const err: string[] = []
  const io = { stdout: () => {}, stderr: (t: string) => err.push(t), cwd: workspace }
  const code = await runCli(argv, io)
  return { code, err: err.join('\n') }
}

async function shardRuns(workspace: string, count: number): Promise<string[]> {
  mkdirSync(path.join(workspace, 'shards'), { recursive: true })
  const files: string[] = []
  for (let index = 1; index <= count; index++) {
    const out = `shards/${index}-of-${count}.json`
    const argv = [
      'inventory',
      '--artifacts',
      'data/**',
      '--out',
      out,
      '--shard',
      `${index}/${count}`
    ]
    expect(await cli(workspace, argv)).toEqual({ code: EXIT.pass, err: '' })
    files.push(out)
  }
  return files
}

/** Shards written on the tree as it was, then the tree changed, then the sharded promotion. */
async function shardedAfter(change: (workspace: string, shards: string[]) => void) {
  const { workspace, flags } = release()
  const shards = await shardRuns(workspace, 3)
  change(workspace, shards)
  const run = await cli(workspace, [...flags, ...shards.flatMap((s) => ['--artifacts-shards', s])])
  const unsharded = await cli(workspace, flags)
  return { run, unsharded, workspace }
}

const codesIn = (err: string): string[] =>
  [...new Set([...err.matchAll(/\[E ([A-Z_]+)\]/g)].map((m) => m[1]!))].sort()

describe('the sharded promote job lists its own tree', () => {
  it('passes when nothing changed, with the media types it derives itself', async () => {
    const { run } = await shardedAfter(() => {})
    expect(run.code).toBe(EXIT.pass)
  })

  it('a file the shards list that is gone from the tree fails', async () => {
    const { run, unsharded } = await shardedAfter((ws) => rmSync(path.join(ws, 'data/z.parquet')))
    expect(run.code).toBe(EXIT.violation)
    expect(run.err).toContain(
      "[E SHARD_MISMATCH] data/z.parquet is in the shard files but not in this job's tree"
    )
    expect(unsharded.code).toBe(EXIT.violation)
  })

  it('a file added after the inventory jobs fails, as the unsharded run refuses it', async () => {
    const { run, unsharded } = await shardedAfter((ws) =>
      writeFileSync(path.join(ws, 'data/late.parquet'), 'PAR1 late')
    )
    expect(run.err).toContain(
      "[E SHARD_MISMATCH] data/late.parquet is in this job's tree but in no shard file"
    )
    expect(unsharded.code).toBe(EXIT.violation)
    expect(unsharded.err).toContain('data/late.parquet')
  })

  it('a file whose size changed after it was hashed fails', async () => {
    const { run } = await shardedAfter((ws) =>
      writeFileSync(path.join(ws, 'data/z.parquet'), 'PAR1 and more')
    )
    expect(run.err).toContain('[E SHARD_MISMATCH] data/z.parquet has 13 bytes here')
  })

  it('a media type a shard file claims against the name fails (text/html for a .parquet)', async () => {
    const { run } = await shardedAfter((ws, shards) => {
      for (const shard of shards) {
        const file = path.join(ws, shard)
        const text = readFileSync(file, 'utf8')
        writeFileSync(file, text.replace('"application/x-parquet"', '"text/html"'))
      }
    })
    expect(run.code).toBe(EXIT.violation)
    expect(run.err).toMatch(
      /\[E SHARD_INVALID\] shards\/\d-of-3\.json gives data\/z\.parquet the media type "text\/html", but its name gives "application\/x-parquet"/
    )
  })

  it.each([
    [
      'a directory linked out of the root',
      (ws: string) => {
        const outside = tempDir('pm-shard-out-')
        writeFileSync(path.join(outside, 'x.csv'), 'x\n')
        symlinkSync(outside, path.join(ws, 'data/linked'))
      },
      'PATH_OUTSIDE_ROOT'
    ],
    [
      'a dangling link',
      (ws: string) => symlinkSync('nowhere.csv', path.join(ws, 'data/dangling.csv')),
      'SYMLINK_DANGLING'
    ],
    [
      'a named pipe',
      (ws: string) => execFileSync('mkfifo', [path.join(ws, 'data/pipe.csv')]),
      'FILE_UNREADABLE'
    ],
    ['a link loop', (ws: string) => symlinkSync('.', path.join(ws, 'data/loop')), 'SYMLINK_LOOP']
  ])('%s added after the inventory jobs fails as in an unsharded run', async (_name, add, code) => {
    const { run, unsharded } = await shardedAfter(add)
    expect(run.code).toBe(EXIT.violation)
    expect(codesIn(run.err)).toContain(code)
    expect(codesIn(unsharded.err)).toContain(code)
  })
})
