export const id = 3646;
export const ids = [3646,2927];
export const modules = {

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


/***/ })

};
