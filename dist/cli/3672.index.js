export const id = 3672;
export const ids = [3672];
export const modules = {

/***/ 3672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HashPool: () => (/* binding */ HashPool),
  cS: () => (/* binding */ batchesOf),
  gZ: () => (/* binding */ hashAll)
});

// UNUSED EXPORTS: BATCH, HashOutcomes, WORKER_FILE, batchSize, hashFiles, poolSize

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/model/order.ts
var order = __webpack_require__(6553);
// EXTERNAL MODULE: ./src/inventory/list-json.ts
var list_json = __webpack_require__(885);
// EXTERNAL MODULE: ./src/inventory/media-types.ts + 1 modules
var media_types = __webpack_require__(1569);
;// CONCATENATED MODULE: ./src/inventory/hash-worker.ts
// The hashing thread: the SHA-256 and size of each file of a batch and, when asked, the batch's
// part of the artifact list. HashPool (hash-pool.ts) starts it by path, as `hash-worker.js`
// beside its own module: `npm run bundle` bundles this module into dist/hash-worker.js and
// dist/cli/hash-worker.js, beside the action's and the CLI's bundles. Under jest the pool runs
// from the TypeScript sources, and no thread can start from this .ts file there: Node before
// 22.18 runs no TypeScript, later ones would not find its `./*.js` imports (the files are .ts),
// and ts-jest compiles only inside jest's own module system. So the pool then starts the
// bundle, dist/hash-worker.js. hash-worker.test.ts checks that it is the bundle of these sources
// (it bundles them afresh and compares), and tests the functions here from the sources. The
// pool's own thread hashes its share of the batches with the same hashBatch.






/** The read buffer: a file smaller than this is read whole and hashed in one call. */
const CHUNK = 4 * 1024 * 1024;
/**
 * A larger file streams through the buffer this many bytes a read: a read that fits the CPU's
 * cache is hashed from it, where one of 4 MiB is copied out to memory by the kernel and read
 * back by the hash (measured with `BENCH_ONLY=big npm run bench`).
 */
const STREAM_READ = 256 * 1024;
/** The `workerData` of a hashing thread: only there does this module answer messages. */
const HASH_WORKER = 'kfm-hash-worker';
/**
 * Hashes one file into `digests[at]` (`sha256:` and lower-case hex) and `sizes[at]`, or returns
 * why it could not be (an error code, or CHANGED when it changed while it was read). A large file
 * streams through `buffer`, so memory stays flat in file size.
 */
function hashFile(file, io, hashing, buffer, digests, sizes, at) {
    let fd;
    try {
        // Non-blocking: opening a named pipe must not wait for a writer; fstat then refuses it.
        fd = io.openSync(file, io.constants.O_RDONLY | io.constants.O_NONBLOCK);
        const before = io.fstatSync(fd);
        if (!before.isFile())
            return before.isDirectory() ? 'EISDIR' : 'ENOTFILE';
        const whole = before.size < buffer.length;
        const step = Math.min(STREAM_READ, buffer.length);
        const first = io.readSync(fd, buffer, 0, whole ? buffer.length : step, null);
        // Read whole in one call: the bytes are the file as it was at that instant; asking again
        // could only show a change made after hashing, which no check can rule out. One-shot
        // hashing spares a Hash object per file, which for small files is most of the work.
        if (whole && first === before.size) {
            digests[at] = `sha256:${hashing.hash('sha256', buffer.subarray(0, first), 'hex')}`;
            sizes[at] = first;
            return undefined;
        }
        const running = hashing.createHash('sha256');
        let size = 0;
        for (let read = first; read > 0; read = io.readSync(fd, buffer, 0, step, null)) {
            running.update(buffer.subarray(0, read));
            size += read;
        }
        const after = io.fstatSync(fd);
        if (size !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs)
            return 'CHANGED';
        digests[at] = `sha256:${running.digest('hex')}`;
        sizes[at] = size;
        return undefined;
    }
    catch (error) {
        return error.code ?? String(error);
    }
    finally {
        if (fd !== undefined)
            io.closeSync(fd);
    }
}
/**
 * A batch's part of the artifact list, or undefined when it cannot be one: a file has no digest,
 * a path is not under the listing's prefix, or the paths are not in the list's order (UTF-8
 * bytes). The caller then builds the list from sorted entries instead.
 */
function batchPart(files, listing, digests, sizes) {
    const { prefix, mediaTypes } = listing;
    const records = new Array(files.length);
    for (let index = 0; index < files.length; index++) {
        const file = files[index];
        const digest = digests[index];
        if (digest === undefined || !file.startsWith(prefix))
            return undefined;
        if (index > 0 && (0,order/* compareText */.n)(files[index - 1], file) >= 0)
            return undefined;
        const path = file.slice(prefix.length);
        records[index] = {
            path,
            digest,
            media_type: mediaTypes ? mediaTypes[index] : (0,media_types/* mediaTypeOf */.c0)(path),
            size: sizes[index]
        };
    }
    return (0,list_json/* listPart */.qS)(records);
}
const HASHING = { createHash: external_node_crypto_.createHash, hash: external_node_crypto_.hash };
/** Takes every file: one thread alone. */
const ALONE = () => true;
/** A claim in the pool's flags: the first thread to set a file's flag hashes the file. */
function claimIn(claims) {
    // Made once a batch: the view follows the flags as the pool grows them.
    const flags = new Uint8Array(claims);
    return (index) => Atomics.compareExchange(flags, index, 0, 1) === 0;
}
/**
 * Hashes a batch, and lists it when asked: what a thread, or the pool's own thread, does. Each
 * file is claimed before it is hashed, from the first (`from: 'first'`, the threads) or the last
 * (the pool's own thread), and the batch is left at the first file another thread has: that one
 * hashes the rest from the other end, so a batch of a few large files is hashed on two cores.
 * Returns the run of files hashed here (undefined when none was); only the whole batch has a
 * part of the list.
 */
function hashBatch({ id, files, listing }, buffer, claim = ALONE, from = 'first') {
    const digests = new Array(files.length);
    const sizes = new Float64Array(files.length);
    const codes = new Array(files.length);
    let [start, end] = [0, 0];
    if (from === 'first') {
        while (end < files.length && claim(id + end)) {
            codes[end] = hashFile(files[end], external_node_fs_, HASHING, buffer, digests, sizes, end);
            end++;
        }
    }
    else {
        ;
        [start, end] = [files.length, files.length];
        while (start > 0 && claim(id + start - 1)) {
            start--;
            codes[start] = hashFile(files[start], external_node_fs_, HASHING, buffer, digests, sizes, start);
        }
    }
    if (start === end)
        return undefined;
    const errors = [];
    for (let index = start; index < end; index++)
        if (codes[index] !== undefined)
            errors.push([index - start, codes[index]]);
    if (start === 0 && end === files.length) {
        const part = listing && batchPart(files, listing, digests, sizes);
        return { id, digests, sizes, errors, part };
    }
    return {
        id: id + start,
        digests: digests.slice(start, end),
        sizes: sizes.slice(start, end),
        errors
    };
}
/**
 * The thread's side of the pool: each batch posted is hashed here from its first file until a
 * file another thread has taken (the pool's own thread hashes from the last file down), and what
 * was hashed is sent back with its sizes and list part transferred, not copied.
 */
function serve(port) {
    const buffer = Buffer.allocUnsafe(CHUNK);
    // The first hash in a thread sets the hashing up: done now, it overlaps the walk, not a batch.
    (0,external_node_crypto_.hash)('sha256', buffer.subarray(0, 1), 'hex');
    port.on('message', (request) => {
        const hashed = hashBatch(request, buffer, claimIn(request.claims));
        if (!hashed)
            return;
        const transfer = hashed.part ? [hashed.sizes.buffer, hashed.part.buffer] : [hashed.sizes.buffer];
        port.postMessage(hashed, transfer);
    });
}
// Imported anywhere else (the pool imports hashBatch), this module only defines its functions.
if (external_node_worker_threads_.parentPort && external_node_worker_threads_.workerData === HASH_WORKER)
    serve(external_node_worker_threads_.parentPort);

;// CONCATENATED MODULE: ./src/inventory/hash-pool.ts
// SHA-256 of many files on every core: worker threads running hash-worker.ts, each reading a file
// whole when it fits one 4 MiB read and streaming larger ones through the same buffer, so memory
// stays flat in file size. Results come back in the input order. Asked to, the thread that hashes
// a whole batch also writes its part of the artifact list (this one writes the part of a batch
// two threads shared).




/**
 * The threads' module, `hash-worker.js` beside this one's: `npm run bundle` puts it beside
 * dist/index.js and dist/cli/index.js, where this module is bundled. Run from the TypeScript
 * sources (jest), this module is hash-pool.ts, with no JavaScript beside it: the threads then run
 * the bundle, dist/hash-worker.js (hash-worker.ts says why, and which test keeps it fresh). The
 * URLs are resolved when the code runs; `webpackIgnore` stops the bundler from resolving them.
 */
const WORKER_FILE = import.meta.url.endsWith('.ts')
    ? new URL(/* webpackIgnore: true */ '../../dist/hash-worker.js', __webpack_require__.b)
    : new URL(/* webpackIgnore: true */ './hash-worker.js', __webpack_require__.b);
/** Below this many files, threads cost more than they save. */
const POOL_THRESHOLD = 64;
const BATCH = 128;
/**
 * How many files batch `index` of a list holds: 1, 2, 4 … then BATCH. A list of a few large files
 * is so cut into several batches, posted to several threads, and hashed on every core; a long
 * list costs seven messages more.
 */
const batchSize = (index) => Math.min(BATCH, 2 ** index);
/** A list cut into batches of batchSize, in order. */
function batchesOf(list) {
    const batches = [];
    for (let start = 0; start < list.length;) {
        const end = start + batchSize(batches.length);
        batches.push(list.slice(start, end));
        start = end;
    }
    return batches;
}
/** One claim flag per file: up to 128 M files, in address space reserved, not used. */
const MAX_FILES = 1 << 27;
function poolSize() {
    return Number(process.env.KFM_HASH_THREADS) || Math.max(1, Math.min((0,external_node_os_.availableParallelism)(), 16));
}
/**
 * Hashing on every core: cores - 1 worker threads and this thread, which hashes too once it has
 * nothing else to do (collect). The threads start with the second file, so their start-up
 * overlaps the rest of the walk; a list of one file is hashed here, where a thread would only
 * add its start-up. From then on each batch is posted to a thread as soon as it is found
 * (submit), round robin, so a thread never waits on this one for work; collect() then hashes
 * here from the last file down. Whoever claims a file first in a shared flag array (Atomics)
 * hashes it, so each is hashed once and both ends meet wherever the work does, even inside a
 * batch: a batch of a few large files is hashed on two cores, not one. collect() returns the
 * outcomes in submission order. One list at a time: submit, then collect.
 */
