export const id = 571;
export const ids = [571];
export const modules = {

/***/ 2571:
/***/ ((__unused_webpack_module, exports) => {


// Stands in for @digitalbazaar/http-client (package.json "overrides"). jsonld requires it only
// for its built-in network document loader, which this action never uses: it passes its own
// loader, which refuses remote contexts (src/catalogs/jsonld.ts). So this stand-in refuses every
// request too, and a run no longer loads an HTTP client (undici) whenever a catalog is JSON-LD.
function refuse(url) {
  return Promise.reject(
    new Error(`refused to fetch ${url}: promotion-manifest never fetches over the network`)
  )
}

exports.httpClient = { get: refuse, head: refuse, post: refuse, put: refuse, delete: refuse }
exports.DEFAULT_HEADERS = {}


/***/ })

};
