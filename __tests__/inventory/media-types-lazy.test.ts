// The general media-type table (mime-types) is loaded only once a name needs it: a run whose
// files are all of the field's formats never pays for building it. Its own file, so the module
// starts without the table.
import { loadMediaTypesFor, mediaTypeOf } from '../../src/inventory/media-types.js'

it('is loaded only when a name needs it, and mediaTypeOf says so if it was not', async () => {
  // The field's formats, Zarr stores and names without an extension never need it.
  await loadMediaTypesFor(['a.csv', 'b.tif', 'g.zarr/0.0', 'noext'])
  expect(mediaTypeOf('x/a.csv')).toBe('text/csv')
  expect(() => mediaTypeOf('x/readme.md')).toThrow('bug: mediaTypeOf before loadMediaTypesFor')
  // A name that is all suffix needs it too.
  await loadMediaTypesFor(['a.csv', 'x/.md'])
  expect(mediaTypeOf('x/.md')).toBe('text/markdown')
  expect(mediaTypeOf('x/readme.md')).toBe('text/markdown')
})
