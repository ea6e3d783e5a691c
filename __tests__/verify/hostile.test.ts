// Verify under attack, on real files: where a listed path leads is decided before anything is
// opened (the hashing threads are given only regular files inside the root, counted here through
// a real pool), loops and aliases cannot multiply the work, the Statement is held whole against
// the manifest, sidecars are read only inside the workspace, and strict sees a nested .git.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { HashPool, type Listing } from '../../src/inventory/hash-pool.js'
import { MAX_LINKS } from '../../src/inventory/locate.js'
import { parseOptions, parseVerifyOptions } from '../../src/options/parse.js'
import { promote } from '../../src/pipeline.js'
import { verifyWritten } from '../../src/verify-written.js'
import { copyExample, exampleInputs, removeTempDirs, tempDir } from '../helpers/workspace.js'

afterAll(removeTempDirs)

/** A real pool that counts the files it is given to open. */
class CountingPool extends HashPool {
  given: string[] = []
  override submit(files: readonly string[], listing?: Listing): void {
    this.given.push(...files)
    super.submit(files, listing)
  }
}

async function promoted(): Promise<string> {
  const workspace = copyExample()
  const result = await promote(parseOptions(exampleInputs(), workspace))
  expect(result.violations).toEqual([])
  return workspace
}

const MANIFEST = 'promotion_manifest.json'

interface Entry {
  path: string
  digest: string
  media_type?: string
}
interface Manifest {
  artifacts: Entry[]
  catalogs: Entry[]
}
interface Statement {
  subject: Array<{ name: string; digest: { sha256: string } }>
  predicateType: string
  predicate: { policy: { policy_label: string } }
}

