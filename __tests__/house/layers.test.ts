// The house's layers: every import of src/ points to a lower layer, folders on one layer import
// none of each other, and no files import each other in a circle. The table is CONTRIBUTING.md's
// "Source layout", bottom up, keyed by what stands directly under src/ (a subfolder belongs to its
// folder's layer); a folder or top-level file missing from it fails, so a new one is placed.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { PROJECT } from '../helpers/runner.js'

const LAYERS: ReadonlyArray<readonly string[]> = [
  ['model', 'generated'],
  ['documents', 'remote'],
  ['inventory'],
  ['catalogs', 'manifest'],
  ['gates'],
  ['options'],
  ['pipeline'],
  ['pipeline.ts', 'verify-written.ts', 'ledger', 'diff'],
  ['report', 'github', 'exit.ts'],
  ['action', 'cli', 'lib']
]

/**
 * Imports between folders of one layer that are allowed, each with why: `from -> to`. None is
 * needed today; one added here says what it is for.
 */
const SAME_LAYER_ALLOWED: ReadonlySet<string> = new Set<string>([])

const SRC = path.join(PROJECT, 'src')

/** Every .ts file under src/, as a src-relative path with `/`. */
function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return entry.name.endsWith('.ts') ? [path.relative(SRC, full).split(path.sep).join('/')] : []
  })
}

/** What stands directly under src/ for a file: its top folder, or the file itself. */
const placeOf = (file: string): string => file.split('/')[0]!

const layerOf = (place: string): number => LAYERS.findIndex((layer) => layer.includes(place))

/**
 * The src-relative files a file imports: static imports and exports `from`, side-effect
 * imports and dynamic `import(...)`, relative ones only (`.js` read as the `.ts` it is built from).
 * Comment lines are skipped, so a path a comment names is no import.
 */
function importsOf(file: string): string[] {
  const code = readFileSync(path.join(SRC, file), 'utf8')
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line))
    .join('\n')
  const specifiers = [
    ...code.matchAll(/\bfrom\s*['"]([^'"]+)['"]/g),
    ...code.matchAll(/\bimport\s*\(?\s*['"]([^'"]+)['"]/g)
  ].map((match) => match[1]!)
  return specifiers
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier))
      return target.replace(/\.js$/, '.ts')
    })
}

const files = sourceFiles()
const imports = new Map(files.map((file) => [file, importsOf(file)]))

describe('the layers of src/', () => {
  it('reads the imports of every file (the check below has something to check)', () => {
    expect(files).toContain('pipeline.ts')
    expect(imports.get('pipeline.ts')).toContain('gates/index.ts')
    // A dynamic import is an import too.
    expect(imports.get('pipeline.ts')).toContain('documents/commit-time.ts')
  })

  it('places every folder and top-level file of src/ on a layer, once', () => {
    const places = [...new Set(files.map(placeOf))]
    expect(places.filter((place) => layerOf(place) < 0)).toEqual([])
    const listed = LAYERS.flat()
    expect(listed.filter((place, i) => listed.indexOf(place) !== i)).toEqual([])
  })

  it('imports only from lower layers', () => {
    const upward: string[] = []
    const sideways: string[] = []
    for (const [file, targets] of imports) {
      for (const target of targets) {
        const from = placeOf(file)
        const to = placeOf(target)
        if (from === to) continue
        if (layerOf(to) > layerOf(from))
          upward.push(`${file} -> ${target}: ${from} imports ${to}, a higher layer`)
        else if (layerOf(to) === layerOf(from) && !SAME_LAYER_ALLOWED.has(`${from} -> ${to}`))
          sideways.push(`${file} -> ${target}: ${from} imports ${to}, on the same layer`)
      }
    }
    expect(upward).toEqual([])
    expect(sideways).toEqual([])
  })

  it('has no files that import each other in a circle', () => {
    const circles: string[] = []
    const done = new Set<string>()
    // Depth first: a file met again on the trail that led to it closes a circle.
    const trail: string[] = []
    const visit = (file: string): void => {
      const at = trail.indexOf(file)
      if (at >= 0) {
        circles.push([...trail.slice(at), file].join(' -> '))
        return
      }
      if (done.has(file)) return
      trail.push(file)
      for (const target of imports.get(file) ?? []) visit(target)
      trail.pop()
      done.add(file)
    }
    for (const file of files) visit(file)
    expect(circles).toEqual([])
  })

  it('is the layout CONTRIBUTING.md describes, in its order', () => {
    const contributing = readFileSync(path.join(PROJECT, 'CONTRIBUTING.md'), 'utf8')
    const section = contributing.split('## Source layout\n')[1]!.split('\n## ')[0]!
    const named = [...section.matchAll(/`src\/([a-z-]+(?:\.ts|\/))`/g)].map((m) =>
      m[1]!.replace(/\/$/, '')
    )
    expect([...new Set(named)]).toEqual(LAYERS.flat())
  })
})
