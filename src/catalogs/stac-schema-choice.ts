// Which bundled STAC schemas judge a document: a document that says it is STAC, the version
// whose schemas judge its stac_version, and the one form of a schema URL (normalizeUrl). The
// schemas are bundled with the action and compiled at build time (scripts/compile-schemas.mjs,
// schemas/stac/SOURCES.md); nothing is ever fetched.
import { coreModules } from '../generated/validators.stac.js'
import { isRecord } from '../model/json.js'

const STAC_TYPES = ['Catalog', 'Collection', 'Feature'] as const
export type StacType = (typeof STAC_TYPES)[number]

/** A document that says it is STAC: a `stac_version` (of any type; the schema judges it) and a
 * STAC `type`. */
export function isStac(value: unknown): value is Record<string, unknown> {
  return (
    isRecord(value) &&
    'stac_version' in value &&
    (STAC_TYPES as readonly unknown[]).includes(value.type)
  )
}

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/

function compareVersions(a: string, b: string): number {
  const [x, y] = [SEMVER.exec(a)!, SEMVER.exec(b)!]
  for (const i of [1, 2, 3]) {
    const d = Number(x[i]) - Number(y[i])
    if (d !== 0) return d
  }
  return 0
}

/** The STAC versions whose schemas are bundled, oldest first. */
const BUNDLED_STAC_VERSIONS: readonly string[] = Object.keys(coreModules).sort(compareVersions)

/** A schema URL as bundled and registered: without the trailing "#" some documents write. */
export const normalizeUrl = (url: string): string => url.replace(/#$/, '')

type SchemaVersionChoice =
  { version: string; note?: string } | { problem: string; location: Array<string | number> }

/**
 * Which bundled schemas judge a document of this stac_version:
 * - a bundled version (1.0.0, 1.1.0): its own;
 * - another version of a bundled major.minor (1.1.0-beta.1, 1.0.0-rc.2, 1.0.1): that minor's
 *   schemas, with a note (the document is validated as if its stac_version were that one);
 * - a later minor of major 1 (1.2.0): the newest bundled schemas, with a note that what the
 *   newer minor added is not checked;
 * - anything else (no major.minor.patch, major 0, an unknown major): refused, as no bundled
 *   schema can judge it.
 */
export function schemaVersionFor(stacVersion: unknown): SchemaVersionChoice {
  const location = ['stac_version']
  const bundled = BUNDLED_STAC_VERSIONS.join(', ')
  if (typeof stacVersion !== 'string' || !SEMVER.test(stacVersion)) {
    return {
      problem: `"stac_version" is ${JSON.stringify(stacVersion)}, which is not a STAC version (major.minor.patch, as "1.1.0")`,
      location
    }
  }
  if (BUNDLED_STAC_VERSIONS.includes(stacVersion)) return { version: stacVersion }
  const [, major, minor] = SEMVER.exec(stacVersion)!
  const sameMinor = BUNDLED_STAC_VERSIONS.filter((v) => v.startsWith(`${major}.${minor}.`))
  if (sameMinor.length > 0) {
    const version = sameMinor[sameMinor.length - 1]!
    return {
      version,
      note: `stac_version ${stacVersion} has no schemas of its own here; validated with the STAC ${version} schemas, the bundled release of the same minor version`
    }
  }
  const sameMajor = BUNDLED_STAC_VERSIONS.filter((v) => v.startsWith(`${major}.`))
  const newest = sameMajor[sameMajor.length - 1]
  if (newest !== undefined && compareVersions(stacVersion, newest) > 0) {
    return {
      version: newest,
      note: `stac_version ${stacVersion} is newer than the bundled STAC schemas; validated with the STAC ${newest} schemas, so what ${major}.${minor} added is not checked`
    }
  }
  return {
    problem: `"stac_version" is "${stacVersion}", a version no bundled STAC schema can judge (bundled: ${bundled}); ${major === '0' ? 'upgrade the document to STAC 1.x' : 'a new major version may change anything, so it is refused rather than guessed at'}`,
    location
  }
}
