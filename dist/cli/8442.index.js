export const id = 8442;
export const ids = [8442];
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

/***/ 8795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ collectionDiff),
/* harmony export */   i: () => (/* binding */ collectionFacts)
/* harmony export */ });
/* harmony import */ var _model_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7979);
// The part of a diff read from each side's STAC collection: its extent (bbox, interval) and its
// licence. Only these three; anything else in the collection is the catalogs' own business.

function listOfLists(value, item) {
    if (!Array.isArray(value))
        return null;
    const lists = [];
    for (const inner of value) {
        if (!Array.isArray(inner) || !inner.every(item))
            return null;
        lists.push([...inner]);
    }
    return lists;
}
const isNumber = (v) => typeof v === 'number' && Number.isFinite(v);
const isTime = (v) => v === null || typeof v === 'string';
/** The extent and licence of a STAC Collection document, or undefined when it is not one. */
function collectionFacts(value) {
    if (!(0,_model_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value) || value.type !== 'Collection' || !('stac_version' in value))
        return undefined;
    const extent = (0,_model_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value.extent) ? value.extent : {};
    const spatial = (0,_model_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(extent.spatial) ? extent.spatial : {};
    const temporal = (0,_model_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(extent.temporal) ? extent.temporal : {};
    return {
        bbox: listOfLists(spatial.bbox, isNumber),
        interval: listOfLists(temporal.interval, isTime),
        license: typeof value.license === 'string' ? value.license : null
    };
}
function same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
function change(old, now) {
    return { old, new: now, changed: !same(old, now) };
}
/** The collections compared, or why they are not. */
function collectionDiff(options) {
    const { oldCollection, newCollection } = options;
    if (oldCollection === undefined || newCollection === undefined) {
        const missing = oldCollection === undefined && newCollection === undefined
            ? 'either side'
            : oldCollection === undefined
                ? 'the old side'
                : 'the new side';
        return {
            compared: false,
            reason: options.collectionMissing ?? `no STAC collection was given for ${missing}`
        };
    }
    const old = collectionFacts(oldCollection);
    const now = collectionFacts(newCollection);
    if (!old || !now)
        return {
            compared: false,
            reason: `the ${!old ? 'old' : 'new'} side's collection is not a STAC Collection (no "type": "Collection" with a stac_version)`
        };
    const bbox = change(old.bbox, now.bbox);
    const interval = change(old.interval, now.interval);
    const license = change(old.license, now.license);
    return {
        compared: true,
        changed: bbox.changed || interval.changed || license.changed,
        ...(options.oldCollectionPath !== undefined ? { old_path: options.oldCollectionPath } : {}),
        ...(options.newCollectionPath !== undefined ? { new_path: options.newCollectionPath } : {}),
        bbox,
        interval,
        license
    };
}


/***/ }),

/***/ 7473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ManifestDiffError: () => (/* binding */ ManifestDiffError),
/* harmony export */   diffManifests: () => (/* binding */ diffManifests)
/* harmony export */ });
/* harmony import */ var _documents_json_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8258);
/* harmony import */ var _documents_decisions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8645);
/* harmony import */ var _gates_f_contract_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(769);
/* harmony import */ var _model_order_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6553);
/* harmony import */ var _model_printable_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9498);
/* harmony import */ var _collection_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8795);
// What changed from one promoted version to the next: two v1 manifests (and, when given, the STAC
// collection of each) compared field by field and path by path. Pure: values in, a ManifestDiff
// out; the CLI (cli/diff.ts) reads the files, report/ renders it.






