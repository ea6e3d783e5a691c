import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m$: () => (/* binding */ CHUNK),
  YV: () => (/* binding */ HASH_WORKER),
  mz: () => (/* binding */ batchPart),
  aY: () => (/* binding */ claimIn),
  BV: () => (/* binding */ hashBatch)
});

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/model/order.ts
// The one order of the product: paths, violations and lists sort by UTF-8 bytes (docs/decisions.md,
// "Inventory").
/**
 * Compares by UTF-8 bytes, the order docs/decisions.md fixes for paths, without encoding: UTF-8 byte
 * order is code point order, which is UTF-16 code unit order once surrogates (U+D800-DFFF) are
 * moved above U+E000-FFFF, as the supplementary characters they encode sort there.
 */
function compareText(a, b) {
    if (a === b)
        return 0;
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x !== y) {
            const rankX = x < 0xd800 ? x : x >= 0xe000 ? x - 0x800 : x + 0x2000;
            const rankY = y < 0xd800 ? y : y >= 0xe000 ? y - 0x800 : y + 0x2000;
            return rankX - rankY;
        }
    }
    return a.length - b.length;
}

;// CONCATENATED MODULE: ./src/model/lfs-pointer.ts
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

;// CONCATENATED MODULE: ./src/inventory/list-json.ts
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

;// CONCATENATED MODULE: ./node_modules/balanced-match/dist/esm/index.js
const balanced = (a, b, str) => {
    const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
    const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
    const r = ma !== null && mb != null && range(ma, mb, str);
    return (r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length),
    });
};
const maybeMatch = (reg, str) => {
    const m = str.match(reg);
    return m ? m[0] : null;
};
const range = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        if (a === b) {
            return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/brace-expansion/dist/esm/index.js

const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
const EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
const EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
const EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
const EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = range('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, EXPANSION_MAX);
    const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    const pad = n.some(isPadded);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};
//# sourceMappingURL=assert-valid-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/brace-expressions.js
// translate the various posix character classes into unicode properties
// this works across all unicode locales
// { <posix class>: [<translation>, /u flag required, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}', true],
    '[:alpha:]': ['\\p{L}\\p{Nl}', true],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f', false],
    '[:blank:]': ['\\p{Zs}\\t', true],
    '[:cntrl:]': ['\\p{Cc}', true],
    '[:digit:]': ['\\p{Nd}', true],
    '[:graph:]': ['\\p{Z}\\p{C}', true, true],
    '[:lower:]': ['\\p{Ll}', true],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}', true],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f', true],
    '[:upper:]': ['\\p{Lu}', true],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', true],
    '[:xdigit:]': ['A-Fa-f0-9', false],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
// escape all regexp magic characters
const regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// everything has already been escaped, we just have to join
const rangesToString = (ranges) => ranges.join('');
// takes a glob string at a posix brace expression, and returns
// an equivalent regular expression source, and boolean indicating
// whether the /u flag needs to be applied, and the number of chars
// consumed to parse the character class.
// This also removes out of order ranges, and returns ($.) if the
// entire class just no good.
const parseClass = (glob, position) => {
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let uflag = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = glob.charAt(i);
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return ['$.', false, glob.length - pos, true];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    uflag = uflag || u;
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (c > rangeStart) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(c));
            }
            else if (c === rangeStart) {
                ranges.push(braceEscape(c));
            }
            rangeStart = '';
            i++;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + 1)) {
            ranges.push(braceEscape(c + '-'));
            i += 2;
            continue;
        }
        if (glob.startsWith('-', i + 1)) {
            rangeStart = c;
            i += 2;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(c));
        i++;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return ['', false, 0, false];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return ['$.', false, glob.length - pos, true];
    }
    // if we got one positive range, and it's a single character, then that's
    // not actually a magic pattern, it's just that one literal character.
    // we should not treat that as "magic", we should just return the literal
    // character. [_] is a perfectly valid way to escape glob magic chars.
    if (negs.length === 0 &&
        ranges.length === 1 &&
        /^\\?.$/.test(ranges[0]) &&
        !negate) {
        const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
        return [regexpEscape(r), false, endPos - pos, false];
    }
    const sranges = '[' + (negate ? '^' : '') + rangesToString(ranges) + ']';
    const snegs = '[' + (negate ? '' : '^') + rangesToString(negs) + ']';
    const comb = ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
        : ranges.length ? sranges
            : snegs;
    return [comb, uflag, endPos - pos, true];
};
//# sourceMappingURL=brace-expressions.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/unescape.js
/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape_unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};
//# sourceMappingURL=unescape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/ast.js
// parse a single path portion
var _a;


