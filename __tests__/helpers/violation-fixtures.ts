// Applies a violation fixture (fixtures/violations/CODE.json) to a fresh copy of the example
// workspace: the example broken in exactly the way the fixture describes.
import {
  existsSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  mkdirSync
} from 'node:fs'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { serveFiles } from './fixture-server.js'
import { PROJECT } from './runner.js'
import { copyExample, exampleInputs, tempDir } from './workspace.js'

export const VIOLATION_FIXTURES = path.join(PROJECT, 'fixtures', 'violations')

/** Changes made to a workspace: patched, written, removed, made, linked, generated files. */
export interface WorkspaceChanges {
  /** A folder the whole example is moved into first (a dataset root inside a larger workspace). */
  nest?: string
  /** RFC 7386 JSON merge patches of the workspace's JSON files. */
  patch?: Record<string, unknown>
  /** Files written whole: a string as text, anything else as two-space JSON. */
  write?: Record<string, unknown>
  remove?: string[]
  /** Empty directories made after the removals. */
  mkdir?: string[]
  /** Named pipes (FIFOs) made after the removals; opening one to read waits for a writer. */
  fifos?: string[]
  /**
   * Symbolic links: link path → target; `@outside/x` is a file made outside the workspace,
   * `@outside-dir/x` a directory there with a file in it.
   */
  symlinks?: Record<string, string>
  /** Contents of `@outside/` files (default: one line of text). */
  outside?: Record<string, unknown>
  /** Large or deep files, written as prefix + repeat × times + middle + close × times + suffix. */
  generate?: Record<string, Generated>
  /**
   * Files served on loopback (URL path → text) for published copies the catalogs link; `@served/`
   * in the patches and written files stands for the server's base URL.
   */
  serve?: Record<string, string>
}

export interface ViolationFixture extends WorkspaceChanges {
  description: string
  /** Action inputs replacing the example's (an empty string removes one). */
  inputs?: Record<string, string>
  /** A loopback Git LFS server (helpers/lfs-server.ts) holding these oids is asked (lfs: pointers). */
  lfsServer?: { objects: string[] }
}

/**
 * A verify fixture (fixtures/verify/CODE.json): the example promoted, then changed as `after`
 * says, then verified with the verify inputs (`manifest` defaults to the written manifest).
 */
export interface VerifyFixture {
  description: string
  after: WorkspaceChanges
  inputs?: Record<string, string>
}

export const VERIFY_FIXTURES = path.join(PROJECT, 'fixtures', 'verify')

/**
 * A publish fixture (fixtures/publish/CODE.json): what the repository holds before the example's
 * manifest is published: published releases (`{version}` in a tag is the example's version id)
 * and ledger records (the fields given; the rest filled in).
 */
export interface PublishFixture {
  description: string
  releases?: Array<{ tag: string; assets: Record<string, string> }>
  ledger?: Array<Record<string, string>>
}

export const PUBLISH_FIXTURES = path.join(PROJECT, 'fixtures', 'publish')

export function loadPublishFixture(code: string): PublishFixture {
  return JSON.parse(
    readFileSync(path.join(PUBLISH_FIXTURES, `${code}.json`), 'utf8')
  ) as PublishFixture
}

export interface Generated {
  prefix: string
  repeat: string
  times: number
  middle: string
  close: string
  suffix: string
}

export function fixtureCodes(folder = VIOLATION_FIXTURES): string[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort()
}

export function loadFixture(code: string): ViolationFixture {
  return JSON.parse(
    readFileSync(path.join(VIOLATION_FIXTURES, `${code}.json`), 'utf8')
  ) as ViolationFixture
}

export function loadVerifyFixture(code: string): VerifyFixture {
  return JSON.parse(
    readFileSync(path.join(VERIFY_FIXTURES, `${code}.json`), 'utf8')
  ) as VerifyFixture
}

function mergePatch(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch
  const result: Record<string, unknown> =
    target !== null && typeof target === 'object' && !Array.isArray(target)
      ? { ...(target as Record<string, unknown>) }
      : {}
  for (const [key, value] of Object.entries(patch as Record<string, unknown>)) {
    if (value === null) delete result[key]
    else result[key] = mergePatch(result[key], value)
  }
  return result
}

