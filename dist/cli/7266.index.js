export const id = 7266;
export const ids = [7266];
export const modules = {

/***/ 8258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E_: () => (/* binding */ readJsonDocument),
/* harmony export */   Mi: () => (/* binding */ DocumentError),
/* harmony export */   Nr: () => (/* binding */ rereadLines),
/* harmony export */   T8: () => (/* binding */ jsonDocumentOf),
/* harmony export */   _6: () => (/* binding */ decodeUtf8),
/* harmony export */   bi: () => (/* binding */ MAX_DOCUMENT_BYTES),
/* harmony export */   c4: () => (/* binding */ headBytes),
/* harmony export */   eo: () => (/* binding */ bytesAgain),
/* harmony export */   h9: () => (/* binding */ readDocumentBytes),
/* harmony export */   lk: () => (/* binding */ parseJsonText),
/* harmony export */   mh: () => (/* binding */ lineAt),
/* harmony export */   rE: () => (/* binding */ jsonValueProblem),
/* harmony export */   vy: () => (/* binding */ numberProblem)
/* harmony export */ });
/* unused harmony export MAX_DEPTH */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _model_digest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5305);
/* harmony import */ var _model_lines_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4050);
/* harmony import */ var _model_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1933);
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
    absent;
    constructor(path, message, line, 
    /** Nothing is at the path: for the one input whose absence means something (the base copy). */
    absent = false) {
        super(message);
        this.path = path;
        this.line = line;
        this.absent = absent;
    }
}
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
        throw new DocumentError(path, `${path} is not valid UTF-8; save it as UTF-8`);
    let line = 1;
    for (let i = 0; i < offset; i++)
        if (bytes[i] === 0x0a)
            line++;
    const byte = bytes[offset].toString(16).toUpperCase().padStart(2, '0');
    throw new DocumentError(path, `${path} is not valid UTF-8: the byte 0x${byte} on line ${line} (byte offset ${offset}) does not decode; save the file as UTF-8 (a tool may have written it as Latin-1 or Windows-1252)`, line);
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
/** Parses JSON text strictly; throws DocumentError with the line of the first problem. */
function parseJsonText(path, bytes, { exactNumbers = false } = {}) {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        throw new DocumentError(path, `${path} starts with a byte-order mark; save it as UTF-8 without BOM`, 1);
    }
    const text = decodeUtf8(path, bytes);
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
    const { problem, members, colonsInStrings } = walkValue(value);
    if (problem)
        throw new DocumentError(path, `${path} ${problem.message}`, problem.line?.(text));
    // A key written twice leaves fewer members in the value than the text has: only then, or when
    // every number's text counts, is the token visitor needed (it is most of the parse's time).
    const found = exactNumbers || !writesMembers(text, members, colonsInStrings)
        ? findTokenProblem(text, exactNumbers)
        : undefined;
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
            for (const item of node) {
                nodes.push(item);
                depths.push(depth + 1);
            }
            continue;
        }
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
    return at === undefined ? undefined : lineAt(text, at);
}
/** A duplicate key, or (with exactNumbers) a number whose text a double cannot hold exactly. */
function findTokenProblem(text, exactNumbers) {
    const seen = [];
    let found;
    (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_3__.visit)(text, {
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
            const problem = numberProblem(text.slice(offset, offset + length));
            if (problem)
                found = { message: `line ${startLine + 1}: ${problem}`, line: startLine + 1 };
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
/**
 * The rest of an open file, however long it is by the time it is read: a file that grows past
 * the limit while it is read is refused like one that was already too large.
 */
function readWhole(fd, size, path) {
    const chunks = [];
    let total = 0;
    let buffer = Buffer.allocUnsafe(Math.max(size, 1) + 1);
    for (;;) {
        const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buffer, 0, buffer.length, null);
        if (read === 0)
            break;
        chunks.push(buffer.subarray(0, read));
        total += read;
        if (total > MAX_DOCUMENT_BYTES)
            throw new DocumentError(path, `${path} grew past the ${MAX_DOCUMENT_BYTES}-byte limit for input documents while it was read; make sure nothing writes it during the run`);
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
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(absolutePath, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK);
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd);
        if (!info.isFile())
            throw new DocumentError(path, `${path} is not a regular file; name a file`);
        if (info.size > MAX_DOCUMENT_BYTES) {
            throw new DocumentError(path, `${path} is ${info.size} bytes, over the ${MAX_DOCUMENT_BYTES}-byte limit for input documents; reference large content by digest instead`);
        }
        return readWhole(fd, info.size, path);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
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
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(absolutePath, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd).isFile())
            return undefined;
        const buffer = Buffer.allocUnsafe(limit);
        return buffer.subarray(0, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buffer, 0, limit, 0));
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/**
 * The bytes of an input document, read through one descriptor: only a regular file (opened
 * without blocking, so a named pipe cannot stall the run), at most MAX_DOCUMENT_BYTES, and, with
 * `confine`, one that really is inside that directory rather than linked in from elsewhere.
 */
async function readDocumentBytes(absolutePath, path, { missing = `${path} does not exist; check the path (it is relative to the workspace)`, confine } = {}) {
    try {
        if (confine !== undefined) {
            const [real, realRoot] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(absolutePath), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(confine)]);
            if (!(0,_model_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .isInside */ .FK)(realRoot, real))
                throw new DocumentError(path, `${path} is a symbolic link out of the workspace (to ${real}); input documents must be files in the workspace, so copy it in`);
        }
        return readRegularFile(absolutePath, path);
    }
    catch (error) {
        if (error instanceof DocumentError)
            throw error;
        const code = error.code;
        // Absent means nothing there at all: a link to nothing is a file that cannot be read.
        const absent = code === 'ENOENT' && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(absolutePath, { throwIfNoEntry: false }) === undefined;
        throw new DocumentError(path, code === 'ENOENT' ? missing : `${path} cannot be read (${code ?? String(error)})`, undefined, absent);
    }
}
/** Reads and parses a JSON document; I/O and syntax problems come back as DocumentError. */
async function readJsonDocument(absolutePath, path, confine) {
    return jsonDocumentOf(path, await readDocumentBytes(absolutePath, path, { confine }));
}
/** A document's bytes parsed; syntax problems come back as DocumentError. */
function jsonDocumentOf(path, bytes) {
    const { value, text } = parseJsonText(path, bytes);
    return { path, bytes, digest: (0,_model_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Digest */ .sI)(bytes), value, ...textLines(text) };
}
/** The line finders of a text: its line table and syntax tree are built on the first question. */
function textLines(text) {
    let tree;
    const lineOfOffset = (0,_model_lines_js__WEBPACK_IMPORTED_MODULE_6__/* .lineIndex */ .D)(text);
    return {
        lineOf: (location) => {
            tree ??= (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_3__.parseTree)(text);
            const node = tree && (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_3__.findNodeAtLocation)(tree, location);
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
    return (0,_model_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Digest */ .sI)(bytes) === digest ? bytes : undefined;
}
/**
 * Line finders that hold no text: the file is read again on the first question (bytesAgain), and
 * a file changed since gives no line, never a wrong one.
 */
function rereadLines(absolutePath, digest) {
    let finders;
    const load = () => {
        const bytes = finders ? undefined : bytesAgain(absolutePath, digest);
        finders ??= bytes ? textLines(bytes.toString('utf8')) : NO_LINES;
        return finders;
    };
    return {
        lineOf: (location) => load().lineOf(location),
        lineOfText: (needle) => load().lineOfText(needle)
    };
}


/***/ }),

/***/ 7266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VO: () => (/* binding */ gateE),
/* harmony export */   _l: () => (/* binding */ verifyGateE),
/* harmony export */   vW: () => (/* binding */ inventoryViolations)
/* harmony export */ });
/* unused harmony exports checkInventoryPaths, checkShards, checkReceipts */
/* harmony import */ var _inventory_shards_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5323);
/* harmony import */ var _model_order_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6553);
/* harmony import */ var _model_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1933);
/* harmony import */ var _model_printable_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9498);
/* harmony import */ var _model_multimap_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2600);
/* harmony import */ var _model_violation_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6078);
/* harmony import */ var _a_identity_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6610);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4003);