const types = new Set(['!', '?', '+', '*', '@']);
const isExtglobType = (c) => types.has(c);
const isExtglobAST = (c) => isExtglobType(c.type);
// Map of which extglob types can adopt the children of a nested extglob
//
// anything but ! can adopt a matching type:
// +(a|+(b|c)|d) => +(a|b|c|d)
// *(a|*(b|c)|d) => *(a|b|c|d)
// @(a|@(b|c)|d) => @(a|b|c|d)
// ?(a|?(b|c)|d) => ?(a|b|c|d)
//
// * can adopt anything, because 0 or repetition is allowed
// *(a|?(b|c)|d) => *(a|b|c|d)
// *(a|+(b|c)|d) => *(a|b|c|d)
// *(a|@(b|c)|d) => *(a|b|c|d)
//
// + can adopt @, because 1 or repetition is allowed
// +(a|@(b|c)|d) => +(a|b|c|d)
//
// + and @ CANNOT adopt *, because 0 would be allowed
// +(a|*(b|c)|d) => would match "", on *(b|c)
// @(a|*(b|c)|d) => would match "", on *(b|c)
//
// + and @ CANNOT adopt ?, because 0 would be allowed
// +(a|?(b|c)|d) => would match "", on ?(b|c)
// @(a|?(b|c)|d) => would match "", on ?(b|c)
//
// ? can adopt @, because 0 or 1 is allowed
// ?(a|@(b|c)|d) => ?(a|b|c|d)
//
// ? and @ CANNOT adopt * or +, because >1 would be allowed
// ?(a|*(b|c)|d) => would match bbb on *(b|c)
// @(a|*(b|c)|d) => would match bbb on *(b|c)
// ?(a|+(b|c)|d) => would match bbb on +(b|c)
// @(a|+(b|c)|d) => would match bbb on +(b|c)
//
// ! CANNOT adopt ! (nothing else can either)
// !(a|!(b|c)|d) => !(a|b|c|d) would fail to match on b (not not b|c)
//
// ! can adopt @
// !(a|@(b|c)|d) => !(a|b|c|d)
//
// ! CANNOT adopt *
// !(a|*(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt +
// !(a|+(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt ?
// x!(a|?(b|c)|d) => x!(a|b|c|d) would fail to match "x"
const adoptionMap = new Map([
    ['!', ['@']],
    ['?', ['?', '@']],
    ['@', ['@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@']],
]);
// nested extglobs that can be adopted in, but with the addition of
// a blank '' element.
const adoptionWithSpaceMap = new Map([
    ['!', ['?']],
    ['@', ['?']],
    ['+', ['?', '*']],
]);
// union of the previous two maps
const adoptionAnyMap = new Map([
    ['!', ['?', '@']],
    ['?', ['?', '@']],
    ['@', ['?', '@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@', '?', '*']],
]);
// Extglobs that can take over their parent if they are the only child
// the key is parent, value maps child to resulting extglob parent type
// '@' is omitted because it's a special case. An `@` extglob with a single
// member can always be usurped by that subpattern.
const usurpMap = new Map([
    ['!', new Map([['!', '@']])],
    [
        '?',
        new Map([
            ['*', '*'],
            ['+', '*'],
        ]),
    ],
    [
        '@',
        new Map([
            ['!', '!'],
            ['?', '?'],
            ['@', '@'],
            ['*', '*'],
            ['+', '+'],
        ]),
    ],
    [
        '+',
        new Map([
            ['?', '*'],
            ['*', '*'],
        ]),
    ],
]);
// Patterns that get prepended to bind to the start of either the
// entire string, or just a single path portion, to prevent dots
// and/or traversal patterns, when needed.
// Exts don't need the ^ or / bit, because the root binds that already.
const startNoTraversal = '(?!(?:^|/)\\.\\.?(?:$|/))';
const startNoDot = '(?!\\.)';
// characters that indicate a start of pattern needs the "no dots" bit,
// because a dot *might* be matched. ( is not in the list, because in
// the case of a child extglob, it will handle the prevention itself.
const addPatternStart = new Set(['[', '.']);
// cases where traversal is A-OK, no dot prevention needed
const justDots = new Set(['..', '.']);
const reSpecials = new Set('().*{}+?[]^$\\!');
const regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// any single thing other than /
const qmark = '[^/]';
// * => any number of characters
const star = qmark + '*?';
// use + when we need to ensure that *something* matches, because the * is
// the only thing in the path portion.
const starNoEmpty = qmark + '+?';
// remove the \ chars that we added if we end up doing a nonmagic compare
// const deslash = (s: string) => s.replace(/\\(.)/g, '$1')
let ID = 0;
class AST {
    type;
    #root;
    #hasMagic;
    #uflag = false;
    #parts = [];
    #parent;
    #parentIndex;
    #negs;
    #filledNegs = false;
    #options;
    #toString;
    // set to true if it's an extglob with no children
    // (which really means one child of '')
    #emptyExt = false;
    id = ++ID;
    get depth() {
        return (this.#parent?.depth ?? -1) + 1;
    }
    [Symbol.for('nodejs.util.inspect.custom')]() {
        return {
            '@@type': 'AST',
            id: this.id,
            type: this.type,
            root: this.#root.id,
            parent: this.#parent?.id,
            depth: this.depth,
            partsLength: this.#parts.length,
            parts: this.#parts,
        };
    }
    constructor(type, parent, options = {}) {
        this.type = type;
        // extglobs are inherently magical
        if (type)
            this.#hasMagic = true;
        this.#parent = parent;
        this.#root = this.#parent ? this.#parent.#root : this;
        this.#options = this.#root === this ? options : this.#root.#options;
        this.#negs = this.#root === this ? [] : this.#root.#negs;
        if (type === '!' && !this.#root.#filledNegs)
            this.#negs.push(this);
        this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
    }
    get hasMagic() {
        /* c8 ignore start */
        if (this.#hasMagic !== undefined)
            return this.#hasMagic;
        /* c8 ignore stop */
        for (const p of this.#parts) {
            if (typeof p === 'string')
                continue;
            if (p.type || p.hasMagic)
                return (this.#hasMagic = true);
        }
        // note: will be undefined until we generate the regexp src and find out
        return this.#hasMagic;
    }
    // reconstructs the pattern
    toString() {
        return (this.#toString !== undefined ? this.#toString
            : !this.type ?
                (this.#toString = this.#parts.map(p => String(p)).join(''))
                : (this.#toString =
                    this.type +
                        '(' +
                        this.#parts.map(p => String(p)).join('|') +
                        ')'));
    }
    #fillNegs() {
        /* c8 ignore start */
        if (this !== this.#root)
            throw new Error('should only call on root');
        if (this.#filledNegs)
            return this;
        /* c8 ignore stop */
        // call toString() once to fill this out
        this.toString();
        this.#filledNegs = true;
        let n;
        while ((n = this.#negs.pop())) {
            if (n.type !== '!')
                continue;
            // walk up the tree, appending everthing that comes AFTER parentIndex
            let p = n;
            let pp = p.#parent;
            while (pp) {
                for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
                    for (const part of n.#parts) {
                        /* c8 ignore start */
                        if (typeof part === 'string') {
                            throw new Error('string part in extglob AST??');
                        }
                        /* c8 ignore stop */
                        part.copyIn(pp.#parts[i]);
                    }
                }
                p = pp;
                pp = p.#parent;
            }
        }
        return this;
    }
    push(...parts) {
        for (const p of parts) {
            if (p === '')
                continue;
            /* c8 ignore start */
            if (typeof p !== 'string' &&
                !(p instanceof _a && p.#parent === this)) {
                throw new Error('invalid part: ' + p);
            }
            /* c8 ignore stop */
            this.#parts.push(p);
        }
    }
    toJSON() {
        const ret = this.type === null ?
            this.#parts
                .slice()
                .map(p => (typeof p === 'string' ? p : p.toJSON()))
            : [this.type, ...this.#parts.map(p => p.toJSON())];
        if (this.isStart() && !this.type)
            ret.unshift([]);
        if (this.isEnd() &&
            (this === this.#root ||
                (this.#root.#filledNegs && this.#parent?.type === '!'))) {
            ret.push({});
        }
        return ret;
    }
    isStart() {
        if (this.#root === this)
            return true;
        // if (this.type) return !!this.#parent?.isStart()
        if (!this.#parent?.isStart())
            return false;
        if (this.#parentIndex === 0)
            return true;
        // if everything AHEAD of this is a negation, then it's still the "start"
        const p = this.#parent;
        for (let i = 0; i < this.#parentIndex; i++) {
            const pp = p.#parts[i];
            if (!(pp instanceof _a && pp.type === '!')) {
                return false;
            }
        }
        return true;
    }
    isEnd() {
        if (this.#root === this)
            return true;
        if (this.#parent?.type === '!')
            return true;
        if (!this.#parent?.isEnd())
            return false;
        if (!this.type)
            return this.#parent?.isEnd();
        // if not root, it'll always have a parent
        /* c8 ignore start */
        const pl = this.#parent ? this.#parent.#parts.length : 0;
        /* c8 ignore stop */
        return this.#parentIndex === pl - 1;
    }
    copyIn(part) {
        if (typeof part === 'string')
            this.push(part);
        else
            this.push(part.clone(this));
    }
    clone(parent) {
        const c = new _a(this.type, parent);
        for (const p of this.#parts) {
            c.copyIn(p);
        }
        return c;
    }
    static #parseAST(str, ast, pos, opt, extDepth) {
        const maxDepth = opt.maxExtglobRecursion ?? 2;
        let escaping = false;
        let inBrace = false;
        let braceStart = -1;
        let braceNeg = false;
        if (ast.type === null) {
            // outside of a extglob, append until we find a start
            let i = pos;
            let acc = '';
            while (i < str.length) {
                const c = str.charAt(i++);
                // still accumulate escapes at this point, but we do ignore
                // starts that are escaped
                if (escaping || c === '\\') {
                    escaping = !escaping;
                    acc += c;
                    continue;
                }
                if (inBrace) {
                    if (i === braceStart + 1) {
                        if (c === '^' || c === '!') {
                            braceNeg = true;
                        }
                    }
                    else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                        inBrace = false;
                    }
                    acc += c;
                    continue;
                }
                else if (c === '[') {
                    inBrace = true;
                    braceStart = i;
                    braceNeg = false;
                    acc += c;
                    continue;
                }
                // we don't have to check for adoption here, because that's
                // done at the other recursion point.
                const doRecurse = !opt.noext &&
                    isExtglobType(c) &&
                    str.charAt(i) === '(' &&
                    extDepth <= maxDepth;
                if (doRecurse) {
                    ast.push(acc);
                    acc = '';
                    const ext = new _a(c, ast);
                    i = _a.#parseAST(str, ext, i, opt, extDepth + 1);
                    ast.push(ext);
                    continue;
                }
                acc += c;
            }
            ast.push(acc);
            return i;
        }
        // some kind of extglob, pos is at the (
        // find the next | or )
        let i = pos + 1;
        let part = new _a(null, ast);
        const parts = [];
        let acc = '';
        while (i < str.length) {
            const c = str.charAt(i++);
            // still accumulate escapes at this point, but we do ignore
            // starts that are escaped
            if (escaping || c === '\\') {
                escaping = !escaping;
                acc += c;
                continue;
            }
            if (inBrace) {
                if (i === braceStart + 1) {
                    if (c === '^' || c === '!') {
                        braceNeg = true;
                    }
                }
                else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                    inBrace = false;
                }
                acc += c;
                continue;
            }
            else if (c === '[') {
                inBrace = true;
                braceStart = i;
                braceNeg = false;
                acc += c;
                continue;
            }
            const doRecurse = !opt.noext &&
                isExtglobType(c) &&
                str.charAt(i) === '(' &&
                /* c8 ignore start - the maxDepth is sufficient here */
                (extDepth <= maxDepth || (ast && ast.#canAdoptType(c)));
            /* c8 ignore stop */
            if (doRecurse) {
                const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
                part.push(acc);
                acc = '';
                const ext = new _a(c, part);
                part.push(ext);
                i = _a.#parseAST(str, ext, i, opt, extDepth + depthAdd);
                continue;
            }
            if (c === '|') {
                part.push(acc);
                acc = '';
                parts.push(part);
                part = new _a(null, ast);
                continue;
            }
            if (c === ')') {
                if (acc === '' && ast.#parts.length === 0) {
                    ast.#emptyExt = true;
                }
                part.push(acc);
                acc = '';
                ast.push(...parts, part);
                return i;
            }
            acc += c;
        }
        // unfinished extglob
        // if we got here, it was a malformed extglob! not an extglob, but
        // maybe something else in there.
        ast.type = null;
        ast.#hasMagic = undefined;
        ast.#parts = [str.substring(pos - 1)];
        return i;
    }
    #canAdoptWithSpace(child) {
        return this.#canAdopt(child, adoptionWithSpaceMap);
    }
    #canAdopt(child, map = adoptionMap) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canAdoptType(gc.type, map);
    }
    #canAdoptType(c, map = adoptionAnyMap) {
        return !!map.get(this.type)?.includes(c);
    }
    #adoptWithSpace(child, index) {
        const gc = child.#parts[0];
        const blank = new _a(null, gc, this.options);
        blank.#parts.push('');
        gc.push(blank);
        this.#adopt(child, index);
    }
    #adopt(child, index) {
        const gc = child.#parts[0];
        this.#parts.splice(index, 1, ...gc.#parts);
        for (const p of gc.#parts) {
            if (typeof p === 'object')
                p.#parent = this;
        }
        this.#toString = undefined;
    }
    #canUsurpType(c) {
        const m = usurpMap.get(this.type);
        return !!m?.has(c);
    }
    #canUsurp(child) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null ||
            this.#parts.length !== 1) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canUsurpType(gc.type);
    }
    #usurp(child) {
        const m = usurpMap.get(this.type);
        const gc = child.#parts[0];
        const nt = m?.get(gc.type);
        /* c8 ignore start - impossible */
        if (!nt)
            return false;
        /* c8 ignore stop */
        this.#parts = gc.#parts;
        for (const p of this.#parts) {
            if (typeof p === 'object') {
                p.#parent = this;
            }
        }
        this.type = nt;
        this.#toString = undefined;
        this.#emptyExt = false;
    }
    static fromGlob(pattern, options = {}) {
        const ast = new _a(null, undefined, options);
        _a.#parseAST(pattern, ast, 0, options, 0);
        return ast;
    }
    // returns the regular expression if there's magic, or the unescaped
    // string if not.
    toMMPattern() {
        // should only be called on root
        /* c8 ignore start */
        if (this !== this.#root)
            return this.#root.toMMPattern();
        /* c8 ignore stop */
        const glob = this.toString();
        const [re, body, hasMagic, uflag] = this.toRegExpSource();
        // if we're in nocase mode, and not nocaseMagicOnly, then we do
        // still need a regular expression if we have to case-insensitively
        // match capital/lowercase characters.
        const anyMagic = hasMagic ||
            this.#hasMagic ||
            (this.#options.nocase &&
                !this.#options.nocaseMagicOnly &&
                glob.toUpperCase() !== glob.toLowerCase());
        if (!anyMagic) {
            return body;
        }
        const flags = (this.#options.nocase ? 'i' : '') + (uflag ? 'u' : '');
        return Object.assign(new RegExp(`^${re}$`, flags), {
            _src: re,
            _glob: glob,
        });
    }
    get options() {
        return this.#options;
    }
    // returns the string match, the regexp source, whether there's magic
    // in the regexp (so a regular expression is required) and whether or
    // not the uflag is needed for the regular expression (for posix classes)
    // TODO: instead of injecting the start/end at this point, just return
    // the BODY of the regexp, along with the start/end portions suitable
    // for binding the start/end in either a joined full-path makeRe context
    // (where we bind to (^|/), or a standalone matchPart context (where
    // we bind to ^, and not /).  Otherwise slashes get duped!
    //
    // In part-matching mode, the start is:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: ^(?!\.\.?$)
    // - if dots allowed or not possible: ^
    // - if dots possible and not allowed: ^(?!\.)
    // end is:
    // - if not isEnd(): nothing
    // - else: $
    //
    // In full-path matching mode, we put the slash at the START of the
    // pattern, so start is:
    // - if first pattern: same as part-matching mode
    // - if not isStart(): nothing
    // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
    // - if dots allowed or not possible: /
    // - if dots possible and not allowed: /(?!\.)
    // end is:
    // - if last pattern, same as part-matching mode
    // - else nothing
    //
    // Always put the (?:$|/) on negated tails, though, because that has to be
    // there to bind the end of the negated pattern portion, and it's easier to
    // just stick it in now rather than try to inject it later in the middle of
    // the pattern.
    //
    // We can just always return the same end, and leave it up to the caller
    // to know whether it's going to be used joined or in parts.
    // And, if the start is adjusted slightly, can do the same there:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
    // - if dots allowed or not possible: (?:/|^)
    // - if dots possible and not allowed: (?:/|^)(?!\.)
    //
    // But it's better to have a simpler binding without a conditional, for
    // performance, so probably better to return both start options.
    //
    // Then the caller just ignores the end if it's not the first pattern,
    // and the start always gets applied.
    //
    // But that's always going to be $ if it's the ending pattern, or nothing,
    // so the caller can just attach $ at the end of the pattern when building.
    //
    // So the todo is:
    // - better detect what kind of start is needed
    // - return both flavors of starting pattern
    // - attach $ at the end of the pattern when creating the actual RegExp
    //
    // Ah, but wait, no, that all only applies to the root when the first pattern
    // is not an extglob. If the first pattern IS an extglob, then we need all
    // that dot prevention biz to live in the extglob portions, because eg
    // +(*|.x*) can match .xy but not .yx.
    //
    // So, return the two flavors if it's #root and the first child is not an
    // AST, otherwise leave it to the child AST to handle it, and there,
    // use the (?:^|/) style of start binding.
    //
    // Even simplified further:
    // - Since the start for a join is eg /(?!\.) and the start for a part
    // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
    // or start or whatever) and prepend ^ or / at the Regexp construction.
    toRegExpSource(allowDot) {
        const dot = allowDot ?? !!this.#options.dot;
        if (this.#root === this) {
            this.#flatten();
            this.#fillNegs();
        }
        if (!isExtglobAST(this)) {
            const noEmpty = this.isStart() &&
                this.isEnd() &&
                !this.#parts.some(s => typeof s !== 'string');
            const src = this.#parts
                .map(p => {
                const [re, _, hasMagic, uflag] = typeof p === 'string' ?
                    _a.#parseGlob(p, this.#hasMagic, noEmpty)
                    : p.toRegExpSource(allowDot);
                this.#hasMagic = this.#hasMagic || hasMagic;
                this.#uflag = this.#uflag || uflag;
                return re;
            })
                .join('');
            let start = '';
            if (this.isStart()) {
                if (typeof this.#parts[0] === 'string') {
                    // this is the string that will match the start of the pattern,
                    // so we need to protect against dots and such.
                    // '.' and '..' cannot match unless the pattern is that exactly,
                    // even if it starts with . or dot:true is set.
                    const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
                    if (!dotTravAllowed) {
                        const aps = addPatternStart;
                        // check if we have a possibility of matching . or ..,
                        // and prevent that.
                        const needNoTrav = 
                        // dots are allowed, and the pattern starts with [ or .
                        (dot && aps.has(src.charAt(0))) ||
                            // the pattern starts with \., and then [ or .
                            (src.startsWith('\\.') && aps.has(src.charAt(2))) ||
                            // the pattern starts with \.\., and then [ or .
                            (src.startsWith('\\.\\.') && aps.has(src.charAt(4)));
                        // no need to prevent dots if it can't match a dot, or if a
                        // sub-pattern will be preventing it anyway.
                        const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
                        start =
                            needNoTrav ? startNoTraversal
                                : needNoDot ? startNoDot
                                    : '';
                    }
                }
            }
            // append the "end of path portion" pattern to negation tails
            let end = '';
            if (this.isEnd() &&
                this.#root.#filledNegs &&
                this.#parent?.type === '!') {
                end = '(?:$|\\/)';
            }
            const final = start + src + end;
            return [
                final,
                unescape_unescape(src),
                (this.#hasMagic = !!this.#hasMagic),
                this.#uflag,
            ];
        }
        // We need to calculate the body *twice* if it's a repeat pattern
        // at the start, once in nodot mode, then again in dot mode, so a
        // pattern like *(?) can match 'x.y'
        const repeated = this.type === '*' || this.type === '+';
        // some kind of extglob
        const start = this.type === '!' ? '(?:(?!(?:' : '(?:';
        let body = this.#partsToRegExp(dot);
        if (this.isStart() && this.isEnd() && !body && this.type !== '!') {
            // invalid extglob, has to at least be *something* present, if it's
            // the entire path portion.
            const s = this.toString();
            const me = this;
            me.#parts = [s];
            me.type = null;
            me.#hasMagic = undefined;
            return [s, unescape_unescape(this.toString()), false, false];
        }
        let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ?
            ''
            : this.#partsToRegExp(true);
        if (bodyDotAllowed === body) {
            bodyDotAllowed = '';
        }
        if (bodyDotAllowed) {
            body = `(?:${body})(?:${bodyDotAllowed})*?`;
        }
        // an empty !() is exactly equivalent to a starNoEmpty
        let final = '';
        if (this.type === '!' && this.#emptyExt) {
            final = (this.isStart() && !dot ? startNoDot : '') + starNoEmpty;
        }
        else {
            const close = this.type === '!' ?
                // !() must match something,but !(x) can match ''
                '))' +
                    (this.isStart() && !dot && !allowDot ? startNoDot : '') +
                    star +
                    ')'
                : this.type === '@' ? ')'
                    : this.type === '?' ? ')?'
                        : this.type === '+' && bodyDotAllowed ? ')'
                            : this.type === '*' && bodyDotAllowed ? `)?`
                                : `)${this.type}`;
            final = start + body + close;
        }
        return [
            final,
            unescape_unescape(body),
            (this.#hasMagic = !!this.#hasMagic),
            this.#uflag,
        ];
    }
    #flatten() {
        if (!isExtglobAST(this)) {
            for (const p of this.#parts) {
                if (typeof p === 'object') {
                    p.#flatten();
                }
            }
        }
        else {
            // do up to 10 passes to flatten as much as possible
            let iterations = 0;
            let done = false;
            do {
                done = true;
                for (let i = 0; i < this.#parts.length; i++) {
                    const c = this.#parts[i];
                    if (typeof c === 'object') {
                        c.#flatten();
                        if (this.#canAdopt(c)) {
                            done = false;
                            this.#adopt(c, i);
                        }
                        else if (this.#canAdoptWithSpace(c)) {
                            done = false;
                            this.#adoptWithSpace(c, i);
                        }
                        else if (this.#canUsurp(c)) {
                            done = false;
                            this.#usurp(c);
                        }
                    }
                }
            } while (!done && ++iterations < 10);
        }
        this.#toString = undefined;
    }
    #partsToRegExp(dot) {
        return this.#parts
            .map(p => {
            // extglob ASTs should only contain parent ASTs
            /* c8 ignore start */
            if (typeof p === 'string') {
                throw new Error('string type in extglob ast??');
            }
            /* c8 ignore stop */
            // can ignore hasMagic, because extglobs are already always magic
            const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
            this.#uflag = this.#uflag || uflag;
            return re;
        })
            .filter(p => !(this.isStart() && this.isEnd()) || !!p)
            .join('|');
    }
    static #parseGlob(glob, hasMagic, noEmpty = false) {
        let escaping = false;
        let re = '';
        let uflag = false;
        // multiple stars that aren't globstars coalesce into one *
        let inStar = false;
        for (let i = 0; i < glob.length; i++) {
            const c = glob.charAt(i);
            if (escaping) {
                escaping = false;
                re += (reSpecials.has(c) ? '\\' : '') + c;
                continue;
            }
            if (c === '*') {
                if (inStar)
                    continue;
                inStar = true;
                re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
                hasMagic = true;
                continue;
            }
            else {
                inStar = false;
            }
            if (c === '\\') {
                if (i === glob.length - 1) {
                    re += '\\\\';
                }
                else {
                    escaping = true;
                }
                continue;
            }
            if (c === '[') {
                const [src, needUflag, consumed, magic] = parseClass(glob, i);
                if (consumed) {
                    re += src;
                    uflag = uflag || needUflag;
                    i += consumed - 1;
                    hasMagic = hasMagic || magic;
                    continue;
                }
            }
            if (c === '?') {
                re += qmark;
                hasMagic = true;
                continue;
            }
            re += regExpEscape(c);
        }
        return [re, unescape_unescape(glob), !!hasMagic, uflag];
    }
}
_a = AST;
//# sourceMappingURL=ast.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/escape.js
/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 */
const escape_escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&');
    }
    return windowsPathsNoEscape ?
        s.replace(/[?*()[\]]/g, '[$&]')
        : s.replace(/[?*()[\]\\]/g, '\\$&');
};
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/index.js





const minimatch = (p, pattern, options = {}) => {
    assertValidPattern(pattern);
    // shortcut: comments match nothing.
    if (!options.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return new Minimatch(pattern, options).match(p);
};
// Optimized checking for the most common glob patterns.
const starDotExtRE = /^\*+([^+@!?*[(]*)$/;
const starDotExtTest = (ext) => (f) => !f.startsWith('.') && f.endsWith(ext);
const starDotExtTestDot = (ext) => (f) => f.endsWith(ext);
const starDotExtTestNocase = (ext) => {
    ext = ext.toLowerCase();
    return (f) => !f.startsWith('.') && f.toLowerCase().endsWith(ext);
};
const starDotExtTestNocaseDot = (ext) => {
    ext = ext.toLowerCase();
    return (f) => f.toLowerCase().endsWith(ext);
};
const starDotStarRE = /^\*+\.\*+$/;
const starDotStarTest = (f) => !f.startsWith('.') && f.includes('.');
const starDotStarTestDot = (f) => f !== '.' && f !== '..' && f.includes('.');
const dotStarRE = /^\.\*+$/;
const dotStarTest = (f) => f !== '.' && f !== '..' && f.startsWith('.');
const starRE = /^\*+$/;
const starTest = (f) => f.length !== 0 && !f.startsWith('.');
const starTestDot = (f) => f.length !== 0 && f !== '.' && f !== '..';
const qmarksRE = /^\?+([^+@!?*[(]*)?$/;
const qmarksTestNocase = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestNocaseDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTest = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTestNoExt = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && !f.startsWith('.');
};
const qmarksTestNoExtDot = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && f !== '.' && f !== '..';
};
/* c8 ignore start */
const defaultPlatform = (typeof process === 'object' && process ?
    (typeof process.env === 'object' &&
        process.env &&
        process.env.__MINIMATCH_TESTING_PLATFORM__) ||
        process.platform
    : 'posix');
const path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
/* c8 ignore stop */
const sep = defaultPlatform === 'win32' ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
const GLOBSTAR = Symbol('globstar **');
minimatch.GLOBSTAR = GLOBSTAR;
// any single thing other than /
// don't need to escape / when using new RegExp()
const esm_qmark = '[^/]';
// * => any number of characters
const esm_star = esm_qmark + '*?';
// ** when dots are allowed.  Anything goes, except .. and .
// not (^ or / followed by one or two dots followed by $ or /),
// followed by anything, any number of times.
const twoStarDot = '(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?';
// not a ^ or / followed by a dot,
// followed by anything, any number of times.
const twoStarNoDot = '(?:(?!(?:\\/|^)\\.).)*?';
const filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return minimatch;
    }
    const orig = minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        AST: class AST extends orig.AST {
            /* c8 ignore start */
            constructor(type, parent, options = {}) {
                super(type, parent, ext(def, options));
            }
            /* c8 ignore stop */
            static fromGlob(pattern, options = {}) {
                return orig.AST.fromGlob(pattern, ext(def, options));
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: GLOBSTAR,
    });
};
minimatch.defaults = defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    assertValidPattern(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
// parse a component of the expanded set.
// At this point, no pattern may contain "/" in it
// so we're going to return a 2d array, where each entry is the full
// pattern, split on '/', and then turned into a regular expression.
// A regexp is made at the end which joins each array with an
// escaped /, and another full one which joins each regexp with |.
//
// Following the lead of Bash 4.1, note that "**" only has special meaning
// when it is the *only* thing in a path portion.  Otherwise, any series
// of * is equivalent to a single *.  Globstar behavior is enabled by
// default, and can be disabled by setting options.noglobstar.
const makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
minimatch.match = match;
// replace stuff like \* with *
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
const esm_regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    regexp;
    constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        // avoid the annoying deprecation flag lol
        const awe = ('allowWindow' + 'sEscape');
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[awe] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.regexp = null;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        // make the set of regexps etc.
        this.make();
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    debug(..._) { }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.braceExpand())];
        if (options.debug) {
            //oxlint-disable-next-line no-console
            this.debug = (...args) => console.error(...args);
        }
        this.debug(this.pattern, this.globSet);
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be regexps, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        this.debug(this.pattern, this.globParts);
        // glob --> regexps
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path.
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    !globMagic.test(s[3]);
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, 4),
                        ...s.slice(4).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [s[0], ...s.slice(1).map(ss => this.parse(ss))];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        this.debug(this.pattern, set);
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    typeof p[3] === 'string' &&
                    /^[a-z]:$/i.test(p[3])) {
                    p[2] = '?';
                }
            }
        }
        this.debug(this.pattern, this.set);
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (prev && prev !== '..' && prev !== '.' && prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    levelTwoFileOptimize(parts) {
        if (!Array.isArray(parts)) {
            parts = this.slashSplit(parts);
        }
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            let dd = 0;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p &&
                    p !== '.' &&
                    p !== '..' &&
                    p !== '**' &&
                    !(this.isWindows && /^[a-z]:$/i.test(p))) {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd -= 2;
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                let dd = 0;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd -= 2;
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
    //
    // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
    // ^-- not valid because ** doens't follow symlinks
    secondPhasePreProcess(globParts) {
        for (let i = 0; i < globParts.length - 1; i++) {
            for (let j = i + 1; j < globParts.length; j++) {
                const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
                if (matched) {
                    globParts[i] = [];
                    globParts[j] = matched;
                    break;
                }
            }
        }
        return globParts.filter(gs => gs.length);
    }
    partsMatch(a, b, emptyGSMatch = false) {
        let ai = 0;
        let bi = 0;
        let result = [];
        let which = '';
        while (ai < a.length && bi < b.length) {
            if (a[ai] === b[bi]) {
                result.push(which === 'b' ? b[bi] : a[ai]);
                ai++;
                bi++;
            }
            else if (emptyGSMatch && a[ai] === '**' && b[bi] === a[ai + 1]) {
                result.push(a[ai]);
                ai++;
            }
            else if (emptyGSMatch && b[bi] === '**' && a[ai] === b[bi + 1]) {
                result.push(b[bi]);
                bi++;
            }
            else if (a[ai] === '*' &&
                b[bi] &&
                (this.options.dot || !b[bi].startsWith('.')) &&
                b[bi] !== '**') {
                if (which === 'b')
                    return false;
                which = 'a';
                result.push(a[ai]);
                ai++;
                bi++;
            }
            else if (b[bi] === '*' &&
                a[ai] &&
                (this.options.dot || !a[ai].startsWith('.')) &&
                a[ai] !== '**') {
                if (which === 'a')
                    return false;
                which = 'b';
                result.push(b[bi]);
                ai++;
                bi++;
            }
            else {
                return false;
            }
        }
        // if we fall out of the loop, it means they two are identical
        // as long as their lengths match
        return a.length === b.length && result;
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // set partial to true to test if, for example,
    // "/a/b" matches the start of "/*/b/*/d"
    // Partial means, if you run out of file before you run
    // out of pattern, then that's fine, as long as all
    // the parts match.
    matchOne(file, pattern, partial = false) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa
        // Drive letters in absolute drive or unc paths are always compared
        // case-insensitively.
        if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // start matching at the drive letter index of each
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    pattern[pdi] = fd;
                    patternStartIndex = pdi;
                    fileStartIndex = fdi;
                }
            }
        }
        // resolve and reduce . and .. portions in the file as well.
        // don't need to do the second phase, because it's only one string[]
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            file = this.levelTwoFileOptimize(file);
        }
        if (pattern.includes(GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        // split the pattern into head, tail, and middle of ** delimited parts
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        // split the pattern up into globstar-delimited sections
        // the tail has to be at the end, and the others just have
        // to be found in order from the head.
        const [head, body, tail] = partial ?
            [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1),
                [],
            ]
            : [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1, lastgs),
                pattern.slice(lastgs + 1),
            ];
        // check the head, from the current file/pattern index.
        if (head.length) {
            const fileHead = file.slice(fileIndex, fileIndex + head.length);
            if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        // split the body up into sections, and note the minimum index it can
        // be found at (start with the length of all previous segments)
        // [section, before, after]
        const bodySegments = [[[], 0]];
        let currentBody = bodySegments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                currentBody = [[], 0];
                bodySegments.push(currentBody);
            }
            else {
                currentBody[0].push(b);
                nonGsParts++;
            }
        }
        let i = bodySegments.length - 1;
        const fileLength = file.length - fileTailMatch;
        for (const b of bodySegments) {
            b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
        }
        return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, last possible position for it
    bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // just make sure that there's no bad dots
            for (let i = fileIndex; i < file.length; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test
        const [body, after] = bs;
        while (fileIndex <= after) {
            const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
                if (sub !== false) {
                    return sub;
                }
            }
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = file.length,
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            this.debug('matchOne loop');
            let p = pattern[pi];
            let f = file[fi];
            this.debug(pattern, p, f);
            // should be impossible.
            // some invalid regexp stuff in the set.
            /* c8 ignore start */
            if (p === false || p === GLOBSTAR) {
                return false;
            }
            /* c8 ignore stop */
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into regexps.
            let hit;
            if (typeof p === 'string') {
                hit = f === p;
                this.debug('string match', p, f, hit);
            }
            else {
                hit = p.test(f);
                this.debug('pattern match', p, f, hit);
            }
            if (!hit)
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though "" matches against the
        // [^/]*? pattern, except in partial mode, where it might
        // simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
            /* c8 ignore start */
        }
        else {
            // should be unreachable.
            throw new Error('wtf?');
        }
        /* c8 ignore stop */
    }
    braceExpand() {
        return braceExpand(this.pattern, this.options);
    }
    parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return GLOBSTAR;
        if (pattern === '')
            return '';
        // far and away, the most common glob pattern parts are
        // *, *.*, and *.<ext>  Add a fast check method for those.
        let m;
        let fastTest = null;
        if ((m = pattern.match(starRE))) {
            fastTest = options.dot ? starTestDot : starTest;
        }
        else if ((m = pattern.match(starDotExtRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    starDotExtTestNocaseDot
                    : starDotExtTestNocase
                : options.dot ? starDotExtTestDot
                    : starDotExtTest)(m[1]);
        }
        else if ((m = pattern.match(qmarksRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    qmarksTestNocaseDot
                    : qmarksTestNocase
                : options.dot ? qmarksTestDot
                    : qmarksTest)(m);
        }
        else if ((m = pattern.match(starDotStarRE))) {
            fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
        }
        else if ((m = pattern.match(dotStarRE))) {
            fastTest = dotStarTest;
        }
        const re = AST.fromGlob(pattern, this.options).toMMPattern();
        if (fastTest && typeof re === 'object') {
            // Avoids overriding in frozen environments
            Reflect.defineProperty(re, 'test', { value: fastTest });
        }
        return re;
    }
    makeRe() {
        if (this.regexp || this.regexp === false)
            return this.regexp;
        // at this point, this.set is a 2d array of partial
        // pattern strings, or "**".
        //
        // It's better to use .match().  This function shouldn't
        // be used, really, but it's pretty convenient sometimes,
        // when you just want to work with a regex.
        const set = this.set;
        if (!set.length) {
            this.regexp = false;
            return this.regexp;
        }
        const options = this.options;
        const twoStar = options.noglobstar ? esm_star
            : options.dot ? twoStarDot
                : twoStarNoDot;
        const flags = new Set(options.nocase ? ['i'] : []);
        // regexpify non-globstar patterns
        // if ** is only item, then we just do one twoStar
        // if ** is first, and there are more, prepend (\/|twoStar\/)? to next
        // if ** is last, append (\/twoStar|) to previous
        // if ** is in the middle, append (\/|\/twoStar\/) to previous
        // then filter out GLOBSTAR symbols
        let re = set
            .map(pattern => {
            const pp = pattern.map(p => {
                if (p instanceof RegExp) {
                    for (const f of p.flags.split(''))
                        flags.add(f);
                }
                return (typeof p === 'string' ? esm_regExpEscape(p)
                    : p === GLOBSTAR ? GLOBSTAR
                        : p._src);
            });
            pp.forEach((p, i) => {
                const next = pp[i + 1];
                const prev = pp[i - 1];
                if (p !== GLOBSTAR || prev === GLOBSTAR) {
                    return;
                }
                if (prev === undefined) {
                    if (next !== undefined && next !== GLOBSTAR) {
                        pp[i + 1] = '(?:\\/|' + twoStar + '\\/)?' + next;
                    }
                    else {
                        pp[i] = twoStar;
                    }
                }
                else if (next === undefined) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + ')?';
                }
                else if (next !== GLOBSTAR) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + '\\/)' + next;
                    pp[i + 1] = GLOBSTAR;
                }
            });
            const filtered = pp.filter(p => p !== GLOBSTAR);
            // For partial matches, we need to make the pattern match
            // any prefix of the full path. We do this by generating
            // alternative patterns that match progressively longer prefixes.
            if (this.partial && filtered.length >= 1) {
                const prefixes = [];
                for (let i = 1; i <= filtered.length; i++) {
                    prefixes.push(filtered.slice(0, i).join('/'));
                }
                return '(?:' + prefixes.join('|') + ')';
            }
            return filtered.join('/');
        })
            .join('|');
        // need to wrap in parens if we had more than one thing with |,
        // otherwise only the first will be anchored to ^ and the last to $
        const [open, close] = set.length > 1 ? ['(?:', ')'] : ['', ''];
        // must match entire pattern
        // ending in a * or ** will make it less strict.
        re = '^' + open + re + close + '$';
        // In partial mode, '/' should always match as it's a valid prefix for any pattern
        if (this.partial) {
            re = '^(?:\\/|' + open + re.slice(1, -1) + close + ')$';
        }
        // can match anything, as long as it's not this.
        if (this.negate)
            re = '^(?!' + re + ').+$';
        try {
            this.regexp = new RegExp(re, [...flags].join(''));
            /* c8 ignore start */
        }
        catch {
            // should be impossible
            this.regexp = false;
        }
        /* c8 ignore stop */
        return this.regexp;
    }
    slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        this.debug('match', f, this.pattern);
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // windows: need to use /, not \
        if (this.isWindows) {
            f = f.split('\\').join('/');
        }
        // treat the test path as a set of pathparts.
        const ff = this.slashSplit(f);
        this.debug(this.pattern, 'split', ff);
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        this.debug(this.pattern, 'set', set);
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (const pattern of set) {
            let file = ff;
            if (options.matchBase && pattern.length === 1) {
                file = [filename];
            }
            const hit = this.matchOne(file, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return minimatch.defaults(def).Minimatch;
    }
}
/* c8 ignore start */



