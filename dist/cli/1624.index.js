export const id = 1624;
export const ids = [1624];
export const modules = {

/***/ 6847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDiff: () => (/* binding */ runDiff)
/* harmony export */ });
/* unused harmony export diffHelpText */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _documents_json_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(428);
/* harmony import */ var _model_printable_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9498);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5377);
// `kfm-gen-promotion-manifest diff OLD NEW`: what changed from one promoted version to another.
// Exit 0 when compared (with --exit-code, 1 when they differ, as `git diff --exit-code`); 2 on a
// usage error or an input that cannot be read or is not a v1 manifest, so that an error is never
// taken for "they differ".





const FLAGS = {
    json: { type: 'boolean' },
    'exit-code': { type: 'boolean' },
    'old-root': { type: 'string' },
    'new-root': { type: 'string' },
    help: { type: 'boolean' }
};
function diffHelpText() {
    return [
        'Usage: kfm-gen-promotion-manifest diff OLD NEW [--json] [--exit-code]',
        '       [--old-root DIR] [--new-root DIR]',
        '',
        'Compares two promotion manifests (v1): version, spec hash, released_at; artifacts and',
        'catalogs added, removed and changed; QA status; policy label (a lowered label is marked);',
        "approvals; and the extent and licence of each side's STAC collection, found among the",
        'catalog files the manifest lists, under its root, when they are there with their digests.',
        'Exit 0: compared; 1: they differ (with --exit-code only); 2: usage error or unreadable input.',
        '',
        '  --json            Print the diff as JSON (schemas/manifest_diff_v1.schema.json).',
        '  --exit-code       Exit 1 when the manifests differ, as git diff --exit-code does.',
        "  --old-root DIR    The root OLD's paths are relative to. Default: OLD's folder.",
        "  --new-root DIR    The root NEW's paths are relative to. Default: NEW's folder.",
        '  --help            Show this help.'
    ].join('\n');
}
function usage(io, message) {
    io.stderr(`${message}\nRun diff --help for the options.`);
    return _flags_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.usage;
}
async function runDiff(argv, io) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({ args: [...argv], options: FLAGS, strict: true, allowPositionals: true });
    }
    catch (error) {
        const { tokens } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({ args: [...argv], options: FLAGS, strict: false, tokens: true });
        const unknown = tokens.find((t) => t.kind === 'option' && !Object.hasOwn(FLAGS, t.name));
        return usage(io, unknown?.kind === 'option'
            ? (0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .unknownFlagMessage */ .oG)((0,_model_printable_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g$)(unknown.rawName), Object.keys(FLAGS))
            : `error: ${error instanceof Error ? (0,_model_printable_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g$)(error.message) : String(error)}`);
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout(diffHelpText());
        return _flags_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.pass;
    }
    if (positionals.length !== 2)
        return usage(io, `error: diff takes two manifests, OLD and NEW (${positionals.length} given)`);
    const [oldFile, newFile] = positionals;
    const place = (file, root) => ({
        manifest: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, file),
        root: {
            absolute: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, root ?? node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(file)),
            shown: root ?? (node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(file) || '.')
        }
    });
    const { readDiffSide } = await __webpack_require__.e(/* import() */ 5975).then(__webpack_require__.bind(__webpack_require__, 5975));
    const { diffManifests, ManifestDiffError } = await Promise.all(/* import() */[__webpack_require__.e(3310), __webpack_require__.e(6161), __webpack_require__.e(7473)]).then(__webpack_require__.bind(__webpack_require__, 7473));
    try {
        const old = place(oldFile, values['old-root']);
        const now = place(newFile, values['new-root']);
        const [oldSide, newSide] = await Promise.all([
            readDiffSide(old.manifest, oldFile, old.root),
            readDiffSide(now.manifest, newFile, now.root)
        ]);
        const diff = diffManifests(oldSide.manifest, newSide.manifest, {
            ...collections(oldSide.collection, newSide.collection),
            sizeOf: (side, relative) => (side === 'old' ? oldSide : newSide).sizeOf(relative)
        });
        if (values.json)
            io.stdout((0,_model_printable_js__WEBPACK_IMPORTED_MODULE_3__/* .printableJson */ .et)(diff));
        else {
            const { diffLines } = await __webpack_require__.e(/* import() */ 1405).then(__webpack_require__.bind(__webpack_require__, 1405));
            for (const line of diffLines(diff))
                io.stdout(line);
        }
        return values['exit-code'] && diff.differ ? _flags_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.violation : _flags_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.pass;
    }
    catch (error) {
        if (error instanceof _documents_json_document_js__WEBPACK_IMPORTED_MODULE_2__/* .DocumentError */ .Mi) {
            io.stderr(`error: ${(0,_model_printable_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g$)(error.message)}`);
            return _flags_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.usage;
        }
        if (error instanceof ManifestDiffError) {
            const file = error.message.startsWith('the old') ? oldFile : newFile;
            io.stderr(`error: ${(0,_model_printable_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g$)(file)}: ${(0,_model_printable_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g$)(error.message)}`);
            return _flags_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.usage;
        }
        throw error;
    }
}
/** The collections to compare, or why the part is left out. */
function collections(old, now) {
    if ('value' in old && 'value' in now)
        return {
            oldCollection: old.value,
            newCollection: now.value,
            oldCollectionPath: old.path,
            newCollectionPath: now.path
        };
    const why = [
        'missing' in old ? `old side: ${old.missing}` : undefined,
        'missing' in now ? `new side: ${now.missing}` : undefined
    ].filter(Boolean);
    return { collectionMissing: `extent and licence left out; ${why.join('; ')}` };
}