/** What the inventory found on its way: each blocks promotion, as gate E's violation. */
function inventoryViolations(findings) {
    return findings.map((f) => (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('E', f.kind, f.path, f.message, f.line, f.patterns && { patterns: f.patterns }));
}
function checkInventoryPaths(lists, display) {
    const violations = [];
    const exact = new Map();
    const folded = new Map();
    for (const { input, entries } of lists) {
        for (const entry of entries) {
            const unsafe = unsafeName(entry.path);
            if (unsafe)
                violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('E', 'PATH_UNSAFE', display(entry.path), unsafe));
            const other = exact.get(entry.path);
            if (other !== undefined) {
                violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('E', 'DUPLICATE_PATH', display(entry.path), `${entry.path} is listed in both ${other} and ${input}; a file is either an artifact or a catalog, so narrow one of the patterns.`));
                continue;
            }
            exact.set(entry.path, input);
            const key = foldedKey(entry.path);
            const twin = folded.get(key);
            if (twin !== undefined) {
                violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('E', 'PATH_COLLISION', display(entry.path), `${entry.path} and ${twin} differ only in letter case or Unicode normalisation; they would be one file on many systems, so rename one.`));
            }
            else
                folded.set(key, entry.path);
        }
    }
    return violations;
}
/** A path as a case-insensitive, Unicode-normalising file system would store it. */
const ALREADY_FOLDED = /^[a-z0-9._/-]*$/;
function foldedKey(path) {
    // Lower-case ASCII is its own NFC form and lower case: no new string for each of 200,000.
    return ALREADY_FOLDED.test(path) ? path : path.normalize('NFC').toLowerCase();
}
/**
 * Why a path may not be published, if it may not: a control character or line separator (it
 * breaks logs, line-based lists and workflow commands), or U+FFFD, which is what a name that is
 * not valid UTF-8 reads as.
 */
function unsafeName(path) {
    const control = (0,_model_printable_js__WEBPACK_IMPORTED_MODULE_2__/* .unprintableIn */ .MY)(path);
    if (control !== undefined) {
        const code = `U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
        return `The file name contains the control character ${code}; names like this break logs, line-based file lists and workflow commands, so rename the file.`;
    }
    const invisible = (0,_model_printable_js__WEBPACK_IMPORTED_MODULE_2__/* .invisibleIn */ .BB)(path);
    if (invisible !== undefined) {
        const code = `U+${invisible.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
        return `The file name contains ${code}, a bidirectional or invisible control that makes a name read as another; rename the file.`;
    }
    if (path.includes('\uFFFD'))
        return 'The file name is not valid UTF-8 (it reads with U+FFFD in it); rename the file with a UTF-8 name.';
    return undefined;
}
const sameList = (a, b) => a.length === b.length && a.every((item, index) => item === b[index]);
const quoted = (list) => list.length === 0 ? 'none' : list.map((item) => `"${item}"`).join(', ');
const RERUN = 'run the inventory jobs again on the same commit, and promote with the shard files of that one run';
/** What every shard must share with the promote run, and with the others. */
function settingViolations(shard, expected, name) {
    const found = [];
    const mismatch = (message, location) => {
        found.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('E', 'SHARD_MISMATCH', shard.path, message, shard.lineOf([location])));
    };
    if (shard.root !== expected.root)
        mismatch(`${name} inventoried the root "${shard.root}", but this run's root is "${expected.root}"; give the inventory jobs and the promote job the same root.`, 'root');
    if (!sameList(shard.patterns, expected.patterns))
        mismatch(`${name} was made with the artifacts patterns ${quoted(shard.patterns)}, not ${quoted(expected.patterns)} (${expected.from}); give every job the same artifacts patterns.`, 'patterns');
    if (!sameList(shard.mediaTypes, expected.mediaTypes))
        mismatch(`${name} was made with the media-types ${quoted(shard.mediaTypes)}, but this run has ${quoted(expected.mediaTypes)}; give every job the same media-types.`, 'media_types');
    if (shard.pathCount !== expected.pathCount || shard.pathsDigest !== expected.pathsDigest)
        mismatch(`${name} listed ${shard.pathCount} file(s) (${shard.pathsDigest}), but ${expected.from} listed ${expected.pathCount} (${expected.pathsDigest}): the shards saw different files (the tree changed between the jobs, or a shard is from another run); ${RERUN}.`, 'paths_digest');
    return found;
}
/** Each entry in the shard the partition gives its path, and no path in two entries. */
function entryViolations(shard, name, owners) {
    const { index, count } = shard.shard;
    const misplaced = [];
    const twice = [];
    for (const [at, entry] of shard.entries.entries()) {
        if ((0,_inventory_shards_js__WEBPACK_IMPORTED_MODULE_0__/* .shardOf */ .IS)(entry.path, count) !== index)
            misplaced.push(at);
        const owner = owners.get(entry.path);
        if (owner)
            twice.push([at, owner]);
        else
            owners.set(entry.path, shard);
    }
    const found = [];
    const more = (list) => list.length > 1 ? ` (and ${list.length - 1} more)` : '';
    if (misplaced.length > 0) {
        const at = misplaced[0];
        const path = shard.entries[at].path;
        found.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('E', 'SHARD_INVALID', shard.path, `${name} lists ${path}${more(misplaced)}, which belongs to shard ${(0,_inventory_shards_js__WEBPACK_IMPORTED_MODULE_0__/* .shardOf */ .IS)(path, count)} of ${count}; inventory --shard ${index}/${count} did not write this file as it is, so regenerate it.`, shard.lineOf(['entries', at, 'path'])));
    }
    if (twice.length > 0) {
        const [at, owner] = twice[0];
        found.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('E', 'SHARD_INVALID', shard.path, `${name} lists ${shard.entries[at].path}${more(twice)}, which ${owner === shard ? 'it lists already' : `${owner.path} lists too`}; a path has one shard, so regenerate the shard files.`, shard.lineOf(['entries', at, 'path'])));
    }
    return found;
}
/**
 * A sharded inventory is whole: shards 1..N each given once, all of one split (same N, root,
 * patterns, media types, and the same listing by count and digest, shared with this run's
 * settings), each entry in its own shard and no path twice, and together exactly the listing.
 */
