// The reader of remote-assets: fetch refuses a URL that names a folder (its path ends in /): a
// directory store's copy is a folder of objects, and what a server answers there (an empty folder
// marker, a listing page) is not it. Refused before any server is asked.
import { readRemoteLinks } from '../../src/remote/read-links.js'
import { startObjectServer } from '../helpers/remote-copies.js'

describe('readRemoteLinks and a URL ending in /', () => {
  it('refuses it without a request, saying to tie the store by its checksum', async () => {
    // What an S3 console leaves for a folder, and a web server's listing: both readable objects.
    const server = await startObjectServer(
      new Map([
        ['/river/cube.zarr/', Buffer.alloc(0)],
        ['/river/cube.zarr', Buffer.from('<html>Index of /river/cube.zarr</html>')]
      ])
    )
    try {
      const folder = `${server.base}river/cube.zarr/`
      const urls = [folder, `${folder}?sig=abc`, 's3://bucket/cube.zarr/', 'az://river/cube.zarr/']
      const readings = await readRemoteLinks(urls, { idleMs: 1000, env: {} })
      for (const url of urls)
        expect(readings.get(url)).toEqual({
          problem: expect.stringMatching(
            /^the URL's path ends in \/, so it names a folder .*run with remote-assets: require-checksum/
          )
        })
      expect(server.requests).toEqual([])
      // The same name without its / is an object like any other, read as ever.
      const object = await readRemoteLinks([`${server.base}river/cube.zarr`], {
        idleMs: 1000,
        env: {}
      })
      expect(object.get(`${server.base}river/cube.zarr`)).toMatchObject({ source: 'stream' })
    } finally {
      await server.close()
    }
  })

  it('reads the bare host (a path of just /) as an object, as before', async () => {
    const server = await startObjectServer(new Map([['/', Buffer.from('root')]]))
    try {
      const readings = await readRemoteLinks([server.base], { idleMs: 1000, env: {} })
      expect(readings.get(server.base)).toMatchObject({ source: 'stream', size: 4 })
    } finally {
      await server.close()
    }
  })
})
