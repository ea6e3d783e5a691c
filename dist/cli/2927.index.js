export const id = 2927;
export const ids = [2927];
export const modules = {

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
