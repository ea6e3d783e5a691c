export const id = 6532;
export const ids = [6532];
export const modules = {

/***/ 571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ej: () => (/* binding */ size),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   QF: () => (/* binding */ SUMMARY_LIMITS),
/* harmony export */   VK: () => (/* binding */ shortDigest),
/* harmony export */   __: () => (/* binding */ Budget)
/* harmony export */ });
/* unused harmony export COMMENT_LIMITS */
/* harmony import */ var _model_printable_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9498);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2691);
// Text from outside in a summary's table cell or list line, and the limits and byte budget every
// summary keeps (GitHub's 1 MiB job summary, 65,536-character comment): shared by the summaries
// and the sections they hold, which import it from here rather than from summary.ts.


const WORD_JOINER = '\u2060';
/** Where a word joiner stops a link: after `@`, `#` or `GH-` before a digit, `http:`, `https:`, `ftp:` before `//`, `www` before `.`. */
const LINKED_BY_SHAPE = /@|#(?=\d)|gh-(?=\d)|(?:https?|ftp):(?=\/\/)|www(?=\.)/gi;
/**
 * Text from outside (file names, document values, the slug) in a table cell or a list line of
 * the summary: one line, and nothing GitHub would render as anything but that text.
 * - `&`, `<`, `>` as entities: no HTML element, comment or entity from the input.
 * - Every character Markdown or GitHub gives a meaning inside a line behind a backslash: `\`
 *   first (so an input backslash cannot cancel the escape after it), `|` (a new cell), `[`, `]`
 *   (links, images, references, footnotes), `` ` `` (code spans), `*`, `~` and `_` (emphasis,
 *   strikethrough; `_` only where it is not inside a word, where it cannot emphasise, so
 *   `river_gauges` stays as it is), `$` (GitHub's math). The reader sees the characters
 *   themselves.
 * - What GitHub links by its shape rather than by syntax (bare URLs and `www.` addresses, which
 *   the autolink extension links; e-mail addresses, `@user` and `@org/team` mentions, `#123`,
 *   `GH-123` and `owner/repo#123` references, which github.com links after rendering, code
 *   spans aside) broken with a WORD JOINER (U+2060) after the `@`, the `#`, the `GH-`, the
 *   scheme's `:` or the `www`. It is invisible and the text reads as it was; `printable` has
 *   already shown any U+2060 of the input as `\u2060`, so every one left is ours. A name copied
 *   from the rendered summary carries them: the manifest and the violations report have the
 *   names as they are.
 */
function cell(text, max = Infinity) {
    const flat = (0,_model_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(text.replace(/[\r\n]+/g, ' '));
    const cut = (0,_words_js__WEBPACK_IMPORTED_MODULE_1__/* .clipped */ .c)(flat, max);
    return cut
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\|[\]`*~$]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\$&')
        .replace(LINKED_BY_SHAPE, `$&${WORD_JOINER}`);
}
const SUMMARY_LIMITS = {
    bytes: 900 * 1024,
    violations: 200,
    consequences: 20,
    inventoryRows: 500,
    cell: 400
};
/** A pull-request comment: the same summary, smaller, and without the inventory. */
const COMMENT_LIMITS = {
    bytes: 48 * 1024,
    violations: 30,
    consequences: 5,
    inventoryRows: 0,
    cell: 300
};
/** Rows added while they fit the count and the bytes left; the rest counted, never dropped silently. */
class Budget {
    left;
    constructor(bytes) {
        this.left = bytes;
    }
    take(lines) {
        for (const line of lines)
            this.left -= Buffer.byteLength(line) + 1;
    }
    /** Takes the lines when they fit with `spare` bytes left over, and says whether they did. */
    fits(lines, spare) {
        const bytes = lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
        if (bytes + spare > this.left)
            return false;
        this.left -= bytes;
        return true;
    }
    /** Takes the first of at most `max` rows that fit with `spare` bytes left over; counts the rest. */
    rows(rows, max, spare = 0) {
        const shown = [];
        for (const row of rows.slice(0, max)) {
            const text = row();
            const bytes = Buffer.byteLength(text) + 1;
            if (bytes + spare > this.left)
                break;
            this.left -= bytes;
            shown.push(text);
        }
        return { shown, more: rows.length - shown.length };
    }
}
/** A digest as a table shows it: the algorithm and 12 hex characters (the manifest has it whole). */
function shortDigest(digest) {
    return `<code>${cell(digest.length > 19 ? `${digest.slice(0, 19)}…` : digest)}</code>`;
}
function size(bytes) {
    if (bytes === undefined)
        return 'not present';
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}


/***/ }),

/***/ 6532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ lfsSummaryLines),
/* harmony export */   D: () => (/* binding */ lfsNotAskedLine)
/* harmony export */ });
/* harmony import */ var _cells_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(571);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2691);


/** The summary's Git LFS paragraph: empty when no pointer stood for an artifact. */
function lfsSummaryLines(lfs, limits) {
    if (!lfs || lfs.fromPointers === 0)
        return [];
    const taken = `📦 **${(0,_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(lfs.fromPointers, 'artifact file')} taken from Git LFS pointers** (lfs: pointers): each digest and size is its pointer's oid and size, as a full checkout gives them.`;
    const objects = lfs.objects;
    const asked = !objects
        ? ''
        : objects.asked
            ? objects.missing.length === 0
                ? ` The LFS server (${(0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(objects.endpoint, limits.cell)}) has every object.`
                : ` The LFS server (${(0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(objects.endpoint, limits.cell)}) lacks ${objects.missing.length} object(s): see LFS_OBJECT_MISSING.`
            : `\n\n⚠️ **The LFS server was not asked whether these objects exist**: ${(0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(objects.reason, limits.cell)}.`;
    return [`${taken}${asked}`, ''];
}
/** The CLI's and the log's one line when the objects were not asked about, else undefined. */
function lfsNotAskedLine(lfs) {
    const objects = lfs?.objects;
    if (!lfs || !objects || objects.asked)
        return undefined;
    return `warning: ${lfs.fromPointers} artifact file(s) were taken from Git LFS pointers, but the LFS server was not asked whether their objects exist: ${objects.reason}.`;
}


/***/ })

};