/** Text as UTF-8; text behind `@latin1:` as Latin-1 bytes; anything else as two-space JSON. */
function fileContent(content: unknown): string | Buffer {
  if (typeof content !== 'string') return `${JSON.stringify(content, null, 2)}\n`
  return content.startsWith('@latin1:')
    ? Buffer.from(content.slice('@latin1:'.length), 'latin1')
    : content
}

/** A copy of the example broken as `fixture` says, and the inputs to run it with. */
export function applyFixture(fixture: ViolationFixture): {
  workspace: string
  inputs: Record<string, string>
} {
  const workspace = copyExample()
  changeWorkspace(workspace, fixture)
  const inputs = exampleInputs()
  for (const [name, value] of Object.entries(fixture.inputs ?? {})) {
    if (value === '') delete inputs[name]
    else inputs[name] = value
  }
  return { workspace, inputs }
}

/** Moves everything in the workspace into `folder` inside it. */
function nestWorkspace(workspace: string, folder: string): void {
  const entries = readdirSync(workspace)
  const target = path.join(workspace, folder)
  mkdirSync(target, { recursive: true })
  for (const entry of entries) renameSync(path.join(workspace, entry), path.join(target, entry))
}

/** The changes with `@served/` in their patches and files replaced by the server's base URL. */
function withServedBase(changes: WorkspaceChanges, base: string): WorkspaceChanges {
  const { patch, write } = JSON.parse(
    JSON.stringify({ patch: changes.patch, write: changes.write }).replaceAll('@served/', base)
  ) as WorkspaceChanges
  return { ...changes, patch, write }
}

/** Makes the changes in `workspace`. */
export function changeWorkspace(workspace: string, changes: WorkspaceChanges): void {
  const fixture = changes.serve ? withServedBase(changes, serveFiles(changes.serve)) : changes
  if (fixture.nest) nestWorkspace(workspace, fixture.nest)
  for (const [file, patch] of Object.entries(fixture.patch ?? {})) {
    const absolute = path.join(workspace, file)
    const patched = mergePatch(JSON.parse(readFileSync(absolute, 'utf8')), patch)
    writeFileSync(absolute, `${JSON.stringify(patched, null, 2)}\n`)
  }
  for (const [file, content] of Object.entries(fixture.write ?? {})) {
    const absolute = path.join(workspace, file)
    mkdirSync(path.dirname(absolute), { recursive: true })
    writeFileSync(absolute, fileContent(content))
  }
  for (const file of fixture.remove ?? []) rmSync(path.join(workspace, file), { recursive: true })
  for (const dir of fixture.mkdir ?? []) mkdirSync(path.join(workspace, dir), { recursive: true })
  for (const fifo of fixture.fifos ?? []) {
    const made = spawnSync('mkfifo', [path.join(workspace, fifo)], { encoding: 'utf8' })
    if (made.status !== 0) throw new Error(`mkfifo ${fifo}: ${made.stderr}`)
  }
  for (const [file, generated] of Object.entries(fixture.generate ?? {})) {
    const { prefix, repeat, times, middle, close, suffix } = generated
    writeFileSync(
      path.join(workspace, file),
      prefix + repeat.repeat(times) + middle + close.repeat(times) + suffix
    )
  }
  const outside = tempDir('pm-outside-')
  for (const [link, target] of Object.entries(fixture.symlinks ?? {})) {
    let resolved = target
    if (target.startsWith('@outside/')) {
      resolved = path.join(outside, target.slice('@outside/'.length))
      const content = fixture.outside?.[target.slice('@outside/'.length)]
      if (!existsSync(resolved))
        writeFileSync(
          resolved,
          content === undefined ? 'outside the workspace\n' : fileContent(content)
        )
    } else if (target.startsWith('@outside-dir/')) {
      resolved = path.join(outside, target.slice('@outside-dir/'.length))
      mkdirSync(resolved, { recursive: true })
      writeFileSync(path.join(resolved, 'tile.csv'), 'outside the workspace\n')
    }
    symlinkSync(resolved, path.join(workspace, link))
  }
}
