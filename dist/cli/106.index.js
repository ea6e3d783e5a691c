export const id = 106;
export const ids = [106,993];
export const modules = {

/***/ 8258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E_: () => (/* binding */ readJsonDocument),
/* harmony export */   Mi: () => (/* binding */ DocumentError),
/* harmony export */   h9: () => (/* binding */ readDocumentBytes),
/* harmony export */   lk: () => (/* binding */ parseJsonText),
/* harmony export */   mh: () => (/* binding */ lineAt),
/* harmony export */   rE: () => (/* binding */ jsonValueProblem),
/* harmony export */   sV: () => (/* binding */ inexactNumber),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* unused harmony exports MAX_DOCUMENT_BYTES, MAX_DEPTH */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _manifest_canonical_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7079);
/* harmony import */ var _inventory_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1860);
// Reads a JSON input document the way a fail-closed gate needs it: bytes and digest exactly as on
// disk, strict JSON (no BOM, no duplicate keys), and the line of any problem, so annotations land
// on the right line of a pull request's diff.





/** Input documents (reports, decisions, catalogs) are small; a larger one is refused, not parsed. */
const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;
/**
 * Deeper nesting is refused: no input document needs it, and the readers behind the gates
 * (JSON-LD expansion, schema validation, the canonical form) recurse and would overflow.
 */
const MAX_DEPTH = 256;
class DocumentError extends Error {
    path;
    line;
    constructor(path, message, line) {
        super(message);
        this.path = path;
        this.line = line;
    }
}
/** A JSON object (not null, not an array). */
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** The 1-based line of a character offset in a text. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
/** Parses JSON text strictly; throws DocumentError with the line of the first problem. */
function parseJsonText(path, bytes, { exactNumbers = false } = {}) {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        throw new DocumentError(path, `${path} starts with a byte-order mark; save it as UTF-8 without BOM`, 1);
    }
    const text = bytes.toString('utf8');
    if (Buffer.byteLength(text, 'utf8') !== bytes.length || text.includes('\uFFFD')) {
        throw new DocumentError(path, `${path} is not valid UTF-8; save it as UTF-8`);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const position = /at position (\d+)/.exec(reason);
        const line = position ? lineAt(text, Number(position[1])) : undefined;
        const where = line ? ` (line ${line})` : '';
        const first = reason
            .replace(/ in JSON at position \d+.*$/, '')
            .replace(/\s*\(line \d+ column \d+\)$/, '');
        throw new DocumentError(path, `${path} is not valid JSON${where}: ${first}`, line);
    }
    // The value first, without recursion: the token visitor below recurses as deep as the nesting.
    const problem = jsonValueProblem(value);
    if (problem)
        throw new DocumentError(path, `${path} ${problem.message}`, problem.line?.(text));
    const found = findTokenProblem(text, exactNumbers);
    if (found)
        throw new DocumentError(path, `${path} ${found.message}`, found.line);
    return { value, text };
}
/**
 * Why a parsed value is not what the gates may read, if it is not: nesting deeper than
 * MAX_DEPTH, a `__proto__` key (JavaScript readers turn it into a prototype change), or a string
 * with a lone UTF-16 surrogate (not Unicode text, and RFC 7493 forbids it). Walks without
 * recursion, so any depth JSON.parse accepts is safe here.
 */
