export const id = 8258;
export const ids = [8258,8502];
export const modules = {

/***/ 2726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bi: () => (/* binding */ MAX_DOCUMENT_BYTES),
  eo: () => (/* binding */ bytesAgain),
  c4: () => (/* binding */ headBytes),
  h9: () => (/* binding */ readDocumentBytes)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/model/digest.ts
var model_digest = __webpack_require__(5305);
// EXTERNAL MODULE: ./src/model/lfs-pointer.ts
var lfs_pointer = __webpack_require__(8502);
// EXTERNAL MODULE: ./src/model/paths.ts
var paths = __webpack_require__(1933);
// EXTERNAL MODULE: ./src/documents/document-error.ts
var document_error = __webpack_require__(8902);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/model/nearest.ts
var nearest = __webpack_require__(9179);
;// CONCATENATED MODULE: ./src/documents/path-hint.ts
// "Did you mean …?" for an input document's path that names nothing. Two mistakes are common:
// the path written relative to the dataset root (`qa/report.json` with root `datasets/x`), when
// document paths are relative to the workspace, as patterns are relative to the root; and a file
// name in another letter case or with a typo. Only a guess that names a file is offered, and each
// costs at most one stat or one directory listing, taken only when the path names nothing.



const isFile = (absolute) => (0,external_node_fs_.statSync)(absolute, { throwIfNoEntry: false })?.isFile() === true;
/**
 * The one file of the directory `typed` may have meant: another letter case, or a near spelling
 * (meantName). A directory larger than SPELLING_ENTRIES gets no guess at all, not even of case.
 */
function nearFile(directory, typed) {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(directory);
    }
    catch {
        return undefined;
    }
    if (names.length > nearest/* SPELLING_ENTRIES */.m6)
        return undefined;
    const meant = (0,nearest/* meantName */.d5)(typed, names, true)?.name;
    return meant !== undefined && isFile(external_node_path_default().join(directory, meant)) ? meant : undefined;
}
/**
 * The sentence for a document path that names nothing: what to check and, when a file is near,
 * "did you mean" it. `shown` is the path as messages show it (workspace-relative); `input` names
 * the input in the sentence ("the spec input"), or is left out.
 */
function missingDocumentSentence(absolute, shown, root, input = 'the path') {
    if (root && root.path !== '.' && !external_node_path_default().isAbsolute(shown)) {
        const underRoot = external_node_path_default().join(root.absolute, shown);
        if (isFile(underRoot))
            return `${shown} does not exist; did you mean ${external_node_path_default().posix.join(root.path, shown)}? Document paths are relative to the workspace, not to the dataset root (${root.path})`;
    }
    const near = nearFile(external_node_path_default().dirname(absolute), external_node_path_default().basename(absolute));
    if (near !== undefined) {
        const meant = external_node_path_default().isAbsolute(shown)
            ? external_node_path_default().join(external_node_path_default().dirname(shown), near)
            : external_node_path_default().posix.join(external_node_path_default().posix.dirname(shown), near);
        return `${shown} does not exist; did you mean ${meant}?`;
    }
    return `${shown} does not exist; check ${input} (it is relative to the workspace)`;
}

;// CONCATENATED MODULE: ./src/documents/document-bytes.ts
// The bytes of an input document, read safely: a regular file only (a named pipe cannot stall the
// run), at most MAX_DOCUMENT_BYTES however it grows while read, never a Git LFS pointer, and with
// `confine`, really inside the workspace rather than linked in from elsewhere.







/** Input documents (reports, decisions, catalogs) are small; a larger one is refused, not parsed. */
const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;
/**
 * The rest of an open file, however long it is by the time it is read: a file that grows past
 * the limit while it is read is refused like one that was already too large.
 */
