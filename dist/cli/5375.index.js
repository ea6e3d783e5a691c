export const id = 5375;
export const ids = [5375];
export const modules = {

/***/ 5375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readLedgerText: () => (/* binding */ readLedgerText)
/* harmony export */ });
/* harmony import */ var _documents_json_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8258);
/* harmony import */ var _gates_e_ledger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(825);
// Reading a ledger file for verification: a regular file of at most the input-document limit,
// UTF-8 without a byte-order mark. What makes it unreadable becomes gate E's LEDGER_UNREADABLE,
// as an unreadable manifest is a violation for verify: a ledger that cannot be read cannot be
// shown to be whole.


async function readLedgerText(absolute, shown) {
    const unreadable = (message, line) => ({
        violations: [(0,_gates_e_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .ledgerUnreadable */ .x)(shown, message, line)]
    });
    let bytes;
    try {
        bytes = await (0,_documents_json_document_js__WEBPACK_IMPORTED_MODULE_0__/* .readDocumentBytes */ .h9)(absolute, shown);
    }
    catch (error) {
        if (!(error instanceof _documents_json_document_js__WEBPACK_IMPORTED_MODULE_0__/* .DocumentError */ .Mi))
            throw error;
        return unreadable(error.absent
            ? `${shown} does not exist; check the path, or fetch the ledger branch (git fetch origin promotion-ledger) and name ledger/<slug>.jsonl in it`
            : error.message);
    }
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
        return unreadable(`${shown} starts with a byte-order mark, which no ledger write puts there; restore the file from the ledger branch`, 1);
    try {
        return { text: (0,_documents_json_document_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeUtf8 */ ._6)(shown, bytes) };
    }
    catch (error) {
        if (!(error instanceof _documents_json_document_js__WEBPACK_IMPORTED_MODULE_0__/* .DocumentError */ .Mi))
            throw error;
        return unreadable(error.message, error.line);
    }
}


/***/ })

};