function jsonValueProblem(value) {
    const stack = [[value, 0]];
    while (stack.length > 0) {
        const [node, depth] = stack.pop();
        if (typeof node === 'string') {
            if (!node.isWellFormed())
                return loneSurrogate();
            continue;
        }
        if (node === null || typeof node !== 'object')
            continue;
        if (depth >= MAX_DEPTH)
            return {
                message: `nests arrays and objects deeper than ${MAX_DEPTH} levels; no input document needs that, so flatten it`
            };
        if (Array.isArray(node)) {
            for (const item of node)
                stack.push([item, depth + 1]);
            continue;
        }
        for (const key of Object.keys(node)) {
            if (key === '__proto__')
                return {
                    message: 'has a "__proto__" key, which JavaScript readers may turn into a change of prototype; remove it',
                    line: (text) => searchLine(text, /"__proto__"\s*:/)
                };
            if (!key.isWellFormed())
                return loneSurrogate();
            stack.push([node[key], depth + 1]);
        }
    }
    return undefined;
}
function loneSurrogate() {
    return {
        message: 'has a string with a lone UTF-16 surrogate (an unpaired \\uD800-\\uDFFF escape), which is not Unicode text; write the character it stands for',
        line: (text) => searchLine(text, /\\u[dD][89abcdefABCDEF][0-9a-fA-F]{2}/)
    };
}
function searchLine(text, pattern) {
    const at = pattern.exec(text)?.index;
    return at === undefined ? undefined : lineAt(text, at);
}
/** A duplicate key, or (with exactNumbers) a number whose text a double cannot hold exactly. */
function findTokenProblem(text, exactNumbers) {
    const seen = [];
    let found;
    (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_2__.visit)(text, {
        onObjectBegin: () => {
            seen.push(new Set());
        },
        onObjectEnd: () => {
            seen.pop();
        },
        onObjectProperty: (key, _offset, _length, startLine) => {
            const keys = seen[seen.length - 1];
            if (!keys || found)
                return;
            if (keys.has(key))
                found = {
                    message: `has the key "${key}" twice in one object (line ${startLine + 1}); JSON readers disagree on which one wins, so keep one`,
                    line: startLine + 1
                };
            else
                keys.add(key);
        },
        onLiteralValue: (value, offset, length, startLine) => {
            if (found || !exactNumbers || typeof value !== 'number')
                return;
            const source = text.slice(offset, offset + length);
            const inexact = inexactNumber(source);
            if (inexact)
                found = { message: `line ${startLine + 1}: ${inexact}`, line: startLine + 1 };
        }
    });
    return found;
}
/** The significant digits and decimal exponent of a number's text: "-1.50e3" → ["15", 4]. */
function significand(source) {
    const match = /^[-+]?(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(source);
    if (!match)
        return [source, 0];
    const whole = match[1] ?? '';
    const all = whole + (match[2] ?? '');
    const leading = /^0*/.exec(all)[0].length;
    const digits = all.slice(leading).replace(/0+$/, '');
    return digits === '' ? ['', 0] : [digits, whole.length + Number(match[3] ?? 0) - leading];
}
/**
 * Why a number as written cannot be read back exactly, if it cannot: it overflows, or it has
 * digits an IEEE double drops (so two different specs would have one spec_hash). A number is
 * exact when its digits are those of the shortest text that reads back as the same double.
 */
function inexactNumber(source) {
    // Other notations (YAML's 0x1F, 0o17) name integers exactly or fail the safe-integer check.
    if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(source))
        return undefined;
    const value = Number(source);
    if (!Number.isFinite(value))
        return `the number ${source} is too large for JSON's numbers; quote it as a string`;
    const [digits, exponent] = significand(source);
    const [shortest, shortestExponent] = significand(String(Math.abs(value)));
    if (digits === shortest && exponent === shortestExponent)
        return undefined;
    return `the number ${source} cannot be held exactly (it reads back as ${String(value)}); quote it as a string, or write it with fewer digits`;
}
/**
 * The bytes of an input document, read through one descriptor: only a regular file (opened
 * without blocking, so a named pipe cannot stall the run), at most MAX_DOCUMENT_BYTES, and, with
 * `confine`, one that really is inside that directory rather than linked in from elsewhere.
 */
async function readDocumentBytes(absolutePath, path, { missing = `${path} does not exist; check the path (it is relative to the workspace)`, confine } = {}) {
    try {
        if (confine !== undefined) {
            const [real, realRoot] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(absolutePath), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(confine)]);
            if (!(0,_inventory_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .isInside */ .FK)(realRoot, real))
                throw new DocumentError(path, `${path} is a symbolic link out of the workspace (to ${real}); input documents must be files in the workspace, so copy it in`);
        }
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(absolutePath, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
        try {
            const info = await handle.stat();
            if (!info.isFile())
                throw new DocumentError(path, `${path} is not a regular file; name a file`);
            if (info.size > MAX_DOCUMENT_BYTES) {
                throw new DocumentError(path, `${path} is ${info.size} bytes, over the ${MAX_DOCUMENT_BYTES}-byte limit for input documents; reference large content by digest instead`);
            }
            return await handle.readFile();
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        if (error instanceof DocumentError)
            throw error;
        const code = error.code;
        throw new DocumentError(path, code === 'ENOENT' ? missing : `${path} cannot be read (${code ?? String(error)})`);
    }
}
/** Reads and parses a JSON document; I/O and syntax problems come back as DocumentError. */
async function readJsonDocument(absolutePath, path, confine) {
    const bytes = await readDocumentBytes(absolutePath, path, { confine });
    const { value, text } = parseJsonText(path, bytes);
    let tree;
    return {
        path,
        bytes,
        digest: (0,_manifest_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Digest */ .sI)(bytes),
        value,
        lineOf(location) {
            tree ??= (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_2__.parseTree)(text);
            const node = tree && (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_2__.findNodeAtLocation)(tree, location);
            return node ? lineAt(text, node.offset) : undefined;
        }
    };
}