function readWhole(fd, size, path) {
    const chunks = [];
    let total = 0;
    let buffer = Buffer.allocUnsafe(Math.max(size, 1) + 1);
    for (;;) {
        const read = (0,external_node_fs_.readSync)(fd, buffer, 0, buffer.length, null);
        if (read === 0)
            break;
        chunks.push(buffer.subarray(0, read));
        total += read;
        if (total > MAX_DOCUMENT_BYTES)
            throw new document_error/* DocumentError */.M(path, `${path} grew past the ${MAX_DOCUMENT_BYTES}-byte limit for input documents while it was read; make sure nothing writes it during the run`);
        if (read === buffer.length)
            buffer = Buffer.allocUnsafe(64 * 1024);
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}
/**
 * The bytes of a regular file of at most MAX_DOCUMENT_BYTES, read through one descriptor.
 * Synchronous: a small document costs four system calls here, against four round trips through
 * libuv's thread pool (20,000 STAC items: 1.35 s → see the bench). Non-blocking open, so a named
 * pipe is refused by fstat instead of waiting for a writer.
 */
function readRegularFile(absolutePath, path) {
    const fd = (0,external_node_fs_.openSync)(absolutePath, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    try {
        const info = (0,external_node_fs_.fstatSync)(fd);
        if (!info.isFile())
            throw new document_error/* DocumentError */.M(path, `${path} is not a regular file; name a file`);
        if (info.size > MAX_DOCUMENT_BYTES) {
            throw new document_error/* DocumentError */.M(path, `${path} is ${info.size} bytes, over the ${MAX_DOCUMENT_BYTES}-byte limit for input documents; reference large content by digest instead`);
        }
        return readWhole(fd, info.size, path);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * The first `limit` bytes of a regular file, or undefined when it cannot be read: what a document
 * refused unread (too large) still says, for a report to link what it explains. Never evidence
 * for a verdict.
 */
function headBytes(absolutePath, limit) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(absolutePath, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
        if (!(0,external_node_fs_.fstatSync)(fd).isFile())
            return undefined;
        const buffer = Buffer.allocUnsafe(limit);
        return buffer.subarray(0, (0,external_node_fs_.readSync)(fd, buffer, 0, limit, 0));
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * The bytes, unless they are a Git LFS pointer: a document the gate reads is never taken from a
 * pointer, whatever the lfs mode (docs/decisions.md, "Git LFS").
 */
function notAPointer(bytes, path) {
    const pointer = (0,lfs_pointer/* lfsPointerOf */.wd)(bytes);
    if (!pointer)
        return bytes;
    const message = `${path} is a Git LFS pointer (${(0,lfs_pointer/* describePointer */.jR)(pointer)}), not the document it stands for; the gate reads it, so it is never taken from a pointer: ${lfs_pointer/* FETCH_CONTENT */.Px}`;
    throw new document_error/* DocumentError */.M(path, message, undefined, false, pointer);
}
/**
 * The bytes of an input document, read through one descriptor: only a regular file (opened
 * without blocking, so a named pipe cannot stall the run), at most MAX_DOCUMENT_BYTES, and, with
 * `confine`, one that really is inside that directory rather than linked in from elsewhere.
 */
async function readDocumentBytes(absolutePath, path, { input, confine, root } = {}) {
    try {
        if (confine !== undefined) {
            const [real, realRoot] = await Promise.all([(0,promises_.realpath)(absolutePath), (0,promises_.realpath)(confine)]);
            if (!(0,paths/* isInside */.FK)(realRoot, real))
                throw new document_error/* DocumentError */.M(path, `${path} is a symbolic link out of the workspace (to ${real}); input documents must be files in the workspace, so copy it in`);
        }
        return notAPointer(readRegularFile(absolutePath, path), path);
    }
    catch (error) {
        if (error instanceof document_error/* DocumentError */.M)
            throw error;
        const code = error.code;
        // Absent means nothing there at all: a link to nothing is a file that cannot be read.
        const absent = code === 'ENOENT' && (0,external_node_fs_.lstatSync)(absolutePath, { throwIfNoEntry: false }) === undefined;
        throw new document_error/* DocumentError */.M(path, code !== 'ENOENT'
            ? `${path} cannot be read (${code ?? String(error)})`
            : absent
                ? missingDocumentSentence(absolutePath, path, root, input)
                : `${path} does not exist; check ${input ?? 'the path'} (it is relative to the workspace)`, undefined, absent);
    }
}
/**
 * A file's bytes read again, when they are still the bytes with `digest`; undefined when the file
 * changed, went, or cannot be read. For documents kept by the thousand (STAC items, a receipt of
 * every output), whose bytes and text a run of 100,000 artifacts could not keep in memory, and
 * which are wanted again only for a violation.
 */
function bytesAgain(absolutePath, digest) {
    let bytes;
    try {
        bytes = readRegularFile(absolutePath, absolutePath);
    }
    catch {
        // Gone or unreadable since: what was to be found in it is lost, never made up.
        return undefined;
    }
    return (0,model_digest/* sha256Digest */.sI)(bytes) === digest ? bytes : undefined;
}


/***/ }),

/***/ 8902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ DocumentError)
/* harmony export */ });
class DocumentError extends Error {
    path;
    line;
    absent;
    lfsPointer;
    constructor(path, message, line, 
    /** Nothing is at the path: for the one input whose absence means something (the base copy). */
    absent = false, 
    /** The file is a Git LFS pointer, not the document: gate E's LFS_POINTER says so. */
    lfsPointer) {
        super(message);
        this.path = path;
        this.line = line;
        this.absent = absent;
        this.lfsPointer = lfsPointer;
    }
}


