export const id = 2125;
export const ids = [2125];
export const modules = {

/***/ 8258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E_: () => (/* binding */ readJsonDocument),
/* harmony export */   Mi: () => (/* binding */ DocumentError),
/* harmony export */   _6: () => (/* binding */ decodeUtf8),
/* harmony export */   h9: () => (/* binding */ readDocumentBytes),
/* harmony export */   lk: () => (/* binding */ parseJsonText),
/* harmony export */   mh: () => (/* binding */ lineAt),
/* harmony export */   rE: () => (/* binding */ jsonValueProblem),
/* harmony export */   vy: () => (/* binding */ numberProblem)
/* harmony export */ });
/* unused harmony exports MAX_DOCUMENT_BYTES, MAX_DEPTH */
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
    constructor(path, message, line) {
        super(message);
        this.path = path;
        this.line = line;
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
    const { problem, members } = walkValue(value);
    if (problem)
        throw new DocumentError(path, `${path} ${problem.message}`, problem.line?.(text));
    // A key written twice leaves fewer members in the value than the text has: only then, or when
    // every number's text counts, is the token visitor needed (it is most of the parse's time).
    const found = exactNumbers || membersInText(text) !== members
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
/** How many object members the text of a valid JSON document writes, duplicates included. */
function membersInText(text) {
    let members = 0;
    for (const match of text.matchAll(STRING_OR_COLON))
        if (match[0] === ':')
            members++;
    return members;
}
/** jsonValueProblem's walk, which also counts the object members of the value. */
function walkValue(value) {
    let members = 0;
    const stack = [[value, 0]];
    while (stack.length > 0) {
        const [node, depth] = stack.pop();
        if (typeof node === 'string') {
            if (!node.isWellFormed())
                return { problem: loneSurrogate(), members };
            continue;
        }
        if (node === null || typeof node !== 'object')
            continue;
        if (depth >= MAX_DEPTH)
            return {
                problem: {
                    message: `nests arrays and objects deeper than ${MAX_DEPTH} levels; no input document needs that, so flatten it`
                },
                members
            };
        if (Array.isArray(node)) {
            for (const item of node)
                stack.push([item, depth + 1]);
            continue;
        }
        const keys = Object.keys(node);
        members += keys.length;
        for (const key of keys) {
            if (key === '__proto__')
                return {
                    problem: {
                        message: 'has a "__proto__" key, which JavaScript readers may turn into a change of prototype; remove it',
                        line: (text) => searchLine(text, /"__proto__"\s*:/)
                    },
                    members
                };
            if (!key.isWellFormed())
                return { problem: loneSurrogate(), members };
            stack.push([node[key], depth + 1]);
        }
    }
    return { members };
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
        // Synchronous: a small document costs four system calls here, against four round trips
        // through libuv's thread pool (20,000 STAC items: 1.35 s → see the bench). Non-blocking
        // open, so a named pipe is refused by fstat instead of waiting for a writer.
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
    const lineOfOffset = (0,_model_lines_js__WEBPACK_IMPORTED_MODULE_6__/* .lineIndex */ .D)(text);
    return {
        path,
        bytes,
        digest: (0,_model_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Digest */ .s)(bytes),
        value,
        lineOf(location) {
            tree ??= (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_3__.parseTree)(text);
            const node = tree && (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_3__.findNodeAtLocation)(tree, location);
            return node ? lineOfOffset(node.offset) : undefined;
        },
        lineOfText(needle) {
            const at = text.indexOf(needle);
            return at < 0 ? undefined : lineOfOffset(at);
        }
    };
}


/***/ }),

/***/ 1210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ findFiles)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(3581);
// EXTERNAL MODULE: ./src/model/order.ts
var order = __webpack_require__(6553);
;// CONCATENATED MODULE: ./src/inventory/crawl.ts
// A fast walk with @actions/glob's pattern language and results (what users of upload-artifact
// know): the same patterns, search paths, last-match-wins with `!`, implicit descendants, trailing
// `/` for directories only, symbolic links followed with per-branch cycle detection, directories
// pruned by partial match. It walks synchronously with the types readdir already knows, so a
// regular file costs no stat. Differential tests hold it to @actions/glob's own answers.




