// A Git LFS pointer is what git-lfs reads as one, and nothing else: the fixtures were made and
// checked with the real client (fixtures/lfs/README.md).
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { lfsPointerOf, pointerSize } from '../../src/model/lfs-pointer.js'
import { PROJECT } from '../helpers/runner.js'
import { EXAMPLE } from '../helpers/workspace.js'
import { FILES, POINTERS, PROCESSED, processedFiles } from './pointer-checkout.js'

const LFS = path.join(PROJECT, 'fixtures', 'lfs')
const read = (...parts: string[]) => readFileSync(path.join(LFS, ...parts))
const HELLO_OID = '4859402c258b836d02e955d1090e29f586e58b2040504d68afec3d8d43757bba'

describe('a Git LFS pointer, as git-lfs reads one', () => {
  it("is committed for every file under the example's data/processed, and nothing else", () => {
    expect(FILES).toContain('discharge_cube.zarr/discharge/0.0')
    expect(processedFiles(POINTERS)).toEqual(FILES)
  })

  it.each(FILES)('the pointer git-lfs committed for %s names its content', (name) => {
    const content = readFileSync(path.join(EXAMPLE, PROCESSED, name))
    expect(lfsPointerOf(readFileSync(path.join(POINTERS, PROCESSED, name)))).toEqual({
      oid: createHash('sha256').update(content).digest('hex'),
      size: String(content.length)
    })
  })

  it.each(readdirSync(path.join(LFS, 'pointers')))('%s is a pointer', (name) => {
    const pointer = lfsPointerOf(read('pointers', name))
    expect(pointer?.oid).toBe(HELLO_OID)
  })

  it('keeps a size past 2^53 exact, and says it is not a number the gate can list', () => {
    const pointer = lfsPointerOf(read('pointers', 'size-past-2-53.pointer'))!
    expect(pointer.size).toBe('9007199254740993')
    expect(pointerSize(pointer)).toBeUndefined()
    expect(pointerSize(lfsPointerOf(read('pointers', 'hello.txt.pointer'))!)).toBe(10)
  })

  it.each(readdirSync(path.join(LFS, 'near')))(
    '%s is an ordinary file (a near-pointer)',
    (name) => {
      expect(lfsPointerOf(read('near', name))).toBeUndefined()
    }
  )

  it('is never an empty file, a JSON document or text that merely starts like one', () => {
    expect(lfsPointerOf(Buffer.alloc(0))).toBeUndefined()
    expect(lfsPointerOf(Buffer.from('{"status": "pass"}\n'))).toBeUndefined()
    expect(
      lfsPointerOf(Buffer.from('version https://git-lfs.github.com/spec/v1\n'))
    ).toBeUndefined()
  })

  it('allows the white space git-lfs trims, and a + before the size', () => {
    const text = `\n  version https://git-lfs.github.com/spec/v1\noid sha256:${HELLO_OID}\n\nsize +010\n\n`
    expect(lfsPointerOf(Buffer.from(text))).toEqual({ oid: HELLO_OID, size: '10' })
  })
})