/***/ }),

/***/ 2321:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U4: () => (/* binding */ DOCUMENT_ARRAY),
/* harmony export */   c0: () => (/* binding */ DOCUMENT_OBJECT),
/* harmony export */   gV: () => (/* binding */ ownPropertiesOnly)
/* harmony export */ });
// The prototypes a parsed document's objects and arrays get, so that a reader sees a document's
// own properties only, whatever someone set on Object.prototype in the reading process.
/** Object.prototype's own methods a reader may call on a document's object; nothing else. */
const OBJECT_METHODS = [
    'constructor',
    'hasOwnProperty',
    'isPrototypeOf',
    'propertyIsEnumerable',
    'toLocaleString',
    'toString',
    'valueOf'
];
/**
 * The prototypes a document's objects and arrays get: the standard methods, copied when this
 * module loads, on a chain that never reaches Object.prototype. A property someone set on
 * Object.prototype or Array.prototype in the reading process (`status: 'pass'`, a `toJSON` that
 * rewrites what is hashed) is then not a property of any document: readers see own properties
 * only, wherever they read.
 */
function documentPrototype(from, names) {
    const prototype = Object.create(null);
    for (const name of names) {
        const descriptor = Object.getOwnPropertyDescriptor(from, name);
        // Methods only: a data property here was put there by someone else.
        if (descriptor && typeof descriptor.value === 'function' && name !== 'toJSON')
            Object.defineProperty(prototype, name, { ...descriptor, enumerable: false });
    }
    return Object.freeze(prototype);
}
const DOCUMENT_OBJECT = documentPrototype(Object.prototype, OBJECT_METHODS);
const DOCUMENT_ARRAY = documentPrototype(Array.prototype, Reflect.ownKeys(Array.prototype));
/**
 * Gives every object and array of a parsed value the document prototypes (DOCUMENT_OBJECT,
 * DOCUMENT_ARRAY), without recursion; returns the value. For values parsed here (JSON, YAML),
 * whose objects are fresh and plain.
 */
function ownPropertiesOnly(value) {
    const nodes = [value];
    while (nodes.length > 0) {
        const node = nodes.pop();
        if (node === null || typeof node !== 'object')
            continue;
        if (Array.isArray(node)) {
            Object.setPrototypeOf(node, DOCUMENT_ARRAY);
            for (let i = 0; i < node.length; i++)
                nodes.push(node[i]);
        }
        else {
            Object.setPrototypeOf(node, DOCUMENT_OBJECT);
            for (const key of Object.keys(node))
                nodes.push(node[key]);
        }
    }
    return value;
}


/***/ }),