const MINIMATCH_OPTIONS = {
    dot: true,
    nobrace: true,
    nocase: false,
    nocomment: true,
    noext: true,
    nonegate: true
};
const NONE = 0;
const DIRECTORY = 1;
const FILE = 2;
const ALL = 3;
function trimTrailingSeparator(p) {
    return p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p;
}
/** A segment's literal text, or '' when it holds a glob (as @actions/glob decides it). */
function literal(segment) {
    let text = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '\\' && i + 1 < segment.length) {
            text += segment[++i];
            continue;
        }
        if (c === '*' || c === '?')
            return '';
        if (c === '[' && i + 1 < segment.length) {
            let set = '';
            let closed = -1;
            for (let j = i + 1; j < segment.length; j++) {
                const d = segment[j];
                if (d === '\\' && j + 1 < segment.length) {
                    set += segment[++j];
                    continue;
                }
                if (d === ']') {
                    closed = j;
                    break;
                }
                set += d;
            }
            if (closed >= 0) {
                if (set.length > 1)
                    return '';
                if (set) {
                    text += set;
                    i = closed;
                    continue;
                }
            }
        }
        text += c;
    }
    return text;
}
/** Escapes a literal path for use in a pattern, as @actions/glob's globEscape does. */
function globEscape(text) {
    return text
        .replace(/\\/g, '\\\\')
        .replace(/(\[)(?=[^/]+\])/g, '[[]')
        .replace(/\?/g, '[?]')
        .replace(/\*/g, '[*]');
}
class Pattern {
    negate;
    implicit;
    line;
    segments;
    trailingSeparator;
    searchPath;
    minimatch;
    /** `literal/prefix/**`: every path at or under the search path matches, no minimatch needed. */
    everythingUnder;
    constructor(negate, pattern, implicit = false, 
    /** The index of the pattern line it comes from. */
    line = 0) {
        this.negate = negate;
        this.implicit = implicit;
        this.line = line;
        const normal = pattern.replace(/\/\/+/g, '/');
        this.trailingSeparator = normal.length > 1 && normal.endsWith('/');
        const trimmed = trimTrailingSeparator(normal);
        this.segments = ['/', ...trimmed.split('/').filter((s) => s !== '')];
        let foundGlob = false;
        const search = this.segments.map(literal).filter((x) => !foundGlob && !(foundGlob = x === ''));
        this.searchPath = search.length <= 1 ? '/' : `/${search.slice(1).join('/')}`;
        this.minimatch = new esm/* Minimatch */.VR(trimmed, MINIMATCH_OPTIONS);
        this.everythingUnder =
            !this.trailingSeparator &&
                search.length === this.segments.length - 1 &&
                this.segments.at(-1) === '**';
    }
    match(itemPath) {
        if (this.everythingUnder) {
            // minimatch: `/a/**` matches `/a/x` and `/a/`, not `/a`; an explicit pattern appends the `/`.
            if (itemPath === this.searchPath)
                return this.implicit ? NONE : ALL;
            return itemPath.startsWith(this.searchPath === '/' ? '/' : `${this.searchPath}/`) ? ALL : NONE;
        }
        let item = itemPath;
        if (this.segments.at(-1) === '**') {
            if (!item.endsWith('/') && !this.implicit)
                item = `${item}/`;
        }
        else
            item = trimTrailingSeparator(item);
        if (this.minimatch.match(item))
            return this.trailingSeparator ? DIRECTORY : ALL;
        return NONE;
    }
    partialMatch(itemPath) {
        const item = trimTrailingSeparator(itemPath);
        if (item === '/')
            return true;
        if (this.everythingUnder) {
            return (item === this.searchPath ||
                item.startsWith(`${this.searchPath}/`) ||
                this.searchPath.startsWith(`${item}/`));
        }
        return this.minimatch.matchOne(item.split(/\/+/), this.minimatch.set[0], true);
    }
}
/** Pattern lines (absolute, `!` to negate) with implicit descendants, as the globber builds them. */
function compile(lines) {
    const patterns = [];
    for (const [index, line] of lines.entries()) {
        let text = line.trim();
        let negate = false;
        while (text.startsWith('!')) {
            negate = !negate;
            text = text.slice(1).trim();
        }
        const pattern = new Pattern(negate, text, false, index);
        patterns.push(pattern);
        if (pattern.trailingSeparator || pattern.segments.at(-1) !== '**') {
            patterns.push(new Pattern(negate, `/${[...pattern.segments.slice(1), '**'].join('/')}`, true, index));
        }
    }
    return patterns;
}
function searchPaths(patterns) {
    const candidates = new Set(patterns.filter((p) => !p.negate).map((p) => p.searchPath));
    const result = [];
    for (const candidate of candidates) {
        let parent = external_node_path_default().posix.dirname(candidate);
        let child = candidate;
        let covered = false;
        while (parent !== child) {
            if (candidates.has(parent)) {
                covered = true;
                break;
            }
            child = parent;
            parent = external_node_path_default().posix.dirname(parent);
        }
        if (!covered && !result.includes(candidate))
            result.push(candidate);
    }
    return result;
}
function matchAll(patterns, item) {
    let result = NONE;
    for (const pattern of patterns) {
        if (pattern.negate)
            result &= ~pattern.match(item);
        else
            result |= pattern.match(item);
    }
    return result;
}
/**
 * A directory's entries in the order of the paths they lead to (UTF-8 bytes), so that the walk
 * meets files in the artifact list's order. readdir (libuv's scandir) gives names in byte order
 * already; what is left is that a directory's paths go on with `/`, so `a/x` comes after `a-b`
 * and `a.json` although `a` comes before them. Such names follow the directory's at once, so one
 * look at the next entry tells whether anything needs to move. Whatever else breaks the order
 * (a link to a directory, an unsorted readdir) is caught where the order is relied on.
 */