/* c8 ignore stop */
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape_escape;
minimatch.unescape = unescape_unescape;
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./src/generated/media-types.js
// Generated by scripts/compile-media-types.mjs from mime-types 3.0.2 (mime-db 1.54.0). Do not edit.
/* eslint-disable */
const BY_EXTENSION = new Map(Object.entries(JSON.parse("{\"123\":\"application/vnd.lotus-1-2-3\",\"210\":\"model/step\",\"1km\":\"application/vnd.1000minds.decision-model+xml\",\"3dml\":\"text/vnd.in3d.3dml\",\"3ds\":\"image/x-3ds\",\"3g2\":\"video/3gpp2\",\"3gp\":\"video/3gpp\",\"3gpp\":\"video/3gpp\",\"3mf\":\"model/3mf\",\"7z\":\"application/x-7z-compressed\",\"aab\":\"application/x-authorware-bin\",\"aac\":\"audio/aac\",\"aam\":\"application/x-authorware-map\",\"aas\":\"application/x-authorware-seg\",\"abw\":\"application/x-abiword\",\"ac\":\"application/pkix-attr-cert\",\"acc\":\"application/vnd.americandynamics.acc\",\"ace\":\"application/x-ace-compressed\",\"acu\":\"application/vnd.acucobol\",\"acutc\":\"application/vnd.acucorp\",\"adp\":\"audio/adpcm\",\"adts\":\"audio/aac\",\"aep\":\"application/vnd.audiograph\",\"afm\":\"application/x-font-type1\",\"afp\":\"application/vnd.ibm.modcap\",\"age\":\"application/vnd.age\",\"ahead\":\"application/vnd.ahead.space\",\"ai\":\"application/postscript\",\"aif\":\"audio/x-aiff\",\"aifc\":\"audio/x-aiff\",\"aiff\":\"audio/x-aiff\",\"air\":\"application/vnd.adobe.air-application-installer-package+zip\",\"ait\":\"application/vnd.dvb.ait\",\"ami\":\"application/vnd.amiga.ami\",\"aml\":\"application/automationml-aml+xml\",\"amlx\":\"application/automationml-amlx+zip\",\"amr\":\"audio/amr\",\"apk\":\"application/vnd.android.package-archive\",\"apng\":\"image/apng\",\"appcache\":\"text/cache-manifest\",\"appinstaller\":\"application/appinstaller\",\"application\":\"application/x-ms-application\",\"appx\":\"application/appx\",\"appxbundle\":\"application/appxbundle\",\"apr\":\"application/vnd.lotus-approach\",\"arc\":\"application/x-freearc\",\"arj\":\"application/x-arj\",\"asc\":\"application/pgp-keys\",\"asf\":\"video/x-ms-asf\",\"asm\":\"text/x-asm\",\"aso\":\"application/vnd.accpac.simply.aso\",\"asx\":\"video/x-ms-asf\",\"atc\":\"application/vnd.acucorp\",\"atom\":\"application/atom+xml\",\"atomcat\":\"application/atomcat+xml\",\"atomdeleted\":\"application/atomdeleted+xml\",\"atomsvc\":\"application/atomsvc+xml\",\"atx\":\"application/vnd.antix.game-component\",\"au\":\"audio/basic\",\"avci\":\"image/avci\",\"avcs\":\"image/avcs\",\"avi\":\"video/x-msvideo\",\"avif\":\"image/avif\",\"aw\":\"application/applixware\",\"azf\":\"application/vnd.airzip.filesecure.azf\",\"azs\":\"application/vnd.airzip.filesecure.azs\",\"azv\":\"image/vnd.airzip.accelerator.azv\",\"azw\":\"application/vnd.amazon.ebook\",\"b16\":\"image/vnd.pco.b16\",\"bary\":\"model/vnd.bary\",\"bat\":\"application/x-msdownload\",\"bcpio\":\"application/x-bcpio\",\"bdf\":\"application/x-font-bdf\",\"bdm\":\"application/vnd.syncml.dm+wbxml\",\"bdo\":\"application/vnd.nato.bindingdataobject+xml\",\"bdoc\":\"application/bdoc\",\"bed\":\"application/vnd.realvnc.bed\",\"bh2\":\"application/vnd.fujitsu.oasysprs\",\"bin\":\"application/octet-stream\",\"blb\":\"application/x-blorb\",\"blend\":\"application/x-blender\",\"blorb\":\"application/x-blorb\",\"bmi\":\"application/vnd.bmi\",\"bmml\":\"application/vnd.balsamiq.bmml+xml\",\"bmp\":\"image/bmp\",\"book\":\"application/vnd.framemaker\",\"box\":\"application/vnd.previewsystems.box\",\"boz\":\"application/x-bzip2\",\"bpk\":\"application/octet-stream\",\"brush\":\"application/vnd.procreate.brush\",\"brushset\":\"application/vnd.procrate.brushset\",\"bsp\":\"model/vnd.valve.source.compiled-map\",\"btf\":\"image/prs.btif\",\"btif\":\"image/prs.btif\",\"buffer\":\"application/octet-stream\",\"bz\":\"application/x-bzip\",\"bz2\":\"application/x-bzip2\",\"c\":\"text/x-c\",\"c11amc\":\"application/vnd.cluetrust.cartomobile-config\",\"c11amz\":\"application/vnd.cluetrust.cartomobile-config-pkg\",\"c4d\":\"application/vnd.clonk.c4group\",\"c4f\":\"application/vnd.clonk.c4group\",\"c4g\":\"application/vnd.clonk.c4group\",\"c4p\":\"application/vnd.clonk.c4group\",\"c4u\":\"application/vnd.clonk.c4group\",\"cab\":\"application/vnd.ms-cab-compressed\",\"caf\":\"audio/x-caf\",\"cap\":\"application/vnd.tcpdump.pcap\",\"car\":\"application/vnd.curl.car\",\"cat\":\"application/vnd.ms-pki.seccat\",\"cb7\":\"application/x-cbr\",\"cba\":\"application/x-cbr\",\"cbr\":\"application/x-cbr\",\"cbt\":\"application/x-cbr\",\"cbz\":\"application/x-cbr\",\"cc\":\"text/x-c\",\"cco\":\"application/x-cocoa\",\"cct\":\"application/x-director\",\"ccxml\":\"application/ccxml+xml\",\"cdbcmsg\":\"application/vnd.contact.cmsg\",\"cdf\":\"application/x-netcdf\",\"cdfx\":\"application/cdfx+xml\",\"cdkey\":\"application/vnd.mediastation.cdkey\",\"cdmia\":\"application/cdmi-capability\",\"cdmic\":\"application/cdmi-container\",\"cdmid\":\"application/cdmi-domain\",\"cdmio\":\"application/cdmi-object\",\"cdmiq\":\"application/cdmi-queue\",\"cdx\":\"chemical/x-cdx\",\"cdxml\":\"application/vnd.chemdraw+xml\",\"cdy\":\"application/vnd.cinderella\",\"cer\":\"application/pkix-cert\",\"cfs\":\"application/x-cfs-compressed\",\"cgm\":\"image/cgm\",\"chat\":\"application/x-chat\",\"chm\":\"application/vnd.ms-htmlhelp\",\"chrt\":\"application/vnd.kde.kchart\",\"cif\":\"chemical/x-cif\",\"cii\":\"application/vnd.anser-web-certificate-issue-initiation\",\"cil\":\"application/vnd.ms-artgalry\",\"cjs\":\"application/node\",\"cla\":\"application/vnd.claymore\",\"class\":\"application/java-vm\",\"cld\":\"model/vnd.cld\",\"clkk\":\"application/vnd.crick.clicker.keyboard\",\"clkp\":\"application/vnd.crick.clicker.palette\",\"clkt\":\"application/vnd.crick.clicker.template\",\"clkw\":\"application/vnd.crick.clicker.wordbank\",\"clkx\":\"application/vnd.crick.clicker\",\"clp\":\"application/x-msclip\",\"cmc\":\"application/vnd.cosmocaller\",\"cmdf\":\"chemical/x-cmdf\",\"cml\":\"chemical/x-cml\",\"cmp\":\"application/vnd.yellowriver-custom-menu\",\"cmx\":\"image/x-cmx\",\"cod\":\"application/vnd.rim.cod\",\"coffee\":\"text/coffeescript\",\"com\":\"application/x-msdownload\",\"conf\":\"text/plain\",\"cpio\":\"application/x-cpio\",\"cpl\":\"application/cpl+xml\",\"cpp\":\"text/x-c\",\"cpt\":\"application/mac-compactpro\",\"crd\":\"application/x-mscardfile\",\"crl\":\"application/pkix-crl\",\"crt\":\"application/x-x509-ca-cert\",\"crx\":\"application/x-chrome-extension\",\"cryptonote\":\"application/vnd.rig.cryptonote\",\"csh\":\"application/x-csh\",\"csl\":\"application/vnd.citationstyles.style+xml\",\"csml\":\"chemical/x-csml\",\"csp\":\"application/vnd.commonspace\",\"css\":\"text/css\",\"cst\":\"application/x-director\",\"csv\":\"text/csv\",\"cu\":\"application/cu-seeme\",\"curl\":\"text/vnd.curl\",\"cwl\":\"application/cwl\",\"cww\":\"application/prs.cww\",\"cxt\":\"application/x-director\",\"cxx\":\"text/x-c\",\"dae\":\"model/vnd.collada+xml\",\"daf\":\"application/vnd.mobius.daf\",\"dart\":\"application/vnd.dart\",\"dataless\":\"application/vnd.fdsn.seed\",\"davmount\":\"application/davmount+xml\",\"dbf\":\"application/vnd.dbf\",\"dbk\":\"application/docbook+xml\",\"dcm\":\"application/dicom\",\"dcmp\":\"application/vnd.dcmp+xml\",\"dcr\":\"application/x-director\",\"dcurl\":\"text/vnd.curl.dcurl\",\"dd2\":\"application/vnd.oma.dd2+xml\",\"ddd\":\"application/vnd.fujixerox.ddd\",\"ddf\":\"application/vnd.syncml.dmddf+xml\",\"dds\":\"image/vnd.ms-dds\",\"deb\":\"application/x-debian-package\",\"def\":\"text/plain\",\"deploy\":\"application/octet-stream\",\"der\":\"application/x-x509-ca-cert\",\"dfac\":\"application/vnd.dreamfactory\",\"dgc\":\"application/x-dgc-compressed\",\"dib\":\"image/bmp\",\"dic\":\"text/x-c\",\"dir\":\"application/x-director\",\"dis\":\"application/vnd.mobius.dis\",\"disposition-notification\":\"message/disposition-notification\",\"dist\":\"application/octet-stream\",\"distz\":\"application/octet-stream\",\"djv\":\"image/vnd.djvu\",\"djvu\":\"image/vnd.djvu\",\"dll\":\"application/x-msdownload\",\"dmg\":\"application/x-apple-diskimage\",\"dmp\":\"application/vnd.tcpdump.pcap\",\"dms\":\"application/octet-stream\",\"dna\":\"application/vnd.dna\",\"dng\":\"image/x-adobe-dng\",\"doc\":\"application/msword\",\"docm\":\"application/vnd.ms-word.document.macroenabled.12\",\"docx\":\"application/vnd.openxmlformats-officedocument.wordprocessingml.document\",\"dot\":\"application/msword\",\"dotm\":\"application/vnd.ms-word.template.macroenabled.12\",\"dotx\":\"application/vnd.openxmlformats-officedocument.wordprocessingml.template\",\"dp\":\"application/vnd.osgi.dp\",\"dpg\":\"application/vnd.dpgraph\",\"dpx\":\"image/dpx\",\"dra\":\"audio/vnd.dra\",\"drle\":\"image/dicom-rle\",\"drm\":\"application/vnd.procreate.dream\",\"dsc\":\"text/prs.lines.tag\",\"dssc\":\"application/dssc+der\",\"dtb\":\"application/x-dtbook+xml\",\"dtd\":\"application/xml-dtd\",\"dts\":\"audio/vnd.dts\",\"dtshd\":\"audio/vnd.dts.hd\",\"dump\":\"application/octet-stream\",\"dvb\":\"video/vnd.dvb.file\",\"dvi\":\"application/x-dvi\",\"dwd\":\"application/atsc-dwd+xml\",\"dwf\":\"model/vnd.dwf\",\"dwg\":\"image/vnd.dwg\",\"dxf\":\"image/vnd.dxf\",\"dxp\":\"application/vnd.spotfire.dxp\",\"dxr\":\"application/x-director\",\"ear\":\"application/java-archive\",\"ecelp4800\":\"audio/vnd.nuera.ecelp4800\",\"ecelp7470\":\"audio/vnd.nuera.ecelp7470\",\"ecelp9600\":\"audio/vnd.nuera.ecelp9600\",\"ecma\":\"application/ecmascript\",\"edm\":\"application/vnd.novadigm.edm\",\"edx\":\"application/vnd.novadigm.edx\",\"efif\":\"application/vnd.picsel\",\"ei6\":\"application/vnd.pg.osasli\",\"elc\":\"application/octet-stream\",\"emf\":\"image/emf\",\"eml\":\"message/rfc822\",\"emma\":\"application/emma+xml\",\"emotionml\":\"application/emotionml+xml\",\"emz\":\"application/x-msmetafile\",\"eol\":\"audio/vnd.digital-winds\",\"eot\":\"application/vnd.ms-fontobject\",\"eps\":\"application/postscript\",\"epub\":\"application/epub+zip\",\"es3\":\"application/vnd.eszigno3+xml\",\"esa\":\"application/vnd.osgi.subsystem\",\"esf\":\"application/vnd.epson.esf\",\"et3\":\"application/vnd.eszigno3+xml\",\"etx\":\"text/x-setext\",\"eva\":\"application/x-eva\",\"evy\":\"application/x-envoy\",\"exe\":\"application/x-msdos-program\",\"exi\":\"application/exi\",\"exp\":\"application/express\",\"exr\":\"image/aces\",\"ext\":\"application/vnd.novadigm.ext\",\"ez\":\"application/andrew-inset\",\"ez2\":\"application/vnd.ezpix-album\",\"ez3\":\"application/vnd.ezpix-package\",\"f\":\"text/x-fortran\",\"f4v\":\"video/x-f4v\",\"f77\":\"text/x-fortran\",\"f90\":\"text/x-fortran\",\"fbs\":\"image/vnd.fastbidsheet\",\"fbx\":\"application/vnd.autodesk.fbx\",\"fcdt\":\"application/vnd.adobe.formscentral.fcdt\",\"fcs\":\"application/vnd.isac.fcs\",\"fdf\":\"application/fdf\",\"fdt\":\"application/fdt+xml\",\"fe_launch\":\"application/vnd.denovo.fcselayout-link\",\"fg5\":\"application/vnd.fujitsu.oasysgp\",\"fgd\":\"application/x-director\",\"fh\":\"image/x-freehand\",\"fh4\":\"image/x-freehand\",\"fh5\":\"image/x-freehand\",\"fh7\":\"image/x-freehand\",\"fhc\":\"image/x-freehand\",\"fig\":\"application/x-xfig\",\"fits\":\"image/fits\",\"flac\":\"audio/x-flac\",\"fli\":\"video/x-fli\",\"flo\":\"application/vnd.micrografx.flo\",\"flv\":\"video/x-flv\",\"flw\":\"application/vnd.kde.kivio\",\"flx\":\"text/vnd.fmi.flexstor\",\"fly\":\"text/vnd.fly\",\"fm\":\"application/vnd.framemaker\",\"fnc\":\"application/vnd.frogans.fnc\",\"fo\":\"application/vnd.software602.filler.form+xml\",\"for\":\"text/x-fortran\",\"fpx\":\"image/vnd.fpx\",\"frame\":\"application/vnd.framemaker\",\"fsc\":\"application/vnd.fsc.weblaunch\",\"fst\":\"image/vnd.fst\",\"ftc\":\"application/vnd.fluxtime.clip\",\"fti\":\"application/vnd.anser-web-funds-transfer-initiation\",\"fvt\":\"video/vnd.fvt\",\"fxp\":\"application/vnd.adobe.fxp\",\"fxpl\":\"application/vnd.adobe.fxp\",\"fzs\":\"application/vnd.fuzzysheet\",\"g2w\":\"application/vnd.geoplan\",\"g3\":\"image/g3fax\",\"g3w\":\"application/vnd.geospace\",\"gac\":\"application/vnd.groove-account\",\"gam\":\"application/x-tads\",\"gbr\":\"application/rpki-ghostbusters\",\"gca\":\"application/x-gca-compressed\",\"gdl\":\"model/vnd.gdl\",\"gdoc\":\"application/vnd.google-apps.document\",\"gdraw\":\"application/vnd.google-apps.drawing\",\"ged\":\"text/vnd.familysearch.gedcom\",\"geo\":\"application/vnd.dynageo\",\"geojson\":\"application/geo+json\",\"gex\":\"application/vnd.geometry-explorer\",\"gform\":\"application/vnd.google-apps.form\",\"ggb\":\"application/vnd.geogebra.file\",\"ggs\":\"application/vnd.geogebra.slides\",\"ggt\":\"application/vnd.geogebra.tool\",\"ghf\":\"application/vnd.groove-help\",\"gif\":\"image/gif\",\"gim\":\"application/vnd.groove-identity-message\",\"gjam\":\"application/vnd.google-apps.jam\",\"glb\":\"model/gltf-binary\",\"gltf\":\"model/gltf+json\",\"gmap\":\"application/vnd.google-apps.map\",\"gml\":\"application/gml+xml\",\"gmx\":\"application/vnd.gmx\",\"gnumeric\":\"application/x-gnumeric\",\"gph\":\"application/vnd.flographit\",\"gpx\":\"application/gpx+xml\",\"gqf\":\"application/vnd.grafeq\",\"gqs\":\"application/vnd.grafeq\",\"gram\":\"application/srgs\",\"gramps\":\"application/x-gramps-xml\",\"gre\":\"application/vnd.geometry-explorer\",\"grv\":\"application/vnd.groove-injector\",\"grxml\":\"application/srgs+xml\",\"gscript\":\"application/vnd.google-apps.script\",\"gsf\":\"application/x-font-ghostscript\",\"gsheet\":\"application/vnd.google-apps.spreadsheet\",\"gsite\":\"application/vnd.google-apps.site\",\"gslides\":\"application/vnd.google-apps.presentation\",\"gtar\":\"application/x-gtar\",\"gtm\":\"application/vnd.groove-tool-message\",\"gtw\":\"model/vnd.gtw\",\"gv\":\"text/vnd.graphviz\",\"gxf\":\"application/gxf\",\"gxt\":\"application/vnd.geonext\",\"gz\":\"application/gzip\",\"h\":\"text/x-c\",\"h261\":\"video/h261\",\"h263\":\"video/h263\",\"h264\":\"video/h264\",\"hal\":\"application/vnd.hal+xml\",\"hbci\":\"application/vnd.hbci\",\"hbs\":\"text/x-handlebars-template\",\"hdd\":\"application/x-virtualbox-hdd\",\"hdf\":\"application/x-hdf\",\"heic\":\"image/heic\",\"heics\":\"image/heic-sequence\",\"heif\":\"image/heif\",\"heifs\":\"image/heif-sequence\",\"hej2\":\"image/hej2k\",\"held\":\"application/atsc-held+xml\",\"hh\":\"text/x-c\",\"hjson\":\"application/hjson\",\"hlp\":\"application/winhlp\",\"hpgl\":\"application/vnd.hp-hpgl\",\"hpid\":\"application/vnd.hp-hpid\",\"hps\":\"application/vnd.hp-hps\",\"hqx\":\"application/mac-binhex40\",\"htc\":\"text/x-component\",\"htke\":\"application/vnd.kenameaapp\",\"htm\":\"text/html\",\"html\":\"text/html\",\"hvd\":\"application/vnd.yamaha.hv-dic\",\"hvp\":\"application/vnd.yamaha.hv-voice\",\"hvs\":\"application/vnd.yamaha.hv-script\",\"i2g\":\"application/vnd.intergeo\",\"icc\":\"application/vnd.iccprofile\",\"ice\":\"x-conference/x-cooltalk\",\"icm\":\"application/vnd.iccprofile\",\"ico\":\"image/vnd.microsoft.icon\",\"ics\":\"text/calendar\",\"ief\":\"image/ief\",\"ifb\":\"text/calendar\",\"ifm\":\"application/vnd.shana.informed.formdata\",\"iges\":\"model/iges\",\"igl\":\"application/vnd.igloader\",\"igm\":\"application/vnd.insors.igm\",\"igs\":\"model/iges\",\"igx\":\"application/vnd.micrografx.igx\",\"iif\":\"application/vnd.shana.informed.interchange\",\"img\":\"application/octet-stream\",\"imp\":\"application/vnd.accpac.simply.imp\",\"ims\":\"application/vnd.ms-ims\",\"in\":\"text/plain\",\"ini\":\"text/plain\",\"ink\":\"application/inkml+xml\",\"inkml\":\"application/inkml+xml\",\"install\":\"application/x-install-instructions\",\"iota\":\"application/vnd.astraea-software.iota\",\"ipfix\":\"application/ipfix\",\"ipk\":\"application/vnd.shana.informed.package\",\"ipynb\":\"application/x-ipynb+json\",\"irm\":\"application/vnd.ibm.rights-management\",\"irp\":\"application/vnd.irepository.package+xml\",\"iso\":\"application/x-iso9660-image\",\"itp\":\"application/vnd.shana.informed.formtemplate\",\"its\":\"application/its+xml\",\"ivp\":\"application/vnd.immervision-ivp\",\"ivu\":\"application/vnd.immervision-ivu\",\"jad\":\"text/vnd.sun.j2me.app-descriptor\",\"jade\":\"text/jade\",\"jaii\":\"image/jaii\",\"jais\":\"image/jais\",\"jam\":\"application/vnd.jam\",\"jar\":\"application/java-archive\",\"jardiff\":\"application/x-java-archive-diff\",\"java\":\"text/x-java-source\",\"jfif\":\"image/pjpeg\",\"jhc\":\"image/jphc\",\"jisp\":\"application/vnd.jisp\",\"jls\":\"image/jls\",\"jlt\":\"application/vnd.hp-jlyt\",\"jng\":\"image/x-jng\",\"jnlp\":\"application/x-java-jnlp-file\",\"joda\":\"application/vnd.joost.joda-archive\",\"jp2\":\"image/jp2\",\"jpe\":\"image/jpeg\",\"jpeg\":\"image/jpeg\",\"jpf\":\"image/jpx\",\"jpg\":\"image/jpeg\",\"jpg2\":\"image/jp2\",\"jpgm\":\"image/jpm\",\"jpgv\":\"video/jpeg\",\"jph\":\"image/jph\",\"jpm\":\"image/jpm\",\"jpx\":\"image/jpx\",\"js\":\"text/javascript\",\"json\":\"application/json\",\"json5\":\"application/json5\",\"jsonld\":\"application/ld+json\",\"jsonml\":\"application/jsonml+json\",\"jsx\":\"text/jsx\",\"jt\":\"model/jt\",\"jxl\":\"image/jxl\",\"jxr\":\"image/jxr\",\"jxra\":\"image/jxra\",\"jxrs\":\"image/jxrs\",\"jxs\":\"image/jxs\",\"jxsc\":\"image/jxsc\",\"jxsi\":\"image/jxsi\",\"jxss\":\"image/jxss\",\"kar\":\"audio/midi\",\"karbon\":\"application/vnd.kde.karbon\",\"kdbx\":\"application/x-keepass2\",\"key\":\"application/vnd.apple.keynote\",\"kfo\":\"application/vnd.kde.kformula\",\"kia\":\"application/vnd.kidspiration\",\"kml\":\"application/vnd.google-earth.kml+xml\",\"kmz\":\"application/vnd.google-earth.kmz\",\"kne\":\"application/vnd.kinar\",\"knp\":\"application/vnd.kinar\",\"kon\":\"application/vnd.kde.kontour\",\"kpr\":\"application/vnd.kde.kpresenter\",\"kpt\":\"application/vnd.kde.kpresenter\",\"kpxx\":\"application/vnd.ds-keypoint\",\"ksp\":\"application/vnd.kde.kspread\",\"ktr\":\"application/vnd.kahootz\",\"ktx\":\"image/ktx\",\"ktx2\":\"image/ktx2\",\"ktz\":\"application/vnd.kahootz\",\"kwd\":\"application/vnd.kde.kword\",\"kwt\":\"application/vnd.kde.kword\",\"lasxml\":\"application/vnd.las.las+xml\",\"latex\":\"application/x-latex\",\"lbd\":\"application/vnd.llamagraphics.life-balance.desktop\",\"lbe\":\"application/vnd.llamagraphics.life-balance.exchange+xml\",\"les\":\"application/vnd.hhe.lesson-player\",\"less\":\"text/less\",\"lgr\":\"application/lgr+xml\",\"lha\":\"application/x-lzh-compressed\",\"link66\":\"application/vnd.route66.link66+xml\",\"list\":\"text/plain\",\"list3820\":\"application/vnd.ibm.modcap\",\"listafp\":\"application/vnd.ibm.modcap\",\"litcoffee\":\"text/coffeescript\",\"lnk\":\"application/x-ms-shortcut\",\"log\":\"text/plain\",\"lostxml\":\"application/lost+xml\",\"lottie\":\"application/zip+dotlottie\",\"lrf\":\"application/octet-stream\",\"lrm\":\"application/vnd.ms-lrm\",\"ltf\":\"application/vnd.frogans.ltf\",\"lua\":\"text/x-lua\",\"luac\":\"application/x-lua-bytecode\",\"lvp\":\"audio/vnd.lucent.voice\",\"lwp\":\"application/vnd.lotus-wordpro\",\"lzh\":\"application/x-lzh-compressed\",\"m13\":\"application/x-msmediaview\",\"m14\":\"application/x-msmediaview\",\"m1v\":\"video/mpeg\",\"m21\":\"application/mp21\",\"m2a\":\"audio/mpeg\",\"m2t\":\"video/mp2t\",\"m2ts\":\"video/mp2t\",\"m2v\":\"video/mpeg\",\"m3a\":\"audio/mpeg\",\"m3u\":\"audio/x-mpegurl\",\"m3u8\":\"application/vnd.apple.mpegurl\",\"m4a\":\"audio/mp4\",\"m4b\":\"audio/mp4\",\"m4p\":\"application/mp4\",\"m4s\":\"video/iso.segment\",\"m4u\":\"video/vnd.mpegurl\",\"m4v\":\"video/x-m4v\",\"ma\":\"application/mathematica\",\"mads\":\"application/mads+xml\",\"maei\":\"application/mmt-aei+xml\",\"mag\":\"application/vnd.ecowin.chart\",\"maker\":\"application/vnd.framemaker\",\"man\":\"text/troff\",\"manifest\":\"text/cache-manifest\",\"map\":\"application/json\",\"mar\":\"application/octet-stream\",\"markdown\":\"text/markdown\",\"mathml\":\"application/mathml+xml\",\"mb\":\"application/mathematica\",\"mbk\":\"application/vnd.mobius.mbk\",\"mbox\":\"application/mbox\",\"mc1\":\"application/vnd.medcalcdata\",\"mcd\":\"application/vnd.mcd\",\"mcurl\":\"text/vnd.curl.mcurl\",\"md\":\"text/markdown\",\"mdb\":\"application/x-msaccess\",\"mdi\":\"image/vnd.ms-modi\",\"mdx\":\"text/mdx\",\"me\":\"text/troff\",\"mesh\":\"model/mesh\",\"meta4\":\"application/metalink4+xml\",\"metalink\":\"application/metalink+xml\",\"mets\":\"application/mets+xml\",\"mfm\":\"application/vnd.mfmp\",\"mft\":\"application/rpki-manifest\",\"mgp\":\"application/vnd.osgeo.mapguide.package\",\"mgz\":\"application/vnd.proteus.magazine\",\"mht\":\"message/rfc822\",\"mhtml\":\"message/rfc822\",\"mid\":\"audio/midi\",\"midi\":\"audio/midi\",\"mie\":\"application/x-mie\",\"mif\":\"application/vnd.mif\",\"mime\":\"message/rfc822\",\"mj2\":\"video/mj2\",\"mjp2\":\"video/mj2\",\"mjs\":\"text/javascript\",\"mk3d\":\"video/x-matroska\",\"mka\":\"audio/x-matroska\",\"mkd\":\"text/x-markdown\",\"mks\":\"video/x-matroska\",\"mkv\":\"video/x-matroska\",\"mlp\":\"application/vnd.dolby.mlp\",\"mmd\":\"application/vnd.chipnuts.karaoke-mmd\",\"mmf\":\"application/vnd.smaf\",\"mml\":\"text/mathml\",\"mmr\":\"image/vnd.fujixerox.edmics-mmr\",\"mng\":\"video/x-mng\",\"mny\":\"application/x-msmoney\",\"mobi\":\"application/x-mobipocket-ebook\",\"mods\":\"application/mods+xml\",\"mov\":\"video/quicktime\",\"movie\":\"video/x-sgi-movie\",\"mp2\":\"audio/mpeg\",\"mp21\":\"application/mp21\",\"mp2a\":\"audio/mpeg\",\"mp3\":\"audio/mpeg\",\"mp4\":\"video/mp4\",\"mp4a\":\"audio/mp4\",\"mp4s\":\"application/mp4\",\"mp4v\":\"video/mp4\",\"mpc\":\"application/vnd.mophun.certificate\",\"mpd\":\"application/dash+xml\",\"mpe\":\"video/mpeg\",\"mpeg\":\"video/mpeg\",\"mpf\":\"application/media-policy-dataset+xml\",\"mpg\":\"video/mpeg\",\"mpg4\":\"video/mp4\",\"mpga\":\"audio/mpeg\",\"mpkg\":\"application/vnd.apple.installer+xml\",\"mpm\":\"application/vnd.blueice.multipass\",\"mpn\":\"application/vnd.mophun.application\",\"mpp\":\"application/dash-patch+xml\",\"mpt\":\"application/vnd.ms-project\",\"mpy\":\"application/vnd.ibm.minipay\",\"mqy\":\"application/vnd.mobius.mqy\",\"mrc\":\"application/marc\",\"mrcx\":\"application/marcxml+xml\",\"ms\":\"text/troff\",\"mscml\":\"application/mediaservercontrol+xml\",\"mseed\":\"application/vnd.fdsn.mseed\",\"mseq\":\"application/vnd.mseq\",\"msf\":\"application/vnd.epson.msf\",\"msg\":\"application/vnd.ms-outlook\",\"msh\":\"model/mesh\",\"msi\":\"application/x-msdownload\",\"msix\":\"application/msix\",\"msixbundle\":\"application/msixbundle\",\"msl\":\"application/vnd.mobius.msl\",\"msm\":\"application/octet-stream\",\"msp\":\"application/octet-stream\",\"msty\":\"application/vnd.muvee.style\",\"mtl\":\"model/mtl\",\"mts\":\"video/mp2t\",\"mus\":\"application/vnd.musician\",\"musd\":\"application/mmt-usd+xml\",\"musicxml\":\"application/vnd.recordare.musicxml+xml\",\"mvb\":\"application/x-msmediaview\",\"mvt\":\"application/vnd.mapbox-vector-tile\",\"mwf\":\"application/vnd.mfer\",\"mxf\":\"application/mxf\",\"mxl\":\"application/vnd.recordare.musicxml\",\"mxmf\":\"audio/mobile-xmf\",\"mxml\":\"application/xv+xml\",\"mxs\":\"application/vnd.triscape.mxs\",\"mxu\":\"video/vnd.mpegurl\",\"n-gage\":\"application/vnd.nokia.n-gage.symbian.install\",\"n3\":\"text/n3\",\"nb\":\"application/mathematica\",\"nbp\":\"application/vnd.wolfram.player\",\"nc\":\"application/x-netcdf\",\"ncx\":\"application/x-dtbncx+xml\",\"nfo\":\"text/x-nfo\",\"ngdat\":\"application/vnd.nokia.n-gage.data\",\"nitf\":\"application/vnd.nitf\",\"nlu\":\"application/vnd.neurolanguage.nlu\",\"nml\":\"application/vnd.enliven\",\"nnd\":\"application/vnd.noblenet-directory\",\"nns\":\"application/vnd.noblenet-sealer\",\"nnw\":\"application/vnd.noblenet-web\",\"npx\":\"image/vnd.net-fpx\",\"nq\":\"application/n-quads\",\"nsc\":\"application/x-conference\",\"nsf\":\"application/vnd.lotus-notes\",\"nt\":\"application/n-triples\",\"ntf\":\"application/vnd.nitf\",\"numbers\":\"application/vnd.apple.numbers\",\"nzb\":\"application/x-nzb\",\"oa2\":\"application/vnd.fujitsu.oasys2\",\"oa3\":\"application/vnd.fujitsu.oasys3\",\"oas\":\"application/vnd.fujitsu.oasys\",\"obd\":\"application/x-msbinder\",\"obgx\":\"application/vnd.openblox.game+xml\",\"obj\":\"model/obj\",\"oda\":\"application/oda\",\"odb\":\"application/vnd.oasis.opendocument.database\",\"odc\":\"application/vnd.oasis.opendocument.chart\",\"odf\":\"application/vnd.oasis.opendocument.formula\",\"odft\":\"application/vnd.oasis.opendocument.formula-template\",\"odg\":\"application/vnd.oasis.opendocument.graphics\",\"odi\":\"application/vnd.oasis.opendocument.image\",\"odm\":\"application/vnd.oasis.opendocument.text-master\",\"odp\":\"application/vnd.oasis.opendocument.presentation\",\"ods\":\"application/vnd.oasis.opendocument.spreadsheet\",\"odt\":\"application/vnd.oasis.opendocument.text\",\"oga\":\"audio/ogg\",\"ogex\":\"model/vnd.opengex\",\"ogg\":\"audio/ogg\",\"ogv\":\"video/ogg\",\"ogx\":\"application/ogg\",\"omdoc\":\"application/omdoc+xml\",\"one\":\"application/onenote\",\"onea\":\"application/onenote\",\"onepkg\":\"application/onenote\",\"onetmp\":\"application/onenote\",\"onetoc\":\"application/onenote\",\"onetoc2\":\"application/onenote\",\"opf\":\"application/oebps-package+xml\",\"opml\":\"text/x-opml\",\"oprc\":\"application/vnd.palm\",\"opus\":\"audio/ogg\",\"org\":\"application/vnd.lotus-organizer\",\"osf\":\"application/vnd.yamaha.openscoreformat\",\"osfpvg\":\"application/vnd.yamaha.openscoreformat.osfpvg+xml\",\"osm\":\"application/vnd.openstreetmap.data+xml\",\"otc\":\"application/vnd.oasis.opendocument.chart-template\",\"otf\":\"font/otf\",\"otg\":\"application/vnd.oasis.opendocument.graphics-template\",\"oth\":\"application/vnd.oasis.opendocument.text-web\",\"oti\":\"application/vnd.oasis.opendocument.image-template\",\"otp\":\"application/vnd.oasis.opendocument.presentation-template\",\"ots\":\"application/vnd.oasis.opendocument.spreadsheet-template\",\"ott\":\"application/vnd.oasis.opendocument.text-template\",\"ova\":\"application/x-virtualbox-ova\",\"ovf\":\"application/x-virtualbox-ovf\",\"owl\":\"application/rdf+xml\",\"oxps\":\"application/oxps\",\"oxt\":\"application/vnd.openofficeorg.extension\",\"p\":\"text/x-pascal\",\"p10\":\"application/pkcs10\",\"p12\":\"application/x-pkcs12\",\"p21\":\"model/step\",\"p7b\":\"application/x-pkcs7-certificates\",\"p7c\":\"application/pkcs7-mime\",\"p7m\":\"application/pkcs7-mime\",\"p7r\":\"application/x-pkcs7-certreqresp\",\"p7s\":\"application/pkcs7-signature\",\"p8\":\"application/pkcs8\",\"pac\":\"application/x-ns-proxy-autoconfig\",\"pages\":\"application/vnd.apple.pages\",\"pas\":\"text/x-pascal\",\"paw\":\"application/vnd.pawaafile\",\"pbd\":\"application/vnd.powerbuilder6\",\"pbm\":\"image/x-portable-bitmap\",\"pcap\":\"application/vnd.tcpdump.pcap\",\"pcf\":\"application/x-font-pcf\",\"pcl\":\"application/vnd.hp-pcl\",\"pclxl\":\"application/vnd.hp-pclxl\",\"pct\":\"image/x-pict\",\"pcurl\":\"application/vnd.curl.pcurl\",\"pcx\":\"image/vnd.zbrush.pcx\",\"pdb\":\"application/vnd.palm\",\"pde\":\"text/x-processing\",\"pdf\":\"application/pdf\",\"pem\":\"application/x-x509-ca-cert\",\"pfa\":\"application/x-font-type1\",\"pfb\":\"application/x-font-type1\",\"pfm\":\"application/x-font-type1\",\"pfr\":\"application/font-tdpfr\",\"pfx\":\"application/x-pkcs12\",\"pgm\":\"image/x-portable-graymap\",\"pgn\":\"application/x-chess-pgn\",\"pgp\":\"application/pgp-encrypted\",\"php\":\"application/x-httpd-php\",\"pic\":\"image/x-pict\",\"pkg\":\"application/octet-stream\",\"pki\":\"application/pkixcmp\",\"pkipath\":\"application/pkix-pkipath\",\"pkpass\":\"application/vnd.apple.pkpass\",\"pl\":\"application/x-perl\",\"plb\":\"application/vnd.3gpp.pic-bw-large\",\"plc\":\"application/vnd.mobius.plc\",\"plf\":\"application/vnd.pocketlearn\",\"pls\":\"application/pls+xml\",\"pm\":\"application/x-perl\",\"pml\":\"application/vnd.ctc-posml\",\"png\":\"image/png\",\"pnm\":\"image/x-portable-anymap\",\"portpkg\":\"application/vnd.macports.portpkg\",\"pot\":\"application/vnd.ms-powerpoint\",\"potm\":\"application/vnd.ms-powerpoint.template.macroenabled.12\",\"potx\":\"application/vnd.openxmlformats-officedocument.presentationml.template\",\"ppam\":\"application/vnd.ms-powerpoint.addin.macroenabled.12\",\"ppd\":\"application/vnd.cups-ppd\",\"ppm\":\"image/x-portable-pixmap\",\"pps\":\"application/vnd.ms-powerpoint\",\"ppsm\":\"application/vnd.ms-powerpoint.slideshow.macroenabled.12\",\"ppsx\":\"application/vnd.openxmlformats-officedocument.presentationml.slideshow\",\"ppt\":\"application/vnd.ms-powerpoint\",\"pptm\":\"application/vnd.ms-powerpoint.presentation.macroenabled.12\",\"pptx\":\"application/vnd.openxmlformats-officedocument.presentationml.presentation\",\"pqa\":\"application/vnd.palm\",\"prc\":\"model/prc\",\"pre\":\"application/vnd.lotus-freelance\",\"prf\":\"application/pics-rules\",\"provx\":\"application/provenance+xml\",\"ps\":\"application/postscript\",\"psb\":\"application/vnd.3gpp.pic-bw-small\",\"psd\":\"image/vnd.adobe.photoshop\",\"psf\":\"application/x-font-linux-psf\",\"pskcxml\":\"application/pskc+xml\",\"pti\":\"image/prs.pti\",\"ptid\":\"application/vnd.pvi.ptid1\",\"pub\":\"application/x-mspublisher\",\"pvb\":\"application/vnd.3gpp.pic-bw-var\",\"pwn\":\"application/vnd.3m.post-it-notes\",\"pya\":\"audio/vnd.ms-playready.media.pya\",\"pyo\":\"model/vnd.pytha.pyox\",\"pyox\":\"model/vnd.pytha.pyox\",\"pyv\":\"video/vnd.ms-playready.media.pyv\",\"qam\":\"application/vnd.epson.quickanime\",\"qbo\":\"application/vnd.intu.qbo\",\"qfx\":\"application/vnd.intu.qfx\",\"qps\":\"application/vnd.publishare-delta-tree\",\"qt\":\"video/quicktime\",\"qwd\":\"application/vnd.quark.quarkxpress\",\"qwt\":\"application/vnd.quark.quarkxpress\",\"qxb\":\"application/vnd.quark.quarkxpress\",\"qxd\":\"application/vnd.quark.quarkxpress\",\"qxl\":\"application/vnd.quark.quarkxpress\",\"qxt\":\"application/vnd.quark.quarkxpress\",\"ra\":\"audio/x-pn-realaudio\",\"ram\":\"audio/x-pn-realaudio\",\"raml\":\"application/raml+yaml\",\"rapd\":\"application/route-apd+xml\",\"rar\":\"application/vnd.rar\",\"ras\":\"image/x-cmu-raster\",\"rcprofile\":\"application/vnd.ipunplugged.rcprofile\",\"rdf\":\"application/rdf+xml\",\"rdz\":\"application/vnd.data-vision.rdz\",\"relo\":\"application/p2p-overlay+xml\",\"rep\":\"application/vnd.businessobjects\",\"res\":\"application/x-dtbresource+xml\",\"rgb\":\"image/x-rgb\",\"rif\":\"application/reginfo+xml\",\"rip\":\"audio/vnd.rip\",\"ris\":\"application/x-research-info-systems\",\"rl\":\"application/resource-lists+xml\",\"rlc\":\"image/vnd.fujixerox.edmics-rlc\",\"rld\":\"application/resource-lists-diff+xml\",\"rm\":\"application/vnd.rn-realmedia\",\"rmi\":\"audio/midi\",\"rmp\":\"audio/x-pn-realaudio-plugin\",\"rms\":\"application/vnd.jcp.javame.midlet-rms\",\"rmvb\":\"application/vnd.rn-realmedia-vbr\",\"rnc\":\"application/relax-ng-compact-syntax\",\"rng\":\"application/xml\",\"roa\":\"application/rpki-roa\",\"roff\":\"text/troff\",\"rp9\":\"application/vnd.cloanto.rp9\",\"rpm\":\"application/x-redhat-package-manager\",\"rpss\":\"application/vnd.nokia.radio-presets\",\"rpst\":\"application/vnd.nokia.radio-preset\",\"rq\":\"application/sparql-query\",\"rs\":\"application/rls-services+xml\",\"rsat\":\"application/atsc-rsat+xml\",\"rsd\":\"application/rsd+xml\",\"rsheet\":\"application/urc-ressheet+xml\",\"rss\":\"application/rss+xml\",\"rtf\":\"application/rtf\",\"rtx\":\"text/richtext\",\"run\":\"application/x-makeself\",\"rusd\":\"application/route-usd+xml\",\"s\":\"text/x-asm\",\"s3m\":\"audio/s3m\",\"saf\":\"application/vnd.yamaha.smaf-audio\",\"sass\":\"text/x-sass\",\"sbml\":\"application/sbml+xml\",\"sc\":\"application/vnd.ibm.secure-container\",\"scd\":\"application/x-msschedule\",\"scm\":\"application/vnd.lotus-screencam\",\"scq\":\"application/scvp-cv-request\",\"scs\":\"application/scvp-cv-response\",\"scss\":\"text/x-scss\",\"scurl\":\"text/vnd.curl.scurl\",\"sda\":\"application/vnd.stardivision.draw\",\"sdc\":\"application/vnd.stardivision.calc\",\"sdd\":\"application/vnd.stardivision.impress\",\"sdkd\":\"application/vnd.solent.sdkm+xml\",\"sdkm\":\"application/vnd.solent.sdkm+xml\",\"sdp\":\"application/sdp\",\"sdw\":\"application/vnd.stardivision.writer\",\"sea\":\"application/x-sea\",\"see\":\"application/vnd.seemail\",\"seed\":\"application/vnd.fdsn.seed\",\"sema\":\"application/vnd.sema\",\"semd\":\"application/vnd.semd\",\"semf\":\"application/vnd.semf\",\"senmlx\":\"application/senml+xml\",\"sensmlx\":\"application/sensml+xml\",\"ser\":\"application/java-serialized-object\",\"setpay\":\"application/set-payment-initiation\",\"setreg\":\"application/set-registration-initiation\",\"sfd-hdstx\":\"application/vnd.hydrostatix.sof-data\",\"sfs\":\"application/vnd.spotfire.sfs\",\"sfv\":\"text/x-sfv\",\"sgi\":\"image/sgi\",\"sgl\":\"application/vnd.stardivision.writer-global\",\"sgm\":\"text/sgml\",\"sgml\":\"text/sgml\",\"sh\":\"application/x-sh\",\"shar\":\"application/x-shar\",\"shex\":\"text/shex\",\"shf\":\"application/shf+xml\",\"shtml\":\"text/html\",\"sid\":\"image/x-mrsid-image\",\"sieve\":\"application/sieve\",\"sig\":\"application/pgp-signature\",\"sil\":\"audio/silk\",\"silo\":\"model/mesh\",\"sis\":\"application/vnd.symbian.install\",\"sisx\":\"application/vnd.symbian.install\",\"sit\":\"application/x-stuffit\",\"sitx\":\"application/x-stuffitx\",\"siv\":\"application/sieve\",\"skd\":\"application/vnd.koan\",\"skm\":\"application/vnd.koan\",\"skp\":\"application/vnd.koan\",\"skt\":\"application/vnd.koan\",\"sldm\":\"application/vnd.ms-powerpoint.slide.macroenabled.12\",\"sldx\":\"application/vnd.openxmlformats-officedocument.presentationml.slide\",\"slim\":\"text/slim\",\"slm\":\"text/slim\",\"sls\":\"application/route-s-tsid+xml\",\"slt\":\"application/vnd.epson.salt\",\"sm\":\"application/vnd.stepmania.stepchart\",\"smf\":\"application/vnd.stardivision.math\",\"smi\":\"application/smil+xml\",\"smil\":\"application/smil+xml\",\"smv\":\"video/x-smv\",\"smzip\":\"application/vnd.stepmania.package\",\"snd\":\"audio/basic\",\"snf\":\"application/x-font-snf\",\"so\":\"application/octet-stream\",\"spc\":\"application/x-pkcs7-certificates\",\"spdx\":\"text/spdx\",\"spf\":\"application/vnd.yamaha.smaf-phrase\",\"spl\":\"application/x-futuresplash\",\"spot\":\"text/vnd.in3d.spot\",\"spp\":\"application/scvp-vp-response\",\"spq\":\"application/scvp-vp-request\",\"spx\":\"audio/ogg\",\"sql\":\"application/sql\",\"src\":\"application/x-wais-source\",\"srt\":\"application/x-subrip\",\"sru\":\"application/sru+xml\",\"srx\":\"application/sparql-results+xml\",\"ssdl\":\"application/ssdl+xml\",\"sse\":\"application/vnd.kodak-descriptor\",\"ssf\":\"application/vnd.epson.ssf\",\"ssml\":\"application/ssml+xml\",\"st\":\"application/vnd.sailingtracker.track\",\"stc\":\"application/vnd.sun.xml.calc.template\",\"std\":\"application/vnd.sun.xml.draw.template\",\"step\":\"model/step\",\"stf\":\"application/vnd.wt.stf\",\"sti\":\"application/vnd.sun.xml.impress.template\",\"stk\":\"application/hyperstudio\",\"stl\":\"model/stl\",\"stp\":\"model/step\",\"stpnc\":\"model/step\",\"stpx\":\"model/step+xml\",\"stpxz\":\"model/step-xml+zip\",\"stpz\":\"model/step+zip\",\"str\":\"application/vnd.pg.format\",\"stw\":\"application/vnd.sun.xml.writer.template\",\"styl\":\"text/stylus\",\"stylus\":\"text/stylus\",\"sub\":\"text/vnd.dvb.subtitle\",\"sus\":\"application/vnd.sus-calendar\",\"susp\":\"application/vnd.sus-calendar\",\"sv4cpio\":\"application/x-sv4cpio\",\"sv4crc\":\"application/x-sv4crc\",\"svc\":\"application/vnd.dvb.service\",\"svd\":\"application/vnd.svd\",\"svg\":\"image/svg+xml\",\"svgz\":\"image/svg+xml\",\"swa\":\"application/x-director\",\"swf\":\"application/x-shockwave-flash\",\"swi\":\"application/vnd.aristanetworks.swi\",\"swidtag\":\"application/swid+xml\",\"sxc\":\"application/vnd.sun.xml.calc\",\"sxd\":\"application/vnd.sun.xml.draw\",\"sxg\":\"application/vnd.sun.xml.writer.global\",\"sxi\":\"application/vnd.sun.xml.impress\",\"sxm\":\"application/vnd.sun.xml.math\",\"sxw\":\"application/vnd.sun.xml.writer\",\"t\":\"text/troff\",\"t3\":\"application/x-t3vm-image\",\"t38\":\"image/t38\",\"taglet\":\"application/vnd.mynfc\",\"tao\":\"application/vnd.tao.intent-module-archive\",\"tap\":\"image/vnd.tencent.tap\",\"tar\":\"application/x-tar\",\"tcap\":\"application/vnd.3gpp2.tcap\",\"tcl\":\"application/x-tcl\",\"td\":\"application/urc-targetdesc+xml\",\"teacher\":\"application/vnd.smart.teacher\",\"tei\":\"application/tei+xml\",\"teicorpus\":\"application/tei+xml\",\"tex\":\"application/x-tex\",\"texi\":\"application/x-texinfo\",\"texinfo\":\"application/x-texinfo\",\"text\":\"text/plain\",\"tfi\":\"application/thraud+xml\",\"tfm\":\"application/x-tex-tfm\",\"tfx\":\"image/tiff-fx\",\"tga\":\"image/x-tga\",\"thmx\":\"application/vnd.ms-officetheme\",\"tif\":\"image/tiff\",\"tiff\":\"image/tiff\",\"tk\":\"application/x-tcl\",\"tmo\":\"application/vnd.tmobile-livetv\",\"toml\":\"application/toml\",\"torrent\":\"application/x-bittorrent\",\"tpl\":\"application/vnd.groove-tool-template\",\"tpt\":\"application/vnd.trid.tpt\",\"tr\":\"text/troff\",\"tra\":\"application/vnd.trueapp\",\"trig\":\"application/trig\",\"trm\":\"application/x-msterminal\",\"ts\":\"video/mp2t\",\"tsd\":\"application/timestamped-data\",\"tsv\":\"text/tab-separated-values\",\"ttc\":\"font/collection\",\"ttf\":\"font/ttf\",\"ttl\":\"text/turtle\",\"ttml\":\"application/ttml+xml\",\"twd\":\"application/vnd.simtech-mindmapper\",\"twds\":\"application/vnd.simtech-mindmapper\",\"txd\":\"application/vnd.genomatix.tuxedo\",\"txf\":\"application/vnd.mobius.txf\",\"txt\":\"text/plain\",\"u32\":\"application/x-authorware-bin\",\"u3d\":\"model/u3d\",\"u8dsn\":\"message/global-delivery-status\",\"u8hdr\":\"message/global-headers\",\"u8mdn\":\"message/global-disposition-notification\",\"u8msg\":\"message/global\",\"ubj\":\"application/ubjson\",\"udeb\":\"application/x-debian-package\",\"ufd\":\"application/vnd.ufdl\",\"ufdl\":\"application/vnd.ufdl\",\"ulx\":\"application/x-glulx\",\"umj\":\"application/vnd.umajin\",\"unityweb\":\"application/vnd.unity\",\"uo\":\"application/vnd.uoml+xml\",\"uoml\":\"application/vnd.uoml+xml\",\"uri\":\"text/uri-list\",\"uris\":\"text/uri-list\",\"urls\":\"text/uri-list\",\"usda\":\"model/vnd.usda\",\"usdz\":\"model/vnd.usdz+zip\",\"ustar\":\"application/x-ustar\",\"utz\":\"application/vnd.uiq.theme\",\"uu\":\"text/x-uuencode\",\"uva\":\"audio/vnd.dece.audio\",\"uvd\":\"application/vnd.dece.data\",\"uvf\":\"application/vnd.dece.data\",\"uvg\":\"image/vnd.dece.graphic\",\"uvh\":\"video/vnd.dece.hd\",\"uvi\":\"image/vnd.dece.graphic\",\"uvm\":\"video/vnd.dece.mobile\",\"uvp\":\"video/vnd.dece.pd\",\"uvs\":\"video/vnd.dece.sd\",\"uvt\":\"application/vnd.dece.ttml+xml\",\"uvu\":\"video/vnd.uvvu.mp4\",\"uvv\":\"video/vnd.dece.video\",\"uvva\":\"audio/vnd.dece.audio\",\"uvvd\":\"application/vnd.dece.data\",\"uvvf\":\"application/vnd.dece.data\",\"uvvg\":\"image/vnd.dece.graphic\",\"uvvh\":\"video/vnd.dece.hd\",\"uvvi\":\"image/vnd.dece.graphic\",\"uvvm\":\"video/vnd.dece.mobile\",\"uvvp\":\"video/vnd.dece.pd\",\"uvvs\":\"video/vnd.dece.sd\",\"uvvt\":\"application/vnd.dece.ttml+xml\",\"uvvu\":\"video/vnd.uvvu.mp4\",\"uvvv\":\"video/vnd.dece.video\",\"uvvx\":\"application/vnd.dece.unspecified\",\"uvvz\":\"application/vnd.dece.zip\",\"uvx\":\"application/vnd.dece.unspecified\",\"uvz\":\"application/vnd.dece.zip\",\"vbox\":\"application/x-virtualbox-vbox\",\"vbox-extpack\":\"application/x-virtualbox-vbox-extpack\",\"vcard\":\"text/vcard\",\"vcd\":\"application/x-cdlink\",\"vcf\":\"text/x-vcard\",\"vcg\":\"application/vnd.groove-vcard\",\"vcs\":\"text/x-vcalendar\",\"vcx\":\"application/vnd.vcx\",\"vdi\":\"application/x-virtualbox-vdi\",\"vds\":\"model/vnd.sap.vds\",\"vdx\":\"application/vnd.ms-visio.viewer\",\"vhd\":\"application/x-virtualbox-vhd\",\"vis\":\"application/vnd.visionary\",\"viv\":\"video/vnd.vivo\",\"vmdk\":\"application/x-virtualbox-vmdk\",\"vob\":\"video/x-ms-vob\",\"vor\":\"application/vnd.stardivision.writer\",\"vox\":\"application/x-authorware-bin\",\"vrml\":\"model/vrml\",\"vsd\":\"application/vnd.visio\",\"vsdx\":\"application/vnd.visio\",\"vsf\":\"application/vnd.vsf\",\"vss\":\"application/vnd.visio\",\"vst\":\"application/vnd.visio\",\"vsw\":\"application/vnd.visio\",\"vtf\":\"image/vnd.valve.source.texture\",\"vtt\":\"text/vtt\",\"vtu\":\"model/vnd.vtu\",\"vtx\":\"application/vnd.visio\",\"vxml\":\"application/voicexml+xml\",\"w3d\":\"application/x-director\",\"wad\":\"application/x-doom\",\"wadl\":\"application/vnd.sun.wadl+xml\",\"war\":\"application/java-archive\",\"wasm\":\"application/wasm\",\"wav\":\"audio/wav\",\"wax\":\"audio/x-ms-wax\",\"wbmp\":\"image/vnd.wap.wbmp\",\"wbs\":\"application/vnd.criticaltools.wbs+xml\",\"wbxml\":\"application/vnd.wap.wbxml\",\"wcm\":\"application/vnd.ms-works\",\"wdb\":\"application/vnd.ms-works\",\"wdp\":\"image/vnd.ms-photo\",\"weba\":\"audio/webm\",\"webapp\":\"application/x-web-app-manifest+json\",\"webm\":\"video/webm\",\"webmanifest\":\"application/manifest+json\",\"webp\":\"image/webp\",\"wg\":\"application/vnd.pmi.widget\",\"wgsl\":\"text/wgsl\",\"wgt\":\"application/widget\",\"wif\":\"application/watcherinfo+xml\",\"wks\":\"application/vnd.ms-works\",\"wm\":\"video/x-ms-wm\",\"wma\":\"audio/x-ms-wma\",\"wmd\":\"application/x-ms-wmd\",\"wmf\":\"image/wmf\",\"wml\":\"text/vnd.wap.wml\",\"wmlc\":\"application/vnd.wap.wmlc\",\"wmls\":\"text/vnd.wap.wmlscript\",\"wmlsc\":\"application/vnd.wap.wmlscriptc\",\"wmv\":\"video/x-ms-wmv\",\"wmx\":\"video/x-ms-wmx\",\"wmz\":\"application/x-ms-wmz\",\"woff\":\"font/woff\",\"woff2\":\"font/woff2\",\"wpd\":\"application/vnd.wordperfect\",\"wpl\":\"application/vnd.ms-wpl\",\"wps\":\"application/vnd.ms-works\",\"wqd\":\"application/vnd.wqd\",\"wri\":\"application/x-mswrite\",\"wrl\":\"model/vrml\",\"wsc\":\"message/vnd.wfa.wsc\",\"wsdl\":\"application/wsdl+xml\",\"wspolicy\":\"application/wspolicy+xml\",\"wtb\":\"application/vnd.webturbo\",\"wvx\":\"video/x-ms-wvx\",\"x32\":\"application/x-authorware-bin\",\"x3d\":\"model/x3d+xml\",\"x3db\":\"model/x3d+fastinfoset\",\"x3dbz\":\"model/x3d+binary\",\"x3dv\":\"model/x3d-vrml\",\"x3dvz\":\"model/x3d+vrml\",\"x3dz\":\"model/x3d+xml\",\"x_b\":\"model/vnd.parasolid.transmit.binary\",\"x_t\":\"model/vnd.parasolid.transmit.text\",\"xaml\":\"application/xaml+xml\",\"xap\":\"application/x-silverlight-app\",\"xar\":\"application/vnd.xara\",\"xav\":\"application/xcap-att+xml\",\"xbap\":\"application/x-ms-xbap\",\"xbd\":\"application/vnd.fujixerox.docuworks.binder\",\"xbm\":\"image/x-xbitmap\",\"xca\":\"application/xcap-caps+xml\",\"xcs\":\"application/calendar+xml\",\"xdcf\":\"application/vnd.gov.sk.xmldatacontainer+xml\",\"xdf\":\"application/xcap-diff+xml\",\"xdm\":\"application/vnd.syncml.dm+xml\",\"xdp\":\"application/vnd.adobe.xdp+xml\",\"xdssc\":\"application/dssc+xml\",\"xdw\":\"application/vnd.fujixerox.docuworks\",\"xel\":\"application/xcap-el+xml\",\"xenc\":\"application/xenc+xml\",\"xer\":\"application/patch-ops-error+xml\",\"xfdf\":\"application/xfdf\",\"xfdl\":\"application/vnd.xfdl\",\"xht\":\"application/xhtml+xml\",\"xhtm\":\"application/vnd.pwg-xhtml-print+xml\",\"xhtml\":\"application/xhtml+xml\",\"xhvml\":\"application/xv+xml\",\"xif\":\"image/vnd.xiff\",\"xla\":\"application/vnd.ms-excel\",\"xlam\":\"application/vnd.ms-excel.addin.macroenabled.12\",\"xlc\":\"application/vnd.ms-excel\",\"xlf\":\"application/xliff+xml\",\"xlm\":\"application/vnd.ms-excel\",\"xls\":\"application/vnd.ms-excel\",\"xlsb\":\"application/vnd.ms-excel.sheet.binary.macroenabled.12\",\"xlsm\":\"application/vnd.ms-excel.sheet.macroenabled.12\",\"xlsx\":\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\",\"xlt\":\"application/vnd.ms-excel\",\"xltm\":\"application/vnd.ms-excel.template.macroenabled.12\",\"xltx\":\"application/vnd.openxmlformats-officedocument.spreadsheetml.template\",\"xlw\":\"application/vnd.ms-excel\",\"xm\":\"audio/xm\",\"xml\":\"application/xml\",\"xns\":\"application/xcap-ns+xml\",\"xo\":\"application/vnd.olpc-sugar\",\"xop\":\"application/xop+xml\",\"xpi\":\"application/x-xpinstall\",\"xpl\":\"application/xproc+xml\",\"xpm\":\"image/x-xpixmap\",\"xpr\":\"application/vnd.is-xpr\",\"xps\":\"application/vnd.ms-xpsdocument\",\"xpw\":\"application/vnd.intercon.formnet\",\"xpx\":\"application/vnd.intercon.formnet\",\"xsd\":\"application/xml\",\"xsf\":\"application/prs.xsf+xml\",\"xsl\":\"application/xml\",\"xslt\":\"application/xslt+xml\",\"xsm\":\"application/vnd.syncml+xml\",\"xspf\":\"application/xspf+xml\",\"xul\":\"application/vnd.mozilla.xul+xml\",\"xvm\":\"application/xv+xml\",\"xvml\":\"application/xv+xml\",\"xwd\":\"image/x-xwindowdump\",\"xyz\":\"chemical/x-xyz\",\"xz\":\"application/x-xz\",\"yaml\":\"text/yaml\",\"yang\":\"application/yang\",\"yin\":\"application/yin+xml\",\"yml\":\"text/yaml\",\"ymp\":\"text/x-suse-ymp\",\"z1\":\"application/x-zmachine\",\"z2\":\"application/x-zmachine\",\"z3\":\"application/x-zmachine\",\"z4\":\"application/x-zmachine\",\"z5\":\"application/x-zmachine\",\"z6\":\"application/x-zmachine\",\"z7\":\"application/x-zmachine\",\"z8\":\"application/x-zmachine\",\"zaz\":\"application/vnd.zzazz.deck+xml\",\"zip\":\"application/zip\",\"zir\":\"application/vnd.zul\",\"zirz\":\"application/vnd.zul\",\"zmm\":\"application/vnd.handheld-entertainment+xml\"}")))

