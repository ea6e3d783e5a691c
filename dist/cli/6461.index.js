export const id = 6461;
export const ids = [6461];
export const modules = {

/***/ 6461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyLedger: () => (/* binding */ verifyLedger)
});

// EXTERNAL MODULE: ./src/gates/e-ledger.ts
var e_ledger = __webpack_require__(825);
// EXTERNAL MODULE: ./src/documents/ledger-record.ts
var ledger_record = __webpack_require__(9463);
;// CONCATENATED MODULE: ./src/documents/ledger-lines.ts
// A ledger's text read into evidence for gate E: its lines, each with its digest and, when it
// parses, its JSON value. Reading judges nothing: whether a line is a record, and whether the
// records chain, is gates/e-ledger.ts's work.

function parsed(text) {
    try {
        return { value: JSON.parse(text) };
    }
    catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
    }
}
/** The lines of a ledger's text; a last line without its newline is a line, and said to be one. */
function ledgerEvidence(text, options) {
    const texts = text === '' ? [] : text.split('\n');
    const unterminated = texts.length > 0 && texts[texts.length - 1] !== '';
    if (texts.length > 0 && !unterminated)
        texts.pop();
    return {
        path: options.path,
        lines: texts.map((line, i) => ({
            number: i + 1,
            text: line,
            digest: (0,ledger_record/* lineDigest */.p)(line),
            parsed: parsed(line)
        })),
        unterminated,
        ...(options.expectTip !== undefined ? { expectTip: options.expectTip } : {})
    };
}

;// CONCATENATED MODULE: ./src/ledger/verify-ledger.ts
// Verifying a promotion ledger's text (ledger/<slug>.jsonl): its lines read into evidence and
// judged by gate E's ledger rule (gates/e-ledger.ts). What the CLI's `ledger verify` and the
// library's verifyLedger run.


/** Checks a ledger's text: each record's shape and form, the chain, the order, the tip. */
function verifyLedger(text, options = {}) {
    const evidence = ledgerEvidence(text, {
        path: options.path ?? 'ledger',
        ...(options.expectTip !== undefined ? { expectTip: options.expectTip } : {})
    });
    const { violations, records } = (0,e_ledger/* judgeLedger */.L)(evidence);
    return {
        ok: violations.length === 0,
        records,
        tip: evidence.lines.at(-1)?.digest ?? null,
        violations
    };
}


/***/ })

};