/***/ 8258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E_: () => (/* binding */ readJsonDocument),
/* harmony export */   Mi: () => (/* reexport safe */ _document_error_js__WEBPACK_IMPORTED_MODULE_4__.M),
/* harmony export */   T8: () => (/* binding */ jsonDocumentOf),
/* harmony export */   _6: () => (/* reexport safe */ _utf8_text_js__WEBPACK_IMPORTED_MODULE_6__._),
/* harmony export */   gV: () => (/* reexport safe */ _document_prototypes_js__WEBPACK_IMPORTED_MODULE_5__.gV),
/* harmony export */   h9: () => (/* reexport safe */ _document_bytes_js__WEBPACK_IMPORTED_MODULE_1__.h9),
/* harmony export */   lk: () => (/* reexport safe */ _strict_json_js__WEBPACK_IMPORTED_MODULE_3__.lk),
/* harmony export */   rE: () => (/* reexport safe */ _strict_json_js__WEBPACK_IMPORTED_MODULE_3__.rE)
/* harmony export */ });
/* harmony import */ var _model_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5305);
/* harmony import */ var _document_bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2726);
/* harmony import */ var _line_finders_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4374);
/* harmony import */ var _strict_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1548);
/* harmony import */ var _document_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8902);
/* harmony import */ var _document_prototypes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2321);
/* harmony import */ var _utf8_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5835);
// Reads a JSON input document the way a fail-closed gate needs it: bytes and digest exactly as on
// disk (document-bytes.ts), strict JSON (strict-json.ts: no BOM, no duplicate keys), and the line
// of any problem (line-finders.ts), so annotations land on the right line of a pull request's
// diff. The face the readers, gates and adapters import.









/** Reads and parses a JSON document; I/O and syntax problems come back as DocumentError. */
async function readJsonDocument(absolutePath, path, confine, root) {
    return jsonDocumentOf(path, await (0,_document_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .readDocumentBytes */ .h9)(absolutePath, path, { confine, root }));
}
/** A document's bytes parsed; syntax problems come back as DocumentError. */
function jsonDocumentOf(path, bytes) {
    const { value, text } = (0,_strict_json_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJsonText */ .lk)(path, bytes);
    return { path, bytes, digest: (0,_model_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .sI)(bytes), value, ...(0,_line_finders_js__WEBPACK_IMPORTED_MODULE_2__/* .textLines */ .F)(text) };
}


/***/ }),

/***/ 3377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ numberProblem)
/* harmony export */ });
// The one number rule of a spec, JSON or YAML: a number goes into spec_hash only when the double
// it reads as holds exactly what was written.
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
/** A decimal number, as JSON writes it or as YAML 1.2's core schema does (+1, .5 and 5. too). */
const DECIMAL = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
/** YAML 1.2 core schema's hexadecimal and octal integers. */
const RADIX_INTEGER = /^0x[0-9a-fA-F]+$|^0o[0-7]+$/;
/** YAML 1.2 core schema's infinities and not-a-number. */
const NOT_FINITE = /^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/;
/**
 * The one number rule of a spec, JSON or YAML: why the number written as `source` cannot go into
 * spec_hash, if it cannot. A number is accepted when the double it reads as holds what was
 * written: for a decimal, when the shortest text that reads back as that double has the same
 * digits and exponent (so 1e21, 9007199254740992, 1.5e300, -0, 1E+2 and 0.1 are accepted); for
 * YAML's 0x and 0o integers, when the double is that integer. A number that overflows, that is
 * an infinity or NaN, or whose digits a double drops is refused: two different specs would
 * otherwise have one spec_hash.
 */
function numberProblem(source) {
    if (NOT_FINITE.test(source))
        return `${source} is not a number JSON can represent (JSON has no infinity or NaN); quote it as a string, or write a finite number`;
    let value;
    let exact;
    if (RADIX_INTEGER.test(source)) {
        const integer = BigInt(source);
        value = Number(integer);
        exact = Number.isFinite(value) && BigInt(value) === integer;
    }
    else if (DECIMAL.test(source)) {
        value = Number(source);
        const [digits, exponent] = significand(source);
        const [shortest, shortestExponent] = significand(String(Math.abs(value)));
        exact = digits === shortest && exponent === shortestExponent;
    }
    else {
        return `the number ${source} is not written as JSON writes numbers; write it in decimal, or quote it as a string`;
    }
    if (!Number.isFinite(value))
        return `the number ${source} is too large for JSON's numbers; quote it as a string`;
    if (exact)
        return undefined;
    return `the number ${source} cannot be held exactly (it reads back as ${String(value)}); quote it as a string, or write it with fewer digits`;
}


