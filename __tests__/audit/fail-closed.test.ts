// The fail-closed audit: every `catch` in src/ is listed here with what it turns an error into,
// and the test fails when a catch is added or removed without this list being read again. The
// catches that return a value instead of throwing are the ones that could turn a failure into a
// pass; each has a test below (or names the test elsewhere) proving its value blocks promotion.
import { readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT_BASE, rootPathOfIri } from '../../src/catalogs/jsonld.js'
import { rereadLines } from '../../src/documents/json-document.js'
import { licenseProblem } from '../../src/gates/b-licensing.js'
import { sha256Digest } from '../../src/model/digest.js'
import { attestationProblem } from '../../src/gates/g-posture.js'
import { parseOptions } from '../../src/options/parse.js'
import { promote } from '../../src/pipeline.js'
import { PROJECT } from '../helpers/runner.js'
import { copyExample, exampleInputs, removeTempDirs, tempDir } from '../helpers/workspace.js'

afterAll(removeTempDirs)

/** file → one line per catch, in source order: what the error becomes. */
const AUDIT: Record<string, string[]> = {
  'action/github.ts': [
    'listing reviews: rethrown with what to check',
    'reading team membership for reviews: TeamMembershipRefused as it is, anything else rethrown with what to check',
    'reading the head commit for released-at: pull-request: rethrown with what to check (pull-request: "released-at: pull-request")',
    'listing the files for trusted configuration (refused, or cut at GitHub\'s limit): a warning, and the summary says the changes are not known; not part of the verdict (pull-request: "warns, and leaves the verdict to the gates")',
    'commenting: a warning; the verdict is the gates\' alone (pull-request: "warns, and leaves the verdict to the gates")'
  ],
  'action/main.ts': [
    'a promote step failing after its outputs and summary said pass (the files did not move): the outputs set again empty and a summary line saying no manifest was written, then rethrown, the job fails (faults: failure paths)',
    'anything else: core.setFailed, the job fails'
  ],
  'action/inventory.ts': [
    'shard download failure (digest mismatch, no digest, service error): rethrown naming inventory-shards, the job fails (shards: "a download does not have the digest")'
  ],
  'action/runner-files.ts': [
    'GITHUB_OUTPUT or GITHUB_STEP_SUMMARY that cannot be written: rethrown naming the file and what is wrong with it; before a pass moves its files, so the older ones stay (faults: failure paths)'
  ],
  'action/upload.ts': [
    'manifest or shard file upload failure (uploadWritten): rethrown with what was written where and what to check, the job fails (upload tests)',
    'violations-report upload failure: a warning; the job still fails (upload: "report upload refused")'
  ],
  'catalogs/jsonld.ts': [
    'expansion failure: rethrown, naming a refused remote context (JSONLD_INVALID fixture)',
    'an undecodable file IRI: "outside", so LINK_OUTSIDE_ROOT (below)'
  ],
  'catalogs/read.ts': [
    'DocumentError: unreadable as JSON, so CATALOG_INVALID; anything else rethrown (CATALOG_INVALID fixture)',
    'any JSON-LD failure, a stack overflow included: JSONLD_INVALID (hostile json-deep-catalog)'
  ],
  'cli/flags.ts': ['flag parsing: a usage error, exit 2 (cli tests)'],
  'cli/index.ts': [
    'anything escaping the CLI: one "error:" line, exit 1 (faults: the out directory)'
  ],
  'cli/inventory.ts': ['inventory options: UsageError exit 2, anything else rethrown'],
  'cli/verify.ts': ['verify options: UsageError exit 2, anything else rethrown'],
  'cli/version-id.ts': ['version-id options: UsageError exit 2, anything else rethrown'],
  'cli/main.ts': [
    'options: UsageError exit 2, anything else rethrown',
    'a given STAC extension schema that cannot be used: exit 2, anything else rethrown'
  ],
  'documents/evidence.ts': ["DocumentError: unreadable, so the gate's *_INVALID; else rethrown"],
  'documents/json-document.ts': [
    'JSON syntax error: DocumentError with the line',
    'I/O error, or not a regular file: DocumentError naming the file (hostile special-fifo-*)',
    "a file read again (a violation's line, what an unreadable catalog's bytes say) that cannot be: no line, no digests named (it was read and judged already; below)",
    'the head of a catalog refused unread (too large) that cannot be read: no kinds named, so nothing folded under it; the catalog is CATALOG_INVALID already (causes/catalog-too-large-dcat)'
  ],
  'documents/receipts.ts': ['DocumentError: unreadable, so RECEIPT_INVALID; else rethrown'],
  'documents/spec.ts': [
    'YAML conversion failure (alias limit): DocumentError, so SPEC_INVALID',
    'DocumentError: unreadable, so SPEC_INVALID; else rethrown'
  ],
  'gates/b-licensing.ts': ['an unparseable SPDX expression: LICENSE_INVALID (below)'],
  'gates/g-posture.ts': ['a DSSE payload that is not base64 JSON: ATTESTATION_INVALID (below)'],
  'github/pull-request.ts': [
    'listing pull-request files (changed-datasets, trusted-paths): rethrown with what to check'
  ],
  'github/reviews.ts': [
    'team membership 404: the approval is not counted (pull-request: "count approving reviews"); 401/403: TeamMembershipRefused, the job fails saying which token can (pull-request: "say why a team cannot be read"); else rethrown'
  ],
  'github/upload.ts': [
    'overwrite: no artifact of that name to delete is the usual case, so the upload goes on; anything else rethrown'
  ],
  'inventory/crawl.ts': [
    'stat failure: SYMLINK_DANGLING, SYMLINK_LOOP, a missing search path skipped (its pattern then matches nothing); else rethrown'
  ],
  'inventory/find-files.ts': ['any crawl failure: GLOB_FAILED (GLOB_FAILED fixture)'],
  'inventory/hash-worker.ts': [
    'a read failure: an error outcome, so FILE_UNREADABLE (changing-files)'
  ],
  'inventory/inventory.ts': ['DocumentError: PRECOMPUTED_INVALID; else rethrown'],
  'inventory/listed-stores.ts': [
    "stat failure: a listed store's directory is not there (or a file stands in its place), so FILE_MISSING on the store (__tests__/verify/stores.test.ts, and the directory replaced by a file in verify.test.ts)"
  ],
  'inventory/pattern-hint.ts': [
    'any failure while guessing a "did you mean" (a directory that cannot be read): no hint; the PATTERN_MATCHES_NOTHING it would add to stands as it is (causes: pattern fixtures)'
  ],
  'inventory/listed-files.ts': [
    'realpath failure: a missing directory on the way (FILE_MISSING; a precomputed entry not present) or a link to nothing (SYMLINK_DANGLING fixture of verify; a listed dangling link, below)',
    'lstat failure: nothing there, so FILE_MISSING (FILE_MISSING fixture of verify)'
  ],
  'inventory/shards.ts': [
    'DocumentError: SHARD_INVALID naming the shard file; else rethrown (violation fixture SHARD_INVALID)'
  ],
  'manifest/write.ts': [
    'a temporary that cannot be written: removed, and rethrown',
    'a target that is not there: nothing to keep aside (every first write); anything else rethrown, so nothing moves',
    'a target that cannot be hard-linked aside: a regular file is copied aside instead (no test: it needs a file system without hard links); anything else, or a copy that fails, rethrown, so nothing moves',
    'an older file that cannot be put back after a failed rename: named in the WriteError with where it is kept, the job fails (write.test)',
    'any write, check, beforeRename or rename failure: renamed files put back, temporaries and kept files removed as far as they can be (removeAll: a hidden leftover is clutter, not a failure), WriteError, the job fails (faults, write.test)',
    'an out directory that cannot be resolved: left to the write, which then fails (faults: missing)'
  ],
  'verify.ts': [
    'a Statement that is not JSON: SIDECAR_MISMATCH',
    'a sidecar that cannot be read (only ENOENT means absent): SIDECAR_MISMATCH'
  ]
}

