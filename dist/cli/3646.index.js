export const id = 3646;
export const ids = [3646];
export const modules = {

/***/ 3646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gateLine: () => (/* binding */ gateLine),
/* harmony export */   violationLine: () => (/* binding */ violationLine)
/* harmony export */ });
/* unused harmony export gateLog */
/* harmony import */ var _model_printable_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9498);

function violationLine(v) {
    const where = v.path.trimStart().startsWith(':') ? `./${v.path}` : v.path;
    return `${where}${v.line ? `:${v.line}` : ''}: [${v.gate} ${v.code}] ${v.message}`;
}
function gateLine(gate) {
    const count = gate.violations;
    const violations = count ? ` (${count} violation${count === 1 ? '' : 's'})` : '';
    return `gate ${gate.gate} ${gate.status.padEnd(12)} ${gate.title}${violations}`;
}
/** A gate's part of the log: a title with its verdict, what it checked, and its violations. */
function gateLog(gate, violations) {
    const verdict = gate.status === 'fail' ? `fail, ${gate.violations}` : gate.status;
    return {
        title: `Gate ${gate.gate}: ${gate.title} (${verdict})`,
        lines: [
            ...gate.checked.map((line) => `checked: ${printable(line)}`),
            ...violations.filter((v) => v.gate === gate.gate).map(violationLine)
        ]
    };
}


/***/ })

};
