export const id = 3583;
export const ids = [3583,2927,3646];
export const modules = {

/***/ 779:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.fullFormats = {
    // date: http://tools.ietf.org/html/rfc3339#section-5.6
    date: fmtDef(date, compareDate),
    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
    time: fmtDef(getTime(true), compareTime),
    "date-time": fmtDef(getDateTime(true), compareDateTime),
    "iso-time": fmtDef(getTime(), compareIsoTime),
    "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
    uri,
    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
    // uri-template: https://tools.ietf.org/html/rfc6570
    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
    // For the source: https://gist.github.com/dperini/729294
    // For test cases: https://mathiasbynens.be/demo/url-regex
    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
    regex,
    // uuid: http://tools.ietf.org/html/rfc4122
    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
    // JSON-pointer: https://tools.ietf.org/html/rfc6901
    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
    // byte: https://github.com/miguelmota/is-base64
    byte,
    // signed 32 bit integer
    int32: { type: "number", validate: validateInt32 },
    // signed 64 bit integer
    int64: { type: "number", validate: validateInt64 },
    // C-type float
    float: { type: "number", validate: validateNumber },
    // C-type double
    double: { type: "number", validate: validateNumber },
    // hint to the UI to hide input strings
    password: true,
    // unchecked string payload
    binary: true,
};
exports.fastFormats = {
    ...exports.fullFormats,
    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
    "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
    "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    // email (sources from jsen validator):
    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
exports.formatNames = Object.keys(exports.fullFormats);
function isLeapYear(year) {
    // https://tools.ietf.org/html/rfc3339#appendix-C
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str) {
    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
    const matches = DATE.exec(str);
    if (!matches)
        return false;
    const year = +matches[1];
    const month = +matches[2];
    const day = +matches[3];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
}
function compareDate(d1, d2) {
    if (!(d1 && d2))
        return undefined;
    if (d1 > d2)
        return 1;
    if (d1 < d2)
        return -1;
    return 0;
}
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function getTime(strictTimeZone) {
    return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
            return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
            return false;
        if (hr <= 23 && min <= 59 && sec < 60)
            return true;
        // leap second
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
    };
}
function compareTime(s1, s2) {
    if (!(s1 && s2))
        return undefined;
    const t1 = new Date("2020-01-01T" + s1).valueOf();
    const t2 = new Date("2020-01-01T" + s2).valueOf();
    if (!(t1 && t2))
        return undefined;
    return t1 - t2;
}
function compareIsoTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3];
    t2 = a2[1] + a2[2] + a2[3];
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function getDateTime(strictTimeZone) {
    const time = getTime(strictTimeZone);
    return function date_time(str) {
        // http://tools.ietf.org/html/rfc3339#section-5.6
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
    };
}
function compareDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const d1 = new Date(dt1).valueOf();
    const d2 = new Date(dt2).valueOf();
    if (!(d1 && d2))
        return undefined;
    return d1 - d2;
}
function compareIsoDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
    const res = compareDate(d1, d2);
    if (res === undefined)
        return undefined;
    return res || compareTime(t1, t2);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function byte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
function validateInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function validateInt64(value) {
    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
    return Number.isInteger(value);
}
function validateNumber() {
    return true;
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch (e) {
        return false;
    }
}
//# sourceMappingURL=formats.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 8250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runInventory: () => (/* binding */ runInventory)
/* harmony export */ });
/* harmony import */ var _gates_e_inventory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1456);
/* harmony import */ var _options_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1768);
/* harmony import */ var _report_cli_lines_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3646);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3567);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5377);
// `kfm-gen-promotion-manifest inventory`: writes the artifact list in the format
// artifacts-manifest reads, with the code the action itself inventories with; with --shard, one
// shard's file, as the action's mode: inventory writes it.