class HashPool {
    size;
    workers = [];
    submissions = [];
    claims = HashPool.newClaims();
    batches = [];
    submitted = 0;
    /** How many of the files submitted are back, hashed or not. */
    answered = 0;
    failure;
    settled;
    closing = false;
    buffer = Buffer.allocUnsafe(CHUNK);
    static newClaims() {
        return new SharedArrayBuffer(1024, { maxByteLength: MAX_FILES });
    }
    constructor(size = poolSize()) {
        this.size = size;
        // With a hashing thread on every core, V8's background compiler threads can only take time
        // from them: optimised code is then compiled on the thread that runs it, in this process from
        // here on. Measured with npm run bench: about 10 ms of 220 over 20,000 small files, 2 cores.
        if (size > 1 && size >= (0,external_node_os_.availableParallelism)())
            process.getBuiltinModule('node:v8').setFlagsFromString('--no-concurrent-recompilation');
    }
    /** Starts the threads, and gives them the batches submitted so far. */
    start() {
        this.workers = Array.from({ length: Math.max(0, this.size - 1) }, () => new external_node_worker_threads_.Worker(WORKER_FILE, { workerData: HASH_WORKER }));
        for (const worker of this.workers) {
            worker.on('message', (batch) => this.answer(batch));
            worker.on('error', (error) => this.fail(error));
            // A thread that stops takes the batches it claimed with it: never wait for them.
            worker.on('exit', (code) => {
                if (!this.closing)
                    this.fail(new Error(`a hashing thread stopped (exit code ${code})`));
            });
        }
        this.submissions.forEach((_, batch) => this.post(batch));
    }
    /** Gives a submitted batch to a thread, round robin, when there are threads. */
    post(batch) {
        const message = { ...this.submissions[batch], claims: this.claims };
        this.workers[batch % this.workers.length]?.postMessage(message);
    }
    answer(batch) {
        this.batches.push(batch);
        this.answered += batch.sizes.length;
        // More answers than files would be a bug; HashOutcomes then says so, rather than wait.
        if (this.answered >= this.submitted)
            this.settled?.();
    }
    fail(error) {
        this.failure ??= error;
        this.settled?.();
    }
    /** Files to hash, as one batch; with `listing`, its part of the artifact list is written too. */
    submit(files, listing) {
        if (files.length === 0)
            return;
        const needed = this.submitted + files.length;
        if (needed > MAX_FILES)
            throw new Error(`more than ${MAX_FILES} files to hash`);
        if (needed > this.claims.byteLength)
            this.claims.grow(Math.min(MAX_FILES, Math.max(needed, this.claims.byteLength * 2)));
        const batch = this.submissions.length;
        this.submissions.push({ id: this.submitted, files, listing });
        this.submitted = needed;
        if (this.workers.length > 0)
            this.post(batch);
        else if (needed > 1 && this.size > 1)
            this.start();
    }
    /** Hashes what is left alongside the workers, then returns every outcome in submission order. */
    async collect() {
        const claim = claimIn(this.claims);
        for (let batch = this.submissions.length - 1; batch >= 0 && !this.failure; batch--) {
            const hashed = hashBatch(this.submissions[batch], this.buffer, claim, 'last');
            if (hashed)
                this.answer(hashed);
        }
        if (this.answered < this.submitted && !this.failure)
            await new Promise((resolve) => (this.settled = resolve));
        this.settled = undefined;
        if (this.failure)
            throw this.failure;
        const outcomes = new HashOutcomes(this.batches, this.submitted, this.submissions);
        this.batches = [];
        this.submissions = [];
        this.submitted = 0;
        this.answered = 0;
        this.claims = HashPool.newClaims();
        return outcomes;
    }
    /** How many files the next batch submitted should hold (batchSize). */
    get nextBatchSize() {
        return batchSize(this.submissions.length);
    }
    async hash(files) {
        for (const batch of batchesOf(files))
            this.submit(batch);
        return this.collect();
    }
    async close() {
        this.closing = true;
        await Promise.all(this.workers.map((worker) => worker.terminate()));
    }
}
/**
 * The outcomes of one submission, by index: the digest as `sha256:<hex>` (undefined where the file
 * could not be hashed: errorOf says why) and the size, in one pass over the runs hashed. `listParts`
 * holds the artifact list's parts when every batch was listed and all the files are in the list's
 * order, within each batch and across them; otherwise it is undefined.
 */
class HashOutcomes {
    digests;
    sizes;
    listParts;
    errors = new Map();
    constructor(runs, count, submissions = []) {
        this.digests = new Array(count);
        this.sizes = new Float64Array(count);
        let next = 0;
        for (const run of runs.sort((a, b) => a.id - b.id)) {
            // Each file exactly once: a file missing or hashed twice would be a bug, never an answer.
            if (run.id !== next)
                throw new Error(`bug: hashing results do not cover file ${next}`);
            next += run.sizes.length;
            for (const [index, code] of run.errors)
                this.errors.set(run.id + index, code);
            this.sizes.set(run.sizes, run.id);
            for (let at = 0; at < run.sizes.length; at++)
                this.digests[run.id + at] = run.digests[at];
        }
        if (next !== count)
            throw new Error(`bug: hashing results do not cover file ${next}`);
        this.listParts = count > 0 ? this.partsOf(runs, submissions) : undefined;
    }
    /**
     * The artifact list's parts, a batch's each, when every batch was listed and the files are in
     * the list's order within each batch and across them. A batch hashed whole came with its part;
     * one hashed from both ends has it written here.
     */
    partsOf(runs, submissions) {
        const given = new Map(runs.filter((run) => run.part).map((run) => [run.id, run.part]));
        const parts = [];
        let previous;
        for (const { id, files, listing } of submissions) {
            if (!listing)
                return undefined;
            // A part follows the one before only if the batch's first path follows its last.
            if (previous !== undefined && (0,order/* compareText */.n)(previous, files[0]) >= 0)
                return undefined;
            previous = files.at(-1);
            const end = id + files.length;
            const part = given.get(id) ??
                batchPart(files, listing, this.digests.slice(id, end), this.sizes.subarray(id, end));
            if (!part)
                return undefined;
            parts.push(part);
        }
        return parts.length > 0 ? parts : undefined;
    }
    /** Why file `index` has no digest. */
    errorOf(index) {
        return this.errors.get(index) ?? 'NOT_HASHED';
    }
    get(index) {
        const digest = this.digests[index];
        return digest === undefined
            ? { error: this.errorOf(index) }
            : { digest, size: this.sizes[index] };
    }
}
/** Hashes files with a pool of its own (started here, closed after). */
async function hashAll(files, workers = poolSize()) {
    const pool = new HashPool(files.length < POOL_THRESHOLD ? 1 : workers);
    try {
        return await pool.hash(files);
    }
    finally {
        await pool.close();
    }
}
/** hashAll's outcomes as a list. */
async function hashFiles(files, workers = poolSize()) {
    const outcomes = await hashAll(files, workers);
    return Array.from({ length: files.length }, (_v, index) => outcomes.get(index));
}


/***/ }),

/***/ 885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ni: () => (/* binding */ inventoryJson),
/* harmony export */   nn: () => (/* binding */ joinParts),
/* harmony export */   qS: () => (/* binding */ listPart)
/* harmony export */ });
// The artifact list's JSON: what the `inventory` subcommand writes and `artifacts-manifest` reads,
// `JSON.stringify(list, null, 2)` and a newline, byte for byte. One writer makes it: the list is
// its parts (listPart: the elements of a run of records in the list's order, as UTF-8) joined by
// joinParts. The hashing threads make their batches' parts while they hash (hash-worker.ts), so
// for a large tree the list is ready almost as soon as the last digest; when they cannot (the walk
// met the files out of order), inventoryJson makes the parts from the sorted entries.
const encoder = new TextEncoder();
/**
 * The elements of the list for these records, laid out as in the whole list (`  {...},\n  {...}`),
 * as UTF-8: JSON.stringify's own output cut out of its brackets, so layout and escapes are the
 * engine's. A fresh buffer of its own (never a slice of a shared pool), so it can be transferred.
 */
function listPart(records) {
    return encoder.encode(JSON.stringify(records, null, 2).slice(2, -2));
}
const OPEN = encoder.encode('[\n');
const COMMA = encoder.encode(',\n');
const CLOSE = encoder.encode('\n]\n');
const EMPTY = encoder.encode('[]\n');
/** The whole list from its parts, in order: `[`, the parts joined by `,`, `]`. */
function* joinParts(parts) {
    let first = true;
    for (const part of parts) {
        yield first ? OPEN : COMMA;
        yield part;
        first = false;
    }
    yield first ? EMPTY : CLOSE;
}
/** Entries per part when the list is made from entries: a few hundred kilobytes of text. */
const LIST_SLICE = 2048;
/**
 * The list of sorted entries, made a part of LIST_SLICE entries at a time, as the threads make
 * theirs: 200,000 entries never become one string.
 */
function inventoryJson(entries) {
    return joinParts(partsOf(entries));
}
function* partsOf(entries) {
    for (let start = 0; start < entries.length; start += LIST_SLICE) {
        yield listPart(entries
            .slice(start, start + LIST_SLICE)
            .map((e) => e.size === undefined
            ? { path: e.path, digest: e.digest, media_type: e.mediaType }
            : { path: e.path, digest: e.digest, media_type: e.mediaType, size: e.size }));
    }
}


/***/ }),

/***/ 1569:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c0: () => (/* binding */ mediaTypeOf)
});

