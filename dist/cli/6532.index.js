export const id = 6532;
export const ids = [6532];
export const modules = {

/***/ 6532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ lfsSummaryLines),
/* harmony export */   D: () => (/* binding */ lfsNotAskedLine)
/* harmony export */ });
/** The summary's Git LFS paragraph: empty when no pointer stood for an artifact. */
function lfsSummaryLines(lfs, cell) {
    if (!lfs || lfs.fromPointers === 0)
        return [];
    const taken = `📦 **${lfs.fromPointers} artifact ${lfs.fromPointers === 1 ? 'file' : 'files'} taken from Git LFS pointers** (lfs: pointers): each digest and size is its pointer's oid and size, as a full checkout gives them.`;
    const objects = lfs.objects;
    const asked = !objects
        ? ''
        : objects.asked
            ? objects.missing.length === 0
                ? ` The LFS server (${cell(objects.endpoint)}) has every object.`
                : ` The LFS server (${cell(objects.endpoint)}) lacks ${objects.missing.length} object(s): see LFS_OBJECT_MISSING.`
            : `\n\n⚠️ **The LFS server was not asked whether these objects exist**: ${cell(objects.reason)}.`;
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