;// CONCATENATED MODULE: ./src/inventory/media-types.ts
// Media types by extension: the field's formats first (docs/decisions.md, "Inventory"), then the
// general table of `mime-types`, then application/octet-stream. Users override by pattern.
// The general table is mime-types' own, written out at build time (scripts/compile-media-types.mjs):
// building it costs several milliseconds, which no run should pay on start.


const OCTET_STREAM = 'application/octet-stream';
const COG = 'image/tiff; application=geotiff; profile=cloud-optimized';
const ZARR = 'application/vnd+zarr';
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
    ['.nc4', 'application/netcdf'],
    // A directory store's own path (stores.ts); the files inside one are the store's type too.
    ['.zarr', ZARR]
];
/** The media type of a root-relative path (`/` separators). Overrides are tried in order. */
function mediaTypeOf(path, overrides = []) {
    for (const override of overrides) {
        if (minimatch(path, override.pattern, { dot: true, nocomment: true, nonegate: true })) {
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
        fd = (0,external_node_fs_namespaceObject.openSync)(file, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NONBLOCK);
        const before = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (!before.isFile())
            return before.isDirectory() ? 'EISDIR' : 'ENOTFILE';
        const whole = before.size < buffer.length;
        const step = Math.min(STREAM_READ, buffer.length);
        const first = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, 0, whole ? buffer.length : step, null);
        // Read whole in one call: the bytes are the file as it was at that instant; asking again
        // could only show a change made after hashing, which no check can rule out. One-shot
        // hashing spares a Hash object per file, which for small files is most of the work.
        if (whole && first === before.size) {
            digests[at] = `sha256:${(0,external_node_crypto_namespaceObject.hash)('sha256', buffer.subarray(0, first), 'hex')}`;
            sizes[at] = first;
            // The bytes just hashed: a pointer is known from the same read as its digest.
            const pointer = first < LFS_POINTER_LIMIT ? lfsPointerOf(buffer.subarray(0, first)) : undefined;
            if (pointer)
                onPointer?.(at, pointer);
            return undefined;
        }
        const running = (0,external_node_crypto_namespaceObject.createHash)('sha256');
        let size = 0;
        for (let read = first; read > 0; read = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, 0, step, null)) {
            running.update(buffer.subarray(0, read));
            size += read;
        }
        const after = (0,external_node_fs_namespaceObject.fstatSync)(fd);
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
            (0,external_node_fs_namespaceObject.closeSync)(fd);
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
        if (index > 0 && compareText(files[index - 1], file) >= 0)
            return undefined;
        const path = file.slice(prefix.length);
        records[index] = {
            path,
            digest,
            media_type: mediaTypes ? mediaTypes[index] : mediaTypeOf(path),
            size: sizes[index]
        };
    }
    return listPart(records);
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
    (0,external_node_crypto_namespaceObject.hash)('sha256', buffer.subarray(0, 1), 'hex');
    port.on('message', (request) => {
        const hashed = hashBatch(request, buffer, claimIn(request.claims));
        if (!hashed)
            return;
        const transfer = hashed.part ? [hashed.sizes.buffer, hashed.part.buffer] : [hashed.sizes.buffer];
        port.postMessage(hashed, transfer);
    });
}
// Imported anywhere else (the pool imports hashBatch), this module only defines its functions.
if (external_node_worker_threads_namespaceObject.parentPort && external_node_worker_threads_namespaceObject.workerData === HASH_WORKER)
    serve(external_node_worker_threads_namespaceObject.parentPort);

var __webpack_exports__CHUNK = __webpack_exports__.m$;
var __webpack_exports__HASH_WORKER = __webpack_exports__.YV;
var __webpack_exports__batchPart = __webpack_exports__.mz;
var __webpack_exports__claimIn = __webpack_exports__.aY;
var __webpack_exports__hashBatch = __webpack_exports__.BV;
export { __webpack_exports__CHUNK as CHUNK, __webpack_exports__HASH_WORKER as HASH_WORKER, __webpack_exports__batchPart as batchPart, __webpack_exports__claimIn as claimIn, __webpack_exports__hashBatch as hashBatch };
