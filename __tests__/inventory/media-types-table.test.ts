// The general media-type table is written out at build time (scripts/compile-media-types.mjs).
// It must be mime-types' own, and the lookup on it must answer as mime-types' lookup does.
import mime from 'mime-types'
import { BY_EXTENSION } from '../../src/generated/media-types.js'
import { mediaTypeOf } from '../../src/inventory/media-types.js'

it("holds mime-types' table as the installed version builds it", () => {
  expect(Object.fromEntries(BY_EXTENSION)).toEqual({ ...mime.types })
})

it("answers as mime-types' lookup for every extension it knows, past the field's formats", () => {
  // The field's formats (docs/decisions.md) come first by design; everything else is mime-types'.
  // Looked up by the file's name, as before the table was written out: a name that is all
  // suffix (`.md`) is a Markdown file, though path.extname sees a hidden file without one.
  const field = new Set(['json', 'tif', 'tiff', 'csv', 'zip', 'nc', 'geojson', 'jsonld'])
  const differing = Object.keys(mime.types)
    .filter((extension) => !field.has(extension))
    .flatMap((extension) =>
      [`data/f.${extension}`, `data/F.${extension.toUpperCase()}`, `data/.${extension}`].filter(
        (name) => mediaTypeOf(name) !== mime.lookup(name.slice('data/'.length))
      )
    )
  expect(differing).toEqual([])
})