/** One of the two manifests is not a v1 promotion manifest, or lists a path twice. */
class ManifestDiffError extends Error {
}
function checked(value, side) {
    const unsafe = (0,_documents_json_document_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonValueProblem */ .rE)(value);
    if (unsafe)
        throw new ManifestDiffError(`the ${side} manifest ${unsafe.message}`);
    const problems = (0,_gates_f_contract_js__WEBPACK_IMPORTED_MODULE_1__/* .manifestSchemaProblems */ .XA)(value);
    if (problems.length > 0) {
        // Each a sentence made printable, as a violation's message is (a value may be quoted).
        const shown = problems.slice(0, 3).map((text) => (0,_model_printable_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(`${text}.`));
        const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
        throw new ManifestDiffError(`the ${side} manifest is not a v1 promotion manifest (schemas/promotion_manifest_v1.schema.json): ${shown.join(' ')}${more}`);
    }
    return value;
}
function field(old, now) {
    return { old, new: now, changed: old !== now };
}
function byPath(entries, side, list) {
    const map = new Map();
    for (const entry of entries) {
        if (map.has(entry.path))
            throw new ManifestDiffError(`the ${side} manifest lists ${JSON.stringify(entry.path)} twice in ${list}; a promoted manifest lists each path once`);
        map.set(entry.path, entry);
    }
    return map;
}
function listed(entry, size) {
    return {
        path: entry.path,
        digest: entry.digest,
        ...('media_type' in entry ? { media_type: entry.media_type } : {}),
        ...(size !== undefined ? { size } : {}),
        ...(entry.path.endsWith('/') ? { store: true } : {})
    };
}
function listDiff(olds, news, list, sizeOf) {
    const oldMap = byPath(olds, 'old', list);
    const newMap = byPath(news, 'new', list);
    const size = (side, path) => sizeOf?.(side, path);
    const diff = { added: [], removed: [], changed: [], unchanged: 0 };
    for (const [path, entry] of newMap) {
        const before = oldMap.get(path);
        if (!before) {
            diff.added.push(listed(entry, size('new', path)));
            continue;
        }
        const oldType = 'media_type' in before ? before.media_type : undefined;
        const newType = 'media_type' in entry ? entry.media_type : undefined;
        if (before.digest === entry.digest && oldType === newType) {
            diff.unchanged++;
            continue;
        }
        const [oldSize, newSize] = [size('old', path), size('new', path)];
        diff.changed.push({
            path,
            old_digest: before.digest,
            new_digest: entry.digest,
            ...(oldType !== undefined ? { old_media_type: oldType } : {}),
            ...(newType !== undefined ? { new_media_type: newType } : {}),
            ...(oldSize !== undefined ? { old_size: oldSize } : {}),
            ...(newSize !== undefined ? { new_size: newSize } : {}),
            ...(path.endsWith('/') ? { store: true } : {})
        });
    }
    for (const [path, entry] of oldMap)
        if (!newMap.has(path))
            diff.removed.push(listed(entry, size('old', path)));
    const byEntryPath = (a, b) => (0,_model_order_js__WEBPACK_IMPORTED_MODULE_3__/* .compareText */ .n)(a.path, b.path);
    diff.added.sort(byEntryPath);
    diff.removed.sort(byEntryPath);
    diff.changed.sort(byEntryPath);
    return diff;
}
const approvalKey = (a) => JSON.stringify([a.role, a.principal, a.approved_at]);
function approvalsDiff(olds, news) {
    const oldKeys = new Set(olds.map(approvalKey));
    const newKeys = new Set(news.map(approvalKey));
    const pick = (a) => ({
        role: a.role,
        principal: a.principal,
        approved_at: a.approved_at
    });
    return {
        added: news.filter((a) => !oldKeys.has(approvalKey(a))).map(pick),
        removed: olds.filter((a) => !newKeys.has(approvalKey(a))).map(pick),
        unchanged: news.filter((a) => oldKeys.has(approvalKey(a))).length
    };
}
function labelChange(old, now) {
    const rank = (label) => _documents_decisions_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_LABELS */ .b.indexOf(label);
    return { ...field(old, now), lowered: rank(now) < rank(old) };
}
const listDiffers = (d) => d.added.length + d.removed.length + d.changed.length > 0;
/**
 * Compares two v1 promotion manifests (each validated first: ManifestDiffError names the side
 * and what is wrong). Lists are compared by path, sorted by UTF-8 bytes; approvals by role,
 * principal and time.
 */
function diffManifests(oldManifest, newManifest, options = {}) {
    const old = checked(oldManifest, 'old');
    const now = checked(newManifest, 'new');
    const diff = {
        dataset_slug: field(old.dataset_slug, now.dataset_slug),
        dataset_version_id: field(old.dataset_version_id, now.dataset_version_id),
        spec_hash: field(old.spec_hash, now.spec_hash),
        released_at: field(old.released_at, now.released_at),
        artifacts: listDiff(old.artifacts, now.artifacts, 'artifacts', options.sizeOf),
        catalogs: listDiff(old.catalogs, now.catalogs, 'catalogs', options.sizeOf),
        qa: {
            status: field(old.qa.status, now.qa.status),
            report_digest: field(old.qa.report_digest, now.qa.report_digest)
        },
        policy: {
            policy_label: labelChange(old.policy.policy_label, now.policy.policy_label),
            decision_id: field(old.policy.decision_id, now.policy.decision_id)
        },
        approvals: approvalsDiff(old.approvals, now.approvals),
        collection: (0,_collection_js__WEBPACK_IMPORTED_MODULE_5__/* .collectionDiff */ .K)(options)
    };
    const differ = [
        diff.dataset_slug,
        diff.dataset_version_id,
        diff.spec_hash,
        diff.released_at,
        diff.qa.status,
        diff.qa.report_digest,
        diff.policy.policy_label,
        diff.policy.decision_id
    ].some((f) => f.changed) ||
        listDiffers(diff.artifacts) ||
        listDiffers(diff.catalogs) ||
        diff.approvals.added.length + diff.approvals.removed.length > 0 ||
        (diff.collection.compared && diff.collection.changed);
    return { kfm_manifest_diff_version: 'v1', differ, ...diff };
}


/***/ }),