const NAMES = ['root', 'artifacts', 'stores', 'media-types', 'out', 'shard', 'lfs'];
function inventoryHelpText() {
    return [
        'Usage: kfm-gen-promotion-manifest inventory --root DIR --artifacts PATTERN... --out FILE',
        '       [--shard I/N] [--lfs content|pointers]',
        '',
        'Writes the artifact list (path, digest, media_type, size), in the format artifacts-manifest',
        'reads, with the code the action itself inventories with. With --shard I/N it hashes only',
        'shard I of N and writes the shard file artifacts-shards reads',
        '(schemas/inventory_shard_v1.schema.json); every shard lists all the files.',
        'Exit 0: written; 1: violations; 2: a usage error, or an error that stopped the run.',
        '',
        'Options (paths are relative to --workspace; patterns to --root):',
        // The table's out, shard and lfs tell the action's modes, which this has not.
        ...(0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .flagUsage */ .Yq)(NAMES, ['workspace'], {
            out: 'Where the list (or the shard file) goes, workspace-relative. Required.',
            shard: 'I/N: hash shard I of N only, and write its shard file (e.g. 2/4).',
            lfs: "content (the default): a Git LFS pointer is a violation. pointers: a pointer stands for its content (the pointer's oid and size)."
        })
    ].join('\n');
}
function failed(findings, io) {
    const violations = (0,_gates_e_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .inventoryViolations */ .v)(findings);
    for (const v of violations)
        io.stderr((0,_report_cli_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .violationLine */ .S)(v));
    io.stderr(`Inventory failed: ${violations.length} violation(s); nothing was written.`);
    return _flags_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.violation;
}
async function inventoryWith(pool, options, io) {
    const { storeMatcher } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4492));
    const stores = storeMatcher(options.stores);
    if (stores.findings.length > 0)
        return failed(stores.findings, io);
    const { root, rootPath, out, shard } = options;
    const request = {
        stores: stores.matcher,
        root,
        display: (0,_options_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .rootDisplay */ .LN)(rootPath),
        input: 'artifacts',
        patterns: options.artifacts,
        overrides: options.mediaTypes,
        skip: new Set([out.absolute]),
        pool,
        lfs: options.lfs
    };
    if (shard) {
        const { writeShardFile } = await Promise.all(/* import() */[__webpack_require__.e(3672), __webpack_require__.e(5828)]).then(__webpack_require__.bind(__webpack_require__, 5828));
        const written = await writeShardFile({ ...request, shard, rootPath, out });
        if (written.findings.length > 0)
            return failed(written.findings, io);
        io.stdout(`Shard ${shard.index} of ${shard.count}: ${written.count} of ${written.pathCount} artifact(s) written to ${out.path}`);
        return _flags_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.pass;
    }
    const { listInventory } = await Promise.all(/* import() */[__webpack_require__.e(3672), __webpack_require__.e(2762)]).then(__webpack_require__.bind(__webpack_require__, 2762));
    const { writeFilesAtomic } = await __webpack_require__.e(/* import() */ 6061).then(__webpack_require__.bind(__webpack_require__, 8442));
    const list = await listInventory(request);
    if (list.findings.length > 0)
        return failed(list.findings, io);
    await writeFilesAtomic([{ path: out.absolute, shown: out.path, text: list.chunks }]);
    io.stdout(`${list.count} artifact(s) written to ${out.path}`);
    return _flags_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.pass;
}
async function inventory(options, io) {
    // The hashing threads start first: their start-up then overlaps everything until hashing.
    const { HashPool } = await __webpack_require__.e(/* import() */ 3672).then(__webpack_require__.bind(__webpack_require__, 3672));
    const pool = new HashPool();
    try {
        return await inventoryWith(pool, options, io);
    }
    finally {
        await pool.close();
    }
}
function runInventory(argv, io) {
    return (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .runCommand */ .d)(argv, io, {
        flags: (0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .inputFlags */ .eJ)(NAMES, ['workspace']),
        hint: 'with',
        help: inventoryHelpText,
        options: ({ values }) => (0,_options_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInventoryOptions */ .q7)((0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .rawInputsOf */ .jv)(values, NAMES), (0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .workspaceOf */ .B3)(values, io.cwd), 'cli'),
        run: inventory
    });
}


/***/ }),

/***/ 4050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ lineIndex),
/* harmony export */   E: () => (/* binding */ patternLines)
/* harmony export */ });
// Multi-line inputs (patterns, paths, "key: value" lines), read the way @actions/glob reads them.
/** Splits an input's lines into entries; `#` starts a comment line, as in @actions/glob. */
function patternLines(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line.length > 0 && !line.startsWith('#'));
}
/**
 * The 1-based line of any offset in `text`: the line starts are found once, on the first call,
 * and each lookup is a binary search. A document asked for many lines never rescans its text.
 */
function lineIndex(text) {
    let starts;
    return (offset) => {
        if (starts === undefined) {
            starts = [0];
            for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1))
                starts.push(at + 1);
        }
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (starts[middle] <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return low + 1;
    };
}


