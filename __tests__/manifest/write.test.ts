// The commit of a set of files (writeFilesAtomic): every new file complete beside its target, every
// target checked, the caller's beforeRename, then the renames. Whatever fails, before or during
// the renames, the older files are left as they were, byte for byte, and nothing is left beside
// them. Real files in temporary directories; the faults are made for real by the hook, which runs
// at the one moment between the checks and the renames.
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { WriteError, writeFilesAtomic, type FileToWrite } from '../../src/manifest/write.js'
import { removeTempDirs, tempDir } from '../helpers/workspace.js'

afterAll(removeTempDirs)

const NAMES = ['set.sha256sums', 'set.intoto.json', 'set.json'] as const
const OLDER = { 'set.sha256sums': 'older sums\n', 'set.intoto.json': 'older statement\n' }

/** A directory with older sidecars (and no older manifest), and the three new files for it. */
function olderSet(): { dir: string; files: FileToWrite[] } {
  const dir = tempDir('pm-commit-')
  for (const [name, text] of Object.entries(OLDER)) writeFileSync(path.join(dir, name), text)
  const files = NAMES.map((name) => ({
    path: path.join(dir, name),
    shown: `out/${name}`,
    text: `new ${name}\n`
  }))
  return { dir, files }
}

/** Every entry of `dir`, with a file's text and a directory as `dir`. */
function contents(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true }).map((entry) => [
      entry.name,
      entry.isDirectory() ? 'dir' : readFileSync(path.join(dir, entry.name), 'utf8')
    ])
  )
}

async function failure(promise: Promise<void>): Promise<WriteError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught
  )
  expect(error).toBeInstanceOf(WriteError)
  return error as WriteError
}

describe('a set written whole', () => {
  it('puts every new file in place and leaves nothing beside them', async () => {
    const { dir, files } = olderSet()
    await writeFilesAtomic(files)
    expect(contents(dir)).toEqual({
      'set.sha256sums': 'new set.sha256sums\n',
      'set.intoto.json': 'new set.intoto.json\n',
      'set.json': 'new set.json\n'
    })
  })

  it('runs beforeRename once every new file is complete and before any moves', async () => {
    const { dir, files } = olderSet()
    let seen: Record<string, string> = {}
    await writeFilesAtomic(files, {
      beforeRename: async () => {
        seen = contents(dir)
      }
    })
    // The older files at their paths, and beside them each new file complete and each older
    // file kept aside.
    const values = Object.entries(seen)
    expect(Object.fromEntries(values.filter(([name]) => !name.startsWith('.')))).toEqual(OLDER)
    const temporaries = values.filter(([name]) => name.endsWith('.tmp')).map(([, text]) => text)
    expect(temporaries.sort()).toEqual(files.map((f) => f.text).sort())
    const kept = values.filter(([name]) => name.endsWith('.old')).map(([, text]) => text)
    expect(kept.sort()).toEqual(Object.values(OLDER).sort())
    expect(Object.keys(contents(dir)).sort()).toEqual([...NAMES].sort())
  })
})

describe('a failure before anything moves', () => {
  it('in beforeRename: nothing moves, and its words are the reason', async () => {
    const { dir, files } = olderSet()
    const error = await failure(
      writeFilesAtomic(files, {
        beforeRename: async () => {
          throw new Error('the outputs could not be written first: the disk is on fire')
        }
      })
    )
    expect(error.message).toBe(
      'Could not write out/set.json: the outputs could not be written first: the disk is on fire. Nothing was written, and files already there are unchanged.'
    )
    expect(contents(dir)).toEqual(OLDER)
  })

  it.each(NAMES)(
    'a target that is a directory (%s): refused, beforeRename never runs',
    async (name) => {
      const { dir, files } = olderSet()
      rmSync(path.join(dir, name), { force: true })
      mkdirSync(path.join(dir, name, 'inside'), { recursive: true })
      const before = contents(dir)
      let ran = false
      const error = await failure(
        writeFilesAtomic(files, {
          beforeRename: async () => {
            ran = true
          }
        })
      )
      expect(ran).toBe(false)
      expect(error.message).toBe(
        `Could not write out/set.json: out/${name} is a directory; remove it or choose another out. Nothing was written, and files already there are unchanged.`
      )
      expect(contents(dir)).toEqual(before)
    }
  )
})

