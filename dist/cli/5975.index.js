export const id = 5975;
export const ids = [5975];
export const modules = {

/***/ 8795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ collectionDiff),
/* harmony export */   i: () => (/* binding */ collectionFacts)
/* harmony export */ });
/* harmony import */ var _model_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7979);
// The part of a diff read from each side's STAC collection: its extent (bbox, interval) and its
// licence. Only these three; anything else in the collection is the catalogs' own business.

function listOfLists(value, item) {
    if (!Array.isArray(value))
        return null;
    const lists = [];
    for (const inner of value) {
        if (!Array.isArray(inner) || !inner.every(item))
            return null;
        lists.push([...inner]);
    }
    return lists;
}
const isNumber = (v) => typeof v === 'number' && Number.isFinite(v);
const isTime = (v) => v === null || typeof v === 'string';
/** The extent and licence of a STAC Collection document, or undefined when it is not one. */
function collectionFacts(value) {
    if (!(0,_model_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value) || value.type !== 'Collection' || !('stac_version' in value))
        return undefined;
    const extent = (0,_model_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value.extent) ? value.extent : {};
    const spatial = (0,_model_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(extent.spatial) ? extent.spatial : {};
    const temporal = (0,_model_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(extent.temporal) ? extent.temporal : {};
    return {
        bbox: listOfLists(spatial.bbox, isNumber),
        interval: listOfLists(temporal.interval, isTime),
        license: typeof value.license === 'string' ? value.license : null
    };
}
function same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
function change(old, now) {
    return { old, new: now, changed: !same(old, now) };
}
/** The collections compared, or why they are not. */
function collectionDiff(options) {
    const { oldCollection, newCollection } = options;
    if (oldCollection === undefined || newCollection === undefined) {
        const missing = oldCollection === undefined && newCollection === undefined
            ? 'either side'
            : oldCollection === undefined
                ? 'the old side'
                : 'the new side';
        return {
            compared: false,
            reason: options.collectionMissing ?? `no STAC collection was given for ${missing}`
        };
    }
    const old = collectionFacts(oldCollection);
    const now = collectionFacts(newCollection);
    if (!old || !now)
        return {
            compared: false,
            reason: `the ${!old ? 'old' : 'new'} side's collection is not a STAC Collection (no "type": "Collection" with a stac_version)`
        };
    const bbox = change(old.bbox, now.bbox);
    const interval = change(old.interval, now.interval);
    const license = change(old.license, now.license);
    return {
        compared: true,
        changed: bbox.changed || interval.changed || license.changed,
        ...(options.oldCollectionPath !== undefined ? { old_path: options.oldCollectionPath } : {}),
        ...(options.newCollectionPath !== undefined ? { new_path: options.newCollectionPath } : {}),
        bbox,
        interval,
        license
    };
}


/***/ }),

/***/ 5975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readDiffSide: () => (/* binding */ readDiffSide)
/* harmony export */ });
/* unused harmony exports MAX_COLLECTION_READS, MAX_COLLECTION_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _documents_json_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8258);
/* harmony import */ var _model_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5305);
/* harmony import */ var _model_json_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7979);
/* harmony import */ var _model_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1933);
/* harmony import */ var _collection_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8795);
// One side of a diff read from disk: the manifest, and the STAC collection it lists, found among
// its catalog files under the side's root (the manifest's folder unless told otherwise). A
// collection is used only when its bytes are the ones the manifest lists; otherwise the diff
// leaves the collection out and says why.