/***/ }),

/***/ 4374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ textLines),
/* harmony export */   N: () => (/* binding */ rereadLines)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_lines_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4050);
/* harmony import */ var _document_bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2726);
// The line of a value or a text in a document, for a violation's line: built on the first
// question, or (rereadLines) from the file read again, for documents kept by the thousand.



/** The line finders of a text: its line table and syntax tree are built on the first question. */
function textLines(text) {
    let tree;
    const lineOfOffset = (0,_model_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .lineIndex */ .D)(text);
    return {
        lineOf: (location) => {
            tree ??= (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text);
            const node = tree && (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation)(tree, location);
            return node ? lineOfOffset(node.offset) : undefined;
        },
        lineOfText: (needle) => {
            const at = text.indexOf(needle);
            return at < 0 ? undefined : lineOfOffset(at);
        }
    };
}
const NO_LINES = { lineOf: () => undefined, lineOfText: () => undefined };
/**
 * Line finders that hold no text: the file is read again on the first question (bytesAgain), and
 * a file changed since gives no line, never a wrong one.
 */
function rereadLines(absolutePath, digest) {
    let finders;
    const load = () => {
        const bytes = finders ? undefined : (0,_document_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .bytesAgain */ .eo)(absolutePath, digest);
        finders ??= bytes ? textLines(bytes.toString('utf8')) : NO_LINES;
        return finders;
    };
    return {
        lineOf: (location) => load().lineOf(location),
        lineOfText: (needle) => load().lineOfText(needle)
    };
}


/***/ }),

/***/ 1548:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lk: () => (/* binding */ parseJsonText),
/* harmony export */   rE: () => (/* binding */ jsonValueProblem)
/* harmony export */ });
/* unused harmony export MAX_DEPTH */
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _document_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8902);
/* harmony import */ var _document_prototypes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2321);
/* harmony import */ var _json_numbers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3377);
/* harmony import */ var _utf8_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5835);
// JSON parsed strictly, as a fail-closed gate needs it: no BOM, no duplicate keys, no "__proto__"
// key, no lone surrogate, no nesting past MAX_DEPTH, and (for a spec) no number a double cannot
// hold; every refusal a DocumentError with the line of the problem.





/**
 * Deeper nesting is refused: no input document needs it, and the readers behind the gates
 * (JSON-LD expansion, schema validation, the canonical form) recurse and would overflow.
 */
const MAX_DEPTH = 256;
/** Parses JSON text strictly; throws DocumentError with the line of the first problem. */
function parseJsonText(path, bytes, { exactNumbers = false } = {}) {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        throw new _document_error_js__WEBPACK_IMPORTED_MODULE_1__/* .DocumentError */ .M(path, `${path} starts with a byte-order mark; save it as UTF-8 without BOM`, 1);
    }
    const text = (0,_utf8_text_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeUtf8 */ ._)(path, bytes);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const position = /at position (\d+)/.exec(reason);
        const line = position ? (0,_utf8_text_js__WEBPACK_IMPORTED_MODULE_3__/* .lineAt */ .m)(text, Number(position[1])) : undefined;
        const where = line ? ` (line ${line})` : '';
        const first = reason
            .replace(/ in JSON at position \d+.*$/, '')
            .replace(/\s*\(line \d+ column \d+\)$/, '');
        throw new _document_error_js__WEBPACK_IMPORTED_MODULE_1__/* .DocumentError */ .M(path, `${path} is not valid JSON${where}: ${first}`, line);
    }
    // The value first, without recursion: the token visitor below recurses as deep as the nesting.
    const { problem, members, colonsInStrings } = walkValue(value);
    if (problem)
        throw new _document_error_js__WEBPACK_IMPORTED_MODULE_1__/* .DocumentError */ .M(path, `${path} ${problem.message}`, problem.line?.(text));
    // A key written twice leaves fewer members in the value than the text has: only then, or when
    // every number's text counts, is the token visitor needed (it is most of the parse's time).
    const found = exactNumbers || !writesMembers(text, members, colonsInStrings)
        ? findTokenProblem(text, exactNumbers)
        : undefined;
    if (found)
        throw new _document_error_js__WEBPACK_IMPORTED_MODULE_1__/* .DocumentError */ .M(path, `${path} ${found.message}`, found.line);
    return { value, text };
}
/**
 * Why a parsed value is not what the gates may read, if it is not: nesting deeper than
 * MAX_DEPTH, a `__proto__` key (JavaScript readers turn it into a prototype change), or a string
 * with a lone UTF-16 surrogate (not Unicode text, and RFC 7493 forbids it). Walks without
 * recursion, so any depth JSON.parse accepts is safe here. On its way it gives the value's
 * objects and arrays the document prototypes (ownPropertiesOnly): a fresh parse's only.
 */
