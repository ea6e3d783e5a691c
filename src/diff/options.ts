// What a diff is asked with, and the shape of one compared field: shared by the manifest and the
// collection comparisons, in a module of their own so neither imports the other for them.

/** A value on each side, and whether they differ. */
export interface FieldChange<T> {
  old: T
  new: T
  changed: boolean
}

export interface DiffOptions {
  /** The old side's STAC collection document (parsed JSON), when there is one. */
  oldCollection?: unknown
  newCollection?: unknown
  /** Where each side's collection came from, as the output names it. */
  oldCollectionPath?: string
  newCollectionPath?: string
  /** Why the collections are not compared, when one of them is not given. */
  collectionMissing?: string
  /** The size of a listed file on one side, where the caller can tell. */
  sizeOf?: (side: 'old' | 'new', path: string) => number | undefined
}
