export const id = 2669;
export const ids = [2669,2927,3646];
export const modules = {

/***/ 2669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runLedger: () => (/* binding */ runLedger)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5305);
/* harmony import */ var _model_printable_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9498);
/* harmony import */ var _options_values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2262);
/* harmony import */ var _report_cli_lines_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3646);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3567);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5377);
// `kfm-gen-promotion-manifest ledger verify --file F [--expect-tip sha256:…]`: checks a promotion
// ledger (ledger/<slug>.jsonl of the promotion-ledger branch). Exit 0 when it holds; 1 on any
// violation (a changed, dropped, inserted or moved line, a wrong tip, an unreadable file);
// 2 on a usage error.







const FLAGS = {
    file: { type: 'string' },
    'expect-tip': { type: 'string' }
};
function ledgerHelpText() {
    return [
        'Usage: kfm-gen-promotion-manifest ledger verify --file FILE [--expect-tip sha256:HEX]',
        '',
        'Verifies a promotion ledger (ledger/<slug>.jsonl on the promotion-ledger branch): every line',
        'a record of schemas/ledger_record_v1.schema.json in the ledger\'s form, each "previous" the',
        'digest of the line before it (null on the first), seq counting up by one, released_at never',
        "going back, one dataset, each version once. Prints the tip (the last line's digest).",
        'Exit 0: the ledger holds; 1: violations; 2: a usage error, or an error that stopped the run.',
        '',
        '  --file FILE              The ledger file.',
        "  --expect-tip sha256:HEX  The digest the last line must have (a publication's",
        '                           ledger-record-digest output).',
        '  --version                Print the version.',
        '  --help                   Show this help.'
    ].join('\n');
}
async function verifyLedgerFile({ file, expectTip }, io) {
    const { readLedgerText } = await Promise.all(/* import() */[__webpack_require__.e(9547), __webpack_require__.e(8258), __webpack_require__.e(126), __webpack_require__.e(5949), __webpack_require__.e(5375)]).then(__webpack_require__.bind(__webpack_require__, 5375));
    const { verifyLedger } = await Promise.all(/* import() */[__webpack_require__.e(9547), __webpack_require__.e(8258), __webpack_require__.e(126), __webpack_require__.e(5949), __webpack_require__.e(6461)]).then(__webpack_require__.bind(__webpack_require__, 6461));
    const read = await readLedgerText(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, file), file);
    const result = 'text' in read
        ? verifyLedger(read.text, { path: file, ...(expectTip ? { expectTip } : {}) })
        : { ok: false, records: [], tip: null, violations: read.violations };
    if (result.ok) {
        io.stdout(`Verified ${(0,_model_printable_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(file)}: ${result.records.length} record(s), chained; tip ${result.tip ?? 'none (empty ledger)'}`);
        return _flags_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.pass;
    }
    for (const v of result.violations)
        io.stderr((0,_report_cli_lines_js__WEBPACK_IMPORTED_MODULE_4__/* .violationLine */ .S)(v));
    io.stderr(`Ledger verification failed: ${result.violations.length} violation(s); do not trust this copy of the ledger.`);
    return _flags_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.violation;
}
async function runLedger(argv, io) {
    if (argv[0] === '--help' || argv[0] === undefined) {
        io.stdout(ledgerHelpText());
        return argv[0] === undefined ? _flags_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.usage : _flags_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.pass;
    }
    if (argv[0] !== 'verify') {
        io.stderr(`error: unknown ledger command ${(0,_model_printable_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(argv[0])}; the one command is verify\nRun ledger verify --help for the options.`);
        return _flags_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.usage;
    }
    return (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .runCommand */ .d)(argv.slice(1), io, {
        flags: FLAGS,
        hint: 'ledger verify',
        help: ledgerHelpText,
        options: ({ values }) => {
            const file = (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .textFlag */ .gx)(values, 'file');
            if (file === undefined)
                throw new _options_values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('ledger verify needs --file FILE');
            const expectTip = (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .textFlag */ .gx)(values, 'expect-tip');
            if (expectTip !== undefined && !_model_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .DIGEST_PATTERN */ .WA.test(expectTip))
                throw new _options_values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--expect-tip ${(0,_model_printable_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(expectTip)} is not a digest; give sha256: and 64 lowercase hex characters`);
            return { file, expectTip };
        },
        run: verifyLedgerFile
    });
}


/***/ }),

/***/ 3646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ violationLine),
/* harmony export */   causeName: () => (/* binding */ causeName),
/* harmony export */   gateLine: () => (/* binding */ gateLine),
/* harmony export */   violationLines: () => (/* binding */ violationLines)
/* harmony export */ });
/* unused harmony export gateLog */
/* harmony import */ var _model_printable_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9498);
/* harmony import */ var _folded_causes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2927);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2691);



function violationLine(v) {
    const where = v.path.trimStart().startsWith(':') ? `./${v.path}` : v.path;
    return `${where}${v.line ? `:${v.line}` : ''}: [${v.gate} ${v.code}] ${v.message}`;
}
/** What a cause's line is followed by: its consequences, indented (the runner trims the indent). */
const UNDER = '  ↳ ';
/** Every violation, cause first: each cause's line, then the lines of the ones it causes. */
function violationLines(violations) {
    return (0,_folded_causes_js__WEBPACK_IMPORTED_MODULE_1__/* .folded */ .T)(violations).flatMap(({ violation, consequences }) => [
        violationLine(violation),
        ...consequences.map((v) => `${UNDER}${violationLine(v)}`)
    ]);
}
/** How a cause is named where its consequences are listed apart from it. */
function causeName(v) {
    return `[${v.gate} ${v.code}] ${v.path}${v.line ? `:${v.line}` : ''}`;
}
function gateLine(gate) {
    const count = gate.violations;
    const violations = count ? ` (${(0,_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .L)(count, 'violation')})` : '';
    return `gate ${gate.gate} ${gate.status.padEnd(12)} ${gate.title}${violations}`;
}
/**
 * A gate's part of the log: a title with its verdict, what it checked, and its violations; those
 * another violation explains come last, under a line naming their cause (which may be another
 * gate's).
 */
function gateLog(gate, violations) {
    const verdict = gate.status === 'fail' ? `fail, ${gate.violations}` : gate.status;
    const own = (v) => v.gate === gate.gate;
    const tops = folded(violations);
    const caused = tops.flatMap(({ violation, consequences }) => {
        const here = consequences.filter(own);
        if (here.length === 0)
            return [];
        return [
            `caused by ${causeName(violation)} (${here.length}):`,
            ...here.map((v) => `${UNDER}${violationLine(v)}`)
        ];
    });
    return {
        title: `Gate ${gate.gate}: ${gate.title} (${verdict})`,
        lines: [
            ...gate.checked.map((line) => `checked: ${printable(line)}`),
            ...tops
                .filter(({ violation }) => own(violation))
                .map(({ violation }) => violationLine(violation)),
            ...caused
        ]
    };
}


/***/ }),

/***/ 2927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ folded)
/* harmony export */ });
/** The violations that have no cause, each with its consequences, in the list's order. */
function folded(violations) {
    const tops = [];
    const at = new Map();
    violations.forEach((violation, index) => {
        const cause = violation.causedBy === undefined ? undefined : at.get(violation.causedBy);
        if (cause)
            cause.consequences.push(violation);
        else {
            const entry = { violation, consequences: [] };
            tops.push(entry);
            at.set(index, entry);
        }
    });
    return tops;
}


/***/ }),

/***/ 2691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural),
/* harmony export */   c: () => (/* binding */ clipped)
/* harmony export */ });
// Counted words in the reports: "1 violation", "2 violations".
/** `count` and `noun`, the noun with an `s` unless the count is one. */
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
/** The text cut to at most `max` characters, an ellipsis standing for what was cut. */
function clipped(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}


/***/ })

};
