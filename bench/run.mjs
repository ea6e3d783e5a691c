// npm run bench: builds its own data in a temporary folder and measures, side by side in the same
// run, the inventory against coreutils and OpenSSL, peak memory, and the whole action against
// `node -e 0`. It prints ratios (medians of interleaved runs), not absolute seconds, against the
// targets of issue 5. Runs dist/ under Node 24 from tools/node when it is installed, as the runner does.
// Options: BENCH_REPS (default 9), BENCH_KEEP=1 keeps the data folder, BENCH_ONLY=small,big,few,
// sparse,many,action,threads,shards,whole,remote,store runs only those parts (remote: BENCH_REMOTE_COUNT
// links of 1 MiB, default 2000, fetched from a loopback server against the local inventory) (shards: 200,000 small files in 4
// shards run one after another, each against the unsharded inventory, and the promote run that
// merges them; BENCH_SHARD_REPS rounds, default 3, as one round takes a minute or so; whole: the
// whole run on generated releases of BENCH_WHOLE_SIZES artifacts, default 1000,2000,5000,20000,
// 100000, against the inventory alone and across sizes; store: the whole run on one Zarr store of
// BENCH_STORE_FILES chunk files, default 1,000,000, against the inventory alone of its files, with
// its peak RSS and manifest size, BENCH_STORE_REPS rounds), BENCH_AGAINST=REV also runs the small-file,
// the 1 GiB and the 8 large files' inventories with the dist/ committed at REV (or with the dist/ folder at that
// path), in the same rounds (a change's gain is often smaller than the spread between two runs of
// the whole bench, but not than this), BENCH_DIST=DIR measures that dist/ folder instead of this
// tree's (a build kept aside while dist/ is rebuilt).
import { spawnSync, spawn } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  writeSync,
  closeSync,
  ftruncateSync,
  writeFileSync,
  cpSync,
  readFileSync,
  rmSync,
  statSync
} from 'node:fs'
import { tmpdir, availableParallelism } from 'node:os'
import path from 'node:path'
import { testNode } from '../scripts/test-nodes.mjs'
import { makeRelease, RELEASE_FLAGS } from '../scripts/make-release.mjs'
import { makeStoreRelease } from '../scripts/make-store-release.mjs'

const project = path.resolve(import.meta.dirname, '..')
const NODE = testNode(24) ?? process.execPath
const DIST = path.resolve(process.env.BENCH_DIST ?? path.join(project, 'dist'))
const CLI = path.join(DIST, 'cli', 'index.js')
const ACTION = path.join(DIST, 'index.js')
const AGAINST = process.env.BENCH_AGAINST
const HASH_LOOP = path.join(project, 'bench', 'hash-loop.mjs')
const THREADS = path.join(project, 'bench', 'hash-loop-threads.mjs')
const REPS = Number(process.env.BENCH_REPS ?? 9)
const ONLY = process.env.BENCH_ONLY?.split(',')
const want = (part) => !ONLY || ONLY.includes(part)
const work = mkdtempSync(path.join(tmpdir(), 'pm-bench-'))
const out = path.join(work, 'out.json')

function log(text) {
  process.stderr.write(`${text}\n`)
}

// A small deterministic generator, so every run builds the same data.
let seed = 42
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648

function makeSmallFiles(dir, count) {
  for (let d = 0; d < 200; d++) mkdirSync(path.join(dir, `part-${d}`), { recursive: true })
  for (let i = 0; i < count; i++) {
    const size = Math.floor(random() * 8192)
    writeFileSync(path.join(dir, `part-${i % 200}`, `tile-${i}.bin`), Buffer.alloc(size, i % 251))
  }
}

function makeBigFile(file, bytes) {
  const block = Buffer.alloc(16 * 1024 * 1024)
  for (let i = 0; i < block.length; i++) block[i] = Math.floor(random() * 256)
  const fd = openSync(file, 'w')
  for (let written = 0; written < bytes; written += block.length)
    writeSync(fd, block, 0, Math.min(block.length, bytes - written))
  closeSync(fd)
}