function checkShards(evidence) {
    const { shards, input } = evidence;
    const ordered = [...shards].sort((a, b) => a.shard.index - b.shard.index || (0,_model_order_js__WEBPACK_IMPORTED_MODULE_5__/* .compareText */ .n)(a.path, b.path));
    const reference = ordered[0];
    // None readable: the reader's findings say why.
    if (!reference)
        return [];
    const count = reference.shard.count;
    const nameOf = (shard) => `${shard.path} (shard ${shard.shard.index} of ${shard.shard.count})`;
    const violations = [];
    const given = new Map();
    const owners = new Map();
    const expected = {
        ...evidence.expected,
        patterns: evidence.expected.patterns.length > 0 ? evidence.expected.patterns : reference.patterns,
        pathCount: reference.pathCount,
        pathsDigest: reference.pathsDigest,
        from: evidence.expected.patterns.length > 0 ? 'this run' : nameOf(reference)
    };
    for (const shard of ordered) {
        const name = nameOf(shard);
        const { index } = shard.shard;
        if (shard.shard.count !== count) {
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('E', 'SHARD_MISMATCH', shard.path, `${name} is from a split into ${shard.shard.count} shards, but ${nameOf(reference)} is from a split into ${count}; ${RERUN}.`, shard.lineOf(['shard', 'count'])));
            continue;
        }
        if (index > count) {
            const message = `${shard.path} says it is shard ${index} of ${count}, which does not exist; regenerate it with inventory --shard I/N, I from 1 to N.`;
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('E', 'SHARD_INVALID', shard.path, message, shard.lineOf(['shard', 'index'])));
            continue;
        }
        const twin = given.get(index);
        if (twin) {
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('E', 'SHARD_MISMATCH', shard.path, `${shard.path} and ${twin.path} are both shard ${index} of ${count}; give each shard's file once, from one workflow run.`, shard.lineOf(['shard', 'index'])));
            continue;
        }
        given.set(index, shard);
        violations.push(...settingViolations(shard, expected, name), ...entryViolations(shard, name, owners));
    }
    const files = ordered.map((shard) => shard.path).join(', ');
    for (let index = 1; index <= count; index++) {
        if (!given.has(index))
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('E', 'SHARD_MISSING', input, `Shard ${index} of ${count} is missing: none of the shard files given (${files}) is shard ${index}; let its inventory job finish (or re-run it), then promote again with its shard file among the others.`));
    }
    if (violations.length > 0)
        return violations;
    // Whole and disjoint so far: together the entries must be the listing every shard made.
    const paths = [...owners.keys()];
    if (paths.length !== reference.pathCount || (0,_inventory_shards_js__WEBPACK_IMPORTED_MODULE_0__/* .pathsDigest */ .ny)(paths) !== reference.pathsDigest)
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('E', 'SHARD_MISMATCH', input, `The ${count} shard files (${files}) together list ${paths.length} file(s), but their listing had ${reference.pathCount} (${reference.pathsDigest}) and these paths do not make it: a shard file was changed after it was written; ${RERUN}.`));
    return violations;
}
function outputPath(uri) {
    const safe = (0,_model_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .normaliseRelative */ .Z8)(uri);
    return safe.ok ? safe.path : undefined;
}
/** Each receipt's violations when it is for another version or did not pass, and whether it counts. */
function receiptStanding(receipt, datasetVersionId) {
    const violations = [];
    if (datasetVersionId !== undefined && receipt.datasetVersionId !== datasetVersionId) {
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('E', 'RECEIPT_VERSION_MISMATCH', receipt.path, `The receipt ${receipt.runId} is for dataset_version_id ${receipt.datasetVersionId}, not ${datasetVersionId}; it belongs to another version, so remove it from run-receipts or re-run the pipeline.`, receipt.lineOf(['dataset_version_id'])));
    }
    if (receipt.validation.status !== 'pass') {
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('E', 'RECEIPT_NOT_PASSED', receipt.path, `The receipt ${receipt.runId} records validation status "${receipt.validation.status}"; only a run whose validation passed can produce promotable artifacts.`, receipt.lineOf(['validation', 'status'])));
    }
    return { violations, counts: violations.length === 0 };
}
/** Every output of the receipts by its normalised path, once: a lookup per artifact. */
function outputsByPath(receipts) {
    const outputs = new Map();
    for (const receipt of receipts) {
        receipt.outputs.forEach((output, index) => {
            const at = outputPath(output.uri);
            if (at === undefined)
                return;
            (0,_model_multimap_js__WEBPACK_IMPORTED_MODULE_6__/* .appendTo */ .S)(outputs, at, { receipt, output, index });
        });
    }
    return outputs;
}
function checkReceipts(evidence) {
    const violations = [];
    const counted = [];
    // A receipt that does not count, by the violation that says why: an artifact it lists is
    // without a receipt because of that violation.
    const refused = new Map();
    for (const receipt of evidence.receipts) {
        const standing = receiptStanding(receipt, evidence.datasetVersionId);
        violations.push(...standing.violations);
        if (standing.counts)
            counted.push(receipt);
        else
            refused.set(receipt, standing.violations[0]);
    }
    const outputs = outputsByPath(counted);
    const refusedOutputs = outputsByPath([...refused.keys()]);
    for (const artifact of evidence.artifacts) {
        const samePath = outputs.get(artifact.path) ?? [];
        if (samePath.some(({ output }) => output.digest === artifact.digest))
            continue;
        const stale = samePath[0];
        if (stale) {
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('E', 'RECEIPT_DIGEST_MISMATCH', stale.receipt.path, `The receipt ${stale.receipt.runId} records ${artifact.path} with digest ${stale.output.digest}, but the file has ${artifact.digest}; the file changed after the run, so re-run the pipeline.`, stale.receipt.lineOf(['outputs', stale.index, 'digest'])));
            continue;
        }
        const listedBy = refusedOutputs
            .get(artifact.path)
            ?.find(({ output }) => output.digest === artifact.digest)?.receipt;
        const why = listedBy && refused.get(listedBy);
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('E', 'ARTIFACT_WITHOUT_RECEIPT', evidence.display(artifact.path), `No passing run receipt for this version lists ${artifact.path} (${artifact.digest}) among its outputs; every promoted artifact must come from a recorded run.`, undefined, {
            digest: artifact.digest,
            ...(why ? { explainedBy: { code: why.code, path: why.path } } : {})
        }));
    }
    return violations;
}
function receiptViolations(evidence, checked) {
    const reading = evidence.receipts;
    if (!reading) {
        const what = 'every artifact must be the output of a recorded run';
        return [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('E', 'RECEIPTS_MISSING', 'run-receipts', (0,_evidence_js__WEBPACK_IMPORTED_MODULE_7__/* .missingInput */ .f)(what, 'run-receipts'))];
    }
    checked.push(`${reading.receipts.length} run receipt(s) cover the artifacts`);
    return [
        ...inventoryViolations(reading.search),
        ...reading.unreadable.map((u) => (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('E', 'RECEIPT_INVALID', u.path, u.message, u.line)),
        ...checkReceipts({
            receipts: reading.receipts,
            artifacts: evidence.artifacts.entries,
            datasetVersionId: (0,_a_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .identityOf */ .cu)(evidence).datasetVersionId,
            display: evidence.display
        })
    ];
}
const gateE = {
    letter: 'E',
    check(evidence) {
        const { artifacts, catalogs } = evidence;
        const entries = [...artifacts.entries, ...catalogs.entries];
        const taken = entries.filter((entry) => !entry.verified).length;
        const checked = [
            `${artifacts.entries.length} artifact(s) and ${catalogs.entries.length} catalog file(s) hashed (SHA-256)`
        ];
        if (taken > 0)
            checked[0] = `${entries.length - taken} file(s) hashed (SHA-256), ${taken} taken from the list, not hashed here (not present)`;
        const lists = [
            { input: 'artifacts', entries: artifacts.entries },
            { input: 'catalogs', entries: catalogs.entries }
        ];
        const shards = evidence.artifactShards;
        if (shards)
            checked.push(`${shards.shards.length} inventory shard file(s) merged into the artifacts inventory`);
        const violations = [
            ...inventoryViolations(artifacts.findings),
            ...(shards ? checkShards(shards) : []),
            ...inventoryViolations(catalogs.findings),
            ...checkInventoryPaths(lists, evidence.display),
            ...receiptViolations(evidence, checked)
        ];
        return { violations, checked };
    }
};
/** A listed file held against what is on disk: the violation when they differ. */
function listedFileViolation(file, manifest, display) {
    const shown = display(file.path);
    const { found } = file;
    const restore = 'restore the file from the promoted version, or promote again';
    switch (found.state) {
        case 'hashed':
            if (found.digest === file.digest)
                return undefined;
            return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('E', 'DIGEST_MISMATCH', shown, `${manifest} gives ${file.path} the digest ${file.digest}, but the file has ${found.digest}; it changed after the manifest was written: ${restore}.`);
        case 'missing':
            return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('E', 'FILE_MISSING', shown, `${file.path} is listed in ${manifest} (${file.list}) but is not under the root; ${restore}, or check that root names the dataset root the manifest was made in.`);
        case 'dangling':
            return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('E', 'SYMLINK_DANGLING', shown, `${file.path} (listed in ${manifest}) is a symbolic link to nothing; ${restore}.`);
        case 'outside':
            return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('E', 'PATH_OUTSIDE_ROOT', shown, `${file.path} (listed in ${manifest}) resolves through a symbolic link to ${found.target}, outside the dataset root; a promoted file must be in the root itself.`);
        case 'unreadable':
            return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('E', 'FILE_UNREADABLE', shown, `${file.path} (listed in ${manifest}) is there but is not a regular file that can be read (${found.code}); ${restore}.`);
        case 'unsafe':
            return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('E', 'PATH_UNSAFE', manifest, `${manifest} lists the path "${file.path}", which ${found.reason}; a manifest's paths are relative to the dataset root, so this one was not written by the generator.`);
    }
}
/** Gate E for a written manifest: every listed file is there with its digest; under strict, no more. */
const verifyGateE = {
    letter: 'E',
    check(evidence) {
        const manifest = evidence.manifest.path;
        const violations = [];
        for (const file of evidence.listed) {
            const found = listedFileViolation(file, manifest, evidence.display);
            if (found)
                violations.push(found);
        }
        const count = (list) => evidence.listed.filter((file) => file.list === list).length;
        const checked = [
            `${count('artifacts')} artifact(s) and ${count('catalogs')} catalog file(s) hashed (SHA-256) against ${manifest}`
        ];
        if (evidence.strict) {
            const listed = new Set(evidence.listed.map((file) => file.path));
            violations.push(...inventoryViolations(evidence.strict.findings));
            for (const file of evidence.strict.files) {
                if (listed.has(file.path))
                    continue;
                const shown = evidence.display(file.path);
                const message = `${file.path} matches the strict patterns but ${manifest} does not list it: it was added after the manifest was written. Remove it, or promote again so the gates see it.`;
                violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('E', 'FILE_UNLISTED', shown, message));
            }
            checked.push(`${evidence.strict.files.length} file(s) the strict patterns find, each listed`);
        }
        return { violations, checked };
    }
};