/***/ }),

/***/ 1933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   JA: () => (/* binding */ relativeInside),
/* harmony export */   Z8: () => (/* binding */ normaliseRelative)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// Path safety: patterns and listed paths are relative to the dataset root and may not leave it.

const WINDOWS_DRIVE = /^[A-Za-z]:([\\/]|$)/;
/**
 * Normalises a root-relative path or pattern to `/` separators with no `.`/`..` segments and no
 * leading `/`, or says why it cannot be one.
 */
function normaliseRelative(text) {
    if (text.length === 0)
        return { ok: false, reason: 'is empty' };
    if (text.includes('\0'))
        return { ok: false, reason: 'contains a NUL character' };
    if (text.startsWith('/') || text.startsWith('\\') || WINDOWS_DRIVE.test(text)) {
        return { ok: false, reason: 'is absolute; write it relative to the dataset root' };
    }
    if (text.includes('\\')) {
        return { ok: false, reason: 'contains a backslash; use / as the separator' };
    }
    const normal = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(text);
    if (normal === '..' || normal.startsWith('../')) {
        return { ok: false, reason: 'reaches outside the dataset root through ..' };
    }
    if (normal === '.' || normal === './')
        return { ok: false, reason: 'names the dataset root itself' };
    return { ok: true, path: normal.replace(/\/+$/, '') };
}
/** `/`-separated path of `absolute` relative to `root`, or undefined when it is not inside root. */
function relativeInside(root, absolute) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, absolute);
    if (relative === '' ||
        relative === '..' ||
        relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)}`) ||
        node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(relative)) {
        return undefined;
    }
    return relative.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
}
/** Whether `target` is `root` itself or inside it (both absolute). */
function isInside(root, target) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, target) === '' || relativeInside(root, target) !== undefined;
}


/***/ }),

/***/ 1768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q7: () => (/* binding */ parseInventoryOptions),
  Ac: () => (/* binding */ parseOptions),
  lW: () => (/* binding */ parseVerifyOptions),
  v7: () => (/* binding */ parseVersionIdOptions),
  LN: () => (/* reexport */ rootDisplay)
});

// UNUSED EXPORTS: UsageError

// EXTERNAL MODULE: ./src/model/digest.ts
var digest = __webpack_require__(5305);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/model/lines.ts
var lines = __webpack_require__(4050);
// EXTERNAL MODULE: ./src/model/paths.ts
var paths = __webpack_require__(1933);
// EXTERNAL MODULE: ./src/options/inputs.ts + 3 modules
var inputs = __webpack_require__(6163);
// EXTERNAL MODULE: ./src/options/values.ts
var values = __webpack_require__(2262);
;// CONCATENATED MODULE: ./src/options/places.ts
// Where a run's files are: the workspace, the dataset root in it, the output file and the
// documents the inputs name, each as a DocumentRef (absolute, and as messages show it).





/** Workspace-relative display form of an absolute path (absolute when outside the workspace). */
function displayPath(workspace, absolute) {
    if (external_node_path_default().relative(workspace, absolute) === '')
        return '.';
    return (0,paths/* relativeInside */.JA)(workspace, absolute) ?? absolute;
}
function documentRef(workspace, value) {
    const given = (0,values/* nonEmpty */.hq)(value);
    if (!given)
        return undefined;
    const absolute = external_node_path_default().resolve(workspace, given);
    const shown = displayPath(workspace, absolute);
    return shown === absolute
        ? { absolute, path: shown }
        : { absolute, path: shown, confine: workspace };
}
function documentRefs(workspace, entries = []) {
    return entries.flatMap((entry) => documentRef(workspace, entry) ?? []);
}
/** A root-relative path as messages and annotations show it: relative to the workspace. */
function rootDisplay(rootPath) {
    return (relative) => (rootPath === '.' ? relative : external_node_path_default().posix.join(rootPath, relative));
}
/** The workspace, the root and the output file, as the inputs name them. */
function parsePlaces(raw, workspace) {
    const rootRef = documentRef(workspace, raw.root ?? inputs/* INPUTS */.mc.root.default) ?? {
        absolute: workspace,
        path: '.'
    };
    const out = documentRef(workspace, raw.out ?? inputs/* INPUTS */.mc.out.default);
    if (!out)
        throw new values/* UsageError */.eb('out must name a file.');
    return { workspace, root: rootRef.absolute, rootPath: rootRef.path, out };
}
/** The stores patterns: the input's lines, or its default when it is not given at all. */
function parseStores(raw) {
    return raw.stores ?? (0,lines/* patternLines */.E)(inputs/* INPUTS */.mc.stores.default);
}
/**
 * The document inputs' refs, each knowing the dataset root when it is not the workspace: a
 * document path written relative to the root then gets "did you mean" (documents/path-hint.ts).
 */
function documentRefsUnder(workspace, places) {
    const root = places.rootPath === '.' ? undefined : { absolute: places.root, path: places.rootPath };
    const withRoot = (ref) => (root ? { ...ref, root } : ref);
    return {
        one: (value) => {
            const ref = documentRef(workspace, value);
            return ref && withRoot(ref);
        },
        list: (entries) => documentRefs(workspace, entries).map(withRoot)
    };
}

;// CONCATENATED MODULE: ./src/options/read-inputs.ts



/** A list input's entries: text line by line, or an array's items as they are, trimmed. */
function entriesOf(name, value) {
    if (!Array.isArray(value))
        return (0,lines/* patternLines */.E)(String(value));
    const entries = [];
    for (const item of value) {
        if (typeof item !== 'string')
            throw new values/* UsageError */.eb(`${name} must be an array of strings.`);
        // One entry each: a line break would make two of one item, or smuggle a second line.
        if (/[\r\n]/.test(item))
            throw new values/* UsageError */.eb(`${name} item ${JSON.stringify(item)} holds a line break; give each entry as its own item.`);
        const entry = item.trim();
        if (entry.length > 0)
            entries.push(entry);
    }
    return entries;
}
/**
 * The inputs' own values only, each read once: a key someone set on Object.prototype in this
 * process (the library runs in its caller's) is no input, whatever it is called.
 */
function ownInputs(given) {
    const read = Object.create(null);
    for (const name of Object.keys(given)) {
        const value = given[name];
        if (value === undefined)
            continue;
        if (Object.hasOwn(inputs/* INPUTS */.mc, name) && isList(name))
            read[name] = entriesOf(name, value);
        else if (name === 'shard' && typeof value === 'object' && value !== null)
            read[name] = value;
        else
            read[name] = String(value);
    }
    return read;
}
function isList(name) {
    return (0,inputs/* inputSpec */.mm)(name).list === true;
}

;// CONCATENATED MODULE: ./src/options/parse.ts






/** `URL=path` lines: a local schema file for each STAC extension URL. */
function parseStacExtensionSchemas(workspace, lines = []) {
    return lines.map((line) => {
        const at = line.lastIndexOf('=');
        const url = line.slice(0, at).trim();
        const file = at > 0 ? documentRef(workspace, line.slice(at + 1)) : undefined;
        if (!file || !URL.canParse(url)) {
            throw new values/* UsageError */.eb(`stac-extension-schemas line "${line}" must read "URL=path" (for example "https://stac-extensions.github.io/example/v1.0.0/schema.json=schemas/example.json").`);
        }
        return { url, file };
    });
}
function parseOptions(given, workspace) {
    const raw = ownInputs(given);
    const datasetSlug = (0,values/* nonEmpty */.hq)(raw['dataset-slug']);
    if (!datasetSlug)
        throw new values/* UsageError */.eb('dataset-slug is required (for example "river_gauges").');
    const places = parsePlaces(raw, workspace);
    const refs = documentRefsUnder(workspace, places);
    const artifactsShards = refs.list(raw['artifacts-shards']);
    if (artifactsShards.length > 0 && (0,values/* nonEmpty */.hq)(raw['artifacts-manifest']))
        throw new values/* UsageError */.eb('artifacts-shards and artifacts-manifest both say what the artifacts are; give one of them.');
    return {
        ...places,
        datasetSlug,
        datasetVersionId: (0,values/* nonEmpty */.hq)(raw['dataset-version-id']),
        releasedAt: (0,values/* nonEmpty */.hq)(raw['released-at']),
        spec: refs.one(raw.spec),
        specHash: (0,values/* nonEmpty */.hq)(raw['spec-hash']),
        artifacts: raw.artifacts ?? [],
        stores: parseStores(raw),
        artifactsManifest: refs.one(raw['artifacts-manifest']),
        catalogs: raw.catalogs ?? [],
        catalogsManifest: refs.one(raw['catalogs-manifest']),
        qaReport: refs.one(raw['qa-report']),
        policyDecision: refs.one(raw['policy-decision']),
        basePolicyDecision: refs.one(raw['base-policy-decision']),
        approvals: refs.one(raw.approvals),
        runReceipts: raw['run-receipts'] ?? [],
        requiredApprovals: (0,values/* parseRequiredApprovals */.P2)(raw['required-approvals']),
        mediaTypes: (0,values/* parseMediaTypes */.BS)(raw['media-types']),
        stacApplicable: (0,values/* parseBoolean */.yG)('stac-applicable', raw['stac-applicable']),
        stacExtensionSchemas: parseStacExtensionSchemas(workspace, raw['stac-extension-schemas']),
        sboms: refs.list(raw.sbom),
        attestations: refs.list(raw.attestations),
        artifactsShards,
        lfs: (0,values/* parseLfsMode */.or)(raw.lfs),
        remoteAssets: (0,values/* parseChoice */.HU)('remote-assets', raw['remote-assets']),
        remoteAssetsTimeoutSeconds: (0,values/* parsePositiveInteger */.zE)('remote-assets-timeout-seconds', raw['remote-assets-timeout-seconds'], 1, 3600) ?? 60
    };
}
function parseVerifyOptions(given, workspace) {
    const raw = ownInputs(given);
    const manifest = documentRef(workspace, raw.manifest);
    if (!manifest)
        throw new values/* UsageError */.eb('manifest is required in verify mode (for example "promotion_manifest.json").');
    const expectDigest = (0,values/* nonEmpty */.hq)(raw['expect-digest']);
    if (expectDigest !== undefined && !digest/* DIGEST_PATTERN */.WA.test(expectDigest))
        throw new values/* UsageError */.eb(`expect-digest "${expectDigest}" must be sha256: followed by 64 lowercase hex characters (the manifest-digest output of the generating job).`);
    const { root, rootPath } = parsePlaces({ root: raw.root }, workspace);
    return {
        workspace,
        root,
        rootPath,
        manifest,
        expectDigest,
        strict: raw.strict ?? [],
        shard: (0,values/* parseShard */.uK)(raw.shard)
    };
}
/** What each adapter's inventory must be given, and the sentence when it is not. */
const INVENTORY_NEEDS = {
    action: [
        ['shard', 'mode: inventory needs shard: I/N (for example "2/4").'],
        ['dataset-slug', 'mode: inventory needs dataset-slug, for the artifact name.'],
        ['artifacts', 'mode: inventory needs artifacts, the patterns to inventory.']
    ],
    cli: [
        ['artifacts', 'inventory needs --artifacts (at least one) and --out.'],
        ['out', 'inventory needs --artifacts (at least one) and --out.']
    ]
};
function parseInventoryOptions(given, workspace, adapter) {
    const raw = ownInputs(given);
    const artifacts = raw.artifacts ?? [];
    for (const [name, sentence] of INVENTORY_NEEDS[adapter]) {
        const value = name === 'artifacts' ? artifacts.join('') : raw[name];
        const missing = typeof value === 'string' ? (0,values/* nonEmpty */.hq)(value) === undefined : value === undefined;
        if (missing)
            throw new values/* UsageError */.eb(sentence);
    }
    return {
        ...parsePlaces(raw, workspace),
        datasetSlug: (0,values/* nonEmpty */.hq)(raw['dataset-slug']),
        artifacts,
        stores: parseStores(raw),
        mediaTypes: (0,values/* parseMediaTypes */.BS)(raw['media-types']),
        shard: (0,values/* parseShard */.uK)(raw.shard),
        lfs: (0,values/* parseLfsMode */.or)(raw.lfs)
    };
}
/** What the version-id command derives the id from: the spec (or its hash) and released-at. */
function parseVersionIdOptions(given, workspace) {
    const raw = ownInputs(given);
    const spec = documentRef(workspace, raw.spec);
    const specHash = (0,values/* nonEmpty */.hq)(raw['spec-hash']);
    if (!spec && !specHash)
        throw new values/* UsageError */.eb('version-id needs --spec FILE (or --spec-hash sha256:HEX).');
    return { workspace, spec, specHash, releasedAt: (0,values/* nonEmpty */.hq)(raw['released-at']) };
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