function editManifest(workspace: string, edit: (manifest: Manifest) => void): void {
  const file = path.join(workspace, MANIFEST)
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest
  edit(manifest)
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`)
  // The sidecars would disagree with an edited manifest: these cases are about the files.
  execFileSync('rm', ['-f', `${file.slice(0, -5)}.intoto.json`, `${file.slice(0, -5)}.sha256sums`])
}

async function verify(workspace: string, raw: Record<string, string> = {}) {
  const pool = new CountingPool()
  try {
    const result = await verifyWritten(
      parseVerifyOptions({ manifest: MANIFEST, ...raw }, workspace),
      pool
    )
    return { result, opened: pool.given, codes: result.violations.map((v) => v.code) }
  } finally {
    await pool.close()
  }
}

const DIGEST = `sha256:${'0'.repeat(64)}`

/** The files a promoted example's manifest names: each listed file, and each file of a store. */
function filesNamed(workspace: string): number {
  const manifest = JSON.parse(readFileSync(path.join(workspace, MANIFEST), 'utf8')) as Manifest
  const filesIn = (store: string) =>
    readdirSync(path.join(workspace, store), { recursive: true, withFileTypes: true }).filter(
      (dirent) => dirent.isFile()
    ).length
  return [...manifest.artifacts, ...manifest.catalogs]
    .map((entry) => (entry.path.endsWith('/') ? filesIn(entry.path) : 1))
    .reduce((a, b) => a + b, 0)
}

describe('placement comes before any open', () => {
  it('a listed path through a directory linked out of the root is reported, its file never opened', async () => {
    const workspace = await promoted()
    const named = filesNamed(workspace)
    const outside = tempDir('pm-verify-out-')
    writeFileSync(path.join(outside, 'secret.csv'), 'secret\n')
    symlinkSync(outside, path.join(workspace, 'data', 'linked'))
    editManifest(workspace, (m) => {
      m.artifacts.push({ path: 'data/linked/secret.csv', digest: DIGEST, media_type: 'text/csv' })
    })
    const { codes, opened } = await verify(workspace)
    expect(codes).toEqual(['PATH_OUTSIDE_ROOT'])
    expect(opened.some((file) => file.startsWith(outside))).toBe(false)
    // Every file the manifest named before the edit, each once; the one added leads out.
    expect(opened).toHaveLength(named)
  })

  it('a listed named pipe, socket-like special file or directory is refused unopened', async () => {
    const workspace = await promoted()
    const csv = path.join(workspace, 'data', 'processed', 'discharge_daily.csv')
    execFileSync('rm', [csv])
    execFileSync('mkfifo', [csv])
    mkdirSync(path.join(workspace, 'data', 'adir'))
    symlinkSync('processed/discharge_daily.csv', path.join(workspace, 'data', 'pipe-link'))
    editManifest(workspace, (m) => {
      m.artifacts.push(
        { path: 'data/adir', digest: DIGEST, media_type: 'text/csv' },
        { path: 'data/pipe-link', digest: DIGEST, media_type: 'text/csv' }
      )
    })
    const { result, opened } = await verify(workspace)
    expect(result.violations.map((v) => [v.code, v.path])).toEqual(
      expect.arrayContaining([
        ['FILE_UNREADABLE', 'data/processed/discharge_daily.csv'],
        ['FILE_UNREADABLE', 'data/adir'],
        ['FILE_UNREADABLE', 'data/pipe-link']
      ])
    )
    expect(result.violations.find((v) => v.path === 'data/adir')?.message).toContain('EISDIR')
    expect(opened.filter((f) => /discharge_daily\.csv|adir|pipe-link/.test(f))).toEqual([])
  })
})

describe('loops and aliases cannot multiply the work', () => {
  it('a link back to the root (a -> .) listed thousands of ways: a loop, nothing hashed through it', async () => {
    const workspace = await promoted()
    const named = filesNamed(workspace)
    symlinkSync('.', path.join(workspace, 'a'))
    editManifest(workspace, (m) => {
      for (let depth = 1; depth <= 3000; depth++)
        m.artifacts.push({
          path: `${'a/'.repeat(depth % 60 || 1)}data/processed/stations.geojson${depth >= 60 ? `-${depth}` : ''}`,
          digest: DIGEST,
          media_type: 'application/geo+json'
        })
    })
    const { result, opened } = await verify(workspace)
    const loops = result.violations.filter((v) => v.code === 'SYMLINK_LOOP')
    expect(loops.length).toBeGreaterThan(2900)
    expect(loops[0]!.message).toContain('goes through a, a symbolic link back into a directory')
    // Only the manifest's own files (each once) went to the threads.
    expect(new Set(opened).size).toBe(opened.length)
    expect(opened.length).toBeLessThanOrEqual(named)
  })

  it('a loop through two directories (x/y -> ../z, z/w -> ../x) is caught too', async () => {
    const workspace = await promoted()
    mkdirSync(path.join(workspace, 'x'))
    mkdirSync(path.join(workspace, 'z'))
    symlinkSync('../z', path.join(workspace, 'x', 'y'))
    symlinkSync('../x', path.join(workspace, 'z', 'w'))
    writeFileSync(path.join(workspace, 'x', 'f.csv'), 'f\n')
    editManifest(workspace, (m) => {
      m.artifacts.push({ path: 'x/y/w/y/w/f.csv', digest: DIGEST, media_type: 'text/csv' })
    })
    const { result } = await verify(workspace)
    expect(result.violations.map((v) => v.code)).toEqual(['SYMLINK_LOOP'])
  })

  it(`a path through more than ${MAX_LINKS} links, none a loop, is refused as one`, async () => {
    const workspace = await promoted()
    for (let i = 0; i <= MAX_LINKS + 2; i++) {
      mkdirSync(path.join(workspace, `d${i}`))
      symlinkSync(`../d${i + 1}`, path.join(workspace, `d${i}`, 'n'))
    }
    writeFileSync(path.join(workspace, `d${MAX_LINKS + 1}`, 'f.csv'), 'f\n')
    editManifest(workspace, (m) => {
      m.artifacts.push({
        path: `d0/${'n/'.repeat(MAX_LINKS + 1)}f.csv`,
        digest: DIGEST,
        media_type: 'text/csv'
      })
    })
    expect((await verify(workspace)).codes).toEqual(['SYMLINK_LOOP'])
  })

  it('the same path twice fails; two paths to one file through a link hash it once', async () => {
    const workspace = await promoted()
    symlinkSync('processed', path.join(workspace, 'data', 'alias'))
    editManifest(workspace, (m) => {
      const csv = m.artifacts.find((a) => a.path.endsWith('.csv'))!
      m.artifacts.push({ ...csv })
      m.catalogs.push({ path: csv.path, digest: csv.digest })
      m.artifacts.push({ ...csv, path: csv.path.replace('processed', 'alias') })
    })
    const { result, opened } = await verify(workspace)
    expect(result.violations.map((v) => v.code)).toEqual(['DUPLICATE_PATH', 'DUPLICATE_PATH'])
    expect(result.violations[1]!.message).toContain('(in artifacts and catalogs)')
    expect(new Set(opened).size).toBe(opened.length)
  })

  it('two paths differing only in case, and a name with a control character, fail as in promotion', async () => {
    const workspace = await promoted()
    editManifest(workspace, (m) => {
      const csv = m.artifacts.find((a) => a.path.endsWith('.csv'))!
      m.artifacts.push({ ...csv, path: csv.path.toUpperCase() })
      m.artifacts.push({ ...csv, path: 'data/evil\u001b[31m.csv' })
    })
    const { codes } = await verify(workspace)
    expect(codes).toEqual(expect.arrayContaining(['PATH_COLLISION', 'PATH_UNSAFE']))
  })
})

describe('the Statement is the one the manifest gives, whole', () => {
  const statementFile = (workspace: string) =>
    path.join(workspace, 'promotion_manifest.intoto.json')
  const rewrite = (workspace: string, edit: (s: Statement) => void) => {
    const statement = JSON.parse(readFileSync(statementFile(workspace), 'utf8')) as Statement
    edit(statement)
    writeFileSync(statementFile(workspace), `${JSON.stringify(statement, null, 2)}\n`)
  }

  it.each([
    [
      'an artifact subject rewritten',
      (s: Statement) => (s.subject[1]!.digest.sha256 = '1'.repeat(64)),
      'names subject 1 otherwise'
    ],
    [
      'an extra subject',
      (s: Statement) => s.subject.push({ name: 'evil.bin', digest: { sha256: '2'.repeat(64) } }),
      'subject(s), but the manifest gives'
    ],
    [
      'a changed predicate',
      (s: Statement) => (s.predicate.policy.policy_label = 'public'),
      'has a predicate other than the manifest itself'
    ],
    [
      'another predicate type',
      (s: Statement) => (s.predicateType = 'https://example.com/other'),
      'its _type, predicateType or a field of its own'
    ],
    [
      'a field of its own added',
      (s: Statement) => Object.assign(s, { note: 'signed by the release team' }),
      'a field of its own'
    ],
    ['the manifest named second', (s: Statement) => s.subject.reverse(), 'as its first subject']
  ])('%s fails', async (_name, edit, words) => {
    const workspace = await promoted()
    rewrite(workspace, edit)
    const { result } = await verify(workspace)
    expect(result.violations.map((v) => [v.code, v.path])).toEqual([
      ['SIDECAR_MISMATCH', 'promotion_manifest.intoto.json']
    ])
    expect(result.violations[0]!.message).toContain(words)
  })

  it('a Statement with a duplicate key is read strictly and refused', async () => {
    const workspace = await promoted()
    const text = readFileSync(statementFile(workspace), 'utf8')
    writeFileSync(statementFile(workspace), text.replace('{', '{\n  "_type": "x",'))
    const { result } = await verify(workspace)
    expect(result.violations[0]!.message).toContain('has the key "_type" twice')
  })

  it.each(['promotion_manifest.intoto.json', 'promotion_manifest.sha256sums'])(
    'a %s linked out of the workspace is refused, not read',
    async (name) => {
      const workspace = await promoted()
      const outside = tempDir('pm-verify-sidecar-')
      execFileSync('mv', [path.join(workspace, name), outside])
      symlinkSync(path.join(outside, name), path.join(workspace, name))
      const { result } = await verify(workspace)
      expect(result.violations.map((v) => [v.code, v.path])).toEqual([['SIDECAR_MISMATCH', name]])
      expect(result.violations[0]!.message).toContain('symbolic link out of the workspace')
    }
  )
})

describe('strict and .git', () => {
  it('a nested .git under the strict patterns fails, the checkout own .git does not, and the output says so', async () => {
    const workspace = await promoted()
    mkdirSync(path.join(workspace, '.git'))
    writeFileSync(path.join(workspace, '.git', 'HEAD'), 'ref: refs/heads/main\n')
    mkdirSync(path.join(workspace, 'data', 'processed', '.git'))
    writeFileSync(path.join(workspace, 'data', 'processed', '.git', 'payload.parquet'), 'x')
    // Everything under the root but the documents the gates read, which no manifest lists.
    const strict = '**\n!approvals.json\n!policy/**\n!qa/**\n!receipts/**\n!spec.yaml'
    const { result } = await verify(workspace, { strict })
    expect(result.violations.map((v) => [v.code, v.path])).toEqual([
      ['FILE_UNLISTED', 'data/processed/.git']
    ])
    expect(result.violations[0]!.message).toContain(
      'no inventory and no strict search looks inside .git'
    )
    const checked = result.gates.find((g) => g.gate === 'E')!.checked.join('\n')
    expect(checked).toContain('.git directories are not searched')
  })
})