/***/ }),

/***/ 9376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ finding)
/* harmony export */ });
// What finding and hashing files can run into: a pattern that leaves the root or finds
// nothing, a link that leads out, dangles or loops, a file that cannot be read or changes, a
// precomputed list that disagrees with the files. The inventory reports these as findings, with
// the sentence that explains each; gate E decides that each blocks promotion.
function finding(kind, path, message, line) {
    return line === undefined ? { kind, path, message } : { kind, path, message, line };
}


/***/ }),

/***/ 4806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ shardOf),
/* harmony export */   n: () => (/* binding */ pathsDigest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6553);
// The partition of a sharded inventory: which shard a path is in, from the path alone, so every
// shard agrees without talking to the others; and the digest of a path list, which every shard
// records so the merge can tell that all of them listed the same files.


/**
 * The shard a root-relative path belongs to, 1..count: the first 4 bytes of the SHA-256 of its
 * UTF-8 form, as a big-endian number, modulo count. Every shard computes it from the path alone,
 * so all agree without talking to each other, and files spread evenly whatever their names.
 */
function shardOf(path, count) {
    // The hex digest's first 8 digits are those 4 bytes; a string result is a third the cost of a
    // Buffer here (0.6 µs a path, measured over 200,000: this runs for every file of every shard).
    return (Number.parseInt((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('sha256', path, 'hex').slice(0, 8), 16) % count) + 1;
}
/** `sha256:` of the paths, sorted by UTF-8 bytes, each followed by a newline, as UTF-8. */
function pathsDigest(paths) {
    let sorted = paths;
    for (let i = 1; i < paths.length; i++) {
        if ((0,_model_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n)(paths[i - 1], paths[i]) > 0) {
            sorted = [...paths].sort(_model_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n);
            break;
        }
    }
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    // In runs of paths, so 200,000 paths are a few hundred updates, not 400,000.
    for (let start = 0; start < sorted.length; start += 1024)
        digest.update(`${sorted.slice(start, start + 1024).join('\n')}\n`);
    return `sha256:${digest.digest('hex')}`;
}


/***/ }),

/***/ 5323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IS: () => (/* reexport safe */ _partition_js__WEBPACK_IMPORTED_MODULE_3__.I),
/* harmony export */   VT: () => (/* binding */ overrideLine),
/* harmony export */   WP: () => (/* binding */ readShardFiles),
/* harmony export */   nG: () => (/* binding */ mergedEntries),
/* harmony export */   ny: () => (/* reexport safe */ _partition_js__WEBPACK_IMPORTED_MODULE_3__.n),
/* harmony export */   uX: () => (/* binding */ shardFileText)
/* harmony export */ });
/* unused harmony exports SHARD_FILE_VERSION, MAX_SHARDS */
/* harmony import */ var _documents_json_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8258);
/* harmony import */ var _generated_validators_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6161);
/* harmony import */ var _model_json_schema_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9831);
/* harmony import */ var _model_order_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6553);
/* harmony import */ var _model_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1933);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9376);
/* harmony import */ var _partition_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4806);
/* harmony import */ var _model_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7979);






const SHARD_FILE_VERSION = 'v1';
/** More shards than this would be a matrix larger than GitHub runs (256 jobs) several times over. */
const MAX_SHARDS = 1024;


/** A media-type override as the shard file records it: `pattern: media/type`, as given. */
function overrideLine(override) {
    return `${override.pattern}: ${override.mediaType}`;
}
/** The shard file's bytes: two-space JSON and a newline, fields in the schema's order. */
function shardFileText(shard) {
    const document = {
        kfm_inventory_shard_version: SHARD_FILE_VERSION,
        shard: { index: shard.shard.index, count: shard.shard.count },
        input: 'artifacts',
        root: shard.root,
        patterns: shard.patterns,
        media_types: shard.mediaTypes,
        path_count: shard.pathCount,
        paths_digest: shard.pathsDigest,
        entries: shard.entries.map((e) => ({
            path: e.path,
            digest: e.digest,
            media_type: e.mediaType,
            size: e.size ?? 0
        }))
    };
    return (0,_model_json_js__WEBPACK_IMPORTED_MODULE_4__/* .jsonText */ .s$)(document);
}
const problems = (0,_model_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .schemaValidator */ .K)(_generated_validators_js__WEBPACK_IMPORTED_MODULE_1__/* .inventoryShardV1 */ .uK);
/** One shard file, strictly: JSON as every input document is read, then the shard schema. */
async function readShard(ref, findings) {
    const invalid = (message, line) => {
        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_6__/* .finding */ .g)('SHARD_INVALID', ref.path, message, line));
        return [];
    };
    let document;
    try {
        document = await (0,_documents_json_document_js__WEBPACK_IMPORTED_MODULE_0__/* .readJsonDocument */ .E_)(ref.absolute, ref.path, ref.confine);
    }
    catch (error) {
        if (!(error instanceof _documents_json_document_js__WEBPACK_IMPORTED_MODULE_0__/* .DocumentError */ .Mi))
            throw error;
        return invalid(`${error.message}; give the shard files the inventory jobs wrote, unchanged.`, error.line);
    }
    const [problem] = problems(document.value);
    if (problem) {
        const text = problem.text.replace(/^the document/, 'the shard file');
        return invalid(`${ref.path} is not an inventory shard file (schemas/inventory_shard_v1.schema.json): ${text}; give the files inventory --shard writes, unchanged.`, document.lineOf(problem.location) ?? 1);
    }
    const value = document.value;
    const entries = [];
    for (const [index, entry] of value.entries.entries()) {
        const safe = (0,_model_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .normaliseRelative */ .Z8)(entry.path);
        if (!safe.ok || safe.path !== entry.path)
            return invalid(`${ref.path} entry ${index}: the path "${entry.path}" ${safe.ok ? 'is not in normal form' : safe.reason}; a shard file lists root-relative paths as the inventory writes them, so regenerate it.`, document.lineOf(['entries', index, 'path']));
        entries.push({
            path: entry.path,
            digest: entry.digest,
            mediaType: entry.media_type,
            size: entry.size,
            verified: true
        });
    }
    return [
        {
            path: ref.path,
            shard: value.shard,
            root: value.root,
            patterns: value.patterns,
            mediaTypes: value.media_types,
            pathCount: value.path_count,
            pathsDigest: value.paths_digest,
            entries,
            lineOf: (location) => document.lineOf(location)
        }
    ];
}
/** Reads the shard files given to a promote run (artifacts-shards). */
async function readShardFiles(refs) {
    const findings = [];
    const read = await Promise.all(refs.map((ref) => readShard(ref, findings)));
    return { shards: read.flat(), findings };
}
/**
 * The shards' entries as one inventory, sorted as the manifest sorts them: what hashing the files
 * in one run would have given, when gate E finds the shards whole and disjoint.
 */
function mergedEntries(shards) {
    return shards.flatMap((shard) => shard.entries).sort((a, b) => (0,_model_order_js__WEBPACK_IMPORTED_MODULE_7__/* .compareText */ .n)(a.path, b.path));
}


/***/ }),

/***/ 9831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ schemaValidator)
/* harmony export */ });
function describe(error) {
    const where = error.instancePath === '' ? 'the document' : error.instancePath;
    if (error.keyword === 'additionalProperties') {
        return `${where} has the unknown property "${String(error.params.additionalProperty)}"`;
    }
    if (error.keyword === 'required')
        return `${where} is missing "${String(error.params.missingProperty)}"`;
    return `${where} ${error.message ?? 'is invalid'}`;
}
function location(error) {
    if (error.instancePath === '')
        return [];
    return error.instancePath
        .slice(1)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
/** Wraps a validator compiled at build time; the function lists a value's problems ([] when valid). */
function schemaValidator(validate) {
    return (value) => {
        if (validate(value))
            return [];
        // if/then add summary errors on top of the real ones; those say nothing more.
        const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if');
        return errors.map((error) => ({ location: location(error), text: describe(error) }));
    };
}


/***/ }),