function jsonValueProblem(value) {
    return walkValue(value).problem;
}
/** String literals and the colons between them: a colon outside a string ends a member's key. */
const STRING_OR_COLON = /"[^"\\]*(?:\\.[^"\\]*)*"|:/g;
/** A colon written as an escape in a string (or an escaped backslash before "u003a"). */
const ESCAPED_COLON = /\\u003[aA]/;
/** How many object members the text of a valid JSON document writes, duplicates included. */
function membersInText(text) {
    let members = 0;
    for (const match of text.matchAll(STRING_OR_COLON))
        if (match[0] === ':')
            members++;
    return members;
}
function colonsIn(text) {
    let colons = 0;
    for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1))
        colons++;
    return colons;
}
/**
 * Whether the text of a valid JSON document writes as many object members as its value has
 * (`members`; its strings and keys hold `colonsInStrings` colons). Each member is one colon of
 * the text, and each colon in a string literal is one in a parsed string, unless written as an
 * escape: so, without an escaped colon, the text's colons less those of the value's strings are
 * its members when nothing was dropped, and more when a key written twice dropped a member (and
 * with it the colons of its strings). With an escaped colon, the text's string literals are
 * skipped by a scan instead (several times slower).
 */
function writesMembers(text, members, colonsInStrings) {
    if (ESCAPED_COLON.test(text))
        return membersInText(text) === members;
    return colonsIn(text) - colonsInStrings === members;
}
/**
 * jsonValueProblem's walk, which also counts the object members of the value and the colons in
 * its strings and keys. Values and their depths on two stacks: no pair allocated per value.
 */
function walkValue(value) {
    let members = 0;
    let colonsInStrings = 0;
    const found = (problem) => ({ problem, members, colonsInStrings });
    const nodes = [value];
    const depths = [0];
    while (nodes.length > 0) {
        const node = nodes.pop();
        const depth = depths.pop();
        if (typeof node === 'string') {
            if (!node.isWellFormed())
                return found(loneSurrogate());
            colonsInStrings += colonsIn(node);
            continue;
        }
        if (node === null || typeof node !== 'object')
            continue;
        if (depth >= MAX_DEPTH)
            return found({
                message: `nests arrays and objects deeper than ${MAX_DEPTH} levels; no input document needs that, so flatten it`
            });
        if (Array.isArray(node)) {
            Object.setPrototypeOf(node, _document_prototypes_js__WEBPACK_IMPORTED_MODULE_2__/* .DOCUMENT_ARRAY */ .U4);
            for (const item of node) {
                nodes.push(item);
                depths.push(depth + 1);
            }
            continue;
        }
        Object.setPrototypeOf(node, _document_prototypes_js__WEBPACK_IMPORTED_MODULE_2__/* .DOCUMENT_OBJECT */ .c0);
        const keys = Object.keys(node);
        members += keys.length;
        for (const key of keys) {
            if (key === '__proto__')
                return found({
                    message: 'has a "__proto__" key, which JavaScript readers may turn into a change of prototype; remove it',
                    line: (text) => searchLine(text, /"__proto__"\s*:/)
                });
            if (!key.isWellFormed())
                return found(loneSurrogate());
            colonsInStrings += colonsIn(key);
            nodes.push(node[key]);
            depths.push(depth + 1);
        }
    }
    return { members, colonsInStrings };
}
function loneSurrogate() {
    return {
        message: 'has a string with a lone UTF-16 surrogate (an unpaired \\uD800-\\uDFFF escape), which is not Unicode text; write the character it stands for',
        line: (text) => searchLine(text, /\\u[dD][89abcdefABCDEF][0-9a-fA-F]{2}/)
    };
}
function searchLine(text, pattern) {
    const at = pattern.exec(text)?.index;
    return at === undefined ? undefined : (0,_utf8_text_js__WEBPACK_IMPORTED_MODULE_3__/* .lineAt */ .m)(text, at);
}
/** A duplicate key, or (with exactNumbers) a number whose text a double cannot hold exactly. */
function findTokenProblem(text, exactNumbers) {
    const seen = [];
    let found;
    (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.visit)(text, {
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
            const problem = (0,_json_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .numberProblem */ .v)(text.slice(offset, offset + length));
            if (problem)
                found = { message: `line ${startLine + 1}: ${problem}`, line: startLine + 1 };
        }
    });
    return found;
}


