export const id = 1405;
export const ids = [1405];
export const modules = {

/***/ 1405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   diffLines: () => (/* binding */ diffLines)
/* harmony export */ });
/* harmony import */ var _model_printable_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9498);

const show = (text) => (0,_model_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(text);
function fieldLine(name, change) {
    const label = name.padEnd(13);
    return change.changed
        ? `${label}${show(change.old)} -> ${show(change.new)}`
        : `${label}${show(change.new)} (unchanged)`;
}
const sized = (bytes) => (bytes === undefined ? '' : `  ${bytes} bytes`);
function listLines(name, list) {
    return [
        `${name}: ${list.added.length} added, ${list.removed.length} removed, ${list.changed.length} changed, ${list.unchanged} unchanged`,
        ...list.added.map((e) => `  + ${show(e.path)}  ${e.digest}${sized(e.size)}`),
        ...list.removed.map((e) => `  - ${show(e.path)}  ${e.digest}${sized(e.size)}`),
        ...list.changed.map((e) => {
            const sizes = e.old_size !== undefined || e.new_size !== undefined
                ? `  (${e.old_size ?? '?'} -> ${e.new_size ?? '?'} bytes)`
                : '';
            const types = e.old_media_type !== e.new_media_type
                ? `  media type ${show(e.old_media_type ?? 'none')} -> ${show(e.new_media_type ?? 'none')}`
                : '';
            return `  ~ ${show(e.path)}  ${e.old_digest} -> ${e.new_digest}${sizes}${types}`;
        })
    ];
}
function collectionLines(diff) {
    const c = diff.collection;
    if (!c.compared)
        return [`collection   not compared: ${show(c.reason)}`];
    const where = [c.old_path, c.new_path].filter((p) => p !== undefined).map(show);
    const json = (value) => show(JSON.stringify(value));
    const line = (name, change) => change.changed
        ? `  ${name.padEnd(9)}${json(change.old)} -> ${json(change.new)}`
        : `  ${name.padEnd(9)}${json(change.new)} (unchanged)`;
    return [
        `collection   ${where.length > 0 ? `(${[...new Set(where)].join(' -> ')})` : ''}`.trimEnd(),
        line('bbox', c.bbox),
        line('interval', c.interval),
        line('licence', c.license)
    ];
}
function diffLines(diff) {
    const label = diff.policy.policy_label;
    const approvals = diff.approvals;
    const who = (a) => `${show(a.role)} ${show(a.principal)} at ${show(a.approved_at)}`;
    return [
        fieldLine('dataset', diff.dataset_slug),
        fieldLine('version', diff.dataset_version_id),
        fieldLine('spec_hash', diff.spec_hash),
        fieldLine('released_at', diff.released_at),
        ...listLines('artifacts', diff.artifacts),
        ...listLines('catalogs', diff.catalogs),
        fieldLine('qa status', diff.qa.status),
        fieldLine('qa report', diff.qa.report_digest),
        label.lowered
            ? `policy label LOWERED: ${show(label.old)} -> ${show(label.new)} (less restrictive than the old version)`
            : fieldLine('policy label', label),
        fieldLine('decision_id', diff.policy.decision_id),
        `approvals: ${approvals.added.length} added, ${approvals.removed.length} removed, ${approvals.unchanged} unchanged`,
        ...approvals.added.map((a) => `  + ${who(a)}`),
        ...approvals.removed.map((a) => `  - ${who(a)}`),
        ...collectionLines(diff),
        diff.differ ? 'The versions differ.' : 'The versions do not differ.'
    ];
}


/***/ })

};