function inPathOrder(entries) {
    let displaced = false;
    for (let i = 0; i + 1 < entries.length && !displaced; i++)
        displaced = entries[i].isDirectory() && entries[i + 1].name.startsWith(entries[i].name);
    if (!displaced)
        return entries;
    return entries
        .map((entry) => ({ entry, key: entry.isDirectory() ? `${entry.name}/` : entry.name }))
        .sort((a, b) => (0,order/* compareText */.n)(a.key, b.key))
        .map(({ entry }) => entry);
}
function kindOf(entry) {
    if (entry.isFile())
        return 'file';
    if (entry.isDirectory())
        return 'directory';
    if (entry.isSymbolicLink())
        return 'link';
    return 'other';
}
/**
 * The files that absolute pattern `lines` match. `skipDirectories` names directories never
 * entered (`.git`), which @actions/glob would walk and this caller would discard anyway.
 */
function crawl(lines, skipDirectories = new Set(), 
/** Called for each matching file as it is found (the hashing threads start on it at once). */
onFile) {
    const patterns = compile(lines);
    const includes = patterns.filter((p) => !p.negate);
    const files = [];
    const viaLink = new Set();
    const dangling = [];
    const loops = [];
    const special = [];
    // Lines not yet seen to match a file by themselves; once empty, this costs nothing.
    let unseen = [...new Set(includes.map((p) => p.line))];
    for (const searchPath of searchPaths(patterns)) {
        const stack = [{ path: searchPath, level: 1, kind: 'unknown', viaLink: false }];
        const chain = [];
        while (stack.length > 0) {
            const item = stack.pop();
            const match = matchAll(patterns, item.path);
            const partial = match !== NONE || includes.some((p) => p.partialMatch(item.path));
            if (match === NONE && !partial)
                continue;
            let kind = item.kind;
            if (kind === 'link' || kind === 'unknown') {
                try {
                    const stats = (0,external_node_fs_.statSync)(item.path);
                    kind = stats.isDirectory() ? 'directory' : stats.isFile() ? 'file' : 'other';
                }
                catch (error) {
                    const code = error.code;
                    if (code === 'ENOENT' && item.kind === 'link')
                        dangling.push(item.path);
                    else if (code === 'ELOOP')
                        loops.push(item.path);
                    else if (code !== 'ENOENT')
                        throw error;
                    continue;
                }
            }
            if (kind === 'directory') {
                if (skipDirectories.has(external_node_path_default().posix.basename(item.path)))
                    continue;
                const real = item.real ?? (0,external_node_fs_.realpathSync)(item.path);
                const linked = item.viaLink || real !== item.path;
                while (chain.length >= item.level)
                    chain.pop();
                if (chain.includes(real)) {
                    loops.push(item.path);
                    continue;
                }
                chain.push(real);
                const entries = inPathOrder((0,external_node_fs_.readdirSync)(item.path, { withFileTypes: true }));
                for (let i = entries.length - 1; i >= 0; i--) {
                    const entry = entries[i];
                    const childKind = kindOf(entry);
                    const childPath = item.path === '/' ? `/${entry.name}` : `${item.path}/${entry.name}`;
                    stack.push({
                        path: childPath,
                        level: item.level + 1,
                        kind: childKind,
                        viaLink: linked || childKind === 'link',
                        ...(childKind === 'directory'
                            ? { real: `${real === '/' ? '' : real}/${entry.name}` }
                            : {})
                    });
                }
            }
            else if (kind === 'file') {
                if (unseen.length > 0) {
                    unseen = unseen.filter((line) => !includes.some((p) => p.line === line && p.match(item.path) & FILE));
                }
                if (match & FILE) {
                    const linked = item.viaLink || item.kind !== 'file';
                    files.push(item.path);
                    if (linked)
                        viaLink.add(item.path);
                    onFile?.(item.path, linked);
                }
            }
            else if (kind === 'other' && match & FILE) {
                special.push(item.path);
            }
        }
    }
    return { files, viaLink, dangling, loops, special, unmatched: unseen };
}