function makeSparseFile(file, bytes) {
  const fd = openSync(file, 'w')
  ftruncateSync(fd, bytes)
  closeSync(fd)
}

function makeEmptyFiles(dir, count) {
  for (let d = 0; d < 1000; d++) mkdirSync(path.join(dir, `d${d}`), { recursive: true })
  for (let i = 0; i < count; i++) closeSync(openSync(path.join(dir, `d${i % 1000}`, `e${i}`), 'w'))
}

/**
 * Wall time of one run, in seconds; throws if the command fails (exits other than `exit`, 0
 * unless the options say).
 */
function timed(command, args, { exit = 0, ...options } = {}) {
  const start = process.hrtime.bigint()
  const child = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options })
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  if (child.status !== exit)
    throw new Error(`${command} ${args.join(' ')} exited ${child.status}: ${child.stderr}`)
  return seconds
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/**
 * Median wall times of commands measured side by side: one warm-up run each (the page cache is
 * warm for all), then REPS rounds that run each command once in turn, so a drift of the machine
 * during the measurement weighs on all of them alike. Each round starts one command further on,
 * so none always runs right after the same other one.
 */
function compare(...commands) {
  return compareRounds(REPS, ...commands)
}

function compareRounds(reps, ...commands) {
  for (const [command, args, options] of commands) timed(command, args, options)
  const times = commands.map(() => [])
  for (let round = 0; round < reps; round++) {
    for (let turn = 0; turn < commands.length; turn++) {
      const i = (round + turn) % commands.length
      const [command, args, options] = commands[i]
      times[i].push(timed(command, args, options))
    }
  }
  return times.map(median)
}

/** Peak resident memory of a command, in MiB, from the kernel's high-water mark. */
async function peakRss(command, args, { exit = 0, ...options } = {}) {
  const child = spawn(command, args, { stdio: 'ignore', ...options })
  let peak = 0
  const poll = () => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0)
      peak = Math.max(peak, kb)
    } catch {
      // The process has exited between two polls; the last reading stands.
    }
  }
  const timer = setInterval(poll, 5)
  const code = await new Promise((resolve) =>
    child.on('exit', (c) => {
      poll()
      resolve(c)
    })
  )
  clearInterval(timer)
  if (code !== exit) throw new Error(`${command} ${args.join(' ')} exited ${code}`)
  return peak / 1024
}

const inventory = (root, pattern, cli = CLI) => [
  cli,
  'inventory',
  '--root',
  root,
  '--artifacts',
  pattern,
  '--out',
  out
]
const rows = []
let threadNote
const againstNotes = []

/** The CLI to compare with: of a dist/ folder, or of the dist/ committed at a revision. */
function againstCli(against) {
  if (existsSync(against) && statSync(against).isDirectory())
    return path.join(path.resolve(against), 'cli', 'index.js')
  const dir = path.join(work, 'against')
  if (existsSync(dir)) return path.join(dir, 'dist', 'cli', 'index.js')
  mkdirSync(dir)
  const archive = spawnSync('git', ['-C', project, 'archive', against, 'dist/cli'], {
    maxBuffer: 1 << 30
  })
  if (archive.status !== 0) throw new Error(`git archive ${against}: ${archive.stderr}`)
  const unpacked = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout })
  if (unpacked.status !== 0) throw new Error(`unpacking ${against}'s dist/: ${unpacked.stderr}`)
  return path.join(dir, 'dist', 'cli', 'index.js')
}

/** The sentence comparing this dist/ with BENCH_AGAINST's on one piece of work. */
const againstNote = (work, ours, theirs) =>
  `${work}: the dist/ of ${AGAINST} in the same rounds ${theirs.toFixed(3)} s; this one ${ours.toFixed(3)} s, ${(ours / theirs).toFixed(3)}× that.`
const row = (work, baseline, ours, ratio, target, ok) =>
  rows.push({ work, baseline, ours, ratio, target, ok })