/***/ }),

/***/ 8502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fx: () => (/* binding */ pointerSize),
/* harmony export */   Px: () => (/* binding */ FETCH_CONTENT),
/* harmony export */   jR: () => (/* binding */ describePointer),
/* harmony export */   qZ: () => (/* binding */ LFS_POINTER_LIMIT),
/* harmony export */   sk: () => (/* binding */ pointerDigest),
/* harmony export */   wd: () => (/* binding */ lfsPointerOf)
/* harmony export */ });
// Git LFS pointers, recognised as the git-lfs client reads them (lfs/pointer.go, DecodeFrom): a
// file under 1024 bytes whose text, trimmed of white space, is `version <v1 URL>`, then any
// `ext-<digit>-<name> <value>` lines, then `oid sha256:<hex>` and `size <n>`, one `key value` per
// line, empty lines skipped. Anything else, however close (another version, a short oid, a size
// that is not a number, 1024 bytes or more), is an ordinary file: git-lfs would check it out as
// it is, so the gate hashes it as it is. DECISIONS.md, "Git LFS".
/** git-lfs reads at most this many bytes as a pointer; a blob this size or larger is content. */
const LFS_POINTER_LIMIT = 1024;
/** The version URLs git-lfs accepts for the v1 pointer format (its v1Aliases). */
const V1_VERSIONS = new Set([
    'https://git-lfs.github.com/spec/v1',
    'https://hawser.github.com/spec/v1',
    'http://git-media.io/v/2'
]);
/** The first bytes of every pointer git-lfs writes: a cheap test before any parsing. */
const VERSION_KEY = Buffer.from('version ');
/** ASCII white space as Go's bytes.TrimSpace trims it (tab, LF, VT, FF, CR, space). */
const isSpace = (byte) => byte === 0x20 || (byte !== undefined && byte >= 0x09 && byte <= 0x0d);
/** An extension line's key (extRE in pointer.go). */
const EXTENSION_KEY = /^ext-\d-\w+$/;
/** A digest the manifest can carry: git-lfs writes lowercase hex, the product's notation too. */
const OID = /^sha256:([0-9a-f]{64})$/;
const INT64_MAX = 2n ** 63n - 1n;
/** Go's bytes.TrimSpace: ASCII white space at both ends (the pointer text is ASCII). */
function trimmed(text) {
    return text.replace(/^[\t\n\v\f\r ]+|[\t\n\v\f\r ]+$/g, '');
}
/** A `size` value as strconv.ParseInt(value, 10, 64) takes it, when it is not negative. */
function sizeOf(value) {
    if (!/^\+?[0-9]+$/.test(value))
        return undefined;
    const size = BigInt(value.replace(/^\+/, ''));
    return size <= INT64_MAX ? size.toString() : undefined;
}
/** The `key value` lines of a pointer in order, or undefined when a line is not one. */
function keyValues(text) {
    const pairs = [];
    // bufio.ScanLines: lines end at \n, a \r before it is dropped; empty lines are skipped.
    for (const raw of trimmed(text).split('\n')) {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (line === '')
            continue;
        const space = line.indexOf(' ');
        if (space < 0)
            return undefined;
        pairs.push([line.slice(0, space), line.slice(space + 1)]);
    }
    return pairs;
}
/** The pointer these bytes are, or undefined when git-lfs would take them as content. */
function lfsPointerOf(bytes) {
    if (bytes.length >= LFS_POINTER_LIMIT)
        return undefined;
    // Asked of every small file hashed: most are refused by their first byte, before any work.
    if (bytes[0] !== VERSION_KEY[0] && !isSpace(bytes[0]))
        return undefined;
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    // Leading white space is trimmed by git-lfs; without it the text starts with `version `.
    const start = buffer.findIndex((byte) => !isSpace(byte));
    if (start < 0 || !buffer.subarray(start, start + VERSION_KEY.length).equals(VERSION_KEY))
        return undefined;
    const pairs = keyValues(buffer.toString('latin1'));
    if (!pairs)
        return undefined;
    const keys = pairs.map(([key]) => key);
    const extensions = keys.slice(1, -2);
    if (keys.length < 3 ||
        keys[0] !== 'version' ||
        keys.at(-2) !== 'oid' ||
        keys.at(-1) !== 'size' ||
        !extensions.every((key) => EXTENSION_KEY.test(key)) ||
        new Set(extensions).size !== extensions.length)
        return undefined;
    const values = new Map(pairs);
    const oid = OID.exec(values.get('oid'))?.[1];
    const size = sizeOf(values.get('size'));
    if (!V1_VERSIONS.has(values.get('version')) || !oid || size === undefined)
        return undefined;
    return { oid, size };
}
/** The digest a pointer names, in the product's notation. */
function pointerDigest(pointer) {
    return `sha256:${pointer.oid}`;
}
/** The pointer's size as a number, when it is one exactly (a file under 8 PiB). */
function pointerSize(pointer) {
    const size = Number(pointer.size);
    return Number.isSafeInteger(size) ? size : undefined;
}
/** How a pointer is named in messages: its oid and size. */
function describePointer(pointer) {
    return `oid sha256:${pointer.oid}, size ${pointer.size} bytes`;
}
/** What to do about a pointer where content is needed: the sentence every message ends with. */
const FETCH_CONTENT = 'check out with lfs: true (actions/checkout), or run git lfs pull, so the content is there';


/***/ })

};
