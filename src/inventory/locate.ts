// Where a listed path leads, decided before anything is opened: each directory on its way is
// resolved once, from its parent's real place (so a link is followed one step at a time, never
// through the kernel's whole path again), and a path is refused when it goes out of the root,
// through a link to a directory it is already in (a loop, as the inventory's walk refuses it), or
// through more links than the kernel follows. What is at the end is looked at with lstat and stat
// only: a named pipe, a socket, a device or a directory is refused without being opened.
import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs'
import path from 'node:path'
import { isInside } from '../model/paths.js'

/** Linux's MAXSYMLINKS: a path through more links cannot be opened by the kernel anyway. */
export const MAX_LINKS = 40

export type Located =
  /** A regular file inside the root; `real` is its absolute path with no link in it. */
  | { state: 'file'; real: string }
  /** Nothing there, or a directory on the way is missing (or is a file). */
  | { state: 'missing' }
  /** A symbolic link to nothing, at the end or on the way. */
  | { state: 'dangling' }
  /** The path, or a directory on its way, resolves outside the root through a link. */
  | { state: 'outside'; target: string }
  /** A link on the way leads back to a directory the path is already in, or there are too many. */
  | { state: 'loop'; link: string }
  /** There, inside the root, but not a regular file: never opened (EISDIR or ENOTFILE). */
  | { state: 'special'; code: 'EISDIR' | 'ENOTFILE' }

interface Directory {
  /** Absolute, with no link in it. */
  real: string
  parent?: Directory
  /** Links followed to get here. */
  links: number
}

type DirectoryPlace = Directory | Unreached

const stat = (absolute: string, follow: boolean): Stats | undefined => {
  try {
    return follow ? statSync(absolute) : lstatSync(absolute)
  } catch {
    return undefined
  }
}

/** Whether `real` is a directory the path has already gone through (or the root above them). */
function onTheWay(directory: Directory, real: string): boolean {
  for (let at: Directory | undefined = directory; at; at = at.parent)
    if (at.real === real) return true
  // Any directory above the path's first, the root's own parents included, is a loop too.
  return isInside(real, directory.real)
}

/** A directory of listed paths, by name under its parent: found in one pass over a path. */
interface Node {
  place: DirectoryPlace
  children: Map<string, Node>
}

/** Where a directory or a link on the way leads, when it leads to no directory or file. */
type Unreached = Exclude<Located, { state: 'file' | 'special' }>

/** Follows the link at `absolute` (inside `parent`): where it leads, or why it leads nowhere. */
function follow(
  realRoot: string,
  parent: Directory,
  absolute: string,
  shown: string
): { real: string; info: Stats } | Unreached {
  if (parent.links + 1 > MAX_LINKS) return { state: 'loop', link: shown }
  let real: string
  try {
    real = realpathSync.native(absolute)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return code === 'ELOOP' ? { state: 'loop', link: shown } : { state: 'dangling' }
  }
  if (!isInside(realRoot, real)) return { state: 'outside', target: real }
  const info = stat(real, false)
  return info ? { real, info } : { state: 'dangling' }
}

/** The directory `name` in `parent`, resolved: `shown` names it in messages. */
function child(
  realRoot: string,
  parent: Directory,
  name: string,
  shown: () => string
): DirectoryPlace {
  const absolute = path.join(parent.real, name)
  const info = stat(absolute, false)
  if (!info || (!info.isDirectory() && !info.isSymbolicLink())) return { state: 'missing' }
  if (info.isDirectory()) return { real: absolute, parent, links: parent.links }
  const target = follow(realRoot, parent, absolute, shown())
  if (!('real' in target)) return target
  if (!target.info.isDirectory()) return { state: 'missing' }
  if (onTheWay(parent, target.real)) return { state: 'loop', link: shown() }
  return { real: target.real, parent, links: parent.links + 1 }
}

/**
 * A locator for paths under `root`: call it with a normalised root-relative path. Directories are
 * cached by name under their parent, so a manifest's 100,000 paths in 200 folders cost 200
 * directory lookups, and a path costs one step per segment however deep it is.
 */
export function locator(root: string): (relative: string) => Located {
  const realRoot = realpathSync.native(root)
  const top: Node = { place: { real: realRoot, links: 0 }, children: new Map() }
  return (relative) => locate(realRoot, top, relative)
}

/** Where a root-relative path leads, its directories looked up in (and added to) the tree. */
function locate(realRoot: string, top: Node, relative: string): Located {
  const names = relative.split('/')
  const file = names.pop()!
  let node = top
  for (const [index, name] of names.entries()) {
    let next = node.children.get(name)
    if (!next) {
      const parent = node.place as Directory
      const shown = () => names.slice(0, index + 1).join('/')
      next = { place: child(realRoot, parent, name, shown), children: new Map() }
      node.children.set(name, next)
    }
    if (!('real' in next.place)) return next.place
    node = next
  }
  const parent = node.place as Directory
  const absolute = path.join(parent.real, file)
  let info = stat(absolute, false)
  let real = absolute
  if (!info) return { state: 'missing' }
  if (info.isSymbolicLink()) {
    const target = follow(realRoot, parent, absolute, relative)
    if (!('real' in target)) return target
    ;({ real, info } = target)
  }
  if (info.isFile()) return { state: 'file', real }
  return { state: 'special', code: info.isDirectory() ? 'EISDIR' : 'ENOTFILE' }
}