/** Catalog files read at most, per side, looking for the collection. */
const MAX_COLLECTION_READS = 200;
/** Bytes read at most, per side, looking for it: past them the search stops (a file more at most). */
const MAX_COLLECTION_BYTES = 64 * 1024 * 1024;
/** The catalog entries of a manifest that look like JSON files; the collection's name first. */
function candidates(manifest) {
    const catalogs = (0,_model_json_js__WEBPACK_IMPORTED_MODULE_5__/* .isRecord */ .u4)(manifest) && Array.isArray(manifest.catalogs) ? manifest.catalogs : [];
    const entries = catalogs.flatMap((entry) => (0,_model_json_js__WEBPACK_IMPORTED_MODULE_5__/* .isRecord */ .u4)(entry) &&
        typeof entry.path === 'string' &&
        typeof entry.digest === 'string' &&
        entry.path.toLowerCase().endsWith('.json')
        ? [{ path: entry.path, digest: entry.digest }]
        : []);
    const named = (p) => node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.basename(p) === 'collection.json';
    return [...entries.filter((e) => named(e.path)), ...entries.filter((e) => !named(e.path))];
}
async function findCollection(manifest, root, shownRoot) {
    const found = { absent: 0, changed: 0, unreadable: 0, other: 0 };
    const list = candidates(manifest);
    let read = 0;
    let bytesRead = 0;
    for (const entry of list.slice(0, MAX_COLLECTION_READS)) {
        if (bytesRead > MAX_COLLECTION_BYTES)
            break;
        read++;
        let bytes;
        try {
            bytes = await (0,_documents_json_document_js__WEBPACK_IMPORTED_MODULE_2__/* .readDocumentBytes */ .h9)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, entry.path), entry.path, { confine: root });
        }
        catch (error) {
            if (!(error instanceof _documents_json_document_js__WEBPACK_IMPORTED_MODULE_2__/* .DocumentError */ .Mi))
                throw error;
            if (error.absent)
                found.absent++;
            else
                found.unreadable++;
            continue;
        }
        bytesRead += bytes.length;
        if ((0,_model_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Digest */ .sI)(bytes) !== entry.digest) {
            found.changed++;
            continue;
        }
        let value;
        try {
            value = (0,_documents_json_document_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonText */ .lk)(entry.path, bytes).value;
        }
        catch (error) {
            if (!(error instanceof _documents_json_document_js__WEBPACK_IMPORTED_MODULE_2__/* .DocumentError */ .Mi))
                throw error;
            found.unreadable++;
            continue;
        }
        if ((0,_collection_js__WEBPACK_IMPORTED_MODULE_6__/* .collectionFacts */ .i)(value))
            return { value, path: entry.path };
        found.other++;
    }
    const counts = [
        found.absent && `${found.absent} absent`,
        found.changed && `${found.changed} not the bytes the manifest lists`,
        found.unreadable && `${found.unreadable} unreadable`,
        found.other && `${found.other} not a STAC Collection`,
        read < list.length && `${list.length - read} more not looked at`
    ].filter(Boolean);
    const looked = list.length === 0
        ? 'the manifest lists no JSON catalog file'
        : `of the ${read} JSON catalog file(s) looked at under ${shownRoot}: ${counts.join(', ')}`;
    return { missing: `no STAC collection found (${looked})` };
}
function sizeUnder(root) {
    let realRoot;
    return (relative) => {
        try {
            const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, relative);
            const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absolute, { throwIfNoEntry: false });
            if (!info?.isFile())
                return undefined;
            realRoot ??= (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
            // A parent folder linked out of the root is not the root's file.
            return (0,_model_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .isInside */ .FK)(realRoot, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(absolute)) ? info.size : undefined;
        }
        catch {
            return undefined;
        }
    };
}
/** Reads a side; an unreadable manifest throws DocumentError naming the file. */
async function readDiffSide(manifestAbsolute, manifestShown, root) {
    const bytes = await (0,_documents_json_document_js__WEBPACK_IMPORTED_MODULE_2__/* .readDocumentBytes */ .h9)(manifestAbsolute, manifestShown);
    const { value } = (0,_documents_json_document_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonText */ .lk)(manifestShown, bytes);
    return {
        manifest: value,
        collection: await findCollection(value, root.absolute, root.shown),
        sizeOf: sizeUnder(root.absolute)
    };
}


/***/ })

};