/***/ 769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O6: () => (/* binding */ gateF),
/* harmony export */   XA: () => (/* binding */ manifestSchemaProblems),
/* harmony export */   e6: () => (/* binding */ judgeQaReport),
/* harmony export */   yl: () => (/* binding */ validateManifest)
/* harmony export */ });
/* unused harmony export checkEvidence */
/* harmony import */ var _documents_decisions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8645);
/* harmony import */ var _generated_validators_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6161);
/* harmony import */ var _model_json_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5286);
/* harmony import */ var _model_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7979);
/* harmony import */ var _model_violation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6078);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4003);
// Gate F, the contract: the QA report says "pass"; every reference the receipts make resolves
// to a document given to this run, with the same digest; and the manifest is valid against the
// v1 schema. A written manifest's gate F is f-written.ts.






/** The QA outcome the report states, and the violations of its status. */
function judgeQaReport(document) {
    const violations = [];
    const status = (0,_model_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(document.value) ? document.value.status : undefined;
    if (typeof status !== 'string' || !_documents_decisions_js__WEBPACK_IMPORTED_MODULE_4__/* .QA_STATUSES */ .M.includes(status)) {
        return {
            violations: [
                (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('QA_STATUS_INVALID', document.path, `${document.path} needs a top-level "status" of "pass", "warn" or "fail"${status === undefined ? '' : `, not ${JSON.stringify(status)}`}.`, { line: document.lineOf(['status']) ?? 1 })
            ]
        };
    }
    const value = {
        status: status,
        reportDigest: document.digest,
        path: document.path
    };
    if (status !== 'pass') {
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('QA_NOT_PASSED', document.path, `QA status is "${status}"; only "pass" promotes. Fix what the QA report lists and run QA again.`, { line: document.lineOf(['status']) }));
    }
    return { value, violations };
}
/**
 * What the receipts cite, held to what this run was given: a receipt's validation report must be
 * the QA report (its digest, not the digest of any document the run happens to have), and its
 * policy decision the one given. `documents` names what a wrong digest is the digest of.
 */
function checkEvidence(documents, receipts, qaReport, decision) {
    const violations = [];
    const resolved = [];
    const byDigest = new Map(documents.map((d) => [d.digest, d.path]));
    for (const receipt of receipts) {
        const cited = receipt.validation.reportDigest;
        if (qaReport && cited === qaReport.digest)
            resolved.push(`${receipt.path} validation.report_digest → ${qaReport.path}`);
        else {
            const other = byDigest.get(cited);
            const what = other
                ? `which is the digest of ${other}, not of the QA report${qaReport ? ` (${qaReport.path})` : ''}: a receipt's validation report is the QA report, so cite its digest`
                : 'which is none of the documents given to this run; give that report as qa-report, or fix the receipt';
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('EVIDENCE_UNRESOLVED', receipt.path, `The receipt ${receipt.runId} cites the validation report ${cited}, ${what}.`, { line: receipt.lineOf(['validation', 'report_digest']) }));
        }
        if (decision && receipt.decisionId === decision.decisionId)
            resolved.push(`${receipt.path} policy.decision_id → ${decision.path}`);
        else if (decision) {
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('EVIDENCE_UNRESOLVED', receipt.path, `The receipt ${receipt.runId} cites the policy decision ${receipt.decisionId}, but the decision given to this run is ${decision.decisionId}.`, { line: receipt.lineOf(['policy', 'decision_id']) }));
        }
    }
    return { violations, resolved };
}
const manifestProblems = (0,_model_json_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaValidator */ .K)(_generated_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .manifestV1 */ .$N, _generated_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .manifestV1Schema */ .gs);
const problemText = (problem) => problem.text.replace(/^the document/, 'the manifest');
/** Where a manifest value breaks the v1 schema, each as a sentence's text; none when it is v1. */
function manifestSchemaProblems(manifest) {
    return manifestProblems(manifest).map(problemText);
}
/** Checks a manifest value; `path` names it in violations (the output path or a fixture). */
function validateManifest(manifest, path) {
    return manifestProblems(manifest).map((problem) => (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('MANIFEST_SCHEMA', path, `The manifest does not match the v1 schema: ${problemText(problem)}.`, { about: emptyList(manifest, problem.location) }));
}
/** A schema problem that is a list of the manifest left empty: the inventory found no file. */
function emptyList(manifest, location) {
    const [list, ...rest] = location;
    if (rest.length > 0 || (list !== 'artifacts' && list !== 'catalogs'))
        return undefined;
    const value = manifest?.[list];
    return Array.isArray(value) && value.length === 0 ? { absent: list } : undefined;
}
function judgeQa(evidence, judged, checked) {
    const document = evidence.qaReport;
    if (!document) {
        const message = (0,_evidence_js__WEBPACK_IMPORTED_MODULE_5__/* .missingInput */ .f)('only a QA report with status "pass" promotes', 'qa-report');
        return [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('QA_REPORT_MISSING', 'qa-report', message)];
    }
    if (!document.readable)
        return [
            (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('QA_REPORT_INVALID', document.path, document.message, { line: document.line })
        ];
    if (judged?.value)
        checked.push(`QA report ${judged.value.path}: ${judged.value.status}`);
    return [...(judged?.violations ?? [])];
}
const gateF = {
    letter: 'F',
    check(evidence, facts) {
        const checked = [];
        const violations = judgeQa(evidence, facts.qaReport, checked);
        const qa = facts.qaReport?.value;
        const policy = facts.policyDecision?.value;
        const receipts = evidence.receipts?.receipts ?? [];
        const references = checkEvidence([
            ...(qa ? [{ path: qa.path, digest: qa.reportDigest }] : []),
            ...(policy ? [{ path: policy.path, digest: policy.digest }] : []),
            ...evidence.catalogs.entries.map((c) => ({
                path: evidence.display(c.path),
                digest: c.digest
            })),
            ...receipts.map((r) => ({ path: r.path, digest: r.digest }))
        ], receipts, qa ? { path: qa.path, digest: qa.reportDigest } : undefined, policy ? { decisionId: policy.decisionId, path: policy.path } : undefined);
        violations.push(...references.violations);
        checked.push(...references.resolved);
        if (facts.manifest) {
            const schema = validateManifest(facts.manifest, evidence.manifestPath);
            violations.push(...schema);
            if (schema.length === 0)
                checked.push('manifest valid against promotion_manifest_v1.schema.json');
        }
        return { violations, checked };
    }
};


/***/ })

};