/***/ }),

/***/ 5835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ decodeUtf8),
/* harmony export */   m: () => (/* binding */ lineAt)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _document_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8902);
// A document's bytes as text, which must be UTF-8, and the line of an offset in that text.


/** The 1-based line of a character offset in a text. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
/**
 * The text of a document's bytes, which must be UTF-8. Bytes that do not decode are refused (not
 * replaced with U+FFFD, which would be a guess), naming the line and byte offset of the first;
 * U+FFFD written as a character (EF BF BD) is text like any other and is read.
 */
function decodeUtf8(path, bytes) {
    // isUtf8 accepts exactly what `new TextDecoder('utf-8', { fatal: true })` decodes (overlong
    // forms, encoded surrogates, code points past U+10FFFF and cut sequences fail both), without a
    // throw to catch; for valid UTF-8, toString is that decoder's text, a leading BOM kept.
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes))
        return bytes.toString('utf8');
    const offset = firstInvalidUtf8(bytes);
    if (offset === undefined)
        throw new _document_error_js__WEBPACK_IMPORTED_MODULE_1__/* .DocumentError */ .M(path, `${path} is not valid UTF-8; save it as UTF-8`);
    let line = 1;
    for (let i = 0; i < offset; i++)
        if (bytes[i] === 0x0a)
            line++;
    const byte = bytes[offset].toString(16).toUpperCase().padStart(2, '0');
    throw new _document_error_js__WEBPACK_IMPORTED_MODULE_1__/* .DocumentError */ .M(path, `${path} is not valid UTF-8: the byte 0x${byte} on line ${line} (byte offset ${offset}) does not decode; save the file as UTF-8 (a tool may have written it as Latin-1 or Windows-1252)`, line);
}
/**
 * The offset of the first byte that does not begin a well-formed UTF-8 sequence (Unicode 15,
 * table 3-7), or undefined when every sequence is well formed.
 */
function firstInvalidUtf8(bytes) {
    const between = (at, low, high) => at < bytes.length && bytes[at] >= low && bytes[at] <= high;
    let i = 0;
    while (i < bytes.length) {
        const lead = bytes[i];
        let length;
        if (lead <= 0x7f)
            length = 1;
        else if (lead >= 0xc2 && lead <= 0xdf)
            length = 2;
        else if (lead >= 0xe0 && lead <= 0xef)
            length = 3;
        else if (lead >= 0xf0 && lead <= 0xf4)
            length = 4;
        else
            return i;
        // The second byte's range depends on the lead: it excludes overlong forms (E0, F0),
        // encoded surrogates (ED) and code points past U+10FFFF (F4).
        const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
        const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
        if (length > 1 && !between(i + 1, low, high))
            return i;
        for (let k = 2; k < length; k++)
            if (!between(i + k, 0x80, 0xbf))
                return i;
        i += length;
    }
    return undefined;
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
// it is, so the gate hashes it as it is. docs/decisions.md, "Git LFS".
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