// EXTERNAL MODULE: ./src/model/paths.ts
var paths = __webpack_require__(1933);
// EXTERNAL MODULE: ./src/inventory/findings.ts
var inventory_findings = __webpack_require__(9376);
;// CONCATENATED MODULE: ./src/inventory/find-files.ts
// Finds the files a pattern list names under the dataset root, with @actions/glob's pattern
// language (what users of upload-artifact know), and refuses anything that leaves the root.




/** Never walked into, never inventoried. */
const NEVER_ENTERED = new Set(['.git']);
/** The patterns, each normalised inside the root, or the findings that refuse them. */
function parsePatterns(patterns, input) {
    const findings = [];
    const parsed = [];
    for (const source of patterns) {
        const negate = source.startsWith('!');
        const safe = (0,paths/* normaliseRelative */.Z8)(negate ? source.slice(1) : source);
        if (!safe.ok)
            findings.push((0,inventory_findings/* finding */.g)('PATTERN_OUTSIDE_ROOT', input, `The ${input} pattern "${source}" ${safe.reason}.`));
        else
            parsed.push({ negate, body: safe.path, source });
    }
    if (findings.length === 0 && !parsed.some((p) => !p.negate))
        findings.push((0,inventory_findings/* finding */.g)('NO_PATTERNS', input, `The ${input} input has no pattern that includes files.`));
    return { parsed, findings };
}
/** What the walk passed over: files that cannot be hashed, or must not be copied. */
function passedOver(walk, root, display) {
    const kinds = [
        [
            walk.dangling,
            'SYMLINK_DANGLING',
            (shown) => `${shown} is a symbolic link to nothing; remove it or point it at a file inside the dataset root.`
        ],
        [
            walk.special,
            'FILE_UNREADABLE',
            (shown) => `${shown} is not a regular file (a named pipe, socket or device), so it has no content to hash; remove it from the dataset.`
        ],
        [
            walk.loops,
            'SYMLINK_LOOP',
            (shown) => `${shown} is a symbolic link in a loop (it leads back to itself or to a directory above it); copying tools follow it forever, so remove it.`
        ]
    ];
    return kinds.flatMap(([absolutes, kind, message]) => absolutes.map((absolute) => {
        const shown = display((0,paths/* relativeInside */.JA)(root, absolute) ?? absolute);
        return (0,inventory_findings/* finding */.g)(kind, shown, message(shown));
    }));
}
/**
 * `input` names the input the patterns came from (for messages). `skip` holds absolute paths that
 * are never inventoried (the manifest's own output path).
 */
async function findFiles(root, patterns, input, display, skip = new Set(), 
/** Called for each accepted file as the walk finds it. */
onFound) {
    const { parsed, findings } = parsePatterns(patterns, input);
    if (findings.length > 0)
        return { files: [], findings };
    const lines = parsed.map((p) => `${p.negate ? '!' : ''}${globEscape(root)}/${p.body}`);
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    const files = [];
    // Every walked path starts with the root and a `/`: cutting it off gives the relative path.
    const prefix = root.endsWith('/') ? root : `${root}/`;
    const accept = (absolute, viaLink) => {
        const relative = absolute.startsWith(prefix)
            ? absolute.slice(prefix.length)
            : (0,paths/* relativeInside */.JA)(root, absolute);
        if (relative === undefined || skip.has(absolute))
            return;
        if (viaLink || realRoot !== root) {
            const target = (0,external_node_fs_.realpathSync)(absolute);
            if ((0,paths/* relativeInside */.JA)(realRoot, target) === undefined) {
                const shown = display(relative);
                const message = `${shown} resolves through a symbolic link to ${target}, outside the dataset root; copy the file into the root instead of linking to it.`;
                findings.push((0,inventory_findings/* finding */.g)('PATH_OUTSIDE_ROOT', shown, message));
                return;
            }
        }
        const file = { path: relative, absolute };
        files.push(file);
        onFound?.(file);
    };
    let walk;
    try {
        walk = crawl(lines, NEVER_ENTERED, accept);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const failed = `Searching the ${input} patterns failed: ${message}`;
        return { files: [], findings: [(0,inventory_findings/* finding */.g)('GLOB_FAILED', input, failed)] };
    }
    for (const index of walk.unmatched) {
        const message = `The ${input} pattern "${parsed[index].source}" matches no file under the dataset root; fix or remove it.`;
        findings.push((0,inventory_findings/* finding */.g)('PATTERN_MATCHES_NOTHING', input, message));
    }
    findings.push(...passedOver(walk, root, display));
    if (files.length === 0 && findings.length === 0) {
        const message = `The ${input} patterns match no file under the dataset root.`;
        findings.push((0,inventory_findings/* finding */.g)('PATTERN_MATCHES_NOTHING', input, message));
    }
    return { files, findings };
}


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


/***/ })

};