const CATCH = /\}\s*catch\b|\.catch\(/g

function sourceFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'generated') return []
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) return sourceFiles(path.join(dir, entry.name), relative)
    return entry.name.endsWith('.ts') ? [relative] : []
  })
}

describe('every catch in src/', () => {
  it('is in the audit, with what it turns an error into', () => {
    const found: Record<string, number> = {}
    for (const file of sourceFiles(path.join(PROJECT, 'src'))) {
      const count = readFileSync(path.join(PROJECT, 'src', file), 'utf8').match(CATCH)?.length
      if (count) found[file] = count
    }
    const audited = Object.fromEntries(Object.entries(AUDIT).map(([f, lines]) => [f, lines.length]))
    expect(found).toEqual(audited)
  })
})

async function run(workspace: string, overrides: Record<string, string> = {}) {
  return promote(parseOptions(exampleInputs(overrides), workspace))
}

describe('catches that return a value: the value blocks promotion', () => {
  it('a STAC href that is no URL at all is LINK_UNRESOLVED, not skipped as a web link', async () => {
    const workspace = copyExample()
    const item = path.join(workspace, 'catalog/stac/items/discharge_daily.json')
    const value = JSON.parse(readFileSync(item, 'utf8'))
    value.assets.basin_dem_tif.href = 'http://[not-a-host'
    writeFileSync(item, JSON.stringify(value, null, 2))
    const result = await run(workspace)
    expect(result.status).toBe('fail')
    expect(result.violations.map((v) => v.message).join('\n')).toContain(
      'has the href "http://[not-a-host", which is not a valid URL or relative path'
    )
  })

  it('a file IRI whose escapes do not decode is outside the root', () => {
    expect(rootPathOfIri(`${ROOT_BASE}data/%E0%A4%A.csv`)).toBe('outside')
    expect(rootPathOfIri(`${ROOT_BASE}data/a%20b.csv`)).toBe('data/a b.csv')
  })

  it('an unparseable SPDX expression is a problem, not a licence', () => {
    expect(licenseProblem('MIT AND')).toContain('is not a valid SPDX expression')
    expect(licenseProblem('MIT AND Apache-2.0')).toBeUndefined()
  })

  it('a DSSE payload that is not base64 JSON is a problem, not an attestation', () => {
    const envelope = { payloadType: 'application/vnd.in-toto+json', payload: '@@not base64@@' }
    expect(attestationProblem(envelope)).toBe('its DSSE payload is not base64-encoded JSON')
  })

  it('a catalog read again for a line, changed or gone since, gives no line, never a wrong one', () => {
    // Only the line is at stake: the gate has made its violation from what was read.
    const file = path.join(tempDir(), 'item.json')
    const text = '{\n  "id": "x",\n  "links": [1]\n}\n'
    writeFileSync(file, text)
    const digest = sha256Digest(Buffer.from(text))
    expect(rereadLines(file, digest).lineOf(['links', 0])).toBe(3)
    expect(rereadLines(file, digest).lineOfText('"id"')).toBe(2)
    writeFileSync(file, `\n\n${text}`)
    expect(rereadLines(file, digest).lineOf(['links', 0])).toBeUndefined()
    rmSync(file)
    expect(rereadLines(file, digest).lineOfText('"id"')).toBeUndefined()
  })

  it('a precomputed entry whose link leads nowhere is SYMLINK_DANGLING', async () => {
    const workspace = copyExample()
    symlinkSync('nowhere.csv', path.join(workspace, 'data/processed/gone.csv'))
    writeFileSync(
      path.join(workspace, 'artifacts.json'),
      JSON.stringify([
        {
          path: 'data/processed/gone.csv',
          digest: `sha256:${'0'.repeat(64)}`,
          media_type: 'text/csv'
        }
      ])
    )
    const result = await run(workspace, { artifacts: '', 'artifacts-manifest': 'artifacts.json' })
    expect(result.status).toBe('fail')
    expect(result.violations.map((v) => v.code)).toContain('SYMLINK_DANGLING')
  })
})