// UNUSED EXPORTS: COG, OCTET_STREAM, ZARR

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(3581);
;// CONCATENATED MODULE: ./src/generated/media-types.js
// Generated by scripts/compile-media-types.mjs from mime-types 3.0.2 (mime-db 1.54.0). Do not edit.
/* eslint-disable */
const BY_EXTENSION = new Map(Object.entries(JSON.parse("{\"123\":\"application/vnd.lotus-1-2-3\",\"210\":\"model/step\",\"1km\":\"application/vnd.1000minds.decision-model+xml\",\"3dml\":\"text/vnd.in3d.3dml\",\"3ds\":\"image/x-3ds\",\"3g2\":\"video/3gpp2\",\"3gp\":\"video/3gpp\",\"3gpp\":\"video/3gpp\",\"3mf\":\"model/3mf\",\"7z\":\"application/x-7z-compressed\",\"aab\":\"application/x-authorware-bin\",\"aac\":\"audio/aac\",\"aam\":\"application/x-authorware-map\",\"aas\":\"application/x-authorware-seg\",\"abw\":\"application/x-abiword\",\"ac\":\"application/pkix-attr-cert\",\"acc\":\"application/vnd.americandynamics.acc\",\"ace\":\"application/x-ace-compressed\",\"acu\":\"application/vnd.acucobol\",\"acutc\":\"application/vnd.acucorp\",\"adp\":\"audio/adpcm\",\"adts\":\"audio/aac\",\"aep\":\"application/vnd.audiograph\",\"afm\":\"application/x-font-type1\",\"afp\":\"application/vnd.ibm.modcap\",\"age\":\"application/vnd.age\",\"ahead\":\"application/vnd.ahead.space\",\"ai\":\"application/postscript\",\"aif\":\"audio/x-aiff\",\"aifc\":\"audio/x-aiff\",\"aiff\":\"audio/x-aiff\",\"air\":\"application/vnd.adobe.air-application-installer-package+zip\",\"ait\":\"application/vnd.dvb.ait\",\"ami\":\"application/vnd.amiga.ami\",\"aml\":\"application/automationml-aml+xml\",\"amlx\":\"application/automationml-amlx+zip\",\"amr\":\"audio/amr\",\"apk\":\"application/vnd.android.package-archive\",\"apng\":\"image/apng\",\"appcache\":\"text/cache-manifest\",\"appinstaller\":\"application/appinstaller\",\"application\":\"application/x-ms-application\",\"appx\":\"application/appx\",\"appxbundle\":\"application/appxbundle\",\"apr\":\"application/vnd.lotus-approach\",\"arc\":\"application/x-freearc\",\"arj\":\"application/x-arj\",\"asc\":\"application/pgp-keys\",\"asf\":\"video/x-ms-asf\",\"asm\":\"text/x-asm\",\"aso\":\"application/vnd.accpac.simply.aso\",\"asx\":\"video/x-ms-asf\",\"atc\":\"application/vnd.acucorp\",\"atom\":\"application/atom+xml\",\"atomcat\":\"application/atomcat+xml\",\"atomdeleted\":\"application/atomdeleted+xml\",\"atomsvc\":\"application/atomsvc+xml\",\"atx\":\"application/vnd.antix.game-component\",\"au\":\"audio/basic\",\"avci\":\"image/avci\",\"avcs\":\"image/avcs\",\"avi\":\"video/x-msvideo\",\"avif\":\"image/avif\",\"aw\":\"application/applixware\",\"azf\":\"application/vnd.airzip.filesecure.azf\",\"azs\":\"application/vnd.airzip.filesecure.azs\",\"azv\":\"image/vnd.airzip.accelerator.azv\",\"azw\":\"application/vnd.amazon.ebook\",\"b16\":\"image/vnd.pco.b16\",\"bary\":\"model/vnd.bary\",\"bat\":\"application/x-msdownload\",\"bcpio\":\"application/x-bcpio\",\"bdf\":\"application/x-font-bdf\",\"bdm\":\"application/vnd.syncml.dm+wbxml\",\"bdo\":\"application/vnd.nato.bindingdataobject+xml\",\"bdoc\":\"application/bdoc\",\"bed\":\"application/vnd.realvnc.bed\",\"bh2\":\"application/vnd.fujitsu.oasysprs\",\"bin\":\"application/octet-stream\",\"blb\":\"application/x-blorb\",\"blend\":\"application/x-blender\",\"blorb\":\"application/x-blorb\",\"bmi\":\"application/vnd.bmi\",\"bmml\":\"application/vnd.balsamiq.bmml+xml\",\"bmp\":\"image/bmp\",\"book\":\"application/vnd.framemaker\",\"box\":\"application/vnd.previewsystems.box\",\"boz\":\"application/x-bzip2\",\"bpk\":\"application/octet-stream\",\"brush\":\"application/vnd.procreate.brush\",\"brushset\":\"application/vnd.procrate.brushset\",\"bsp\":\"model/vnd.valve.source.compiled-map\",\"btf\":\"image/prs.btif\",\"btif\":\"image/prs.btif\",\"buffer\":\"application/octet-stream\",\"bz\":\"application/x-bzip\",\"bz2\":\"application/x-bzip2\",\"c\":\"text/x-c\",\"c11amc\":\"application/vnd.cluetrust.cartomobile-config\",\"c11amz\":\"application/vnd.cluetrust.cartomobile-config-pkg\",\"c4d\":\"application/vnd.clonk.c4group\",\"c4f\":\"application/vnd.clonk.c4group\",\"c4g\":\"application/vnd.clonk.c4group\",\"c4p\":\"application/vnd.clonk.c4group\",\"c4u\":\"application/vnd.clonk.c4group\",\"cab\":\"application/vnd.ms-cab-compressed\",\"caf\":\"audio/x-caf\",\"cap\":\"application/vnd.tcpdump.pcap\",\"car\":\"application/vnd.curl.car\",\"cat\":\"application/vnd.ms-pki.seccat\",\"cb7\":\"application/x-cbr\",\"cba\":\"application/x-cbr\",\"cbr\":\"application/x-cbr\",\"cbt\":\"application/x-cbr\",\"cbz\":\"application/x-cbr\",\"cc\":\"text/x-c\",\"cco\":\"application/x-cocoa\",\"cct\":\"application/x-director\",\"ccxml\":\"application/ccxml+xml\",\"cdbcmsg\":\"application/vnd.contact.cmsg\",\"cdf\":\"application/x-netcdf\",\"cdfx\":\"application/cdfx+xml\",\"cdkey\":\"application/vnd.mediastation.cdkey\",\"cdmia\":\"application/cdmi-capability\",\"cdmic\":\"application/cdmi-container\",\"cdmid\":\"application/cdmi-domain\",\"cdmio\":\"application/cdmi-object\",\"cdmiq\":\"application/cdmi-queue\",\"cdx\":\"chemical/x-cdx\",\"cdxml\":\"application/vnd.chemdraw+xml\",\"cdy\":\"application/vnd.cinderella\",\"cer\":\"application/pkix-cert\",\"cfs\":\"application/x-cfs-compressed\",\"cgm\":\"image/cgm\",\"chat\":\"application/x-chat\",\"chm\":\"application/vnd.ms-htmlhelp\",\"chrt\":\"application/vnd.kde.kchart\",\"cif\":\"chemical/x-cif\",\"cii\":\"application/vnd.anser-web-certificate-issue-initiation\",\"cil\":\"application/vnd.ms-artgalry\",\"cjs\":\"application/node\",\"cla\":\"application/vnd.claymore\",\"class\":\"application/java-vm\",\"cld\":\"model/vnd.cld\",\"clkk\":\"application/vnd.crick.clicker.keyboard\",\"clkp\":\"application/vnd.crick.clicker.palette\",\"clkt\":\"application/vnd.crick.clicker.template\",\"clkw\":\"application/vnd.crick.clicker.wordbank\",\"clkx\":\"application/vnd.crick.clicker\",\"clp\":\"application/x-msclip\",\"cmc\":\"application/vnd.cosmocaller\",\"cmdf\":\"chemical/x-cmdf\",\"cml\":\"chemical/x-cml\",\"cmp\":\"application/vnd.yellowriver-custom-menu\",\"cmx\":\"image/x-cmx\",\"cod\":\"application/vnd.rim.cod\",\"coffee\":\"text/coffeescript\",\"com\":\"application/x-msdownload\",\"conf\":\"text/plain\",\"cpio\":\"application/x-cpio\",\"cpl\":\"application/cpl+xml\",\"cpp\":\"text/x-c\",\"cpt\":\"application/mac-compactpro\",\"crd\":\"application/x-mscardfile\",\"crl\":\"application/pkix-crl\",\"crt\":\"application/x-x509-ca-cert\",\"crx\":\"application/x-chrome-extension\",\"cryptonote\":\"application/vnd.rig.cryptonote\",\"csh\":\"application/x-csh\",\"csl\":\"application/vnd.citationstyles.style+xml\",\"csml\":\"chemical/x-csml\",\"csp\":\"application/vnd.commonspace\",\"css\":\"text/css\",\"cst\":\"application/x-director\",\"csv\":\"text/csv\",\"cu\":\"application/cu-seeme\",\"curl\":\"text/vnd.curl\",\"cwl\":\"application/cwl\",\"cww\":\"application/prs.cww\",\"cxt\":\"application/x-director\",\"cxx\":\"text/x-c\",\"dae\":\"model/vnd.collada+xml\",\"daf\":\"application/vnd.mobius.daf\",\"dart\":\"application/vnd.dart\",\"dataless\":\"application/vnd.fdsn.seed\",\"davmount\":\"application/davmount+xml\",\"dbf\":\"application/vnd.dbf\",\"dbk\":\"application/docbook+xml\",\"dcm\":\"application/dicom\",\"dcmp\":\"application/vnd.dcmp+xml\",\"dcr\":\"application/x-director\",\"dcurl\":\"text/vnd.curl.dcurl\",\"dd2\":\"application/vnd.oma.dd2+xml\",\"ddd\":\"application/vnd.fujixerox.ddd\",\"ddf\":\"application/vnd.syncml.dmddf+xml\",\"dds\":\"image/vnd.ms-dds\",\"deb\":\"application/x-debian-package\",\"def\":\"text/plain\",\"deploy\":\"application/octet-stream\",\"der\":\"application/x-x509-ca-cert\",\"dfac\":\"application/vnd.dreamfactory\",\"dgc\":\"application/x-dgc-compressed\",\"dib\":\"image/bmp\",\"dic\":\"text/x-c\",\"dir\":\"application/x-director\",\"dis\":\"application/vnd.mobius.dis\",\"disposition-notification\":\"message/disposition-notification\",\"dist\":\"application/octet-stream\",\"distz\":\"application/octet-stream\",\"djv\":\"image/vnd.djvu\",\"djvu\":\"image/vnd.djvu\",\"dll\":\"application/x-msdownload\",\"dmg\":\"application/x-apple-diskimage\",\"dmp\":\"application/vnd.tcpdump.pcap\",\"dms\":\"application/octet-stream\",\"dna\":\"application/vnd.dna\",\"dng\":\"image/x-adobe-dng\",\"doc\":\"application/msword\",\"docm\":\"application/vnd.ms-word.document.macroenabled.12\",\"docx\":\"application/vnd.openxmlformats-officedocument.wordprocessingml.document\",\"dot\":\"application/msword\",\"dotm\":\"application/vnd.ms-word.template.macroenabled.12\",\"dotx\":\"application/vnd.openxmlformats-officedocument.wordprocessingml.template\",\"dp\":\"application/vnd.osgi.dp\",\"dpg\":\"application/vnd.dpgraph\",\"dpx\":\"image/dpx\",\"dra\":\"audio/vnd.dra\",\"drle\":\"image/dicom-rle\",\"drm\":\"application/vnd.procreate.dream\",\"dsc\":\"text/prs.lines.tag\",\"dssc\":\"application/dssc+der\",\"dtb\":\"application/x-dtbook+xml\",\"dtd\":\"application/xml-dtd\",\"dts\":\"audio/vnd.dts\",\"dtshd\":\"audio/vnd.dts.hd\",\"dump\":\"application/octet-stream\",\"dvb\":\"video/vnd.dvb.file\",\"dvi\":\"application/x-dvi\",\"dwd\":\"application/atsc-dwd+xml\",\"dwf\":\"model/vnd.dwf\",\"dwg\":\"image/vnd.dwg\",\"dxf\":\"image/vnd.dxf\",\"dxp\":\"application/vnd.spotfire.dxp\",\"dxr\":\"application/x-director\",\"ear\":\"application/java-archive\",\"ecelp4800\":\"audio/vnd.nuera.ecelp4800\",\"ecelp7470\":\"audio/vnd.nuera.ecelp7470\",\"ecelp9600\":\"audio/vnd.nuera.ecelp9600\",\"ecma\":\"application/ecmascript\",\"edm\":\"application/vnd.novadigm.edm\",\"edx\":\"application/vnd.novadigm.edx\",\"efif\":\"application/vnd.picsel\",\"ei6\":\"application/vnd.pg.osasli\",\"elc\":\"application/octet-stream\",\"emf\":\"image/emf\",\"eml\":\"message/rfc822\",\"emma\":\"application/emma+xml\",\"emotionml\":\"application/emotionml+xml\",\"emz\":\"application/x-msmetafile\",\"eol\":\"audio/vnd.digital-winds\",\"eot\":\"application/vnd.ms-fontobject\",\"eps\":\"application/postscript\",\"epub\":\"application/epub+zip\",\"es3\":\"application/vnd.eszigno3+xml\",\"esa\":\"application/vnd.osgi.subsystem\",\"esf\":\"application/vnd.epson.esf\",\"et3\":\"application/vnd.eszigno3+xml\",\"etx\":\"text/x-setext\",\"eva\":\"application/x-eva\",\"evy\":\"application/x-envoy\",\"exe\":\"application/x-msdos-program\",\"exi\":\"application/exi\",\"exp\":\"application/express\",\"exr\":\"image/aces\",\"ext\":\"application/vnd.novadigm.ext\",\"ez\":\"application/andrew-inset\",\"ez2\":\"application/vnd.ezpix-album\",\"ez3\":\"application/vnd.ezpix-package\",\"f\":\"text/x-fortran\",\"f4v\":\"video/x-f4v\",\"f77\":\"text/x-fortran\",\"f90\":\"text/x-fortran\",\"fbs\":\"image/vnd.fastbidsheet\",\"fbx\":\"application/vnd.autodesk.fbx\",\"fcdt\":\"application/vnd.adobe.formscentral.fcdt\",\"fcs\":\"application/vnd.isac.fcs\",\"fdf\":\"application/fdf\",\"fdt\":\"application/fdt+xml\",\"fe_launch\":\"application/vnd.denovo.fcselayout-link\",\"fg5\":\"application/vnd.fujitsu.oasysgp\",\"fgd\":\"application/x-director\",\"fh\":\"image/x-freehand\",\"fh4\":\"image/x-freehand\",\"fh5\":\"image/x-freehand\",\"fh7\":\"image/x-freehand\",\"fhc\":\"image/x-freehand\",\"fig\":\"application/x-xfig\",\"fits\":\"image/fits\",\"flac\":\"audio/x-flac\",\"fli\":\"video/x-fli\",\"flo\":\"application/vnd.micrografx.flo\",\"flv\":\"video/x-flv\",\"flw\":\"application/vnd.kde.kivio\",\"flx\":\"text/vnd.fmi.flexstor\",\"fly\":\"text/vnd.fly\",\"fm\":\"application/vnd.framemaker\",\"fnc\":\"application/vnd.frogans.fnc\",\"fo\":\"application/vnd.software602.filler.form+xml\",\"for\":\"text/x-fortran\",\"fpx\":\"image/vnd.fpx\",\"frame\":\"application/vnd.framemaker\",\"fsc\":\"application/vnd.fsc.weblaunch\",\"fst\":\"image/vnd.fst\",\"ftc\":\"application/vnd.fluxtime.clip\",\"fti\":\"application/vnd.anser-web-funds-transfer-initiation\",\"fvt\":\"video/vnd.fvt\",\"fxp\":\"application/vnd.adobe.fxp\",\"fxpl\":\"application/vnd.adobe.fxp\",\"fzs\":\"application/vnd.fuzzysheet\",\"g2w\":\"application/vnd.geoplan\",\"g3\":\"image/g3fax\",\"g3w\":\"application/vnd.geospace\",\"gac\":\"application/vnd.groove-account\",\"gam\":\"application/x-tads\",\"gbr\":\"application/rpki-ghostbusters\",\"gca\":\"application/x-gca-compressed\",\"gdl\":\"model/vnd.gdl\",\"gdoc\":\"application/vnd.google-apps.document\",\"gdraw\":\"application/vnd.google-apps.drawing\",\"ged\":\"text/vnd.familysearch.gedcom\",\"geo\":\"application/vnd.dynageo\",\"geojson\":\"application/geo+json\",\"gex\":\"application/vnd.geometry-explorer\",\"gform\":\"application/vnd.google-apps.form\",\"ggb\":\"application/vnd.geogebra.file\",\"ggs\":\"application/vnd.geogebra.slides\",\"ggt\":\"application/vnd.geogebra.tool\",\"ghf\":\"application/vnd.groove-help\",\"gif\":\"image/gif\",\"gim\":\"application/vnd.groove-identity-message\",\"gjam\":\"application/vnd.google-apps.jam\",\"glb\":\"model/gltf-binary\",\"gltf\":\"model/gltf+json\",\"gmap\":\"application/vnd.google-apps.map\",\"gml\":\"application/gml+xml\",\"gmx\":\"application/vnd.gmx\",\"gnumeric\":\"application/x-gnumeric\",\"gph\":\"application/vnd.flographit\",\"gpx\":\"application/gpx+xml\",\"gqf\":\"application/vnd.grafeq\",\"gqs\":\"application/vnd.grafeq\",\"gram\":\"application/srgs\",\"gramps\":\"application/x-gramps-xml\",\"gre\":\"application/vnd.geometry-explorer\",\"grv\":\"application/vnd.groove-injector\",\"grxml\":\"application/srgs+xml\",\"gscript\":\"application/vnd.google-apps.script\",\"gsf\":\"application/x-font-ghostscript\",\"gsheet\":\"application/vnd.google-apps.spreadsheet\",\"gsite\":\"application/vnd.google-apps.site\",\"gslides\":\"application/vnd.google-apps.presentation\",\"gtar\":\"application/x-gtar\",\"gtm\":\"application/vnd.groove-tool-message\",\"gtw\":\"model/vnd.gtw\",\"gv\":\"text/vnd.graphviz\",\"gxf\":\"application/gxf\",\"gxt\":\"application/vnd.geonext\",\"gz\":\"application/gzip\",\"h\":\"text/x-c\",\"h261\":\"video/h261\",\"h263\":\"video/h263\",\"h264\":\"video/h264\",\"hal\":\"application/vnd.hal+xml\",\"hbci\":\"application/vnd.hbci\",\"hbs\":\"text/x-handlebars-template\",\"hdd\":\"application/x-virtualbox-hdd\",\"hdf\":\"application/x-hdf\",\"heic\":\"image/heic\",\"heics\":\"image/heic-sequence\",\"heif\":\"image/heif\",\"heifs\":\"image/heif-sequence\",\"hej2\":\"image/hej2k\",\"held\":\"application/atsc-held+xml\",\"hh\":\"text/x-c\",\"hjson\":\"application/hjson\",\"hlp\":\"application/winhlp\",\"hpgl\":\"application/vnd.hp-hpgl\",\"hpid\":\"application/vnd.hp-hpid\",\"hps\":\"application/vnd.hp-hps\",\"hqx\":\"application/mac-binhex40\",\"htc\":\"text/x-component\",\"htke\":\"application/vnd.kenameaapp\",\"htm\":\"text/html\",\"html\":\"text/html\",\"hvd\":\"application/vnd.yamaha.hv-dic\",\"hvp\":\"application/vnd.yamaha.hv-voice\",\"hvs\":\"application/vnd.yamaha.hv-script\",\"i2g\":\"application/vnd.intergeo\",\"icc\":\"application/vnd.iccprofile\",\"ice\":\"x-conference/x-cooltalk\",\"icm\":\"application/vnd.iccprofile\",\"ico\":\"image/vnd.microsoft.icon\",\"ics\":\"text/calendar\",\"ief\":\"image/ief\",\"ifb\":\"text/calendar\",\"ifm\":\"application/vnd.shana.informed.formdata\",\"iges\":\"model/iges\",\"igl\":\"application/vnd.igloader\",\"igm\":\"application/vnd.insors.igm\",\"igs\":\"model/iges\",\"igx\":\"application/vnd.micrografx.igx\",\"iif\":\"application/vnd.shana.informed.interchange\",\"img\":\"application/octet-stream\",\"imp\":\"application/vnd.accpac.simply.imp\",\"ims\":\"application/vnd.ms-ims\",\"in\":\"text/plain\",\"ini\":\"text/plain\",\"ink\":\"application/inkml+xml\",\"inkml\":\"application/inkml+xml\",\"install\":\"application/x-install-instructions\",\"iota\":\"application/vnd.astraea-software.iota\",\"ipfix\":\"application/ipfix\",\"ipk\":\"application/vnd.shana.informed.package\",\"ipynb\":\"application/x-ipynb+json\",\"irm\":\"application/vnd.ibm.rights-management\",\"irp\":\"application/vnd.irepository.package+xml\",\"iso\":\"application/x-iso9660-image\",\"itp\":\"application/vnd.shana.informed.formtemplate\",\"its\":\"application/its+xml\",\"ivp\":\"application/vnd.immervision-ivp\",\"ivu\":\"application/vnd.immervision-ivu\",\"jad\":\"text/vnd.sun.j2me.app-descriptor\",\"jade\":\"text/jade\",\"jaii\":\"image/jaii\",\"jais\":\"image/jais\",\"jam\":\"application/vnd.jam\",\"jar\":\"application/java-archive\",\"jardiff\":\"application/x-java-archive-diff\",\"java\":\"text/x-java-source\",\"jfif\":\"image/pjpeg\",\"jhc\":\"image/jphc\",\"jisp\":\"application/vnd.jisp\",\"jls\":\"image/jls\",\"jlt\":\"application/vnd.hp-jlyt\",\"jng\":\"image/x-jng\",\"jnlp\":\"application/x-java-jnlp-file\",\"joda\":\"application/vnd.joost.joda-archive\",\"jp2\":\"image/jp2\",\"jpe\":\"image/jpeg\",\"jpeg\":\"image/jpeg\",\"jpf\":\"image/jpx\",\"jpg\":\"image/jpeg\",\"jpg2\":\"image/jp2\",\"jpgm\":\"image/jpm\",\"jpgv\":\"video/jpeg\",\"jph\":\"image/jph\",\"jpm\":\"image/jpm\",\"jpx\":\"image/jpx\",\"js\":\"text/javascript\",\"json\":\"application/json\",\"json5\":\"application/json5\",\"jsonld\":\"application/ld+json\",\"jsonml\":\"application/jsonml+json\",\"jsx\":\"text/jsx\",\"jt\":\"model/jt\",\"jxl\":\"image/jxl\",\"jxr\":\"image/jxr\",\"jxra\":\"image/jxra\",\"jxrs\":\"image/jxrs\",\"jxs\":\"image/jxs\",\"jxsc\":\"image/jxsc\",\"jxsi\":\"image/jxsi\",\"jxss\":\"image/jxss\",\"kar\":\"audio/midi\",\"karbon\":\"application/vnd.kde.karbon\",\"kdbx\":\"application/x-keepass2\",\"key\":\"application/vnd.apple.keynote\",\"kfo\":\"application/vnd.kde.kformula\",\"kia\":\"application/vnd.kidspiration\",\"kml\":\"application/vnd.google-earth.kml+xml\",\"kmz\":\"application/vnd.google-earth.kmz\",\"kne\":\"application/vnd.kinar\",\"knp\":\"application/vnd.kinar\",\"kon\":\"application/vnd.kde.kontour\",\"kpr\":\"application/vnd.kde.kpresenter\",\"kpt\":\"application/vnd.kde.kpresenter\",\"kpxx\":\"application/vnd.ds-keypoint\",\"ksp\":\"application/vnd.kde.kspread\",\"ktr\":\"application/vnd.kahootz\",\"ktx\":\"image/ktx\",\"ktx2\":\"image/ktx2\",\"ktz\":\"application/vnd.kahootz\",\"kwd\":\"application/vnd.kde.kword\",\"kwt\":\"application/vnd.kde.kword\",\"lasxml\":\"application/vnd.las.las+xml\",\"latex\":\"application/x-latex\",\"lbd\":\"application/vnd.llamagraphics.life-balance.desktop\",\"lbe\":\"application/vnd.llamagraphics.life-balance.exchange+xml\",\"les\":\"application/vnd.hhe.lesson-player\",\"less\":\"text/less\",\"lgr\":\"application/lgr+xml\",\"lha\":\"application/x-lzh-compressed\",\"link66\":\"application/vnd.route66.link66+xml\",\"list\":\"text/plain\",\"list3820\":\"application/vnd.ibm.modcap\",\"listafp\":\"application/vnd.ibm.modcap\",\"litcoffee\":\"text/coffeescript\",\"lnk\":\"application/x-ms-shortcut\",\"log\":\"text/plain\",\"lostxml\":\"application/lost+xml\",\"lottie\":\"application/zip+dotlottie\",\"lrf\":\"application/octet-stream\",\"lrm\":\"application/vnd.ms-lrm\",\"ltf\":\"application/vnd.frogans.ltf\",\"lua\":\"text/x-lua\",\"luac\":\"application/x-lua-bytecode\",\"lvp\":\"audio/vnd.lucent.voice\",\"lwp\":\"application/vnd.lotus-wordpro\",\"lzh\":\"application/x-lzh-compressed\",\"m13\":\"application/x-msmediaview\",\"m14\":\"application/x-msmediaview\",\"m1v\":\"video/mpeg\",\"m21\":\"application/mp21\",\"m2a\":\"audio/mpeg\",\"m2t\":\"video/mp2t\",\"m2ts\":\"video/mp2t\",\"m2v\":\"video/mpeg\",\"m3a\":\"audio/mpeg\",\"m3u\":\"audio/x-mpegurl\",\"m3u8\":\"application/vnd.apple.mpegurl\",\"m4a\":\"audio/mp4\",\"m4b\":\"audio/mp4\",\"m4p\":\"application/mp4\",\"m4s\":\"video/iso.segment\",\"m4u\":\"video/vnd.mpegurl\",\"m4v\":\"video/x-m4v\",\"ma\":\"application/mathematica\",\"mads\":\"application/mads+xml\",\"maei\":\"application/mmt-aei+xml\",\"mag\":\"application/vnd.ecowin.chart\",\"maker\":\"application/vnd.framemaker\",\"man\":\"text/troff\",\"manifest\":\"text/cache-manifest\",\"map\":\"application/json\",\"mar\":\"application/octet-stream\",\"markdown\":\"text/markdown\",\"mathml\":\"application/mathml+xml\",\"mb\":\"application/mathematica\",\"mbk\":\"application/vnd.mobius.mbk\",\"mbox\":\"application/mbox\",\"mc1\":\"application/vnd.medcalcdata\",\"mcd\":\"application/vnd.mcd\",\"mcurl\":\"text/vnd.curl.mcurl\",\"md\":\"text/markdown\",\"mdb\":\"application/x-msaccess\",\"mdi\":\"image/vnd.ms-modi\",\"mdx\":\"text/mdx\",\"me\":\"text/troff\",\"mesh\":\"model/mesh\",\"meta4\":\"application/metalink4+xml\",\"metalink\":\"application/metalink+xml\",\"mets\":\"application/mets+xml\",\"mfm\":\"application/vnd.mfmp\",\"mft\":\"application/rpki-manifest\",\"mgp\":\"application/vnd.osgeo.mapguide.package\",\"mgz\":\"application/vnd.proteus.magazine\",\"mht\":\"message/rfc822\",\"mhtml\":\"message/rfc822\",\"mid\":\"audio/midi\",\"midi\":\"audio/midi\",\"mie\":\"application/x-mie\",\"mif\":\"application/vnd.mif\",\"mime\":\"message/rfc822\",\"mj2\":\"video/mj2\",\"mjp2\":\"video/mj2\",\"mjs\":\"text/javascript\",\"mk3d\":\"video/x-matroska\",\"mka\":\"audio/x-matroska\",\"mkd\":\"text/x-markdown\",\"mks\":\"video/x-matroska\",\"mkv\":\"video/x-matroska\",\"mlp\":\"application/vnd.dolby.mlp\",\"mmd\":\"application/vnd.chipnuts.karaoke-mmd\",\"mmf\":\"application/vnd.smaf\",\"mml\":\"text/mathml\",\"mmr\":\"image/vnd.fujixerox.edmics-mmr\",\"mng\":\"video/x-mng\",\"mny\":\"application/x-msmoney\",\"mobi\":\"application/x-mobipocket-ebook\",\"mods\":\"application/mods+xml\",\"mov\":\"video/quicktime\",\"movie\":\"video/x-sgi-movie\",\"mp2\":\"audio/mpeg\",\"mp21\":\"application/mp21\",\"mp2a\":\"audio/mpeg\",\"mp3\":\"audio/mpeg\",\"mp4\":\"video/mp4\",\"mp4a\":\"audio/mp4\",\"mp4s\":\"application/mp4\",\"mp4v\":\"video/mp4\",\"mpc\":\"application/vnd.mophun.certificate\",\"mpd\":\"application/dash+xml\",\"mpe\":\"video/mpeg\",\"mpeg\":\"video/mpeg\",\"mpf\":\"application/media-policy-dataset+xml\",\"mpg\":\"video/mpeg\",\"mpg4\":\"video/mp4\",\"mpga\":\"audio/mpeg\",\"mpkg\":\"application/vnd.apple.installer+xml\",\"mpm\":\"application/vnd.blueice.multipass\",\"mpn\":\"application/vnd.mophun.application\",\"mpp\":\"application/dash-patch+xml\",\"mpt\":\"application/vnd.ms-project\",\"mpy\":\"application/vnd.ibm.minipay\",\"mqy\":\"application/vnd.mobius.mqy\",\"mrc\":\"application/marc\",\"mrcx\":\"application/marcxml+xml\",\"ms\":\"text/troff\",\"mscml\":\"application/mediaservercontrol+xml\",\"mseed\":\"application/vnd.fdsn.mseed\",\"mseq\":\"application/vnd.mseq\",\"msf\":\"application/vnd.epson.msf\",\"msg\":\"application/vnd.ms-outlook\",\"msh\":\"model/mesh\",\"msi\":\"application/x-msdownload\",\"msix\":\"application/msix\",\"msixbundle\":\"application/msixbundle\",\"msl\":\"application/vnd.mobius.msl\",\"msm\":\"application/octet-stream\",\"msp\":\"application/octet-stream\",\"msty\":\"application/vnd.muvee.style\",\"mtl\":\"model/mtl\",\"mts\":\"video/mp2t\",\"mus\":\"application/vnd.musician\",\"musd\":\"application/mmt-usd+xml\",\"musicxml\":\"application/vnd.recordare.musicxml+xml\",\"mvb\":\"application/x-msmediaview\",\"mvt\":\"application/vnd.mapbox-vector-tile\",\"mwf\":\"application/vnd.mfer\",\"mxf\":\"application/mxf\",\"mxl\":\"application/vnd.recordare.musicxml\",\"mxmf\":\"audio/mobile-xmf\",\"mxml\":\"application/xv+xml\",\"mxs\":\"application/vnd.triscape.mxs\",\"mxu\":\"video/vnd.mpegurl\",\"n-gage\":\"application/vnd.nokia.n-gage.symbian.install\",\"n3\":\"text/n3\",\"nb\":\"application/mathematica\",\"nbp\":\"application/vnd.wolfram.player\",\"nc\":\"application/x-netcdf\",\"ncx\":\"application/x-dtbncx+xml\",\"nfo\":\"text/x-nfo\",\"ngdat\":\"application/vnd.nokia.n-gage.data\",\"nitf\":\"application/vnd.nitf\",\"nlu\":\"application/vnd.neurolanguage.nlu\",\"nml\":\"application/vnd.enliven\",\"nnd\":\"application/vnd.noblenet-directory\",\"nns\":\"application/vnd.noblenet-sealer\",\"nnw\":\"application/vnd.noblenet-web\",\"npx\":\"image/vnd.net-fpx\",\"nq\":\"application/n-quads\",\"nsc\":\"application/x-conference\",\"nsf\":\"application/vnd.lotus-notes\",\"nt\":\"application/n-triples\",\"ntf\":\"application/vnd.nitf\",\"numbers\":\"application/vnd.apple.numbers\",\"nzb\":\"application/x-nzb\",\"oa2\":\"application/vnd.fujitsu.oasys2\",\"oa3\":\"application/vnd.fujitsu.oasys3\",\"oas\":\"application/vnd.fujitsu.oasys\",\"obd\":\"application/x-msbinder\",\"obgx\":\"application/vnd.openblox.game+xml\",\"obj\":\"model/obj\",\"oda\":\"application/oda\",\"odb\":\"application/vnd.oasis.opendocument.database\",\"odc\":\"application/vnd.oasis.opendocument.chart\",\"odf\":\"application/vnd.oasis.opendocument.formula\",\"odft\":\"application/vnd.oasis.opendocument.formula-template\",\"odg\":\"application/vnd.oasis.opendocument.graphics\",\"odi\":\"application/vnd.oasis.opendocument.image\",\"odm\":\"application/vnd.oasis.opendocument.text-master\",\"odp\":\"application/vnd.oasis.opendocument.presentation\",\"ods\":\"application/vnd.oasis.opendocument.spreadsheet\",\"odt\":\"application/vnd.oasis.opendocument.text\",\"oga\":\"audio/ogg\",\"ogex\":\"model/vnd.opengex\",\"ogg\":\"audio/ogg\",\"ogv\":\"video/ogg\",\"ogx\":\"application/ogg\",\"omdoc\":\"application/omdoc+xml\",\"one\":\"application/onenote\",\"onea\":\"application/onenote\",\"onepkg\":\"application/onenote\",\"onetmp\":\"application/onenote\",\"onetoc\":\"application/onenote\",\"onetoc2\":\"application/onenote\",\"opf\":\"application/oebps-package+xml\",\"opml\":\"text/x-opml\",\"oprc\":\"application/vnd.palm\",\"opus\":\"audio/ogg\",\"org\":\"application/vnd.lotus-organizer\",\"osf\":\"application/vnd.yamaha.openscoreformat\",\"osfpvg\":\"application/vnd.yamaha.openscoreformat.osfpvg+xml\",\"osm\":\"application/vnd.openstreetmap.data+xml\",\"otc\":\"application/vnd.oasis.opendocument.chart-template\",\"otf\":\"font/otf\",\"otg\":\"application/vnd.oasis.opendocument.graphics-template\",\"oth\":\"application/vnd.oasis.opendocument.text-web\",\"oti\":\"application/vnd.oasis.opendocument.image-template\",\"otp\":\"application/vnd.oasis.opendocument.presentation-template\",\"ots\":\"application/vnd.oasis.opendocument.spreadsheet-template\",\"ott\":\"application/vnd.oasis.opendocument.text-template\",\"ova\":\"application/x-virtualbox-ova\",\"ovf\":\"application/x-virtualbox-ovf\",\"owl\":\"application/rdf+xml\",\"oxps\":\"application/oxps\",\"oxt\":\"application/vnd.openofficeorg.extension\",\"p\":\"text/x-pascal\",\"p10\":\"application/pkcs10\",\"p12\":\"application/x-pkcs12\",\"p21\":\"model/step\",\"p7b\":\"application/x-pkcs7-certificates\",\"p7c\":\"application/pkcs7-mime\",\"p7m\":\"application/pkcs7-mime\",\"p7r\":\"application/x-pkcs7-certreqresp\",\"p7s\":\"application/pkcs7-signature\",\"p8\":\"application/pkcs8\",\"pac\":\"application/x-ns-proxy-autoconfig\",\"pages\":\"application/vnd.apple.pages\",\"pas\":\"text/x-pascal\",\"paw\":\"application/vnd.pawaafile\",\"pbd\":\"application/vnd.powerbuilder6\",\"pbm\":\"image/x-portable-bitmap\",\"pcap\":\"application/vnd.tcpdump.pcap\",\"pcf\":\"application/x-font-pcf\",\"pcl\":\"application/vnd.hp-pcl\",\"pclxl\":\"application/vnd.hp-pclxl\",\"pct\":\"image/x-pict\",\"pcurl\":\"application/vnd.curl.pcurl\",\"pcx\":\"image/vnd.zbrush.pcx\",\"pdb\":\"application/vnd.palm\",\"pde\":\"text/x-processing\",\"pdf\":\"application/pdf\",\"pem\":\"application/x-x509-ca-cert\",\"pfa\":\"application/x-font-type1\",\"pfb\":\"application/x-font-type1\",\"pfm\":\"application/x-font-type1\",\"pfr\":\"application/font-tdpfr\",\"pfx\":\"application/x-pkcs12\",\"pgm\":\"image/x-portable-graymap\",\"pgn\":\"application/x-chess-pgn\",\"pgp\":\"application/pgp-encrypted\",\"php\":\"application/x-httpd-php\",\"pic\":\"image/x-pict\",\"pkg\":\"application/octet-stream\",\"pki\":\"application/pkixcmp\",\"pkipath\":\"application/pkix-pkipath\",\"pkpass\":\"application/vnd.apple.pkpass\",\"pl\":\"application/x-perl\",\"plb\":\"application/vnd.3gpp.pic-bw-large\",\"plc\":\"application/vnd.mobius.plc\",\"plf\":\"application/vnd.pocketlearn\",\"pls\":\"application/pls+xml\",\"pm\":\"application/x-perl\",\"pml\":\"application/vnd.ctc-posml\",\"png\":\"image/png\",\"pnm\":\"image/x-portable-anymap\",\"portpkg\":\"application/vnd.macports.portpkg\",\"pot\":\"application/vnd.ms-powerpoint\",\"potm\":\"application/vnd.ms-powerpoint.template.macroenabled.12\",\"potx\":\"application/vnd.openxmlformats-officedocument.presentationml.template\",\"ppam\":\"application/vnd.ms-powerpoint.addin.macroenabled.12\",\"ppd\":\"application/vnd.cups-ppd\",\"ppm\":\"image/x-portable-pixmap\",\"pps\":\"application/vnd.ms-powerpoint\",\"ppsm\":\"application/vnd.ms-powerpoint.slideshow.macroenabled.12\",\"ppsx\":\"application/vnd.openxmlformats-officedocument.presentationml.slideshow\",\"ppt\":\"application/vnd.ms-powerpoint\",\"pptm\":\"application/vnd.ms-powerpoint.presentation.macroenabled.12\",\"pptx\":\"application/vnd.openxmlformats-officedocument.presentationml.presentation\",\"pqa\":\"application/vnd.palm\",\"prc\":\"model/prc\",\"pre\":\"application/vnd.lotus-freelance\",\"prf\":\"application/pics-rules\",\"provx\":\"application/provenance+xml\",\"ps\":\"application/postscript\",\"psb\":\"application/vnd.3gpp.pic-bw-small\",\"psd\":\"image/vnd.adobe.photoshop\",\"psf\":\"application/x-font-linux-psf\",\"pskcxml\":\"application/pskc+xml\",\"pti\":\"image/prs.pti\",\"ptid\":\"application/vnd.pvi.ptid1\",\"pub\":\"application/x-mspublisher\",\"pvb\":\"application/vnd.3gpp.pic-bw-var\",\"pwn\":\"application/vnd.3m.post-it-notes\",\"pya\":\"audio/vnd.ms-playready.media.pya\",\"pyo\":\"model/vnd.pytha.pyox\",\"pyox\":\"model/vnd.pytha.pyox\",\"pyv\":\"video/vnd.ms-playready.media.pyv\",\"qam\":\"application/vnd.epson.quickanime\",\"qbo\":\"application/vnd.intu.qbo\",\"qfx\":\"application/vnd.intu.qfx\",\"qps\":\"application/vnd.publishare-delta-tree\",\"qt\":\"video/quicktime\",\"qwd\":\"application/vnd.quark.quarkxpress\",\"qwt\":\"application/vnd.quark.quarkxpress\",\"qxb\":\"application/vnd.quark.quarkxpress\",\"qxd\":\"application/vnd.quark.quarkxpress\",\"qxl\":\"application/vnd.quark.quarkxpress\",\"qxt\":\"application/vnd.quark.quarkxpress\",\"ra\":\"audio/x-pn-realaudio\",\"ram\":\"audio/x-pn-realaudio\",\"raml\":\"application/raml+yaml\",\"rapd\":\"application/route-apd+xml\",\"rar\":\"application/vnd.rar\",\"ras\":\"image/x-cmu-raster\",\"rcprofile\":\"application/vnd.ipunplugged.rcprofile\",\"rdf\":\"application/rdf+xml\",\"rdz\":\"application/vnd.data-vision.rdz\",\"relo\":\"application/p2p-overlay+xml\",\"rep\":\"application/vnd.businessobjects\",\"res\":\"application/x-dtbresource+xml\",\"rgb\":\"image/x-rgb\",\"rif\":\"application/reginfo+xml\",\"rip\":\"audio/vnd.rip\",\"ris\":\"application/x-research-info-systems\",\"rl\":\"application/resource-lists+xml\",\"rlc\":\"image/vnd.fujixerox.edmics-rlc\",\"rld\":\"application/resource-lists-diff+xml\",\"rm\":\"application/vnd.rn-realmedia\",\"rmi\":\"audio/midi\",\"rmp\":\"audio/x-pn-realaudio-plugin\",\"rms\":\"application/vnd.jcp.javame.midlet-rms\",\"rmvb\":\"application/vnd.rn-realmedia-vbr\",\"rnc\":\"application/relax-ng-compact-syntax\",\"rng\":\"application/xml\",\"roa\":\"application/rpki-roa\",\"roff\":\"text/troff\",\"rp9\":\"application/vnd.cloanto.rp9\",\"rpm\":\"application/x-redhat-package-manager\",\"rpss\":\"application/vnd.nokia.radio-presets\",\"rpst\":\"application/vnd.nokia.radio-preset\",\"rq\":\"application/sparql-query\",\"rs\":\"application/rls-services+xml\",\"rsat\":\"application/atsc-rsat+xml\",\"rsd\":\"application/rsd+xml\",\"rsheet\":\"application/urc-ressheet+xml\",\"rss\":\"application/rss+xml\",\"rtf\":\"application/rtf\",\"rtx\":\"text/richtext\",\"run\":\"application/x-makeself\",\"rusd\":\"application/route-usd+xml\",\"s\":\"text/x-asm\",\"s3m\":\"audio/s3m\",\"saf\":\"application/vnd.yamaha.smaf-audio\",\"sass\":\"text/x-sass\",\"sbml\":\"application/sbml+xml\",\"sc\":\"application/vnd.ibm.secure-container\",\"scd\":\"application/x-msschedule\",\"scm\":\"application/vnd.lotus-screencam\",\"scq\":\"application/scvp-cv-request\",\"scs\":\"application/scvp-cv-response\",\"scss\":\"text/x-scss\",\"scurl\":\"text/vnd.curl.scurl\",\"sda\":\"application/vnd.stardivision.draw\",\"sdc\":\"application/vnd.stardivision.calc\",\"sdd\":\"application/vnd.stardivision.impress\",\"sdkd\":\"application/vnd.solent.sdkm+xml\",\"sdkm\":\"application/vnd.solent.sdkm+xml\",\"sdp\":\"application/sdp\",\"sdw\":\"application/vnd.stardivision.writer\",\"sea\":\"application/x-sea\",\"see\":\"application/vnd.seemail\",\"seed\":\"application/vnd.fdsn.seed\",\"sema\":\"application/vnd.sema\",\"semd\":\"application/vnd.semd\",\"semf\":\"application/vnd.semf\",\"senmlx\":\"application/senml+xml\",\"sensmlx\":\"application/sensml+xml\",\"ser\":\"application/java-serialized-object\",\"setpay\":\"application/set-payment-initiation\",\"setreg\":\"application/set-registration-initiation\",\"sfd-hdstx\":\"application/vnd.hydrostatix.sof-data\",\"sfs\":\"application/vnd.spotfire.sfs\",\"sfv\":\"text/x-sfv\",\"sgi\":\"image/sgi\",\"sgl\":\"application/vnd.stardivision.writer-global\",\"sgm\":\"text/sgml\",\"sgml\":\"text/sgml\",\"sh\":\"application/x-sh\",\"shar\":\"application/x-shar\",\"shex\":\"text/shex\",\"shf\":\"application/shf+xml\",\"shtml\":\"text/html\",\"sid\":\"image/x-mrsid-image\",\"sieve\":\"application/sieve\",\"sig\":\"application/pgp-signature\",\"sil\":\"audio/silk\",\"silo\":\"model/mesh\",\"sis\":\"application/vnd.symbian.install\",\"sisx\":\"application/vnd.symbian.install\",\"sit\":\"application/x-stuffit\",\"sitx\":\"application/x-stuffitx\",\"siv\":\"application/sieve\",\"skd\":\"application/vnd.koan\",\"skm\":\"application/vnd.koan\",\"skp\":\"application/vnd.koan\",\"skt\":\"application/vnd.koan\",\"sldm\":\"application/vnd.ms-powerpoint.slide.macroenabled.12\",\"sldx\":\"application/vnd.openxmlformats-officedocument.presentationml.slide\",\"slim\":\"text/slim\",\"slm\":\"text/slim\",\"sls\":\"application/route-s-tsid+xml\",\"slt\":\"application/vnd.epson.salt\",\"sm\":\"application/vnd.stepmania.stepchart\",\"smf\":\"application/vnd.stardivision.math\",\"smi\":\"application/smil+xml\",\"smil\":\"application/smil+xml\",\"smv\":\"video/x-smv\",\"smzip\":\"application/vnd.stepmania.package\",\"snd\":\"audio/basic\",\"snf\":\"application/x-font-snf\",\"so\":\"application/octet-stream\",\"spc\":\"application/x-pkcs7-certificates\",\"spdx\":\"text/spdx\",\"spf\":\"application/vnd.yamaha.smaf-phrase\",\"spl\":\"application/x-futuresplash\",\"spot\":\"text/vnd.in3d.spot\",\"spp\":\"application/scvp-vp-response\",\"spq\":\"application/scvp-vp-request\",\"spx\":\"audio/ogg\",\"sql\":\"application/sql\",\"src\":\"application/x-wais-source\",\"srt\":\"application/x-subrip\",\"sru\":\"application/sru+xml\",\"srx\":\"application/sparql-results+xml\",\"ssdl\":\"application/ssdl+xml\",\"sse\":\"application/vnd.kodak-descriptor\",\"ssf\":\"application/vnd.epson.ssf\",\"ssml\":\"application/ssml+xml\",\"st\":\"application/vnd.sailingtracker.track\",\"stc\":\"application/vnd.sun.xml.calc.template\",\"std\":\"application/vnd.sun.xml.draw.template\",\"step\":\"model/step\",\"stf\":\"application/vnd.wt.stf\",\"sti\":\"application/vnd.sun.xml.impress.template\",\"stk\":\"application/hyperstudio\",\"stl\":\"model/stl\",\"stp\":\"model/step\",\"stpnc\":\"model/step\",\"stpx\":\"model/step+xml\",\"stpxz\":\"model/step-xml+zip\",\"stpz\":\"model/step+zip\",\"str\":\"application/vnd.pg.format\",\"stw\":\"application/vnd.sun.xml.writer.template\",\"styl\":\"text/stylus\",\"stylus\":\"text/stylus\",\"sub\":\"text/vnd.dvb.subtitle\",\"sus\":\"application/vnd.sus-calendar\",\"susp\":\"application/vnd.sus-calendar\",\"sv4cpio\":\"application/x-sv4cpio\",\"sv4crc\":\"application/x-sv4crc\",\"svc\":\"application/vnd.dvb.service\",\"svd\":\"application/vnd.svd\",\"svg\":\"image/svg+xml\",\"svgz\":\"image/svg+xml\",\"swa\":\"application/x-director\",\"swf\":\"application/x-shockwave-flash\",\"swi\":\"application/vnd.aristanetworks.swi\",\"swidtag\":\"application/swid+xml\",\"sxc\":\"application/vnd.sun.xml.calc\",\"sxd\":\"application/vnd.sun.xml.draw\",\"sxg\":\"application/vnd.sun.xml.writer.global\",\"sxi\":\"application/vnd.sun.xml.impress\",\"sxm\":\"application/vnd.sun.xml.math\",\"sxw\":\"application/vnd.sun.xml.writer\",\"t\":\"text/troff\",\"t3\":\"application/x-t3vm-image\",\"t38\":\"image/t38\",\"taglet\":\"application/vnd.mynfc\",\"tao\":\"application/vnd.tao.intent-module-archive\",\"tap\":\"image/vnd.tencent.tap\",\"tar\":\"application/x-tar\",\"tcap\":\"application/vnd.3gpp2.tcap\",\"tcl\":\"application/x-tcl\",\"td\":\"application/urc-targetdesc+xml\",\"teacher\":\"application/vnd.smart.teacher\",\"tei\":\"application/tei+xml\",\"teicorpus\":\"application/tei+xml\",\"tex\":\"application/x-tex\",\"texi\":\"application/x-texinfo\",\"texinfo\":\"application/x-texinfo\",\"text\":\"text/plain\",\"tfi\":\"application/thraud+xml\",\"tfm\":\"application/x-tex-tfm\",\"tfx\":\"image/tiff-fx\",\"tga\":\"image/x-tga\",\"thmx\":\"application/vnd.ms-officetheme\",\"tif\":\"image/tiff\",\"tiff\":\"image/tiff\",\"tk\":\"application/x-tcl\",\"tmo\":\"application/vnd.tmobile-livetv\",\"toml\":\"application/toml\",\"torrent\":\"application/x-bittorrent\",\"tpl\":\"application/vnd.groove-tool-template\",\"tpt\":\"application/vnd.trid.tpt\",\"tr\":\"text/troff\",\"tra\":\"application/vnd.trueapp\",\"trig\":\"application/trig\",\"trm\":\"application/x-msterminal\",\"ts\":\"video/mp2t\",\"tsd\":\"application/timestamped-data\",\"tsv\":\"text/tab-separated-values\",\"ttc\":\"font/collection\",\"ttf\":\"font/ttf\",\"ttl\":\"text/turtle\",\"ttml\":\"application/ttml+xml\",\"twd\":\"application/vnd.simtech-mindmapper\",\"twds\":\"application/vnd.simtech-mindmapper\",\"txd\":\"application/vnd.genomatix.tuxedo\",\"txf\":\"application/vnd.mobius.txf\",\"txt\":\"text/plain\",\"u32\":\"application/x-authorware-bin\",\"u3d\":\"model/u3d\",\"u8dsn\":\"message/global-delivery-status\",\"u8hdr\":\"message/global-headers\",\"u8mdn\":\"message/global-disposition-notification\",\"u8msg\":\"message/global\",\"ubj\":\"application/ubjson\",\"udeb\":\"application/x-debian-package\",\"ufd\":\"application/vnd.ufdl\",\"ufdl\":\"application/vnd.ufdl\",\"ulx\":\"application/x-glulx\",\"umj\":\"application/vnd.umajin\",\"unityweb\":\"application/vnd.unity\",\"uo\":\"application/vnd.uoml+xml\",\"uoml\":\"application/vnd.uoml+xml\",\"uri\":\"text/uri-list\",\"uris\":\"text/uri-list\",\"urls\":\"text/uri-list\",\"usda\":\"model/vnd.usda\",\"usdz\":\"model/vnd.usdz+zip\",\"ustar\":\"application/x-ustar\",\"utz\":\"application/vnd.uiq.theme\",\"uu\":\"text/x-uuencode\",\"uva\":\"audio/vnd.dece.audio\",\"uvd\":\"application/vnd.dece.data\",\"uvf\":\"application/vnd.dece.data\",\"uvg\":\"image/vnd.dece.graphic\",\"uvh\":\"video/vnd.dece.hd\",\"uvi\":\"image/vnd.dece.graphic\",\"uvm\":\"video/vnd.dece.mobile\",\"uvp\":\"video/vnd.dece.pd\",\"uvs\":\"video/vnd.dece.sd\",\"uvt\":\"application/vnd.dece.ttml+xml\",\"uvu\":\"video/vnd.uvvu.mp4\",\"uvv\":\"video/vnd.dece.video\",\"uvva\":\"audio/vnd.dece.audio\",\"uvvd\":\"application/vnd.dece.data\",\"uvvf\":\"application/vnd.dece.data\",\"uvvg\":\"image/vnd.dece.graphic\",\"uvvh\":\"video/vnd.dece.hd\",\"uvvi\":\"image/vnd.dece.graphic\",\"uvvm\":\"video/vnd.dece.mobile\",\"uvvp\":\"video/vnd.dece.pd\",\"uvvs\":\"video/vnd.dece.sd\",\"uvvt\":\"application/vnd.dece.ttml+xml\",\"uvvu\":\"video/vnd.uvvu.mp4\",\"uvvv\":\"video/vnd.dece.video\",\"uvvx\":\"application/vnd.dece.unspecified\",\"uvvz\":\"application/vnd.dece.zip\",\"uvx\":\"application/vnd.dece.unspecified\",\"uvz\":\"application/vnd.dece.zip\",\"vbox\":\"application/x-virtualbox-vbox\",\"vbox-extpack\":\"application/x-virtualbox-vbox-extpack\",\"vcard\":\"text/vcard\",\"vcd\":\"application/x-cdlink\",\"vcf\":\"text/x-vcard\",\"vcg\":\"application/vnd.groove-vcard\",\"vcs\":\"text/x-vcalendar\",\"vcx\":\"application/vnd.vcx\",\"vdi\":\"application/x-virtualbox-vdi\",\"vds\":\"model/vnd.sap.vds\",\"vdx\":\"application/vnd.ms-visio.viewer\",\"vhd\":\"application/x-virtualbox-vhd\",\"vis\":\"application/vnd.visionary\",\"viv\":\"video/vnd.vivo\",\"vmdk\":\"application/x-virtualbox-vmdk\",\"vob\":\"video/x-ms-vob\",\"vor\":\"application/vnd.stardivision.writer\",\"vox\":\"application/x-authorware-bin\",\"vrml\":\"model/vrml\",\"vsd\":\"application/vnd.visio\",\"vsdx\":\"application/vnd.visio\",\"vsf\":\"application/vnd.vsf\",\"vss\":\"application/vnd.visio\",\"vst\":\"application/vnd.visio\",\"vsw\":\"application/vnd.visio\",\"vtf\":\"image/vnd.valve.source.texture\",\"vtt\":\"text/vtt\",\"vtu\":\"model/vnd.vtu\",\"vtx\":\"application/vnd.visio\",\"vxml\":\"application/voicexml+xml\",\"w3d\":\"application/x-director\",\"wad\":\"application/x-doom\",\"wadl\":\"application/vnd.sun.wadl+xml\",\"war\":\"application/java-archive\",\"wasm\":\"application/wasm\",\"wav\":\"audio/wav\",\"wax\":\"audio/x-ms-wax\",\"wbmp\":\"image/vnd.wap.wbmp\",\"wbs\":\"application/vnd.criticaltools.wbs+xml\",\"wbxml\":\"application/vnd.wap.wbxml\",\"wcm\":\"application/vnd.ms-works\",\"wdb\":\"application/vnd.ms-works\",\"wdp\":\"image/vnd.ms-photo\",\"weba\":\"audio/webm\",\"webapp\":\"application/x-web-app-manifest+json\",\"webm\":\"video/webm\",\"webmanifest\":\"application/manifest+json\",\"webp\":\"image/webp\",\"wg\":\"application/vnd.pmi.widget\",\"wgsl\":\"text/wgsl\",\"wgt\":\"application/widget\",\"wif\":\"application/watcherinfo+xml\",\"wks\":\"application/vnd.ms-works\",\"wm\":\"video/x-ms-wm\",\"wma\":\"audio/x-ms-wma\",\"wmd\":\"application/x-ms-wmd\",\"wmf\":\"image/wmf\",\"wml\":\"text/vnd.wap.wml\",\"wmlc\":\"application/vnd.wap.wmlc\",\"wmls\":\"text/vnd.wap.wmlscript\",\"wmlsc\":\"application/vnd.wap.wmlscriptc\",\"wmv\":\"video/x-ms-wmv\",\"wmx\":\"video/x-ms-wmx\",\"wmz\":\"application/x-ms-wmz\",\"woff\":\"font/woff\",\"woff2\":\"font/woff2\",\"wpd\":\"application/vnd.wordperfect\",\"wpl\":\"application/vnd.ms-wpl\",\"wps\":\"application/vnd.ms-works\",\"wqd\":\"application/vnd.wqd\",\"wri\":\"application/x-mswrite\",\"wrl\":\"model/vrml\",\"wsc\":\"message/vnd.wfa.wsc\",\"wsdl\":\"application/wsdl+xml\",\"wspolicy\":\"application/wspolicy+xml\",\"wtb\":\"application/vnd.webturbo\",\"wvx\":\"video/x-ms-wvx\",\"x32\":\"application/x-authorware-bin\",\"x3d\":\"model/x3d+xml\",\"x3db\":\"model/x3d+fastinfoset\",\"x3dbz\":\"model/x3d+binary\",\"x3dv\":\"model/x3d-vrml\",\"x3dvz\":\"model/x3d+vrml\",\"x3dz\":\"model/x3d+xml\",\"x_b\":\"model/vnd.parasolid.transmit.binary\",\"x_t\":\"model/vnd.parasolid.transmit.text\",\"xaml\":\"application/xaml+xml\",\"xap\":\"application/x-silverlight-app\",\"xar\":\"application/vnd.xara\",\"xav\":\"application/xcap-att+xml\",\"xbap\":\"application/x-ms-xbap\",\"xbd\":\"application/vnd.fujixerox.docuworks.binder\",\"xbm\":\"image/x-xbitmap\",\"xca\":\"application/xcap-caps+xml\",\"xcs\":\"application/calendar+xml\",\"xdcf\":\"application/vnd.gov.sk.xmldatacontainer+xml\",\"xdf\":\"application/xcap-diff+xml\",\"xdm\":\"application/vnd.syncml.dm+xml\",\"xdp\":\"application/vnd.adobe.xdp+xml\",\"xdssc\":\"application/dssc+xml\",\"xdw\":\"application/vnd.fujixerox.docuworks\",\"xel\":\"application/xcap-el+xml\",\"xenc\":\"application/xenc+xml\",\"xer\":\"application/patch-ops-error+xml\",\"xfdf\":\"application/xfdf\",\"xfdl\":\"application/vnd.xfdl\",\"xht\":\"application/xhtml+xml\",\"xhtm\":\"application/vnd.pwg-xhtml-print+xml\",\"xhtml\":\"application/xhtml+xml\",\"xhvml\":\"application/xv+xml\",\"xif\":\"image/vnd.xiff\",\"xla\":\"application/vnd.ms-excel\",\"xlam\":\"application/vnd.ms-excel.addin.macroenabled.12\",\"xlc\":\"application/vnd.ms-excel\",\"xlf\":\"application/xliff+xml\",\"xlm\":\"application/vnd.ms-excel\",\"xls\":\"application/vnd.ms-excel\",\"xlsb\":\"application/vnd.ms-excel.sheet.binary.macroenabled.12\",\"xlsm\":\"application/vnd.ms-excel.sheet.macroenabled.12\",\"xlsx\":\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\",\"xlt\":\"application/vnd.ms-excel\",\"xltm\":\"application/vnd.ms-excel.template.macroenabled.12\",\"xltx\":\"application/vnd.openxmlformats-officedocument.spreadsheetml.template\",\"xlw\":\"application/vnd.ms-excel\",\"xm\":\"audio/xm\",\"xml\":\"application/xml\",\"xns\":\"application/xcap-ns+xml\",\"xo\":\"application/vnd.olpc-sugar\",\"xop\":\"application/xop+xml\",\"xpi\":\"application/x-xpinstall\",\"xpl\":\"application/xproc+xml\",\"xpm\":\"image/x-xpixmap\",\"xpr\":\"application/vnd.is-xpr\",\"xps\":\"application/vnd.ms-xpsdocument\",\"xpw\":\"application/vnd.intercon.formnet\",\"xpx\":\"application/vnd.intercon.formnet\",\"xsd\":\"application/xml\",\"xsf\":\"application/prs.xsf+xml\",\"xsl\":\"application/xml\",\"xslt\":\"application/xslt+xml\",\"xsm\":\"application/vnd.syncml+xml\",\"xspf\":\"application/xspf+xml\",\"xul\":\"application/vnd.mozilla.xul+xml\",\"xvm\":\"application/xv+xml\",\"xvml\":\"application/xv+xml\",\"xwd\":\"image/x-xwindowdump\",\"xyz\":\"chemical/x-xyz\",\"xz\":\"application/x-xz\",\"yaml\":\"text/yaml\",\"yang\":\"application/yang\",\"yin\":\"application/yin+xml\",\"yml\":\"text/yaml\",\"ymp\":\"text/x-suse-ymp\",\"z1\":\"application/x-zmachine\",\"z2\":\"application/x-zmachine\",\"z3\":\"application/x-zmachine\",\"z4\":\"application/x-zmachine\",\"z5\":\"application/x-zmachine\",\"z6\":\"application/x-zmachine\",\"z7\":\"application/x-zmachine\",\"z8\":\"application/x-zmachine\",\"zaz\":\"application/vnd.zzazz.deck+xml\",\"zip\":\"application/zip\",\"zir\":\"application/vnd.zul\",\"zirz\":\"application/vnd.zul\",\"zmm\":\"application/vnd.handheld-entertainment+xml\"}")))

