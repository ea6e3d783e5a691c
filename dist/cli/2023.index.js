export const id = 2023;
export const ids = [2023];
export const modules = {

/***/ 2023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commitTime: () => (/* binding */ commitTime)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
// released_at's default: the committer time of the checked-out commit, never "now", so a re-run
// of the same commit gives the same manifest (docs/decisions.md, "Time").

function commitTime(directory) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['-C', directory, 'log', '-1', '--format=%cI', 'HEAD'], { timeout: 10_000 }, (error, stdout) => {
            const text = stdout.trim();
            resolve(error || text === '' ? undefined : text);
        });
    });
}


/***/ })

};