/***/ }),

/***/ 6993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D_: () => (/* binding */ BATCH),
/* harmony export */   HashPool: () => (/* binding */ HashPool),
/* harmony export */   yQ: () => (/* binding */ hashFiles)
/* harmony export */ });
/* unused harmony exports hashRange, poolSize, HashOutcomes */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
// SHA-256 of many files on every core: worker threads, each reading a file whole when it fits
// one 4 MiB read and streaming larger ones through the same buffer, so memory stays flat in file
// size. The worker's code is a function of this module turned into source, so it runs from the
// single bundled dist/ file with nothing else to ship. Results come back in the input order.



const CHUNK = 4 * 1024 * 1024;
/**
 * Hashes files[start..end) into digests (32 bytes each) and sizes at their index, and returns the
 * error codes of the files that could not be hashed. Written to run both here and, through its
 * source text, in a worker: it may use only its parameters.
 */
function hashRange(files, io, hashing, buffer, digests, sizes) {
    const errors = [];
    for (let index = 0; index < files.length; index++) {
        let fd;
        try {
            // Non-blocking: opening a named pipe must not wait for a writer; fstat then refuses it.
            fd = io.openSync(files[index], io.constants.O_RDONLY | io.constants.O_NONBLOCK);
            const before = io.fstatSync(fd);
            if (!before.isFile()) {
                errors.push([index, before.isDirectory() ? 'EISDIR' : 'ENOTFILE']);
                continue;
            }
            const first = io.readSync(fd, buffer, 0, buffer.length, null);
            // Read whole in one call: the bytes are the file as it was at that instant; asking again
            // could only show a change made after hashing, which no check can rule out. One-shot
            // hashing spares a Hash object per file, which for small files is most of the work.
            if (first === before.size && first < buffer.length) {
                digests.set(hashing.hash('sha256', buffer.subarray(0, first), 'buffer'), index * 32);
                sizes[index] = first;
                continue;
            }
            const running = hashing.createHash('sha256');
            let size = 0;
            for (let read = first; read > 0; read = io.readSync(fd, buffer, 0, buffer.length, null)) {
                running.update(read === buffer.length ? buffer : buffer.subarray(0, read));
                size += read;
            }
            const after = io.fstatSync(fd);
            if (size !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs) {
                errors.push([index, 'CHANGED']);
                continue;
            }
            digests.set(running.digest(), index * 32);
            sizes[index] = size;
        }
        catch (error) {
            errors.push([index, error.code ?? String(error)]);
        }
        finally {
            if (fd !== undefined)
                io.closeSync(fd);
        }
    }
    return errors;
}
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads')
const fs = require('node:fs')
const crypto = require('node:crypto')
const buffer = Buffer.allocUnsafe(${CHUNK})
crypto.createHash('sha256').update(buffer.subarray(0, 1)).digest()
const hashRange = ${hashRange.toString()}
parentPort.on('message', ({ id, files }) => {
  const digests = new Uint8Array(files.length * 32)
  const sizes = new Float64Array(files.length)
  const errors = hashRange(files, fs, crypto, buffer, digests, sizes)
  parentPort.postMessage({ id, digests, sizes, errors }, [digests.buffer, sizes.buffer])
})
`;
/** Below this many files, threads cost more than they save. */
const POOL_THRESHOLD = 64;
const BATCH = 128;
function poolSize() {
    return Number(process.env.KFM_HASH_THREADS) || Math.max(1, Math.min((0,node_os__WEBPACK_IMPORTED_MODULE_2__.availableParallelism)(), 16));
}
/**
 * Hashing on every core: cores - 1 worker threads, started early so their start-up overlaps the
 * walk, and this thread, which hashes too once it has nothing else to do (collect). Batches are
 * queued as they are found (submit) and pulled: each worker holds at most two at a time.
 * collect() returns the outcomes in submission order. One list at a time: submit, then collect.
 */
class HashPool {
    size;
    workers;
    queue = [];
    batches = [];
    submitted = 0;
    pending = 0;
    failure;
    settled;
    buffer = Buffer.allocUnsafe(CHUNK);
    constructor(size = poolSize()) {
        this.size = size;
        // Loaded only when threads are wanted: a run with a few files never starts one.
        const threads = size > 1 ? process.getBuiltinModule('node:worker_threads') : undefined;
        this.workers = Array.from({ length: Math.max(0, size - 1) }, () => ({
            worker: new threads.Worker(WORKER_SOURCE, { eval: true }),
            holding: 0
        }));
        for (const slot of this.workers) {
            slot.worker.on('message', (batch) => {
                slot.holding--;
                this.pending--;
                this.batches.push(batch);
                this.dispatch();
                if (this.pending === 0 && this.queue.length === 0)
                    this.settled?.();
            });
            slot.worker.on('error', (error) => {
                this.failure ??= error;
                this.settled?.();
            });
        }
    }
    dispatch() {
        for (const slot of this.workers) {
            while (slot.holding < 2 && this.queue.length > 0) {
                const next = this.queue.shift();
                slot.holding++;
                this.pending++;
                slot.worker.postMessage(next);
            }
        }
    }
    hashHere(request) {
        const digests = new Uint8Array(request.files.length * 32);
        const sizes = new Float64Array(request.files.length);
        const errors = hashRange(request.files, node_fs__WEBPACK_IMPORTED_MODULE_1__, { createHash: node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash, hash: node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash }, this.buffer, digests, sizes);
        this.batches.push({ id: request.id, digests, sizes, errors });
    }
    submit(files) {
        if (files.length === 0)
            return;
        this.queue.push({ id: this.submitted, files });
        this.submitted += files.length;
        this.dispatch();
    }
    /** Hashes what is left alongside the workers, then returns every outcome in submission order. */
    async collect() {
        while (this.queue.length > 0 && !this.failure) {
            this.hashHere(this.queue.shift());
            // Let the workers' replies in, so they are handed the next batches.
            if (this.workers.length > 0)
                await new Promise((resolve) => setImmediate(resolve));
        }
        if (this.pending > 0 && !this.failure)
            await new Promise((resolve) => (this.settled = resolve));
        this.settled = undefined;
        if (this.failure)
            throw this.failure;
        const outcomes = new HashOutcomes(this.batches);
        this.batches = [];
        this.submitted = 0;
        return outcomes;
    }
    async hash(files) {
        for (let start = 0; start < files.length; start += BATCH)
            this.submit(files.slice(start, start + BATCH));
        return this.collect();
    }
    async close() {
        await Promise.all(this.workers.map((slot) => slot.worker.terminate()));
    }
}
/** The outcomes of one submission, read by index; strings are made only when asked for. */
class HashOutcomes {
    byStart;
    errors = new Map();
    constructor(batches) {
        this.byStart = batches.sort((a, b) => a.id - b.id);
        for (const batch of batches)
            for (const [index, code] of batch.errors)
                this.errors.set(batch.id + index, code);
    }
    get(index) {
        const error = this.errors.get(index);
        if (error !== undefined)
            return { error };
        let low = 0;
        let high = this.byStart.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (this.byStart[middle].id <= index)
                low = middle;
            else
                high = middle - 1;
        }
        const batch = this.byStart[low];
        const at = index - batch.id;
        const digest = Buffer.from(batch.digests.buffer, batch.digests.byteOffset + at * 32, 32).toString('hex');
        return { digest: `sha256:${digest}`, size: batch.sizes[at] };
    }
    toArray(count) {
        return Array.from({ length: count }, (_v, i) => this.get(i));
    }
}
/** Hashes files with a pool of its own (started here, closed after). */
async function hashFiles(files, workers = poolSize()) {
    const pool = new HashPool(files.length < POOL_THRESHOLD ? 1 : workers);
    try {
        return (await pool.hash(files)).toArray(files.length);
    }
    finally {
        await pool.close();
    }
}


/***/ }),

/***/ 3106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectInventory: () => (/* binding */ collectInventory)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/inventory/find-files.ts + 1 modules
var find_files = __webpack_require__(1210);
// EXTERNAL MODULE: ./src/inventory/hash-pool.ts
var hash_pool = __webpack_require__(6993);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(3581);
;// CONCATENATED MODULE: ./src/inventory/media-types.ts
// Media types by extension: the field's formats first (DECISIONS.md, "Inventory"), then the
// general table of `mime-types`, then application/octet-stream. Users override by pattern.
// The general table costs a few milliseconds of every start to build, so it is loaded only once
// a name needs it (loadMediaTypesFor), and mediaTypeOf stays synchronous.

const OCTET_STREAM = 'application/octet-stream';
const COG = 'image/tiff; application=geotiff; profile=cloud-optimized';
/** Longest suffix wins, so `.cog.tif` and `.tif` can differ if the table ever needs it. */
const FIELD_FORMATS = [
    ['.parquet', 'application/x-parquet'],
    ['.geoparquet', 'application/x-parquet'],
    ['.geojson', 'application/geo+json'],
    ['.jsonld', 'application/ld+json'],
    ['.json', 'application/json'],
    ['.tif', COG],
    ['.tiff', COG],
    ['.gpkg', 'application/geopackage+sqlite3'],
    ['.fgb', 'application/vnd.flatgeobuf'],
    ['.pmtiles', 'application/vnd.pmtiles'],
    ['.csv', 'text/csv'],
    ['.zip', 'application/zip'],
    ['.nc', 'application/netcdf'],
    ['.nc4', 'application/netcdf']
];
/** Every file inside a Zarr store (`x.zarr/...`) is part of one Zarr dataset. */
const ZARR_STORE = /(^|\/)[^/]+\.zarr\//i;
const ZARR = 'application/vnd+zarr';
/** The media type of a root-relative path (`/` separators). Overrides are tried in order. */
function mediaTypeOf(path, overrides = []) {
    for (const override of overrides) {
        if ((0,esm/* minimatch */.xF)(path, override.pattern, { dot: true, nocomment: true, nonegate: true })) {
            return override.mediaType;
        }
    }
    if (ZARR_STORE.test(path))
        return ZARR;
    // Past the overrides and Zarr, the type depends only on the name's dotted suffix: remember it.
    const name = suffixedName(path);
    if (name === undefined)
        return OCTET_STREAM;
    const dot = name.indexOf('.', 1);
    const suffix = dot < 0 ? name : name.slice(dot);
    const known = bySuffix.get(suffix);
    if (known !== undefined)
        return known;
    const type = byExtension(name);
    bySuffix.set(suffix, type);
    return type;
}
/** The lower-case file name, when it has a dotted suffix to look up (`.md` counts); else undefined. */
function suffixedName(path) {
    const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    return name.indexOf('.', 1) >= 0 || name.startsWith('.') ? name : undefined;
}
const bySuffix = new Map();
let general;
function fieldFormat(lower) {
    let best;
    for (const entry of FIELD_FORMATS) {
        if (lower.endsWith(entry[0]) && (!best || entry[0].length > best[0].length))
            best = entry;
    }
    return best?.[1];
}
function byExtension(lower) {
    const field = fieldFormat(lower);
    if (field)
        return field;
    if (!general)
        throw new Error('bug: mediaTypeOf before loadMediaTypesFor');
    return general(lower) || OCTET_STREAM;
}
/** Loads the general table if any of these root-relative paths needs it. Call before mediaTypeOf. */
async function loadMediaTypesFor(paths) {
    if (general)
        return;
    for (const path of paths) {
        const name = suffixedName(path);
        if (name !== undefined && !ZARR_STORE.test(path) && !fieldFormat(name)) {
            general = (await __webpack_require__.e(/* import() */ 96).then(__webpack_require__.t.bind(__webpack_require__, 4096, 19))).lookup;
            return;
        }
    }
}

// EXTERNAL MODULE: ./src/inventory/paths.ts
var paths = __webpack_require__(1860);
// EXTERNAL MODULE: ./src/manifest/canonical.ts
var canonical = __webpack_require__(7079);
// EXTERNAL MODULE: ./src/documents/json-document.ts
var json_document = __webpack_require__(8258);
// EXTERNAL MODULE: ./src/gates/violation.ts + 2 modules
var violation = __webpack_require__(2790);
;// CONCATENATED MODULE: ./src/inventory/inventory.ts
// The inventory of one list (artifacts or catalogs): files found by pattern and hashed, and/or a
// precomputed list verified against the files that are present.









async function readPrecomputed(source, violations) {
    const problem = (message, line) => {
        violations.push((0,violation/* violation */.Qf)('E', 'PRECOMPUTED_INVALID', source.path, message, line));
    };
    let document;
    try {
        document = await (0,json_document/* readJsonDocument */.E_)(source.absolute, source.path, source.confine);
    }
    catch (error) {
        if (!(error instanceof json_document/* DocumentError */.Mi))
            throw error;
        problem(error.message, error.line);
        return [];
    }
    if (!Array.isArray(document.value)) {
        problem(`${source.path} must be a JSON array of {"path", "digest", "media_type"} objects.`, 1);
        return [];
    }
    const listed = [];
    document.value.forEach((item, index) => {
        const line = document.lineOf([index]);
        const where = `${source.path} entry ${index}`;
        if (item === null || typeof item !== 'object' || Array.isArray(item)) {
            problem(`${where} must be an object with path, digest and media_type.`, line);
            return;
        }
        const record = item;
        const unknown = Object.keys(record).filter((k) => !['path', 'digest', 'media_type', 'size'].includes(k));
        if (unknown.length > 0)
            problem(`${where} has unknown field(s) ${unknown.join(', ')}; allowed are path, digest, media_type, size.`, line);
        const safe = typeof record.path === 'string' ? (0,paths/* normaliseRelative */.Z8)(record.path) : undefined;
        if (!safe || !safe.ok) {
            const reason = safe ? `path "${String(record.path)}" ${safe.reason}` : 'has no string "path"';
            violations.push((0,violation/* violation */.Qf)('E', safe ? 'PATH_OUTSIDE_ROOT' : 'PRECOMPUTED_INVALID', source.path, `${where}: ${reason}.`, line));
            return;
        }
        if (typeof record.digest !== 'string' || !canonical/* DIGEST_PATTERN */.WA.test(record.digest)) {
            violations.push((0,violation/* violation */.Qf)('E', 'DIGEST_INVALID', source.path, `${where} (${safe.path}): "digest" must be sha256: followed by 64 lowercase hex characters.`, line));
            return;
        }
        if (typeof record.media_type !== 'string' || record.media_type.trim() === '') {
            problem(`${where} (${safe.path}): "media_type" must be a non-empty string.`, line);
            return;
        }
        listed.push({ path: safe.path, digest: record.digest, mediaType: record.media_type });
    });
    return listed;
}
async function insideRootState(root, absolute) {
    const [realRoot, target] = await Promise.all([
        (0,promises_.realpath)(root),
        (0,promises_.realpath)(absolute).catch(() => undefined)
    ]);
    if (target === undefined)
        return 'dangling';
    return (0,paths/* relativeInside */.JA)(realRoot, target) === undefined ? 'outside' : 'inside';
}
const UNREADABLE = {
    EISDIR: 'is a directory, not a file',
    ENOTFILE: 'is not a regular file',
    CHANGED: 'changed while it was being hashed',
    ENOENT: 'disappeared while it was being hashed'
};
/** A hash outcome as a digest, or as the violation that says why the file has none. */
function outcomeOf(request, relative, outcome, violations) {
    if (!('error' in outcome))
        return outcome;
    const shown = request.display(relative);
    const reason = UNREADABLE[outcome.error] ?? `cannot be read (${outcome.error})`;
    violations.push((0,violation/* violation */.Qf)('E', 'FILE_UNREADABLE', shown, `${shown} ${reason}; make sure nothing writes the dataset while it is promoted, then run again.`));
    return undefined;
}
async function collectInventory(request) {
    const violations = [];
    const byPath = new Map();
    if (request.patterns.length > 0 || !request.precomputed) {
        const { pool } = request;
        const batch = [];
        const prefix = request.root.endsWith('/') ? request.root : `${request.root}/`;
        // With a pool, files go to the hashing threads while the walk is still finding more.
        const found = await (0,find_files/* findFiles */.l)(request.root, request.patterns, request.input, request.display, request.skip, pool
            ? (file) => {
                batch.push(file.absolute);
                if (batch.length === hash_pool/* BATCH */.D_)
                    pool.submit(batch.splice(0));
            }
            : undefined);
        violations.push(...found.violations);
        let outcome;
        if (pool) {
            pool.submit(batch.splice(0));
            const outcomes = await pool.collect();
            outcome = (index) => outcomes.get(index);
        }
        else {
            const outcomes = await (0,hash_pool/* hashFiles */.yQ)(found.files.map((f) => `${prefix}${f.path}`), request.workers);
            outcome = (index) => outcomes[index];
        }
        await loadMediaTypesFor(found.files.map((f) => f.path));
        found.files.forEach((file, index) => {
            const result = outcomeOf(request, file.path, outcome(index), violations);
            if (!result)
                return;
            byPath.set(file.path, {
                path: file.path,
                digest: result.digest,
                mediaType: mediaTypeOf(file.path, request.overrides),
                size: result.size,
                verified: true
            });
        });
    }
    if (request.precomputed) {
        const listed = await readPrecomputed(request.precomputed, violations);
        const seen = new Set();
        for (const entry of listed) {
            if (seen.has(entry.path)) {
                violations.push((0,violation/* violation */.Qf)('E', 'DUPLICATE_PATH', request.precomputed.path, `${request.precomputed.path} lists ${entry.path} twice; keep one entry.`));
                continue;
            }
            seen.add(entry.path);
            const globbed = byPath.get(entry.path);
            const absolute = external_node_path_default().join(request.root, entry.path);
            // Present in any form: a directory or a dangling link where a file is listed is a problem,
            // not an entry to take on trust.
            const present = globbed ??
                (await (0,promises_.lstat)(absolute).then(() => true, () => false));
            let actual = globbed ? { digest: globbed.digest, size: globbed.size ?? 0 } : undefined;
            const where = present && !actual ? await insideRootState(request.root, absolute) : 'inside';
            if (where !== 'inside') {
                const dangling = where === 'dangling';
                violations.push((0,violation/* violation */.Qf)('E', dangling ? 'SYMLINK_DANGLING' : 'PATH_OUTSIDE_ROOT', request.display(entry.path), dangling
                    ? `${request.display(entry.path)} (listed in ${request.precomputed.path}) is a symbolic link to nothing; remove it from the list or restore the file.`
                    : `${request.display(entry.path)} (listed in ${request.precomputed.path}) resolves through a symbolic link outside the dataset root; copy the file into the root instead of linking to it.`));
                continue;
            }
            if (present && !actual) {
                const [outcome] = await (0,hash_pool/* hashFiles */.yQ)([absolute], 1);
                actual = outcomeOf(request, entry.path, outcome, violations);
            }
            if (present && !actual)
                continue;
            if (actual && actual.digest !== entry.digest) {
                violations.push((0,violation/* violation */.Qf)('E', 'DIGEST_MISMATCH', request.display(entry.path), `${request.precomputed.path} gives ${entry.path} the digest ${entry.digest}, but the file on disk has ${actual.digest}; regenerate the list or restore the file.`));
                continue;
            }
            byPath.set(entry.path, {
                path: entry.path,
                digest: entry.digest,
                mediaType: entry.mediaType,
                ...(actual ? { size: actual.size } : {}),
                verified: actual !== undefined
            });
        }
    }
    const entries = [...byPath.values()].sort((a, b) => (0,violation/* compareText */.n6)(a.path, b.path));
    return { entries, violations };
}


/***/ }),

/***/ 7079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WA: () => (/* binding */ DIGEST_PATTERN),
/* harmony export */   Xz: () => (/* binding */ canonicalDigest),
/* harmony export */   sI: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* unused harmony export canonicalJson */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var canonicalize__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8799);
// The canonical form (RFC 8785, JCS) and the digest notation every hash in the manifest uses.


const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/;
/** `sha256:` + 64 lowercase hex characters: the only digest form DECISIONS.md accepts. */
function sha256Digest(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}
/** RFC 8785 canonical JSON text of a value of the JSON data model. */
function canonicalJson(value) {
    const text = (0,canonicalize__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A)(value);
    if (text === undefined)
        throw new TypeError('a value outside the JSON data model has no canonical form');
    return text;
}
/** The digest of a JSON value's canonical form: spec_hash and manifest-digest are both this. */
function canonicalDigest(value) {
    return sha256Digest(Buffer.from(canonicalJson(value), 'utf8'));
}


/***/ })

};