describe('a rename failing part-way', () => {
  it('puts back the files already renamed: the older ones as they were, a new one removed', async () => {
    const { dir, files } = olderSet()
    const inodes = Object.keys(OLDER).map((name) => statSync(path.join(dir, name)).ino)
    const error = await failure(
      writeFilesAtomic(files, {
        // After the checks: the last target becomes a directory, so its rename fails after the
        // sidecars' renames succeeded.
        beforeRename: async () => mkdirSync(path.join(dir, 'set.json'))
      })
    )
    expect(error.message).toBe(
      'Could not write out/set.json: out/set.json is a directory; remove it or choose another out. Nothing was written, and files already there are unchanged.'
    )
    expect(contents(dir)).toEqual({ ...OLDER, 'set.json': 'dir' })
    // The very files that were there, not copies of them.
    expect(Object.keys(OLDER).map((name) => statSync(path.join(dir, name)).ino)).toEqual(inodes)
  })

  it('removes a file that was new when a later rename fails', async () => {
    const dir = tempDir('pm-commit-')
    const files = ['a.txt', 'b.txt'].map((name) => ({
      path: path.join(dir, name),
      shown: name,
      text: 'new\n'
    }))
    await failure(
      writeFilesAtomic(files, { beforeRename: async () => mkdirSync(path.join(dir, 'b.txt')) })
    )
    expect(contents(dir)).toEqual({ 'b.txt': 'dir' })
  })

  it('says which older file could not be put back, and where it is kept', async () => {
    const { dir, files } = olderSet()
    let kept = ''
    const error = await failure(
      writeFilesAtomic(files, {
        beforeRename: async () => {
          // The statement's kept older file made a directory: it cannot be renamed back.
          kept = readdirSync(dir).find(
            (n) => n.startsWith('.set.intoto.json.') && n.endsWith('.old')
          )!
          rmSync(path.join(dir, kept))
          mkdirSync(path.join(dir, kept))
          mkdirSync(path.join(dir, 'set.json'))
        }
      })
    )
    expect(error.message).toMatch(
      /^Could not write out\/set\.json: out\/set\.json is a directory; remove it or choose another out\. The files already there could not all be restored: the older out\/set\.intoto\.json could not be put back \(.+\); it is kept as out\/\.set\.intoto\.json\.\d+\.[0-9a-f]{12}\.old\.$/
    )
    expect(error.message).toContain(`kept as out/${kept}.`)
    expect(contents(dir)).toEqual({
      'set.sha256sums': OLDER['set.sha256sums'],
      'set.intoto.json': 'new set.intoto.json\n',
      'set.json': 'dir',
      [kept]: 'dir'
    })
  })
})

describe('after every new file is in place', () => {
  it('a kept older file that cannot be removed is left, and the write succeeds', async () => {
    const { dir, files } = olderSet()
    let kept = ''
    await writeFilesAtomic(files, {
      beforeRename: async () => {
        kept = readdirSync(dir).find((n) => n.startsWith('.set.sha256sums.') && n.endsWith('.old'))!
        rmSync(path.join(dir, kept))
        mkdirSync(path.join(dir, kept, 'inside'), { recursive: true })
      }
    })
    expect(contents(dir)).toEqual({
      'set.sha256sums': 'new set.sha256sums\n',
      'set.intoto.json': 'new set.intoto.json\n',
      'set.json': 'new set.json\n',
      [kept]: 'dir'
    })
  })
})