/***/ 6161:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ manifestV1),
/* harmony export */   b_: () => (/* binding */ runReceiptV1),
/* harmony export */   uK: () => (/* binding */ inventoryShardV1)
/* harmony export */ });
/* harmony import */ var ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6214);
/* harmony import */ var ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(779);
// Generated by scripts/compile-schemas.mjs from schemas/. Do not edit.
/* eslint-disable */



const manifestV1 = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://kfm.example/schemas/promotion_manifest_v1.schema.json","title":"KFM promotion manifest v1","description":"Proves a dataset version may be promoted. v1 never changes meaning: a new meaning is a new version.","type":"object","additionalProperties":false,"required":["kfm_promotion_manifest_version","dataset_slug","dataset_version_id","spec_hash","released_at","artifacts","catalogs","qa","policy","approvals"],"properties":{"kfm_promotion_manifest_version":{"const":"v1"},"dataset_slug":{"type":"string","pattern":"^[a-z][a-z0-9_]{0,63}$"},"dataset_version_id":{"type":"string","pattern":"^(?:[0-9]{4}-(?:0[1-9]|1[0-2])\\.[0-9a-f]{8}|[A-Za-z0-9._-]{1,128})$"},"spec_hash":{"$ref":"#/$defs/digest"},"released_at":{"$ref":"#/$defs/timestamp"},"artifacts":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["path","digest","media_type"],"properties":{"path":{"$ref":"#/$defs/path"},"digest":{"$ref":"#/$defs/digest"},"media_type":{"type":"string","minLength":1,"pattern":"^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+"}}}},"catalogs":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["path","digest"],"properties":{"path":{"$ref":"#/$defs/path"},"digest":{"$ref":"#/$defs/digest"}}}},"qa":{"type":"object","additionalProperties":false,"required":["status","report_digest"],"properties":{"status":{"enum":["pass","warn","fail"]},"report_digest":{"$ref":"#/$defs/digest"}}},"policy":{"type":"object","additionalProperties":false,"required":["policy_label","decision_id"],"properties":{"policy_label":{"enum":["public","internal","restricted","confidential"]},"decision_id":{"type":"string","pattern":"^kfm://policy_decision/\\S+$"}}},"approvals":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["role","principal","approved_at"],"properties":{"role":{"type":"string","minLength":1},"principal":{"type":"string","minLength":1},"approved_at":{"$ref":"#/$defs/timestamp"}}}}},"$defs":{"digest":{"description":"SHA-256, written sha256: and 64 lowercase hex characters.","type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"timestamp":{"description":"RFC 3339 in UTC with Z, seconds precision; a real calendar date and time.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"},"path":{"description":"Relative to the dataset root, / separators, no . or .. segments, no leading /.","type":"string","minLength":1,"not":{"anyOf":[{"pattern":"^/"},{"pattern":"\\\\"},{"pattern":"(^|/)\\.\\.?(/|$)"},{"pattern":"//"},{"pattern":"/$"}]}}}};
const schema32 = {"description":"SHA-256, written sha256: and 64 lowercase hex characters.","type":"string","pattern":"^sha256:[0-9a-f]{64}$"};
const schema33 = {"description":"RFC 3339 in UTC with Z, seconds precision; a real calendar date and time.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"};
const schema34 = {"description":"Relative to the dataset root, / separators, no . or .. segments, no leading /.","type":"string","minLength":1,"not":{"anyOf":[{"pattern":"^/"},{"pattern":"\\\\"},{"pattern":"(^|/)\\.\\.?(/|$)"},{"pattern":"//"},{"pattern":"/$"}]}};
const func1 = Object.prototype.hasOwnProperty;
const func2 = ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_1__["default"];
const pattern4 = new RegExp("^[a-z][a-z0-9_]{0,63}$", "u");
const pattern5 = new RegExp("^(?:[0-9]{4}-(?:0[1-9]|1[0-2])\\.[0-9a-f]{8}|[A-Za-z0-9._-]{1,128})$", "u");
const pattern6 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
const pattern7 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$", "u");
const pattern8 = new RegExp("^/", "u");
const pattern9 = new RegExp("\\\\", "u");
const pattern10 = new RegExp("(^|/)\\.\\.?(/|$)", "u");
const pattern11 = new RegExp("//", "u");
const pattern12 = new RegExp("/$", "u");
const pattern14 = new RegExp("^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+", "u");
const pattern22 = new RegExp("^kfm://policy_decision/\\S+$", "u");
const formats0 = ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__.fullFormats["date-time"];

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://kfm.example/schemas/promotion_manifest_v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kfm_promotion_manifest_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kfm_promotion_manifest_version"},message:"must have required property '"+"kfm_promotion_manifest_version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.dataset_slug === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dataset_slug"},message:"must have required property '"+"dataset_slug"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.dataset_version_id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dataset_version_id"},message:"must have required property '"+"dataset_version_id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec_hash === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec_hash"},message:"must have required property '"+"spec_hash"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.released_at === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "released_at"},message:"must have required property '"+"released_at"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.artifacts === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "artifacts"},message:"must have required property '"+"artifacts"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.catalogs === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "catalogs"},message:"must have required property '"+"catalogs"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.qa === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "qa"},message:"must have required property '"+"qa"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.policy === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "policy"},message:"must have required property '"+"policy"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.approvals === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "approvals"},message:"must have required property '"+"approvals"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.kfm_promotion_manifest_version !== undefined){
if("v1" !== data.kfm_promotion_manifest_version){
const err11 = {instancePath:instancePath+"/kfm_promotion_manifest_version",schemaPath:"#/properties/kfm_promotion_manifest_version/const",keyword:"const",params:{allowedValue: "v1"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.dataset_slug !== undefined){
let data1 = data.dataset_slug;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err12 = {instancePath:instancePath+"/dataset_slug",schemaPath:"#/properties/dataset_slug/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]{0,63}$"},message:"must match pattern \""+"^[a-z][a-z0-9_]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/dataset_slug",schemaPath:"#/properties/dataset_slug/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.dataset_version_id !== undefined){
let data2 = data.dataset_version_id;
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
const err14 = {instancePath:instancePath+"/dataset_version_id",schemaPath:"#/properties/dataset_version_id/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9]{4}-(?:0[1-9]|1[0-2])\\.[0-9a-f]{8}|[A-Za-z0-9._-]{1,128})$"},message:"must match pattern \""+"^(?:[0-9]{4}-(?:0[1-9]|1[0-2])\\.[0-9a-f]{8}|[A-Za-z0-9._-]{1,128})$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/dataset_version_id",schemaPath:"#/properties/dataset_version_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.spec_hash !== undefined){
let data3 = data.spec_hash;
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
const err16 = {instancePath:instancePath+"/spec_hash",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/spec_hash",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.released_at !== undefined){
let data4 = data.released_at;
if(typeof data4 === "string"){
if(!pattern7.test(data4)){
const err18 = {instancePath:instancePath+"/released_at",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!(formats0.validate(data4))){
const err19 = {instancePath:instancePath+"/released_at",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/released_at",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.artifacts !== undefined){
let data5 = data.artifacts;
if(Array.isArray(data5)){
if(data5.length < 1){
const err21 = {instancePath:instancePath+"/artifacts",schemaPath:"#/properties/artifacts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.path === undefined){
const err22 = {instancePath:instancePath+"/artifacts/" + i0,schemaPath:"#/properties/artifacts/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data6.digest === undefined){
const err23 = {instancePath:instancePath+"/artifacts/" + i0,schemaPath:"#/properties/artifacts/items/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data6.media_type === undefined){
const err24 = {instancePath:instancePath+"/artifacts/" + i0,schemaPath:"#/properties/artifacts/items/required",keyword:"required",params:{missingProperty: "media_type"},message:"must have required property '"+"media_type"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key1 in data6){
if(!(((key1 === "path") || (key1 === "digest")) || (key1 === "media_type"))){
const err25 = {instancePath:instancePath+"/artifacts/" + i0,schemaPath:"#/properties/artifacts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data6.path !== undefined){
let data7 = data6.path;
const _errs21 = errors;
const _errs22 = errors;
const _errs23 = errors;
let valid8 = false;
const _errs24 = errors;
if(typeof data7 === "string"){
if(!pattern8.test(data7)){
const err26 = {};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
var _valid0 = _errs24 === errors;
valid8 = valid8 || _valid0;
const _errs25 = errors;
if(typeof data7 === "string"){
if(!pattern9.test(data7)){
const err27 = {};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
var _valid0 = _errs25 === errors;
valid8 = valid8 || _valid0;
const _errs26 = errors;
if(typeof data7 === "string"){
if(!pattern10.test(data7)){
const err28 = {};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
var _valid0 = _errs26 === errors;
valid8 = valid8 || _valid0;
const _errs27 = errors;
if(typeof data7 === "string"){
if(!pattern11.test(data7)){
const err29 = {};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
var _valid0 = _errs27 === errors;
valid8 = valid8 || _valid0;
const _errs28 = errors;
if(typeof data7 === "string"){
if(!pattern12.test(data7)){
const err30 = {};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
var _valid0 = _errs28 === errors;
valid8 = valid8 || _valid0;
if(!valid8){
const err31 = {};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
var valid7 = _errs22 === errors;
if(valid7){
const err32 = {instancePath:instancePath+"/artifacts/" + i0+"/path",schemaPath:"#/$defs/path/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err33 = {instancePath:instancePath+"/artifacts/" + i0+"/path",schemaPath:"#/$defs/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/artifacts/" + i0+"/path",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data6.digest !== undefined){
let data8 = data6.digest;
if(typeof data8 === "string"){
if(!pattern6.test(data8)){
const err35 = {instancePath:instancePath+"/artifacts/" + i0+"/digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/artifacts/" + i0+"/digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data6.media_type !== undefined){
let data9 = data6.media_type;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err37 = {instancePath:instancePath+"/artifacts/" + i0+"/media_type",schemaPath:"#/properties/artifacts/items/properties/media_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(!pattern14.test(data9)){
const err38 = {instancePath:instancePath+"/artifacts/" + i0+"/media_type",schemaPath:"#/properties/artifacts/items/properties/media_type/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+"},message:"must match pattern \""+"^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+"+"\""};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/artifacts/" + i0+"/media_type",schemaPath:"#/properties/artifacts/items/properties/media_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/artifacts/" + i0,schemaPath:"#/properties/artifacts/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/artifacts",schemaPath:"#/properties/artifacts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.catalogs !== undefined){
let data10 = data.catalogs;
if(Array.isArray(data10)){
if(data10.length < 1){
const err42 = {instancePath:instancePath+"/catalogs",schemaPath:"#/properties/catalogs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.path === undefined){
const err43 = {instancePath:instancePath+"/catalogs/" + i1,schemaPath:"#/properties/catalogs/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data11.digest === undefined){
const err44 = {instancePath:instancePath+"/catalogs/" + i1,schemaPath:"#/properties/catalogs/items/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
for(const key2 in data11){
if(!((key2 === "path") || (key2 === "digest"))){
const err45 = {instancePath:instancePath+"/catalogs/" + i1,schemaPath:"#/properties/catalogs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data11.path !== undefined){
let data12 = data11.path;
const _errs42 = errors;
const _errs43 = errors;
const _errs44 = errors;
let valid15 = false;
const _errs45 = errors;
if(typeof data12 === "string"){
if(!pattern8.test(data12)){
const err46 = {};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
var _valid1 = _errs45 === errors;
valid15 = valid15 || _valid1;
const _errs46 = errors;
if(typeof data12 === "string"){
if(!pattern9.test(data12)){
const err47 = {};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
var _valid1 = _errs46 === errors;
valid15 = valid15 || _valid1;
const _errs47 = errors;
if(typeof data12 === "string"){
if(!pattern10.test(data12)){
const err48 = {};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
var _valid1 = _errs47 === errors;
valid15 = valid15 || _valid1;
const _errs48 = errors;
if(typeof data12 === "string"){
if(!pattern11.test(data12)){
const err49 = {};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
var _valid1 = _errs48 === errors;
valid15 = valid15 || _valid1;
const _errs49 = errors;
if(typeof data12 === "string"){
if(!pattern12.test(data12)){
const err50 = {};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
var _valid1 = _errs49 === errors;
valid15 = valid15 || _valid1;
if(!valid15){
const err51 = {};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
else {
errors = _errs44;
if(vErrors !== null){
if(_errs44){
vErrors.length = _errs44;
}
else {
vErrors = null;
}
}
}
var valid14 = _errs43 === errors;
if(valid14){
const err52 = {instancePath:instancePath+"/catalogs/" + i1+"/path",schemaPath:"#/$defs/path/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
else {
errors = _errs42;
if(vErrors !== null){
if(_errs42){
vErrors.length = _errs42;
}
else {
vErrors = null;
}
}
}
if(typeof data12 === "string"){
if(func2(data12) < 1){
const err53 = {instancePath:instancePath+"/catalogs/" + i1+"/path",schemaPath:"#/$defs/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/catalogs/" + i1+"/path",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data11.digest !== undefined){
let data13 = data11.digest;
if(typeof data13 === "string"){
if(!pattern6.test(data13)){
const err55 = {instancePath:instancePath+"/catalogs/" + i1+"/digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/catalogs/" + i1+"/digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/catalogs/" + i1,schemaPath:"#/properties/catalogs/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/catalogs",schemaPath:"#/properties/catalogs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.qa !== undefined){
let data14 = data.qa;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.status === undefined){
const err59 = {instancePath:instancePath+"/qa",schemaPath:"#/properties/qa/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data14.report_digest === undefined){
const err60 = {instancePath:instancePath+"/qa",schemaPath:"#/properties/qa/required",keyword:"required",params:{missingProperty: "report_digest"},message:"must have required property '"+"report_digest"+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
for(const key3 in data14){
if(!((key3 === "status") || (key3 === "report_digest"))){
const err61 = {instancePath:instancePath+"/qa",schemaPath:"#/properties/qa/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data14.status !== undefined){
let data15 = data14.status;
if(!(((data15 === "pass") || (data15 === "warn")) || (data15 === "fail"))){
const err62 = {instancePath:instancePath+"/qa/status",schemaPath:"#/properties/qa/properties/status/enum",keyword:"enum",params:{allowedValues: schema31.properties.qa.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data14.report_digest !== undefined){
let data16 = data14.report_digest;
if(typeof data16 === "string"){
if(!pattern6.test(data16)){
const err63 = {instancePath:instancePath+"/qa/report_digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/qa/report_digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/qa",schemaPath:"#/properties/qa/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.policy !== undefined){
let data17 = data.policy;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.policy_label === undefined){
const err66 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/required",keyword:"required",params:{missingProperty: "policy_label"},message:"must have required property '"+"policy_label"+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data17.decision_id === undefined){
const err67 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/required",keyword:"required",params:{missingProperty: "decision_id"},message:"must have required property '"+"decision_id"+"'"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
for(const key4 in data17){
if(!((key4 === "policy_label") || (key4 === "decision_id"))){
const err68 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data17.policy_label !== undefined){
let data18 = data17.policy_label;
if(!((((data18 === "public") || (data18 === "internal")) || (data18 === "restricted")) || (data18 === "confidential"))){
const err69 = {instancePath:instancePath+"/policy/policy_label",schemaPath:"#/properties/policy/properties/policy_label/enum",keyword:"enum",params:{allowedValues: schema31.properties.policy.properties.policy_label.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data17.decision_id !== undefined){
let data19 = data17.decision_id;
if(typeof data19 === "string"){
if(!pattern22.test(data19)){
const err70 = {instancePath:instancePath+"/policy/decision_id",schemaPath:"#/properties/policy/properties/decision_id/pattern",keyword:"pattern",params:{pattern: "^kfm://policy_decision/\\S+$"},message:"must match pattern \""+"^kfm://policy_decision/\\S+$"+"\""};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/policy/decision_id",schemaPath:"#/properties/policy/properties/decision_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.approvals !== undefined){
let data20 = data.approvals;
if(Array.isArray(data20)){
const len2 = data20.length;
for(let i2=0; i2<len2; i2++){
let data21 = data20[i2];
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.role === undefined){
const err73 = {instancePath:instancePath+"/approvals/" + i2,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data21.principal === undefined){
const err74 = {instancePath:instancePath+"/approvals/" + i2,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "principal"},message:"must have required property '"+"principal"+"'"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data21.approved_at === undefined){
const err75 = {instancePath:instancePath+"/approvals/" + i2,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "approved_at"},message:"must have required property '"+"approved_at"+"'"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
for(const key5 in data21){
if(!(((key5 === "role") || (key5 === "principal")) || (key5 === "approved_at"))){
const err76 = {instancePath:instancePath+"/approvals/" + i2,schemaPath:"#/properties/approvals/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data21.role !== undefined){
let data22 = data21.role;
if(typeof data22 === "string"){
if(func2(data22) < 1){
const err77 = {instancePath:instancePath+"/approvals/" + i2+"/role",schemaPath:"#/properties/approvals/items/properties/role/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/approvals/" + i2+"/role",schemaPath:"#/properties/approvals/items/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data21.principal !== undefined){
let data23 = data21.principal;
if(typeof data23 === "string"){
if(func2(data23) < 1){
const err79 = {instancePath:instancePath+"/approvals/" + i2+"/principal",schemaPath:"#/properties/approvals/items/properties/principal/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/approvals/" + i2+"/principal",schemaPath:"#/properties/approvals/items/properties/principal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data21.approved_at !== undefined){
let data24 = data21.approved_at;
if(typeof data24 === "string"){
if(!pattern7.test(data24)){
const err81 = {instancePath:instancePath+"/approvals/" + i2+"/approved_at",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"+"\""};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(!(formats0.validate(data24))){
const err82 = {instancePath:instancePath+"/approvals/" + i2+"/approved_at",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/approvals/" + i2+"/approved_at",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/approvals/" + i2,schemaPath:"#/properties/approvals/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath:instancePath+"/approvals",schemaPath:"#/properties/approvals/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const runReceiptV1 = validate21;
const schema40 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://kfm.example/schemas/run_receipt_v1.schema.json","title":"KFM run receipt v1","description":"The per-run receipt of the promotion contract's appendix: what a pipeline run read and wrote, where, and with what validation and policy outcome. Output uris are paths relative to the dataset root.","type":"object","required":["run_id","actor","operation","dataset_version_id","inputs","outputs","environment","validation","policy","created_at"],"properties":{"run_id":{"type":"string","pattern":"^kfm://run/\\S+$"},"actor":{"type":"object","required":["principal","role"],"properties":{"principal":{"type":"string","minLength":1},"role":{"type":"string","minLength":1}}},"operation":{"type":"string","minLength":1},"dataset_version_id":{"type":"string","pattern":"^[A-Za-z0-9._-]{1,128}$"},"inputs":{"type":"array","items":{"$ref":"#/$defs/reference"}},"outputs":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/reference"}},"environment":{"type":"object","properties":{"container_digest":{"$ref":"#/$defs/digest"},"git_commit":{"type":"string","pattern":"^[0-9a-f]{7,64}$"},"params_digest":{"$ref":"#/$defs/digest"}}},"validation":{"type":"object","required":["status","report_digest"],"properties":{"status":{"enum":["pass","warn","fail"]},"report_digest":{"$ref":"#/$defs/digest"}}},"policy":{"type":"object","required":["decision_id"],"properties":{"decision_id":{"type":"string","pattern":"^kfm://policy_decision/\\S+$"}}},"created_at":{"type":"string","format":"date-time"}},"$defs":{"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"reference":{"type":"object","required":["uri","digest"],"properties":{"uri":{"type":"string","minLength":1},"digest":{"$ref":"#/$defs/digest"}}}}};
const schema42 = {"type":"string","pattern":"^sha256:[0-9a-f]{64}$"};
const pattern24 = new RegExp("^kfm://run/\\S+$", "u");
const pattern25 = new RegExp("^[A-Za-z0-9._-]{1,128}$", "u");
const pattern28 = new RegExp("^[0-9a-f]{7,64}$", "u");
const schema41 = {"type":"object","required":["uri","digest"],"properties":{"uri":{"type":"string","minLength":1},"digest":{"$ref":"#/$defs/digest"}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.uri === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.digest === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.uri !== undefined){
let data0 = data.uri;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err2 = {instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.digest !== undefined){
let data1 = data.digest;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err4 = {instancePath:instancePath+"/digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"uri":true,"digest":true},"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://kfm.example/schemas/run_receipt_v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.run_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run_id"},message:"must have required property '"+"run_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.actor === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor"},message:"must have required property '"+"actor"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.operation === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "operation"},message:"must have required property '"+"operation"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.dataset_version_id === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dataset_version_id"},message:"must have required property '"+"dataset_version_id"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.inputs === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "inputs"},message:"must have required property '"+"inputs"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.outputs === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "outputs"},message:"must have required property '"+"outputs"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.environment === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "environment"},message:"must have required property '"+"environment"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.validation === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "validation"},message:"must have required property '"+"validation"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.policy === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "policy"},message:"must have required property '"+"policy"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.created_at === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.run_id !== undefined){
let data0 = data.run_id;
if(typeof data0 === "string"){
if(!pattern24.test(data0)){
const err10 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/pattern",keyword:"pattern",params:{pattern: "^kfm://run/\\S+$"},message:"must match pattern \""+"^kfm://run/\\S+$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.actor !== undefined){
let data1 = data.actor;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.principal === undefined){
const err12 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/required",keyword:"required",params:{missingProperty: "principal"},message:"must have required property '"+"principal"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data1.role === undefined){
const err13 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data1.principal !== undefined){
let data2 = data1.principal;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err14 = {instancePath:instancePath+"/actor/principal",schemaPath:"#/properties/actor/properties/principal/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/actor/principal",schemaPath:"#/properties/actor/properties/principal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data1.role !== undefined){
let data3 = data1.role;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err16 = {instancePath:instancePath+"/actor/role",schemaPath:"#/properties/actor/properties/role/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/actor/role",schemaPath:"#/properties/actor/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.operation !== undefined){
let data4 = data.operation;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err19 = {instancePath:instancePath+"/operation",schemaPath:"#/properties/operation/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/operation",schemaPath:"#/properties/operation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.dataset_version_id !== undefined){
let data5 = data.dataset_version_id;
if(typeof data5 === "string"){
if(!pattern25.test(data5)){
const err21 = {instancePath:instancePath+"/dataset_version_id",schemaPath:"#/properties/dataset_version_id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9._-]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/dataset_version_id",schemaPath:"#/properties/dataset_version_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.inputs !== undefined){
let data6 = data.inputs;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate22(data6[i0], {instancePath:instancePath+"/inputs/" + i0,parentData:data6,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.outputs !== undefined){
let data8 = data.outputs;
if(Array.isArray(data8)){
if(data8.length < 1){
const err24 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
if(!(validate22(data8[i1], {instancePath:instancePath+"/outputs/" + i1,parentData:data8,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err25 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.environment !== undefined){
let data10 = data.environment;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.container_digest !== undefined){
let data11 = data10.container_digest;
if(typeof data11 === "string"){
if(!pattern6.test(data11)){
const err26 = {instancePath:instancePath+"/environment/container_digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/environment/container_digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data10.git_commit !== undefined){
let data12 = data10.git_commit;
if(typeof data12 === "string"){
if(!pattern28.test(data12)){
const err28 = {instancePath:instancePath+"/environment/git_commit",schemaPath:"#/properties/environment/properties/git_commit/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{7,64}$"},message:"must match pattern \""+"^[0-9a-f]{7,64}$"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/environment/git_commit",schemaPath:"#/properties/environment/properties/git_commit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data10.params_digest !== undefined){
let data13 = data10.params_digest;
if(typeof data13 === "string"){
if(!pattern6.test(data13)){
const err30 = {instancePath:instancePath+"/environment/params_digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/environment/params_digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.validation !== undefined){
let data14 = data.validation;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.status === undefined){
const err33 = {instancePath:instancePath+"/validation",schemaPath:"#/properties/validation/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data14.report_digest === undefined){
const err34 = {instancePath:instancePath+"/validation",schemaPath:"#/properties/validation/required",keyword:"required",params:{missingProperty: "report_digest"},message:"must have required property '"+"report_digest"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data14.status !== undefined){
let data15 = data14.status;
if(!(((data15 === "pass") || (data15 === "warn")) || (data15 === "fail"))){
const err35 = {instancePath:instancePath+"/validation/status",schemaPath:"#/properties/validation/properties/status/enum",keyword:"enum",params:{allowedValues: schema40.properties.validation.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data14.report_digest !== undefined){
let data16 = data14.report_digest;
if(typeof data16 === "string"){
if(!pattern6.test(data16)){
const err36 = {instancePath:instancePath+"/validation/report_digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/validation/report_digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/validation",schemaPath:"#/properties/validation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.policy !== undefined){
let data17 = data.policy;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.decision_id === undefined){
const err39 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/required",keyword:"required",params:{missingProperty: "decision_id"},message:"must have required property '"+"decision_id"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data17.decision_id !== undefined){
let data18 = data17.decision_id;
if(typeof data18 === "string"){
if(!pattern22.test(data18)){
const err40 = {instancePath:instancePath+"/policy/decision_id",schemaPath:"#/properties/policy/properties/decision_id/pattern",keyword:"pattern",params:{pattern: "^kfm://policy_decision/\\S+$"},message:"must match pattern \""+"^kfm://policy_decision/\\S+$"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/policy/decision_id",schemaPath:"#/properties/policy/properties/decision_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.created_at !== undefined){
let data19 = data.created_at;
if(typeof data19 === "string"){
if(!(formats0.validate(data19))){
const err43 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"run_id":true,"actor":true,"operation":true,"dataset_version_id":true,"inputs":true,"outputs":true,"environment":true,"validation":true,"policy":true,"created_at":true},"dynamicProps":false,"dynamicItems":false};

const inventoryShardV1 = validate25;
const schema46 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://kfm.example/schemas/inventory_shard_v1.schema.json","title":"KFM inventory shard v1","description":"One shard of a sharded artifact inventory (inventory --shard I/N, or the action's mode: inventory): the whole listing's size and digest, and the entries of the files whose shard (the first 4 bytes of the SHA-256 of the UTF-8 root-relative path, as a big-endian number, modulo count, plus 1) is this one. Paths are relative to root.","type":"object","additionalProperties":false,"required":["kfm_inventory_shard_version","shard","input","root","patterns","media_types","path_count","paths_digest","entries"],"properties":{"kfm_inventory_shard_version":{"const":"v1"},"shard":{"type":"object","additionalProperties":false,"required":["index","count"],"properties":{"index":{"type":"integer","minimum":1},"count":{"type":"integer","minimum":1,"maximum":1024}}},"input":{"const":"artifacts"},"root":{"type":"string","minLength":1},"patterns":{"type":"array","minItems":1,"items":{"type":"string","minLength":1}},"media_types":{"type":"array","items":{"type":"string","minLength":1}},"path_count":{"type":"integer","minimum":0},"paths_digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["path","digest","media_type","size"],"properties":{"path":{"type":"string","minLength":1},"digest":{"$ref":"#/$defs/digest"},"media_type":{"type":"string","minLength":1},"size":{"type":"integer","minimum":0}}}}},"$defs":{"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"}}};
const schema47 = {"type":"string","pattern":"^sha256:[0-9a-f]{64}$"};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://kfm.example/schemas/inventory_shard_v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kfm_inventory_shard_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kfm_inventory_shard_version"},message:"must have required property '"+"kfm_inventory_shard_version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.shard === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "shard"},message:"must have required property '"+"shard"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.input === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "input"},message:"must have required property '"+"input"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.root === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "root"},message:"must have required property '"+"root"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.patterns === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "patterns"},message:"must have required property '"+"patterns"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.media_types === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "media_types"},message:"must have required property '"+"media_types"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.path_count === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path_count"},message:"must have required property '"+"path_count"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.paths_digest === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "paths_digest"},message:"must have required property '"+"paths_digest"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.entries === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema46.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.kfm_inventory_shard_version !== undefined){
if("v1" !== data.kfm_inventory_shard_version){
const err10 = {instancePath:instancePath+"/kfm_inventory_shard_version",schemaPath:"#/properties/kfm_inventory_shard_version/const",keyword:"const",params:{allowedValue: "v1"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.shard !== undefined){
let data1 = data.shard;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.index === undefined){
const err11 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/required",keyword:"required",params:{missingProperty: "index"},message:"must have required property '"+"index"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data1.count === undefined){
const err12 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "index") || (key1 === "count"))){
const err13 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data1.index !== undefined){
let data2 = data1.index;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err14 = {instancePath:instancePath+"/shard/index",schemaPath:"#/properties/shard/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err15 = {instancePath:instancePath+"/shard/index",schemaPath:"#/properties/shard/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data1.count !== undefined){
let data3 = data1.count;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err16 = {instancePath:instancePath+"/shard/count",schemaPath:"#/properties/shard/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1024 || isNaN(data3)){
const err17 = {instancePath:instancePath+"/shard/count",schemaPath:"#/properties/shard/properties/count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1024},message:"must be <= 1024"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err18 = {instancePath:instancePath+"/shard/count",schemaPath:"#/properties/shard/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
}
else {
const err19 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.input !== undefined){
if("artifacts" !== data.input){
const err20 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/const",keyword:"const",params:{allowedValue: "artifacts"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.root !== undefined){
let data5 = data.root;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err21 = {instancePath:instancePath+"/root",schemaPath:"#/properties/root/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/root",schemaPath:"#/properties/root/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.patterns !== undefined){
let data6 = data.patterns;
if(Array.isArray(data6)){
if(data6.length < 1){
const err23 = {instancePath:instancePath+"/patterns",schemaPath:"#/properties/patterns/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err24 = {instancePath:instancePath+"/patterns/" + i0,schemaPath:"#/properties/patterns/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/patterns/" + i0,schemaPath:"#/properties/patterns/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/patterns",schemaPath:"#/properties/patterns/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.media_types !== undefined){
let data8 = data.media_types;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err27 = {instancePath:instancePath+"/media_types/" + i1,schemaPath:"#/properties/media_types/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/media_types/" + i1,schemaPath:"#/properties/media_types/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/media_types",schemaPath:"#/properties/media_types/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.path_count !== undefined){
let data10 = data.path_count;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err30 = {instancePath:instancePath+"/path_count",schemaPath:"#/properties/path_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err31 = {instancePath:instancePath+"/path_count",schemaPath:"#/properties/path_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
if(data.paths_digest !== undefined){
let data11 = data.paths_digest;
if(typeof data11 === "string"){
if(!pattern6.test(data11)){
const err32 = {instancePath:instancePath+"/paths_digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/paths_digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.entries !== undefined){
let data12 = data.entries;
if(Array.isArray(data12)){
const len2 = data12.length;
for(let i2=0; i2<len2; i2++){
let data13 = data12[i2];
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.path === undefined){
const err34 = {instancePath:instancePath+"/entries/" + i2,schemaPath:"#/properties/entries/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data13.digest === undefined){
const err35 = {instancePath:instancePath+"/entries/" + i2,schemaPath:"#/properties/entries/items/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data13.media_type === undefined){
const err36 = {instancePath:instancePath+"/entries/" + i2,schemaPath:"#/properties/entries/items/required",keyword:"required",params:{missingProperty: "media_type"},message:"must have required property '"+"media_type"+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data13.size === undefined){
const err37 = {instancePath:instancePath+"/entries/" + i2,schemaPath:"#/properties/entries/items/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
for(const key2 in data13){
if(!((((key2 === "path") || (key2 === "digest")) || (key2 === "media_type")) || (key2 === "size"))){
const err38 = {instancePath:instancePath+"/entries/" + i2,schemaPath:"#/properties/entries/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data13.path !== undefined){
let data14 = data13.path;
if(typeof data14 === "string"){
if(func2(data14) < 1){
const err39 = {instancePath:instancePath+"/entries/" + i2+"/path",schemaPath:"#/properties/entries/items/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/entries/" + i2+"/path",schemaPath:"#/properties/entries/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data13.digest !== undefined){
let data15 = data13.digest;
if(typeof data15 === "string"){
if(!pattern6.test(data15)){
const err41 = {instancePath:instancePath+"/entries/" + i2+"/digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/entries/" + i2+"/digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data13.media_type !== undefined){
let data16 = data13.media_type;
if(typeof data16 === "string"){
if(func2(data16) < 1){
const err43 = {instancePath:instancePath+"/entries/" + i2+"/media_type",schemaPath:"#/properties/entries/items/properties/media_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/entries/" + i2+"/media_type",schemaPath:"#/properties/entries/items/properties/media_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data13.size !== undefined){
let data17 = data13.size;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err45 = {instancePath:instancePath+"/entries/" + i2+"/size",schemaPath:"#/properties/entries/items/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err46 = {instancePath:instancePath+"/entries/" + i2+"/size",schemaPath:"#/properties/entries/items/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
}
else {
const err47 = {instancePath:instancePath+"/entries/" + i2,schemaPath:"#/properties/entries/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


/***/ })

};