try {
  log(
    `data in ${work}; ${REPS} runs each; node ${spawnSync(NODE, ['--version']).stdout.toString().trim()}; ${availableParallelism()} cores`
  )

  if (want('small')) {
    const small = path.join(work, 'small')
    log('building 20,000 small files ...')
    makeSmallFiles(small, 20_000)
    const [sha256sum, oursSmall, theirs] = compare(
      ['bash', ['-c', `find "${small}" -type f -print0 | xargs -0 -P2 sha256sum > /dev/null`]],
      [NODE, inventory(small, '**')],
      ...(AGAINST ? [[NODE, inventory(small, '**', againstCli(AGAINST))]] : [])
    )
    if (AGAINST) againstNotes.push(againstNote('20,000 small files', oursSmall, theirs))
    row(
      'inventory of 20,000 small files',
      `xargs -P2 sha256sum ${sha256sum.toFixed(3)} s`,
      `${oursSmall.toFixed(3)} s`,
      oursSmall / sha256sum,
      1.25
    )
  }

  if (want('threads')) {
    // What sharing one process costs: the per-file work on two halves of 20,000 small files at
    // once, in two threads of one process (as the inventory hashes) and in two processes (as
    // xargs -P2 runs sha256sum), each against one half alone.
    const small = path.join(work, 'small')
    if (!existsSync(small)) makeSmallFiles(small, 20_000)
    const files = spawnSync('find', [small, '-type', 'f'], { encoding: 'utf8' })
      .stdout.trim()
      .split('\n')
    const halves = [files.slice(0, 10_000), files.slice(10_000)].map((half, i) => {
      const list = path.join(work, `half-${i}.txt`)
      writeFileSync(list, half.join('\n'))
      return list
    })
    /** The milliseconds a bench/hash-loop*.mjs run prints; throws if it fails. */
    const loopMs = (script, ...args) => {
      const child = spawnSync(NODE, [script, ...args], { encoding: 'utf8' })
      if (child.status !== 0) throw new Error(`${script} failed: ${child.stderr}`)
      return Number(child.stdout)
    }
    const alone = []
    const threads = []
    const processes = []
    for (let round = 0; round < REPS; round++) {
      alone.push(loopMs(HASH_LOOP, halves[0], String(Date.now() + 300)))
      threads.push(loopMs(THREADS, ...halves))
      // Two processes at once: each waits for the same instant, then runs its half.
      const startAt = String(Date.now() + 400)
      const both = await Promise.all(
        halves.map(
          (list) =>
            new Promise((resolve, reject) => {
              const child = spawn(NODE, [HASH_LOOP, list, startAt], {
                stdio: ['ignore', 'pipe', 'inherit']
              })
              let text = ''
              child.stdout.on('data', (chunk) => (text += chunk))
              child.on('exit', (code) =>
                code === 0 ? resolve(Number(text)) : reject(new Error(`${HASH_LOOP} failed`))
              )
            })
        )
      )
      processes.push(Math.max(...both))
    }
    const [one, two, split] = [alone, threads, processes].map(median)
    threadNote = `Per-file work (open, fstat, read, SHA-256, close) on two halves of 20,000 small files at once, against one half alone (${one.toFixed(1)} ms): two threads of one process ${(two / one).toFixed(2)}×, two processes ${(split / one).toFixed(2)}×.`
  }

  if (want('big')) {
    const big = path.join(work, 'big')
    mkdirSync(big)
    log('building one 1 GiB file ...')
    makeBigFile(path.join(big, 'big.bin'), 1024 ** 3)
    const [openssl, coreutils, oursBig, theirs] = compare(
      ['openssl', ['dgst', '-sha256', path.join(big, 'big.bin')]],
      ['sha256sum', [path.join(big, 'big.bin')]],
      [NODE, inventory(big, 'big.bin')],
      ...(AGAINST ? [[NODE, inventory(big, 'big.bin', againstCli(AGAINST))]] : [])
    )
    if (AGAINST) againstNotes.push(againstNote('one 1 GiB file', oursBig, theirs))
    row(
      'inventory of one 1 GiB file',
      `openssl ${openssl.toFixed(3)} s (sha256sum ${coreutils.toFixed(3)} s)`,
      `${oursBig.toFixed(3)} s`,
      oursBig / openssl,
      1.1
    )
    rmSync(big, { recursive: true })
  }

  if (want('few')) {
    // A few large files, as a set of Cloud-Optimized GeoTIFFs: fewer than one batch, so the two
    // ends of the pool meet inside it.
    const few = path.join(work, 'few')
    mkdirSync(few)
    log('building 8 files of 128 MiB ...')
    for (let i = 0; i < 8; i++) makeBigFile(path.join(few, `scene-${i}.tif`), 128 * 1024 ** 2)
    const [openssl, oursFew, theirs] = compare(
      [
        'bash',
        ['-c', `find "${few}" -type f -print0 | xargs -0 -n1 -P2 openssl dgst -sha256 > /dev/null`]
      ],
      [NODE, inventory(few, '*.tif')],
      ...(AGAINST ? [[NODE, inventory(few, '*.tif', againstCli(AGAINST))]] : [])
    )
    if (AGAINST) againstNotes.push(againstNote('8 files of 128 MiB', oursFew, theirs))
    row(
      'inventory of 8 files of 128 MiB',
      `xargs -n1 -P2 openssl ${openssl.toFixed(3)} s`,
      `${oursFew.toFixed(3)} s`,
      oursFew / openssl,
      1.25
    )
    rmSync(few, { recursive: true })
  }

  const nodeRss = await peakRss(NODE, ['-e', '0'])
  if (want('sparse')) {
    const sparse = path.join(work, 'sparse')
    mkdirSync(sparse)
    makeSparseFile(path.join(sparse, 'sparse.bin'), 4 * 1024 ** 3)
    const rssSparse = await peakRss(NODE, inventory(sparse, 'sparse.bin'))
    row(
      'peak RSS, one 4 GiB file (sparse)',
      `node -e 0: ${nodeRss.toFixed(0)} MiB`,
      `${rssSparse.toFixed(0)} MiB`,
      undefined,
      '< 150 MiB',
      rssSparse < 150
    )
    rmSync(sparse, { recursive: true })
  }

  if (want('many')) {
    const many = path.join(work, 'many')
    log('building 200,000 empty files ...')
    makeEmptyFiles(many, 200_000)
    const rssMany = await peakRss(NODE, inventory(many, '**'))
    row(
      'peak RSS, 200,000 empty files',
      `node -e 0: ${nodeRss.toFixed(0)} MiB`,
      `${rssMany.toFixed(0)} MiB`,
      undefined,
      '< 400 MiB',
      rssMany < 400
    )
    rmSync(many, { recursive: true })
  }

  if (want('shards')) {
    // Every shard walks the whole tree (the shared part) and hashes a quarter of the files.
    const tree = path.join(work, 'shards-tree')
    log('building 200,000 small files ...')
    makeSmallFiles(tree, 200_000)
    const reps = Number(process.env.BENCH_SHARD_REPS ?? 3)
    const shardOut = (i) => path.join(work, `shard-${i}.json`)
    const shard = (i) => [
      NODE,
      [
        CLI,
        'inventory',
        '--workspace',
        work,
        '--root',
        'shards-tree',
        '--artifacts',
        '**',
        '--out',
        shardOut(i),
        '--shard',
        `${i}/4`
      ]
    ]
    // The shared part alone: shard 1 of 1,000 lists every file and hashes about 200.
    const listing = [
      NODE,
      shard(1)[1].map((arg) =>
        arg === '1/4' ? '1/1000' : arg === shardOut(1) ? path.join(work, 'listing.json') : arg
      )
    ]
    const [whole, floor, ...shards] = compareRounds(
      reps,
      [NODE, inventory(tree, '**')],
      listing,
      shard(1),
      shard(2),
      shard(3),
      shard(4)
    )
    row(
      'the listing alone (shard 1 of 1,000), 200,000 small files',
      `unsharded ${whole.toFixed(3)} s`,
      `${floor.toFixed(3)} s`,
      floor / whole,
      'no target'
    )
    for (const [i, seconds] of shards.entries())
      row(
        `shard ${i + 1} of 4, 200,000 small files`,
        `unsharded ${whole.toFixed(3)} s (a quarter: ${(whole / 4).toFixed(3)} s)`,
        `${seconds.toFixed(3)} s`,
        seconds / whole,
        0.3
      )
    const docs = path.join(work, 'merge-docs')
    mkdirSync(docs)
    writeFileSync(path.join(docs, 'qa.json'), '{"status":"pass"}')
    writeFileSync(
      path.join(docs, 'decision.json'),
      JSON.stringify({
        decision_id: 'kfm://policy_decision/bench',
        policy_label: 'public',
        decision: 'allow',
        obligations: []
      })
    )
    // The promote run that merges them: the shard files read strictly, gate E's checks, then
    // every gate and the manifest's schema on the 200,000 entries. Without catalogs or receipts
    // it ends in a handful of violations (exit 1), none per artifact. Its baseline is the same
    // run hashing the files itself (--artifacts '**'), which pays for the same gates.
    const promoteRun = (artifacts) => [
      NODE,
      [
        CLI,
        '--workspace',
        work,
        '--root',
        'shards-tree',
        '--dataset-slug',
        'bench',
        '--released-at',
        '2026-02-20T13:00:00Z',
        '--spec-hash',
        `sha256:${'a'.repeat(64)}`,
        '--qa-report',
        'merge-docs/qa.json',
        '--policy-decision',
        'merge-docs/decision.json',
        '--stac-applicable',
        'false',
        '--out',
        'merge-docs/promotion_manifest.json',
        ...artifacts
      ],
      { exit: 1 }
    ]
    const merge = promoteRun([1, 2, 3, 4].flatMap((i) => ['--artifacts-shards', shardOut(i)]))
    const unsharded = promoteRun(['--artifacts', '**'])
    const check = spawnSync(merge[0], merge[1], { encoding: 'utf8' })
    const codes = [...new Set(check.stderr.match(/\[[A-G] [A-Z_]+\]/g) ?? [])]
    log(`the merge run's violations (none per artifact): ${codes.join(' ')}`)
    if (codes.some((code) => code.includes('SHARD_')))
      throw new Error(`the shards did not merge: ${check.stderr.slice(0, 2000)}`)
    const [hashing, merged] = compareRounds(reps, unsharded, merge)
    const rssMerge = await peakRss(merge[0], merge[1], merge[2])
    const rssHashing = await peakRss(unsharded[0], unsharded[1], unsharded[2])
    row(
      'promote run merging the 4 shards (200,000 entries)',
      `the same run hashing the files: ${hashing.toFixed(3)} s, peak RSS ${rssHashing.toFixed(0)} MiB`,
      `${merged.toFixed(3)} s, peak RSS ${rssMerge.toFixed(0)} MiB`,
      merged / hashing,
      'no target'
    )
    rmSync(tree, { recursive: true })
  }

  if (want('whole')) {
    // The whole promotion run on generated releases (scripts/make-release.mjs: each artifact
    // with a STAC item, a DCAT distribution, a PROV entity and a receipt output), against the
    // inventory alone of the same files, and against itself at other sizes (linear or not).
    const sizes = (process.env.BENCH_WHOLE_SIZES ?? '1000,2000,5000,20000,100000')
      .split(',')
      .map(Number)
    const measured = new Map()
    for (const count of sizes) {
      const release = path.join(work, `release-${count}`)
      log(`building a release of ${count} artifacts ...`)
      makeRelease(release, count)
      const reps = count >= 50_000 ? 1 : count >= 20_000 ? 3 : 5
      const whole = [NODE, [CLI, ...RELEASE_FLAGS, '--out', out], { cwd: release }]
      const alone = [
        NODE,
        [
          CLI,
          'inventory',
          '--artifacts',
          'data/processed/**',
          '--artifacts',
          'catalog/**',
          '--out',
          out
        ],
        { cwd: release }
      ]
      const [inventoryTime, wholeTime] = compareRounds(reps, alone, whole)
      const rss = await peakRss(...whole)
      measured.set(count, { wholeTime, rss })
      row(
        `whole run, ${count} artifacts (${2 * count + 2} files)`,
        `inventory alone ${inventoryTime.toFixed(3)} s`,
        `${wholeTime.toFixed(3)} s, peak RSS ${rss.toFixed(0)} MiB`,
        wholeTime / inventoryTime,
        count === 20_000 ? 6 : 'no target'
      )
      rmSync(release, { recursive: true })
    }
    const scaling = (small, large, target) => {
      const a = measured.get(small)
      const b = measured.get(large)
      if (!a || !b) return
      row(
        `whole run, ${large} against ${small} artifacts`,
        `${small}: ${a.wholeTime.toFixed(3)} s`,
        `${large}: ${b.wholeTime.toFixed(3)} s`,
        b.wholeTime / a.wholeTime,
        target
      )
    }
    scaling(2000, 20_000, 12)
    scaling(20_000, 100_000, 6)
    const largest = measured.get(100_000)
    if (largest)
      row(
        'peak RSS of the whole run, 100,000 artifacts',
        '1 GiB',
        `${largest.rss.toFixed(0)} MiB`,
        largest.rss / 1024,
        1
      )
  }

  if (want('remote')) {
    // issue 27: remote links of 1 MiB each, fetched and checked from a loopback server (a process
    // of its own, standing in for object storage: it answers from memory, serve-dir.mjs says
    // why), against the local inventory of the same bytes. The remote run's workspace holds no
    // data: its artifacts are the inventory's list (artifacts-manifest), so what it adds over
    // reading the catalogs is the fetching and checking alone. The server shares the machine's
    // cores with the run, as the inventory's baseline has none to share them with; its CPU for
    // the 2 GiB is about 0.5 s.
    const count = Number(process.env.BENCH_REMOTE_COUNT ?? 2000)
    const release = path.join(work, 'remote-release')
    const server = spawn(NODE, [path.join(project, 'bench', 'serve-dir.mjs'), release], {
      stdio: ['ignore', 'pipe', 'inherit']
    })
    try {
      const base = await new Promise((resolve) =>
        server.stdout.once('data', (chunk) => resolve(chunk.toString().trim()))
      )
      log(`building ${count} artifacts of 1 MiB, linked at ${base} ...`)
      const bytes = (i) => {
        const block = Buffer.alloc(1024 * 1024, i % 251)
        block.writeUInt32BE(i, 0)
        return block
      }
      makeRelease(release, count, { bytes, remoteBase: base })
      const list = path.join(work, 'remote-artifacts.json')
      const local = [
        NODE,
        [CLI, 'inventory', '--artifacts', 'data/processed/**', '--out', list],
        { cwd: release }
      ]
      timed(...local)
      const remoteWorkspace = path.join(work, 'remote-workspace')
      for (const name of ['spec.yaml', 'qa', 'policy', 'approvals.json', 'catalog', 'receipts'])
        cpSync(path.join(release, name), path.join(remoteWorkspace, name), { recursive: true })
      const flags = RELEASE_FLAGS.flatMap((flag, i, all) =>
        flag === '--artifacts' || all[i - 1] === '--artifacts' ? [] : [flag]
      )
      const remote = [
        NODE,
        [CLI, ...flags, '--artifacts-manifest', list, '--remote-assets', 'fetch', '--out', out],
        { cwd: remoteWorkspace }
      ]
      const reps = Math.min(REPS, 3)
      const [localTime, remoteTime] = compareRounds(reps, local, remote)
      const rss = await peakRss(...remote)
      row(
        `remote-assets: fetch, ${count} links of 1 MiB from a loopback server`,
        `local inventory of the same bytes ${localTime.toFixed(3)} s`,
        `${remoteTime.toFixed(3)} s, peak RSS ${rss.toFixed(0)} MiB`,
        remoteTime / localTime,
        2
      )
    } finally {
      server.kill()
      rmSync(release, { recursive: true, force: true })
    }
  }

  if (want('store')) {
    // One directory store of BENCH_STORE_FILES small chunk files (default 1,000,000): the whole
    // run, which makes the store one artifact from its files' digests, against the inventory
    // alone of the same files, its peak memory, and the size of the manifest it writes.
    const count = Number(process.env.BENCH_STORE_FILES ?? 1_000_000)
    const release = path.join(work, 'store-release')
    log(`building a release of one Zarr store of ${count} files ...`)
    makeStoreRelease(release, count)
    const reps = Number(process.env.BENCH_STORE_REPS ?? (count >= 200_000 ? 1 : 3))
    const manifest = path.join(work, 'store-manifest.json')
    const whole = [NODE, [CLI, ...RELEASE_FLAGS, '--out', manifest], { cwd: release }]
    const alone = [
      NODE,
      [
        CLI,
        'inventory',
        '--artifacts',
        'data/processed/**',
        '--artifacts',
        'catalog/**',
        '--out',
        out
      ],
      { cwd: release }
    ]
    const [inventoryTime, wholeTime] = compareRounds(reps, alone, whole)
    const rss = await peakRss(...whole)
    const bytes = statSync(manifest).size
    row(
      `whole run, one Zarr store of ${count} files`,
      `inventory alone ${inventoryTime.toFixed(3)} s`,
      `${wholeTime.toFixed(3)} s`,
      wholeTime / inventoryTime,
      2
    )
    row(`peak RSS of that run`, '1 GiB', `${rss.toFixed(0)} MiB`, rss / 1024, 1)
    row(`its manifest`, '10 KB', `${bytes} bytes`, bytes / 10_000, 1)
    rmSync(release, { recursive: true })
  }

  if (want('action')) {
    const workspace = path.join(work, 'example')
    cpSync(path.join(project, 'fixtures', 'workspaces', 'example'), workspace, { recursive: true })
    rmSync(path.join(workspace, 'promotion_manifest.json'), { force: true })
    const inputs = {
      'dataset-slug': 'river_gauges',
      'released-at': '2026-02-20T13:00:00Z',
      spec: 'spec.yaml',
      artifacts: 'data/processed/**',
      catalogs: 'catalog/**',
      'qa-report': 'qa/report.json',
      'policy-decision': 'policy/decision.json',
      approvals: 'approvals.json',
      'run-receipts': 'receipts/*.json',
      upload: 'false'
    }
    const env = {
      PATH: process.env.PATH,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: path.join(work, 'output'),
      GITHUB_STEP_SUMMARY: path.join(work, 'summary.md')
    }
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
    writeFileSync(env.GITHUB_OUTPUT, '')
    writeFileSync(env.GITHUB_STEP_SUMMARY, '')
    const [bare, action] = compare([NODE, ['-e', '0']], [NODE, [ACTION], { env, cwd: workspace }])
    row(
      'the action on the example workspace (upload off)',
      `node -e 0 ${bare.toFixed(3)} s`,
      `${action.toFixed(3)} s`,
      action / bare,
      5
    )
  }

  const lines = [
    '| work | baseline | ours | ratio | target | |',
    '| --- | --- | --- | ---: | --- | --- |'
  ]
  for (const r of rows) {
    const ok = r.target === 'no target' ? undefined : (r.ok ?? r.ratio <= r.target)
    lines.push(
      `| ${r.work} | ${r.baseline} | ${r.ours} | ${r.ratio === undefined ? '' : `${r.ratio.toFixed(3)}×`} | ${typeof r.target === 'number' ? `≤ ${r.target}×` : r.target} | ${ok === undefined ? '' : ok ? 'met' : 'missed'} |`
    )
  }
  console.log(lines.join('\n'))
  if (threadNote) console.log(`\n${threadNote}`)
  if (againstNotes.length > 0) console.log(`\n${againstNotes.join('\n')}`)
} finally {
  if (!process.env.BENCH_KEEP) rmSync(work, { recursive: true, force: true })
}
