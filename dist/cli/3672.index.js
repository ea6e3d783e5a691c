export const id = 3672;
export const ids = [3672];
export const modules = {

/***/ 3672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HashPool: () => (/* binding */ HashPool),
  gZ: () => (/* binding */ hashAll)
});

// UNUSED EXPORTS: BATCH, HashOutcomes, WORKER_FILE, batchesOf

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
// EXTERNAL MODULE: ./src/model/lfs-pointer.ts
var lfs_pointer = __webpack_require__(8502);
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
function hashFile(file, buffer, digests, sizes, at, 
/** Told of a file that is a Git LFS pointer: only a file read whole can be one. */
onPointer) {
    let fd;
    try {
        // Non-blocking: opening a named pipe must not wait for a writer; fstat then refuses it.
        fd = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
        const before = (0,external_node_fs_.fstatSync)(fd);
        if (!before.isFile())
            return before.isDirectory() ? 'EISDIR' : 'ENOTFILE';
        const whole = before.size < buffer.length;
        const step = Math.min(STREAM_READ, buffer.length);
        const first = (0,external_node_fs_.readSync)(fd, buffer, 0, whole ? buffer.length : step, null);
        // Read whole in one call: the bytes are the file as it was at that instant; asking again
        // could only show a change made after hashing, which no check can rule out. One-shot
        // hashing spares a Hash object per file, which for small files is most of the work.
        if (whole && first === before.size) {
            digests[at] = `sha256:${(0,external_node_crypto_.hash)('sha256', buffer.subarray(0, first), 'hex')}`;
            sizes[at] = first;
            // The bytes just hashed: a pointer is known from the same read as its digest.
            const pointer = first < lfs_pointer/* LFS_POINTER_LIMIT */.qZ ? (0,lfs_pointer/* lfsPointerOf */.wd)(buffer.subarray(0, first)) : undefined;
            if (pointer)
                onPointer?.(at, pointer);
            return undefined;
        }
        const running = (0,external_node_crypto_.createHash)('sha256');
        let size = 0;
        for (let read = first; read > 0; read = (0,external_node_fs_.readSync)(fd, buffer, 0, step, null)) {
            running.update(buffer.subarray(0, read));
            size += read;
        }
        const after = (0,external_node_fs_.fstatSync)(fd);
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
            (0,external_node_fs_.closeSync)(fd);
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
    const found = [];
    const onPointer = (at, pointer) => void found.push([at, pointer]);
    const hashOne = (at) => hashFile(files[at], buffer, digests, sizes, at, onPointer);
    let [start, end] = [0, 0];
    if (from === 'first') {
        for (; end < files.length && claim(id + end); end++)
            codes[end] = hashOne(end);
    }
    else {
        ;
        [start, end] = [files.length, files.length];
        for (; start > 0 && claim(id + start - 1); start--)
            codes[start - 1] = hashOne(start - 1);
    }
    if (start === end)
        return undefined;
    const errors = [];
    for (let index = start; index < end; index++)
        if (codes[index] !== undefined)
            errors.push([index - start, codes[index]]);
    const pointers = found.map(([at, pointer]) => [at - start, pointer]);
    const lfs = pointers.length > 0 ? { pointers } : {};
    if (start === 0 && end === files.length) {
        // A batch with a pointer is listed from its entries, where the run's lfs mode decides.
        const part = listing && pointers.length === 0 && batchPart(files, listing, digests, sizes);
        return { id, digests, sizes, errors, part: part || undefined, ...lfs };
    }
    return {
        id: id + start,
        digests: digests.slice(start, end),
        sizes: sizes.slice(start, end),
        errors,
        ...lfs
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
    /** The files that are Git LFS pointers, by index, with what each names. */
    pointers = new Map();
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
            for (const [index, pointer] of run.pointers ?? [])
                this.pointers.set(run.id + index, pointer);
            this.sizes.set(run.sizes, run.id);
            for (let at = 0; at < run.sizes.length; at++)
                this.digests[run.id + at] = run.digests[at];
        }
        if (next !== count)
            throw new Error(`bug: hashing results do not cover file ${next}`);
        // With a pointer among the files, the list is made from entries, where the lfs mode decides.
        this.listParts =
            count > 0 && this.pointers.size === 0 ? this.partsOf(runs, submissions) : undefined;
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
        if (digest === undefined)
            return { error: this.errorOf(index) };
        const pointer = this.pointers.get(index);
        return pointer
            ? { digest, size: this.sizes[index], pointer }
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


/***/ })

};