;// CONCATENATED MODULE: ./src/inventory/media-types.ts
// Media types by extension: the field's formats first (DECISIONS.md, "Inventory"), then the
// general table of `mime-types`, then application/octet-stream. Users override by pattern.
// The general table is mime-types' own, written out at build time (scripts/compile-media-types.mjs):
// building it costs several milliseconds, which no run should pay on start.


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
const ZARR = 'application/vnd+zarr';
/** The media type of a root-relative path (`/` separators). Overrides are tried in order. */
function mediaTypeOf(path, overrides = []) {
    for (const override of overrides) {
        if ((0,esm/* minimatch */.xF)(path, override.pattern, { dot: true, nocomment: true, nonegate: true })) {
            return override.mediaType;
        }
    }
    return mediaTypeByName(path);
}
/** Types found so far, by the name from its first dot on (the only part the answer reads). */
const bySuffix = new Map();
/**
 * The media type of a root-relative path by its name alone: a file inside a Zarr store is the
 * store's; otherwise the longest of the field's suffixes the lower-case name ends with, then
 * mime-types' type for its extension (a name that is all suffix, `.md`, counts), then
 * application/octet-stream.
 */
function mediaTypeByName(path) {
    // A name before `.zarr/`, said as: the character before it is not a separator.
    if (/[^/]\.zarr\//i.test(path))
        return ZARR;
    const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    const dot = name.indexOf('.', 1);
    if (dot < 0 && !name.startsWith('.'))
        return OCTET_STREAM;
    const suffix = dot < 0 ? name : name.slice(dot);
    let type = bySuffix.get(suffix);
    if (type === undefined) {
        let longest = '';
        for (const [ending, mediaType] of FIELD_FORMATS) {
            if (name.endsWith(ending) && ending.length > longest.length) {
                longest = ending;
                type = mediaType;
            }
        }
        type ??= BY_EXTENSION.get(name.slice(name.lastIndexOf('.') + 1)) ?? OCTET_STREAM;
        bySuffix.set(suffix, type);
    }
    return type;
}


/***/ })

};
