import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

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

/***/ 1916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = __webpack_unused_export__ = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
__webpack_unused_export__ = closest;


/***/ }),

/***/ 4807:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./format", "./parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isWS = exports.applyEdit = exports.setProperty = exports.removeProperty = void 0;
    const format_1 = __nccwpck_require__(6612);
    const parser_1 = __nccwpck_require__(5152);
    function removeProperty(text, path, options) {
        return setProperty(text, path, void 0, options);
    }
    exports.removeProperty = removeProperty;
    function setProperty(text, originalPath, value, options) {
        const path = originalPath.slice();
        const errors = [];
        const root = (0, parser_1.parseTree)(text, errors);
        let parent = void 0;
        let lastSegment = void 0;
        while (path.length > 0) {
            lastSegment = path.pop();
            parent = (0, parser_1.findNodeAtLocation)(root, path);
            if (parent === void 0 && value !== void 0) {
                if (typeof lastSegment === 'string') {
                    value = { [lastSegment]: value };
                }
                else {
                    value = [value];
                }
            }
            else {
                break;
            }
        }
        if (!parent) {
            // empty document
            if (value === void 0) { // delete
                throw new Error('Can not delete in empty document');
            }
            return withFormatting(text, { offset: root ? root.offset : 0, length: root ? root.length : 0, content: JSON.stringify(value) }, options);
        }
        else if (parent.type === 'object' && typeof lastSegment === 'string' && Array.isArray(parent.children)) {
            const existing = (0, parser_1.findNodeAtLocation)(parent, [lastSegment]);
            if (existing !== void 0) {
                if (value === void 0) { // delete
                    if (!existing.parent) {
                        throw new Error('Malformed AST');
                    }
                    const propertyIndex = parent.children.indexOf(existing.parent);
                    let removeBegin;
                    let removeEnd = existing.parent.offset + existing.parent.length;
                    if (propertyIndex > 0) {
                        // remove the comma of the previous node
                        let previous = parent.children[propertyIndex - 1];
                        removeBegin = previous.offset + previous.length;
                    }
                    else {
                        removeBegin = parent.offset + 1;
                        if (parent.children.length > 1) {
                            // remove the comma of the next node
                            let next = parent.children[1];
                            removeEnd = next.offset;
                        }
                    }
                    return withFormatting(text, { offset: removeBegin, length: removeEnd - removeBegin, content: '' }, options);
                }
                else {
                    // set value of existing property
                    return withFormatting(text, { offset: existing.offset, length: existing.length, content: JSON.stringify(value) }, options);
                }
            }
            else {
                if (value === void 0) { // delete
                    return []; // property does not exist, nothing to do
                }
                const newProperty = `${JSON.stringify(lastSegment)}: ${JSON.stringify(value)}`;
                const index = options.getInsertionIndex ? options.getInsertionIndex(parent.children.map(p => p.children[0].value)) : parent.children.length;
                let edit;
                if (index > 0) {
                    let previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                else if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty + ',' };
                }
                return withFormatting(text, edit, options);
            }
        }
        else if (parent.type === 'array' && typeof lastSegment === 'number' && Array.isArray(parent.children)) {
            const insertIndex = lastSegment;
            if (insertIndex === -1) {
                // Insert
                const newProperty = `${JSON.stringify(value)}`;
                let edit;
                if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    const previous = parent.children[parent.children.length - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else if (value === void 0 && parent.children.length >= 0) {
                // Removal
                const removalIndex = lastSegment;
                const toRemove = parent.children[removalIndex];
                let edit;
                if (parent.children.length === 1) {
                    // only item
                    edit = { offset: parent.offset + 1, length: parent.length - 2, content: '' };
                }
                else if (parent.children.length - 1 === removalIndex) {
                    // last item
                    let previous = parent.children[removalIndex - 1];
                    let offset = previous.offset + previous.length;
                    let parentEndOffset = parent.offset + parent.length;
                    edit = { offset, length: parentEndOffset - 2 - offset, content: '' };
                }
                else {
                    edit = { offset: toRemove.offset, length: parent.children[removalIndex + 1].offset - toRemove.offset, content: '' };
                }
                return withFormatting(text, edit, options);
            }
            else if (value !== void 0) {
                let edit;
                const newProperty = `${JSON.stringify(value)}`;
                if (!options.isArrayInsertion && parent.children.length > lastSegment) {
                    const toModify = parent.children[lastSegment];
                    edit = { offset: toModify.offset, length: toModify.length, content: newProperty };
                }
                else if (parent.children.length === 0 || lastSegment === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: parent.children.length === 0 ? newProperty : newProperty + ',' };
                }
                else {
                    const index = lastSegment > parent.children.length ? parent.children.length : lastSegment;
                    const previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else {
                throw new Error(`Can not ${value === void 0 ? 'remove' : (options.isArrayInsertion ? 'insert' : 'modify')} Array index ${insertIndex} as length is not sufficient`);
            }
        }
        else {
            throw new Error(`Can not add ${typeof lastSegment !== 'number' ? 'index' : 'property'} to parent of type ${parent.type}`);
        }
    }
    exports.setProperty = setProperty;
    function withFormatting(text, edit, options) {
        if (!options.formattingOptions) {
            return [edit];
        }
        // apply the edit
        let newText = applyEdit(text, edit);
        // format the new text
        let begin = edit.offset;
        let end = edit.offset + edit.content.length;
        if (edit.length === 0 || edit.content.length === 0) { // insert or remove
            while (begin > 0 && !(0, format_1.isEOL)(newText, begin - 1)) {
                begin--;
            }
            while (end < newText.length && !(0, format_1.isEOL)(newText, end)) {
                end++;
            }
        }
        const edits = (0, format_1.format)(newText, { offset: begin, length: end - begin }, { ...options.formattingOptions, keepLines: false });
        // apply the formatting edits and track the begin and end offsets of the changes
        for (let i = edits.length - 1; i >= 0; i--) {
            const edit = edits[i];
            newText = applyEdit(newText, edit);
            begin = Math.min(begin, edit.offset);
            end = Math.max(end, edit.offset + edit.length);
            end += edit.content.length - edit.length;
        }
        // create a single edit with all changes
        const editLength = text.length - (newText.length - end) - begin;
        return [{ offset: begin, length: editLength, content: newText.substring(begin, end) }];
    }
    function applyEdit(text, edit) {
        return text.substring(0, edit.offset) + edit.content + text.substring(edit.offset + edit.length);
    }
    exports.applyEdit = applyEdit;
    function isWS(text, offset) {
        return '\r\n \t'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isWS = isWS;
});


/***/ }),

/***/ 6612:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner", "./string-intern"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isEOL = exports.format = void 0;
    const scanner_1 = __nccwpck_require__(8525);
    const string_intern_1 = __nccwpck_require__(4579);
    function format(documentText, range, options) {
        let initialIndentLevel;
        let formatText;
        let formatTextStart;
        let rangeStart;
        let rangeEnd;
        if (range) {
            rangeStart = range.offset;
            rangeEnd = rangeStart + range.length;
            formatTextStart = rangeStart;
            while (formatTextStart > 0 && !isEOL(documentText, formatTextStart - 1)) {
                formatTextStart--;
            }
            let endOffset = rangeEnd;
            while (endOffset < documentText.length && !isEOL(documentText, endOffset)) {
                endOffset++;
            }
            formatText = documentText.substring(formatTextStart, endOffset);
            initialIndentLevel = computeIndentLevel(formatText, options);
        }
        else {
            formatText = documentText;
            initialIndentLevel = 0;
            formatTextStart = 0;
            rangeStart = 0;
            rangeEnd = documentText.length;
        }
        const eol = getEOL(options, documentText);
        const eolFastPathSupported = string_intern_1.supportedEols.includes(eol);
        let numberLineBreaks = 0;
        let indentLevel = 0;
        let indentValue;
        if (options.insertSpaces) {
            indentValue = string_intern_1.cachedSpaces[options.tabSize || 4] ?? repeat(string_intern_1.cachedSpaces[1], options.tabSize || 4);
        }
        else {
            indentValue = '\t';
        }
        const indentType = indentValue === '\t' ? '\t' : ' ';
        let scanner = (0, scanner_1.createScanner)(formatText, false);
        let hasError = false;
        function newLinesAndIndent() {
            if (numberLineBreaks > 1) {
                return repeat(eol, numberLineBreaks) + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            const amountOfSpaces = indentValue.length * (initialIndentLevel + indentLevel);
            if (!eolFastPathSupported || amountOfSpaces > string_intern_1.cachedBreakLinesWithSpaces[indentType][eol].length) {
                return eol + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            if (amountOfSpaces <= 0) {
                return eol;
            }
            return string_intern_1.cachedBreakLinesWithSpaces[indentType][eol][amountOfSpaces];
        }
        function scanNext() {
            let token = scanner.scan();
            numberLineBreaks = 0;
            while (token === 15 /* SyntaxKind.Trivia */ || token === 14 /* SyntaxKind.LineBreakTrivia */) {
                if (token === 14 /* SyntaxKind.LineBreakTrivia */ && options.keepLines) {
                    numberLineBreaks += 1;
                }
                else if (token === 14 /* SyntaxKind.LineBreakTrivia */) {
                    numberLineBreaks = 1;
                }
                token = scanner.scan();
            }
            hasError = token === 16 /* SyntaxKind.Unknown */ || scanner.getTokenError() !== 0 /* ScanError.None */;
            return token;
        }
        const editOperations = [];
        function addEdit(text, startOffset, endOffset) {
            if (!hasError && (!range || (startOffset < rangeEnd && endOffset > rangeStart)) && documentText.substring(startOffset, endOffset) !== text) {
                editOperations.push({ offset: startOffset, length: endOffset - startOffset, content: text });
            }
        }
        let firstToken = scanNext();
        if (options.keepLines && numberLineBreaks > 0) {
            addEdit(repeat(eol, numberLineBreaks), 0, 0);
        }
        if (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenStart = scanner.getTokenOffset() + formatTextStart;
            let initialIndent = (indentValue.length * initialIndentLevel < 20) && options.insertSpaces
                ? string_intern_1.cachedSpaces[indentValue.length * initialIndentLevel]
                : repeat(indentValue, initialIndentLevel);
            addEdit(initialIndent, formatTextStart, firstTokenStart);
        }
        while (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
            let secondToken = scanNext();
            let replaceContent = '';
            let needsLineBreak = false;
            while (numberLineBreaks === 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                let commentTokenStart = scanner.getTokenOffset() + formatTextStart;
                addEdit(string_intern_1.cachedSpaces[1], firstTokenEnd, commentTokenStart);
                firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
                needsLineBreak = secondToken === 12 /* SyntaxKind.LineCommentTrivia */;
                replaceContent = needsLineBreak ? newLinesAndIndent() : '';
                secondToken = scanNext();
            }
            if (secondToken === 2 /* SyntaxKind.CloseBraceToken */) {
                if (firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else if (secondToken === 4 /* SyntaxKind.CloseBracketToken */) {
                if (firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else {
                switch (firstToken) {
                    case 3 /* SyntaxKind.OpenBracketToken */:
                    case 1 /* SyntaxKind.OpenBraceToken */:
                        indentLevel++;
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 5 /* SyntaxKind.CommaToken */:
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                        replaceContent = newLinesAndIndent();
                        break;
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 6 /* SyntaxKind.ColonToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 10 /* SyntaxKind.StringLiteral */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (secondToken === 6 /* SyntaxKind.ColonToken */ && !needsLineBreak) {
                            replaceContent = '';
                        }
                        break;
                    case 7 /* SyntaxKind.NullKeyword */:
                    case 8 /* SyntaxKind.TrueKeyword */:
                    case 9 /* SyntaxKind.FalseKeyword */:
                    case 11 /* SyntaxKind.NumericLiteral */:
                    case 2 /* SyntaxKind.CloseBraceToken */:
                    case 4 /* SyntaxKind.CloseBracketToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            if ((secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */) && !needsLineBreak) {
                                replaceContent = string_intern_1.cachedSpaces[1];
                            }
                            else if (secondToken !== 5 /* SyntaxKind.CommaToken */ && secondToken !== 17 /* SyntaxKind.EOF */) {
                                hasError = true;
                            }
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        hasError = true;
                        break;
                }
                if (numberLineBreaks > 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                    replaceContent = newLinesAndIndent();
                }
            }
            if (secondToken === 17 /* SyntaxKind.EOF */) {
                if (options.keepLines && numberLineBreaks > 0) {
                    replaceContent = newLinesAndIndent();
                }
                else {
                    replaceContent = options.insertFinalNewline ? eol : '';
                }
            }
            const secondTokenStart = scanner.getTokenOffset() + formatTextStart;
            addEdit(replaceContent, firstTokenEnd, secondTokenStart);
            firstToken = secondToken;
        }
        return editOperations;
    }
    exports.format = format;
    function repeat(s, count) {
        let result = '';
        for (let i = 0; i < count; i++) {
            result += s;
        }
        return result;
    }
    function computeIndentLevel(content, options) {
        let i = 0;
        let nChars = 0;
        const tabSize = options.tabSize || 4;
        while (i < content.length) {
            let ch = content.charAt(i);
            if (ch === string_intern_1.cachedSpaces[1]) {
                nChars++;
            }
            else if (ch === '\t') {
                nChars += tabSize;
            }
            else {
                break;
            }
            i++;
        }
        return Math.floor(nChars / tabSize);
    }
    function getEOL(options, text) {
        for (let i = 0; i < text.length; i++) {
            const ch = text.charAt(i);
            if (ch === '\r') {
                if (i + 1 < text.length && text.charAt(i + 1) === '\n') {
                    return '\r\n';
                }
                return '\r';
            }
            else if (ch === '\n') {
                return '\n';
            }
        }
        return (options && options.eol) || '\n';
    }
    function isEOL(text, offset) {
        return '\r\n'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isEOL = isEOL;
});


/***/ }),

/***/ 5152:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.getNodeType = exports.stripComments = exports.visit = exports.findNodeAtOffset = exports.contains = exports.getNodeValue = exports.getNodePath = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = void 0;
    const scanner_1 = __nccwpck_require__(8525);
    var ParseOptions;
    (function (ParseOptions) {
        ParseOptions.DEFAULT = {
            allowTrailingComma: false
        };
    })(ParseOptions || (ParseOptions = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    function getLocation(text, position) {
        const segments = []; // strings or numbers
        const earlyReturnException = new Object();
        let previousNode = undefined;
        const previousNodeInst = {
            value: {},
            offset: 0,
            length: 0,
            type: 'object',
            parent: undefined
        };
        let isAtPropertyKey = false;
        function setPreviousNode(value, offset, length, type) {
            previousNodeInst.value = value;
            previousNodeInst.offset = offset;
            previousNodeInst.length = length;
            previousNodeInst.type = type;
            previousNodeInst.colonOffset = undefined;
            previousNode = previousNodeInst;
        }
        try {
            visit(text, {
                onObjectBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    isAtPropertyKey = position > offset;
                    segments.push(''); // push a placeholder (will be replaced)
                },
                onObjectProperty: (name, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(name, offset, length, 'property');
                    segments[segments.length - 1] = name;
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onObjectEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onArrayBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.push(0);
                },
                onArrayEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onLiteralValue: (value, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(value, offset, length, getNodeType(value));
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onSeparator: (sep, offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    if (sep === ':' && previousNode && previousNode.type === 'property') {
                        previousNode.colonOffset = offset;
                        isAtPropertyKey = false;
                        previousNode = undefined;
                    }
                    else if (sep === ',') {
                        const last = segments[segments.length - 1];
                        if (typeof last === 'number') {
                            segments[segments.length - 1] = last + 1;
                        }
                        else {
                            isAtPropertyKey = true;
                            segments[segments.length - 1] = '';
                        }
                        previousNode = undefined;
                    }
                }
            });
        }
        catch (e) {
            if (e !== earlyReturnException) {
                throw e;
            }
        }
        return {
            path: segments,
            previousNode,
            isAtPropertyKey,
            matches: (pattern) => {
                let k = 0;
                for (let i = 0; k < pattern.length && i < segments.length; i++) {
                    if (pattern[k] === segments[i] || pattern[k] === '*') {
                        k++;
                    }
                    else if (pattern[k] !== '**') {
                        return false;
                    }
                }
                return k === pattern.length;
            }
        };
    }
    exports.getLocation = getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore always check the errors list to find out if the input was valid.
     */
    function parse(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentProperty = null;
        let currentParent = [];
        const previousParents = [];
        function onValue(value) {
            if (Array.isArray(currentParent)) {
                currentParent.push(value);
            }
            else if (currentProperty !== null) {
                currentParent[currentProperty] = value;
            }
        }
        const visitor = {
            onObjectBegin: () => {
                const object = {};
                onValue(object);
                previousParents.push(currentParent);
                currentParent = object;
                currentProperty = null;
            },
            onObjectProperty: (name) => {
                currentProperty = name;
            },
            onObjectEnd: () => {
                currentParent = previousParents.pop();
            },
            onArrayBegin: () => {
                const array = [];
                onValue(array);
                previousParents.push(currentParent);
                currentParent = array;
                currentProperty = null;
            },
            onArrayEnd: () => {
                currentParent = previousParents.pop();
            },
            onLiteralValue: onValue,
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        return currentParent[0];
    }
    exports.parse = parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentParent = { type: 'array', offset: -1, length: -1, children: [], parent: undefined }; // artificial root
        function ensurePropertyComplete(endOffset) {
            if (currentParent.type === 'property') {
                currentParent.length = endOffset - currentParent.offset;
                currentParent = currentParent.parent;
            }
        }
        function onValue(valueNode) {
            currentParent.children.push(valueNode);
            return valueNode;
        }
        const visitor = {
            onObjectBegin: (offset) => {
                currentParent = onValue({ type: 'object', offset, length: -1, parent: currentParent, children: [] });
            },
            onObjectProperty: (name, offset, length) => {
                currentParent = onValue({ type: 'property', offset, length: -1, parent: currentParent, children: [] });
                currentParent.children.push({ type: 'string', value: name, offset, length, parent: currentParent });
            },
            onObjectEnd: (offset, length) => {
                ensurePropertyComplete(offset + length); // in case of a missing value for a property: make sure property is complete
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onArrayBegin: (offset, length) => {
                currentParent = onValue({ type: 'array', offset, length: -1, parent: currentParent, children: [] });
            },
            onArrayEnd: (offset, length) => {
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onLiteralValue: (value, offset, length) => {
                onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
                ensurePropertyComplete(offset + length);
            },
            onSeparator: (sep, offset, length) => {
                if (currentParent.type === 'property') {
                    if (sep === ':') {
                        currentParent.colonOffset = offset;
                    }
                    else if (sep === ',') {
                        ensurePropertyComplete(offset);
                    }
                }
            },
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        const result = currentParent.children[0];
        if (result) {
            delete result.parent;
        }
        return result;
    }
    exports.parseTree = parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    function findNodeAtLocation(root, path) {
        if (!root) {
            return undefined;
        }
        let node = root;
        for (let segment of path) {
            if (typeof segment === 'string') {
                if (node.type !== 'object' || !Array.isArray(node.children)) {
                    return undefined;
                }
                let found = false;
                for (const propertyNode of node.children) {
                    if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
                        node = propertyNode.children[1];
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return undefined;
                }
            }
            else {
                const index = segment;
                if (node.type !== 'array' || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
                    return undefined;
                }
                node = node.children[index];
            }
        }
        return node;
    }
    exports.findNodeAtLocation = findNodeAtLocation;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    function getNodePath(node) {
        if (!node.parent || !node.parent.children) {
            return [];
        }
        const path = getNodePath(node.parent);
        if (node.parent.type === 'property') {
            const key = node.parent.children[0].value;
            path.push(key);
        }
        else if (node.parent.type === 'array') {
            const index = node.parent.children.indexOf(node);
            if (index !== -1) {
                path.push(index);
            }
        }
        return path;
    }
    exports.getNodePath = getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    function getNodeValue(node) {
        switch (node.type) {
            case 'array':
                return node.children.map(getNodeValue);
            case 'object':
                const obj = Object.create(null);
                for (let prop of node.children) {
                    const valueNode = prop.children[1];
                    if (valueNode) {
                        obj[prop.children[0].value] = getNodeValue(valueNode);
                    }
                }
                return obj;
            case 'null':
            case 'string':
            case 'number':
            case 'boolean':
                return node.value;
            default:
                return undefined;
        }
    }
    exports.getNodeValue = getNodeValue;
    function contains(node, offset, includeRightBound = false) {
        return (offset >= node.offset && offset < (node.offset + node.length)) || includeRightBound && (offset === (node.offset + node.length));
    }
    exports.contains = contains;
    /**
     * Finds the most inner node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    function findNodeAtOffset(node, offset, includeRightBound = false) {
        if (contains(node, offset, includeRightBound)) {
            const children = node.children;
            if (Array.isArray(children)) {
                for (let i = 0; i < children.length && children[i].offset <= offset; i++) {
                    const item = findNodeAtOffset(children[i], offset, includeRightBound);
                    if (item) {
                        return item;
                    }
                }
            }
            return node;
        }
        return undefined;
    }
    exports.findNodeAtOffset = findNodeAtOffset;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    function visit(text, visitor, options = ParseOptions.DEFAULT) {
        const _scanner = (0, scanner_1.createScanner)(text, false);
        // Important: Only pass copies of this to visitor functions to prevent accidental modification, and
        // to not affect visitor functions which stored a reference to a previous JSONPath
        const _jsonPath = [];
        // Depth of onXXXBegin() callbacks suppressed. onXXXEnd() decrements this if it isn't 0 already.
        // Callbacks are only called when this value is 0.
        let suppressedCallbacks = 0;
        function toNoArgVisit(visitFunction) {
            return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisit(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisitWithPath(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
        }
        function toBeginVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks++;
                    }
                    else {
                        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
                        if (cbReturn === false) {
                            suppressedCallbacks = 1;
                        }
                    }
                }
                : () => true;
        }
        function toEndVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks--;
                    }
                    if (suppressedCallbacks === 0) {
                        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
                    }
                }
                : () => true;
        }
        const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
        const disallowComments = options && options.disallowComments;
        const allowTrailingComma = options && options.allowTrailingComma;
        function scanNext() {
            while (true) {
                const token = _scanner.scan();
                switch (_scanner.getTokenError()) {
                    case 4 /* ScanError.InvalidUnicode */:
                        handleError(14 /* ParseErrorCode.InvalidUnicode */);
                        break;
                    case 5 /* ScanError.InvalidEscapeCharacter */:
                        handleError(15 /* ParseErrorCode.InvalidEscapeCharacter */);
                        break;
                    case 3 /* ScanError.UnexpectedEndOfNumber */:
                        handleError(13 /* ParseErrorCode.UnexpectedEndOfNumber */);
                        break;
                    case 1 /* ScanError.UnexpectedEndOfComment */:
                        if (!disallowComments) {
                            handleError(11 /* ParseErrorCode.UnexpectedEndOfComment */);
                        }
                        break;
                    case 2 /* ScanError.UnexpectedEndOfString */:
                        handleError(12 /* ParseErrorCode.UnexpectedEndOfString */);
                        break;
                    case 6 /* ScanError.InvalidCharacter */:
                        handleError(16 /* ParseErrorCode.InvalidCharacter */);
                        break;
                }
                switch (token) {
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (disallowComments) {
                            handleError(10 /* ParseErrorCode.InvalidCommentToken */);
                        }
                        else {
                            onComment();
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        handleError(1 /* ParseErrorCode.InvalidSymbol */);
                        break;
                    case 15 /* SyntaxKind.Trivia */:
                    case 14 /* SyntaxKind.LineBreakTrivia */:
                        break;
                    default:
                        return token;
                }
            }
        }
        function handleError(error, skipUntilAfter = [], skipUntil = []) {
            onError(error);
            if (skipUntilAfter.length + skipUntil.length > 0) {
                let token = _scanner.getToken();
                while (token !== 17 /* SyntaxKind.EOF */) {
                    if (skipUntilAfter.indexOf(token) !== -1) {
                        scanNext();
                        break;
                    }
                    else if (skipUntil.indexOf(token) !== -1) {
                        break;
                    }
                    token = scanNext();
                }
            }
        }
        function parseString(isValue) {
            const value = _scanner.getTokenValue();
            if (isValue) {
                onLiteralValue(value);
            }
            else {
                onObjectProperty(value);
                // add property name afterwards
                _jsonPath.push(value);
            }
            scanNext();
            return true;
        }
        function parseLiteral() {
            switch (_scanner.getToken()) {
                case 11 /* SyntaxKind.NumericLiteral */:
                    const tokenValue = _scanner.getTokenValue();
                    let value = Number(tokenValue);
                    if (isNaN(value)) {
                        handleError(2 /* ParseErrorCode.InvalidNumberFormat */);
                        value = 0;
                    }
                    onLiteralValue(value);
                    break;
                case 7 /* SyntaxKind.NullKeyword */:
                    onLiteralValue(null);
                    break;
                case 8 /* SyntaxKind.TrueKeyword */:
                    onLiteralValue(true);
                    break;
                case 9 /* SyntaxKind.FalseKeyword */:
                    onLiteralValue(false);
                    break;
                default:
                    return false;
            }
            scanNext();
            return true;
        }
        function parseProperty() {
            if (_scanner.getToken() !== 10 /* SyntaxKind.StringLiteral */) {
                handleError(3 /* ParseErrorCode.PropertyNameExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                return false;
            }
            parseString(false);
            if (_scanner.getToken() === 6 /* SyntaxKind.ColonToken */) {
                onSeparator(':');
                scanNext(); // consume colon
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
            }
            else {
                handleError(5 /* ParseErrorCode.ColonExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
            }
            _jsonPath.pop(); // remove processed property name
            return true;
        }
        function parseObject() {
            onObjectBegin();
            scanNext(); // consume open brace
            let needsComma = false;
            while (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 2 /* SyntaxKind.CloseBraceToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (!parseProperty()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onObjectEnd();
            if (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */) {
                handleError(7 /* ParseErrorCode.CloseBraceExpected */, [2 /* SyntaxKind.CloseBraceToken */], []);
            }
            else {
                scanNext(); // consume close brace
            }
            return true;
        }
        function parseArray() {
            onArrayBegin();
            scanNext(); // consume open bracket
            let isFirstElement = true;
            let needsComma = false;
            while (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 4 /* SyntaxKind.CloseBracketToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (isFirstElement) {
                    _jsonPath.push(0);
                    isFirstElement = false;
                }
                else {
                    _jsonPath[_jsonPath.length - 1]++;
                }
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [4 /* SyntaxKind.CloseBracketToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onArrayEnd();
            if (!isFirstElement) {
                _jsonPath.pop(); // remove array index
            }
            if (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */) {
                handleError(8 /* ParseErrorCode.CloseBracketExpected */, [4 /* SyntaxKind.CloseBracketToken */], []);
            }
            else {
                scanNext(); // consume close bracket
            }
            return true;
        }
        function parseValue() {
            switch (_scanner.getToken()) {
                case 3 /* SyntaxKind.OpenBracketToken */:
                    return parseArray();
                case 1 /* SyntaxKind.OpenBraceToken */:
                    return parseObject();
                case 10 /* SyntaxKind.StringLiteral */:
                    return parseString(true);
                default:
                    return parseLiteral();
            }
        }
        scanNext();
        if (_scanner.getToken() === 17 /* SyntaxKind.EOF */) {
            if (options.allowEmptyContent) {
                return true;
            }
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (!parseValue()) {
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (_scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
            handleError(9 /* ParseErrorCode.EndOfFileExpected */, [], []);
        }
        return true;
    }
    exports.visit = visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    function stripComments(text, replaceCh) {
        let _scanner = (0, scanner_1.createScanner)(text), parts = [], kind, offset = 0, pos;
        do {
            pos = _scanner.getPosition();
            kind = _scanner.scan();
            switch (kind) {
                case 12 /* SyntaxKind.LineCommentTrivia */:
                case 13 /* SyntaxKind.BlockCommentTrivia */:
                case 17 /* SyntaxKind.EOF */:
                    if (offset !== pos) {
                        parts.push(text.substring(offset, pos));
                    }
                    if (replaceCh !== undefined) {
                        parts.push(_scanner.getTokenValue().replace(/[^\r\n]/g, replaceCh));
                    }
                    offset = _scanner.getPosition();
                    break;
            }
        } while (kind !== 17 /* SyntaxKind.EOF */);
        return parts.join('');
    }
    exports.stripComments = stripComments;
    function getNodeType(value) {
        switch (typeof value) {
            case 'boolean': return 'boolean';
            case 'number': return 'number';
            case 'string': return 'string';
            case 'object': {
                if (!value) {
                    return 'null';
                }
                else if (Array.isArray(value)) {
                    return 'array';
                }
                return 'object';
            }
            default: return 'null';
        }
    }
    exports.getNodeType = getNodeType;
});


/***/ }),

/***/ 8525:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.createScanner = void 0;
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    function createScanner(text, ignoreTrivia = false) {
        const len = text.length;
        let pos = 0, value = '', tokenOffset = 0, token = 16 /* SyntaxKind.Unknown */, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0 /* ScanError.None */;
        function scanHexDigits(count, exact) {
            let digits = 0;
            let value = 0;
            while (digits < count || !exact) {
                let ch = text.charCodeAt(pos);
                if (ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */) {
                    value = value * 16 + ch - 48 /* CharacterCodes._0 */;
                }
                else if (ch >= 65 /* CharacterCodes.A */ && ch <= 70 /* CharacterCodes.F */) {
                    value = value * 16 + ch - 65 /* CharacterCodes.A */ + 10;
                }
                else if (ch >= 97 /* CharacterCodes.a */ && ch <= 102 /* CharacterCodes.f */) {
                    value = value * 16 + ch - 97 /* CharacterCodes.a */ + 10;
                }
                else {
                    break;
                }
                pos++;
                digits++;
            }
            if (digits < count) {
                value = -1;
            }
            return value;
        }
        function setPosition(newPosition) {
            pos = newPosition;
            value = '';
            tokenOffset = 0;
            token = 16 /* SyntaxKind.Unknown */;
            scanError = 0 /* ScanError.None */;
        }
        function scanNumber() {
            let start = pos;
            if (text.charCodeAt(pos) === 48 /* CharacterCodes._0 */) {
                pos++;
            }
            else {
                pos++;
                while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                }
            }
            if (pos < text.length && text.charCodeAt(pos) === 46 /* CharacterCodes.dot */) {
                pos++;
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                    return text.substring(start, pos);
                }
            }
            let end = pos;
            if (pos < text.length && (text.charCodeAt(pos) === 69 /* CharacterCodes.E */ || text.charCodeAt(pos) === 101 /* CharacterCodes.e */)) {
                pos++;
                if (pos < text.length && text.charCodeAt(pos) === 43 /* CharacterCodes.plus */ || text.charCodeAt(pos) === 45 /* CharacterCodes.minus */) {
                    pos++;
                }
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                    end = pos;
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                }
            }
            return text.substring(start, end);
        }
        function scanString() {
            let result = '', start = pos;
            while (true) {
                if (pos >= len) {
                    result += text.substring(start, pos);
                    scanError = 2 /* ScanError.UnexpectedEndOfString */;
                    break;
                }
                const ch = text.charCodeAt(pos);
                if (ch === 34 /* CharacterCodes.doubleQuote */) {
                    result += text.substring(start, pos);
                    pos++;
                    break;
                }
                if (ch === 92 /* CharacterCodes.backslash */) {
                    result += text.substring(start, pos);
                    pos++;
                    if (pos >= len) {
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    const ch2 = text.charCodeAt(pos++);
                    switch (ch2) {
                        case 34 /* CharacterCodes.doubleQuote */:
                            result += '\"';
                            break;
                        case 92 /* CharacterCodes.backslash */:
                            result += '\\';
                            break;
                        case 47 /* CharacterCodes.slash */:
                            result += '/';
                            break;
                        case 98 /* CharacterCodes.b */:
                            result += '\b';
                            break;
                        case 102 /* CharacterCodes.f */:
                            result += '\f';
                            break;
                        case 110 /* CharacterCodes.n */:
                            result += '\n';
                            break;
                        case 114 /* CharacterCodes.r */:
                            result += '\r';
                            break;
                        case 116 /* CharacterCodes.t */:
                            result += '\t';
                            break;
                        case 117 /* CharacterCodes.u */:
                            const ch3 = scanHexDigits(4, true);
                            if (ch3 >= 0) {
                                result += String.fromCharCode(ch3);
                            }
                            else {
                                scanError = 4 /* ScanError.InvalidUnicode */;
                            }
                            break;
                        default:
                            scanError = 5 /* ScanError.InvalidEscapeCharacter */;
                    }
                    start = pos;
                    continue;
                }
                if (ch >= 0 && ch <= 0x1f) {
                    if (isLineBreak(ch)) {
                        result += text.substring(start, pos);
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    else {
                        scanError = 6 /* ScanError.InvalidCharacter */;
                        // mark as error but continue with string
                    }
                }
                pos++;
            }
            return result;
        }
        function scanNext() {
            value = '';
            scanError = 0 /* ScanError.None */;
            tokenOffset = pos;
            lineStartOffset = lineNumber;
            prevTokenLineStartOffset = tokenLineStartOffset;
            if (pos >= len) {
                // at the end
                tokenOffset = len;
                return token = 17 /* SyntaxKind.EOF */;
            }
            let code = text.charCodeAt(pos);
            // trivia: whitespace
            if (isWhiteSpace(code)) {
                do {
                    pos++;
                    value += String.fromCharCode(code);
                    code = text.charCodeAt(pos);
                } while (isWhiteSpace(code));
                return token = 15 /* SyntaxKind.Trivia */;
            }
            // trivia: newlines
            if (isLineBreak(code)) {
                pos++;
                value += String.fromCharCode(code);
                if (code === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                    pos++;
                    value += '\n';
                }
                lineNumber++;
                tokenLineStartOffset = pos;
                return token = 14 /* SyntaxKind.LineBreakTrivia */;
            }
            switch (code) {
                // tokens: []{}:,
                case 123 /* CharacterCodes.openBrace */:
                    pos++;
                    return token = 1 /* SyntaxKind.OpenBraceToken */;
                case 125 /* CharacterCodes.closeBrace */:
                    pos++;
                    return token = 2 /* SyntaxKind.CloseBraceToken */;
                case 91 /* CharacterCodes.openBracket */:
                    pos++;
                    return token = 3 /* SyntaxKind.OpenBracketToken */;
                case 93 /* CharacterCodes.closeBracket */:
                    pos++;
                    return token = 4 /* SyntaxKind.CloseBracketToken */;
                case 58 /* CharacterCodes.colon */:
                    pos++;
                    return token = 6 /* SyntaxKind.ColonToken */;
                case 44 /* CharacterCodes.comma */:
                    pos++;
                    return token = 5 /* SyntaxKind.CommaToken */;
                // strings
                case 34 /* CharacterCodes.doubleQuote */:
                    pos++;
                    value = scanString();
                    return token = 10 /* SyntaxKind.StringLiteral */;
                // comments
                case 47 /* CharacterCodes.slash */:
                    const start = pos - 1;
                    // Single-line comment
                    if (text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                        pos += 2;
                        while (pos < len) {
                            if (isLineBreak(text.charCodeAt(pos))) {
                                break;
                            }
                            pos++;
                        }
                        value = text.substring(start, pos);
                        return token = 12 /* SyntaxKind.LineCommentTrivia */;
                    }
                    // Multi-line comment
                    if (text.charCodeAt(pos + 1) === 42 /* CharacterCodes.asterisk */) {
                        pos += 2;
                        const safeLength = len - 1; // For lookahead.
                        let commentClosed = false;
                        while (pos < safeLength) {
                            const ch = text.charCodeAt(pos);
                            if (ch === 42 /* CharacterCodes.asterisk */ && text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                                pos += 2;
                                commentClosed = true;
                                break;
                            }
                            pos++;
                            if (isLineBreak(ch)) {
                                if (ch === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                                    pos++;
                                }
                                lineNumber++;
                                tokenLineStartOffset = pos;
                            }
                        }
                        if (!commentClosed) {
                            pos++;
                            scanError = 1 /* ScanError.UnexpectedEndOfComment */;
                        }
                        value = text.substring(start, pos);
                        return token = 13 /* SyntaxKind.BlockCommentTrivia */;
                    }
                    // just a single slash
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
                // numbers
                case 45 /* CharacterCodes.minus */:
                    value += String.fromCharCode(code);
                    pos++;
                    if (pos === len || !isDigit(text.charCodeAt(pos))) {
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                // found a minus, followed by a number so
                // we fall through to proceed with scanning
                // numbers
                case 48 /* CharacterCodes._0 */:
                case 49 /* CharacterCodes._1 */:
                case 50 /* CharacterCodes._2 */:
                case 51 /* CharacterCodes._3 */:
                case 52 /* CharacterCodes._4 */:
                case 53 /* CharacterCodes._5 */:
                case 54 /* CharacterCodes._6 */:
                case 55 /* CharacterCodes._7 */:
                case 56 /* CharacterCodes._8 */:
                case 57 /* CharacterCodes._9 */:
                    value += scanNumber();
                    return token = 11 /* SyntaxKind.NumericLiteral */;
                // literals and unknown symbols
                default:
                    // is a literal? Read the full word.
                    while (pos < len && isUnknownContentCharacter(code)) {
                        pos++;
                        code = text.charCodeAt(pos);
                    }
                    if (tokenOffset !== pos) {
                        value = text.substring(tokenOffset, pos);
                        // keywords: true, false, null
                        switch (value) {
                            case 'true': return token = 8 /* SyntaxKind.TrueKeyword */;
                            case 'false': return token = 9 /* SyntaxKind.FalseKeyword */;
                            case 'null': return token = 7 /* SyntaxKind.NullKeyword */;
                        }
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                    // some
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
            }
        }
        function isUnknownContentCharacter(code) {
            if (isWhiteSpace(code) || isLineBreak(code)) {
                return false;
            }
            switch (code) {
                case 125 /* CharacterCodes.closeBrace */:
                case 93 /* CharacterCodes.closeBracket */:
                case 123 /* CharacterCodes.openBrace */:
                case 91 /* CharacterCodes.openBracket */:
                case 34 /* CharacterCodes.doubleQuote */:
                case 58 /* CharacterCodes.colon */:
                case 44 /* CharacterCodes.comma */:
                case 47 /* CharacterCodes.slash */:
                    return false;
            }
            return true;
        }
        function scanNextNonTrivia() {
            let result;
            do {
                result = scanNext();
            } while (result >= 12 /* SyntaxKind.LineCommentTrivia */ && result <= 15 /* SyntaxKind.Trivia */);
            return result;
        }
        return {
            setPosition: setPosition,
            getPosition: () => pos,
            scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
            getToken: () => token,
            getTokenValue: () => value,
            getTokenOffset: () => tokenOffset,
            getTokenLength: () => pos - tokenOffset,
            getTokenStartLine: () => lineStartOffset,
            getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
            getTokenError: () => scanError,
        };
    }
    exports.createScanner = createScanner;
    function isWhiteSpace(ch) {
        return ch === 32 /* CharacterCodes.space */ || ch === 9 /* CharacterCodes.tab */;
    }
    function isLineBreak(ch) {
        return ch === 10 /* CharacterCodes.lineFeed */ || ch === 13 /* CharacterCodes.carriageReturn */;
    }
    function isDigit(ch) {
        return ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */;
    }
    var CharacterCodes;
    (function (CharacterCodes) {
        CharacterCodes[CharacterCodes["lineFeed"] = 10] = "lineFeed";
        CharacterCodes[CharacterCodes["carriageReturn"] = 13] = "carriageReturn";
        CharacterCodes[CharacterCodes["space"] = 32] = "space";
        CharacterCodes[CharacterCodes["_0"] = 48] = "_0";
        CharacterCodes[CharacterCodes["_1"] = 49] = "_1";
        CharacterCodes[CharacterCodes["_2"] = 50] = "_2";
        CharacterCodes[CharacterCodes["_3"] = 51] = "_3";
        CharacterCodes[CharacterCodes["_4"] = 52] = "_4";
        CharacterCodes[CharacterCodes["_5"] = 53] = "_5";
        CharacterCodes[CharacterCodes["_6"] = 54] = "_6";
        CharacterCodes[CharacterCodes["_7"] = 55] = "_7";
        CharacterCodes[CharacterCodes["_8"] = 56] = "_8";
        CharacterCodes[CharacterCodes["_9"] = 57] = "_9";
        CharacterCodes[CharacterCodes["a"] = 97] = "a";
        CharacterCodes[CharacterCodes["b"] = 98] = "b";
        CharacterCodes[CharacterCodes["c"] = 99] = "c";
        CharacterCodes[CharacterCodes["d"] = 100] = "d";
        CharacterCodes[CharacterCodes["e"] = 101] = "e";
        CharacterCodes[CharacterCodes["f"] = 102] = "f";
        CharacterCodes[CharacterCodes["g"] = 103] = "g";
        CharacterCodes[CharacterCodes["h"] = 104] = "h";
        CharacterCodes[CharacterCodes["i"] = 105] = "i";
        CharacterCodes[CharacterCodes["j"] = 106] = "j";
        CharacterCodes[CharacterCodes["k"] = 107] = "k";
        CharacterCodes[CharacterCodes["l"] = 108] = "l";
        CharacterCodes[CharacterCodes["m"] = 109] = "m";
        CharacterCodes[CharacterCodes["n"] = 110] = "n";
        CharacterCodes[CharacterCodes["o"] = 111] = "o";
        CharacterCodes[CharacterCodes["p"] = 112] = "p";
        CharacterCodes[CharacterCodes["q"] = 113] = "q";
        CharacterCodes[CharacterCodes["r"] = 114] = "r";
        CharacterCodes[CharacterCodes["s"] = 115] = "s";
        CharacterCodes[CharacterCodes["t"] = 116] = "t";
        CharacterCodes[CharacterCodes["u"] = 117] = "u";
        CharacterCodes[CharacterCodes["v"] = 118] = "v";
        CharacterCodes[CharacterCodes["w"] = 119] = "w";
        CharacterCodes[CharacterCodes["x"] = 120] = "x";
        CharacterCodes[CharacterCodes["y"] = 121] = "y";
        CharacterCodes[CharacterCodes["z"] = 122] = "z";
        CharacterCodes[CharacterCodes["A"] = 65] = "A";
        CharacterCodes[CharacterCodes["B"] = 66] = "B";
        CharacterCodes[CharacterCodes["C"] = 67] = "C";
        CharacterCodes[CharacterCodes["D"] = 68] = "D";
        CharacterCodes[CharacterCodes["E"] = 69] = "E";
        CharacterCodes[CharacterCodes["F"] = 70] = "F";
        CharacterCodes[CharacterCodes["G"] = 71] = "G";
        CharacterCodes[CharacterCodes["H"] = 72] = "H";
        CharacterCodes[CharacterCodes["I"] = 73] = "I";
        CharacterCodes[CharacterCodes["J"] = 74] = "J";
        CharacterCodes[CharacterCodes["K"] = 75] = "K";
        CharacterCodes[CharacterCodes["L"] = 76] = "L";
        CharacterCodes[CharacterCodes["M"] = 77] = "M";
        CharacterCodes[CharacterCodes["N"] = 78] = "N";
        CharacterCodes[CharacterCodes["O"] = 79] = "O";
        CharacterCodes[CharacterCodes["P"] = 80] = "P";
        CharacterCodes[CharacterCodes["Q"] = 81] = "Q";
        CharacterCodes[CharacterCodes["R"] = 82] = "R";
        CharacterCodes[CharacterCodes["S"] = 83] = "S";
        CharacterCodes[CharacterCodes["T"] = 84] = "T";
        CharacterCodes[CharacterCodes["U"] = 85] = "U";
        CharacterCodes[CharacterCodes["V"] = 86] = "V";
        CharacterCodes[CharacterCodes["W"] = 87] = "W";
        CharacterCodes[CharacterCodes["X"] = 88] = "X";
        CharacterCodes[CharacterCodes["Y"] = 89] = "Y";
        CharacterCodes[CharacterCodes["Z"] = 90] = "Z";
        CharacterCodes[CharacterCodes["asterisk"] = 42] = "asterisk";
        CharacterCodes[CharacterCodes["backslash"] = 92] = "backslash";
        CharacterCodes[CharacterCodes["closeBrace"] = 125] = "closeBrace";
        CharacterCodes[CharacterCodes["closeBracket"] = 93] = "closeBracket";
        CharacterCodes[CharacterCodes["colon"] = 58] = "colon";
        CharacterCodes[CharacterCodes["comma"] = 44] = "comma";
        CharacterCodes[CharacterCodes["dot"] = 46] = "dot";
        CharacterCodes[CharacterCodes["doubleQuote"] = 34] = "doubleQuote";
        CharacterCodes[CharacterCodes["minus"] = 45] = "minus";
        CharacterCodes[CharacterCodes["openBrace"] = 123] = "openBrace";
        CharacterCodes[CharacterCodes["openBracket"] = 91] = "openBracket";
        CharacterCodes[CharacterCodes["plus"] = 43] = "plus";
        CharacterCodes[CharacterCodes["slash"] = 47] = "slash";
        CharacterCodes[CharacterCodes["formFeed"] = 12] = "formFeed";
        CharacterCodes[CharacterCodes["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
});


/***/ }),

/***/ 4579:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    "use strict";
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.supportedEols = exports.cachedBreakLinesWithSpaces = exports.cachedSpaces = void 0;
    exports.cachedSpaces = new Array(20).fill(0).map((_, index) => {
        return ' '.repeat(index);
    });
    const maxCachedValues = 200;
    exports.cachedBreakLinesWithSpaces = {
        ' ': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + ' '.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + ' '.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + ' '.repeat(index);
            }),
        },
        '\t': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + '\t'.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + '\t'.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + '\t'.repeat(index);
            }),
        }
    };
    exports.supportedEols = ['\n', '\r', '\r\n'];
});


/***/ }),

/***/ 9547:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./impl/format", "./impl/edit", "./impl/scanner", "./impl/parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.applyEdits = exports.modify = exports.format = exports.printParseErrorCode = exports.ParseErrorCode = exports.stripComments = exports.visit = exports.getNodeValue = exports.getNodePath = exports.findNodeAtOffset = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = exports.SyntaxKind = exports.ScanError = exports.createScanner = void 0;
    const formatter = __nccwpck_require__(6612);
    const edit = __nccwpck_require__(4807);
    const scanner = __nccwpck_require__(8525);
    const parser = __nccwpck_require__(5152);
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    exports.createScanner = scanner.createScanner;
    var ScanError;
    (function (ScanError) {
        ScanError[ScanError["None"] = 0] = "None";
        ScanError[ScanError["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
        ScanError[ScanError["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
        ScanError[ScanError["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
        ScanError[ScanError["InvalidUnicode"] = 4] = "InvalidUnicode";
        ScanError[ScanError["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
        ScanError[ScanError["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError || (exports.ScanError = ScanError = {}));
    var SyntaxKind;
    (function (SyntaxKind) {
        SyntaxKind[SyntaxKind["OpenBraceToken"] = 1] = "OpenBraceToken";
        SyntaxKind[SyntaxKind["CloseBraceToken"] = 2] = "CloseBraceToken";
        SyntaxKind[SyntaxKind["OpenBracketToken"] = 3] = "OpenBracketToken";
        SyntaxKind[SyntaxKind["CloseBracketToken"] = 4] = "CloseBracketToken";
        SyntaxKind[SyntaxKind["CommaToken"] = 5] = "CommaToken";
        SyntaxKind[SyntaxKind["ColonToken"] = 6] = "ColonToken";
        SyntaxKind[SyntaxKind["NullKeyword"] = 7] = "NullKeyword";
        SyntaxKind[SyntaxKind["TrueKeyword"] = 8] = "TrueKeyword";
        SyntaxKind[SyntaxKind["FalseKeyword"] = 9] = "FalseKeyword";
        SyntaxKind[SyntaxKind["StringLiteral"] = 10] = "StringLiteral";
        SyntaxKind[SyntaxKind["NumericLiteral"] = 11] = "NumericLiteral";
        SyntaxKind[SyntaxKind["LineCommentTrivia"] = 12] = "LineCommentTrivia";
        SyntaxKind[SyntaxKind["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
        SyntaxKind[SyntaxKind["LineBreakTrivia"] = 14] = "LineBreakTrivia";
        SyntaxKind[SyntaxKind["Trivia"] = 15] = "Trivia";
        SyntaxKind[SyntaxKind["Unknown"] = 16] = "Unknown";
        SyntaxKind[SyntaxKind["EOF"] = 17] = "EOF";
    })(SyntaxKind || (exports.SyntaxKind = SyntaxKind = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    exports.getLocation = parser.getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore, always check the errors list to find out if the input was valid.
     */
    exports.parse = parser.parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    exports.parseTree = parser.parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    exports.findNodeAtLocation = parser.findNodeAtLocation;
    /**
     * Finds the innermost node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    exports.findNodeAtOffset = parser.findNodeAtOffset;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    exports.getNodePath = parser.getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    exports.getNodeValue = parser.getNodeValue;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    exports.visit = parser.visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    exports.stripComments = parser.stripComments;
    var ParseErrorCode;
    (function (ParseErrorCode) {
        ParseErrorCode[ParseErrorCode["InvalidSymbol"] = 1] = "InvalidSymbol";
        ParseErrorCode[ParseErrorCode["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
        ParseErrorCode[ParseErrorCode["PropertyNameExpected"] = 3] = "PropertyNameExpected";
        ParseErrorCode[ParseErrorCode["ValueExpected"] = 4] = "ValueExpected";
        ParseErrorCode[ParseErrorCode["ColonExpected"] = 5] = "ColonExpected";
        ParseErrorCode[ParseErrorCode["CommaExpected"] = 6] = "CommaExpected";
        ParseErrorCode[ParseErrorCode["CloseBraceExpected"] = 7] = "CloseBraceExpected";
        ParseErrorCode[ParseErrorCode["CloseBracketExpected"] = 8] = "CloseBracketExpected";
        ParseErrorCode[ParseErrorCode["EndOfFileExpected"] = 9] = "EndOfFileExpected";
        ParseErrorCode[ParseErrorCode["InvalidCommentToken"] = 10] = "InvalidCommentToken";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
        ParseErrorCode[ParseErrorCode["InvalidUnicode"] = 14] = "InvalidUnicode";
        ParseErrorCode[ParseErrorCode["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
        ParseErrorCode[ParseErrorCode["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (exports.ParseErrorCode = ParseErrorCode = {}));
    function printParseErrorCode(code) {
        switch (code) {
            case 1 /* ParseErrorCode.InvalidSymbol */: return 'InvalidSymbol';
            case 2 /* ParseErrorCode.InvalidNumberFormat */: return 'InvalidNumberFormat';
            case 3 /* ParseErrorCode.PropertyNameExpected */: return 'PropertyNameExpected';
            case 4 /* ParseErrorCode.ValueExpected */: return 'ValueExpected';
            case 5 /* ParseErrorCode.ColonExpected */: return 'ColonExpected';
            case 6 /* ParseErrorCode.CommaExpected */: return 'CommaExpected';
            case 7 /* ParseErrorCode.CloseBraceExpected */: return 'CloseBraceExpected';
            case 8 /* ParseErrorCode.CloseBracketExpected */: return 'CloseBracketExpected';
            case 9 /* ParseErrorCode.EndOfFileExpected */: return 'EndOfFileExpected';
            case 10 /* ParseErrorCode.InvalidCommentToken */: return 'InvalidCommentToken';
            case 11 /* ParseErrorCode.UnexpectedEndOfComment */: return 'UnexpectedEndOfComment';
            case 12 /* ParseErrorCode.UnexpectedEndOfString */: return 'UnexpectedEndOfString';
            case 13 /* ParseErrorCode.UnexpectedEndOfNumber */: return 'UnexpectedEndOfNumber';
            case 14 /* ParseErrorCode.InvalidUnicode */: return 'InvalidUnicode';
            case 15 /* ParseErrorCode.InvalidEscapeCharacter */: return 'InvalidEscapeCharacter';
            case 16 /* ParseErrorCode.InvalidCharacter */: return 'InvalidCharacter';
        }
        return '<unknown ParseErrorCode>';
    }
    exports.printParseErrorCode = printParseErrorCode;
    /**
     * Computes the edit operations needed to format a JSON document.
     *
     * @param documentText The input text
     * @param range The range to format or `undefined` to format the full content
     * @param options The formatting options
     * @returns The edit operations describing the formatting changes to the original document following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function format(documentText, range, options) {
        return formatter.format(documentText, range, options);
    }
    exports.format = format;
    /**
     * Computes the edit operations needed to modify a value in the JSON document.
     *
     * @param documentText The input text
     * @param path The path of the value to change. The path represents either to the document root, a property or an array item.
     * If the path points to an non-existing property or item, it will be created.
     * @param value The new value for the specified property or item. If the value is undefined,
     * the property or item will be removed.
     * @param options Options
     * @returns The edit operations describing the changes to the original document, following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function modify(text, path, value, options) {
        return edit.setProperty(text, path, value, options);
    }
    exports.modify = modify;
    /**
     * Applies edits to an input string.
     * @param text The input text
     * @param edits Edit operations following the format described in {@linkcode EditResult}.
     * @returns The text with the applied edits.
     * @throws An error if the edit operations are not well-formed as described in {@linkcode EditResult}.
     */
    function applyEdits(text, edits) {
        let sortedEdits = edits.slice(0).sort((a, b) => {
            const diff = a.offset - b.offset;
            if (diff === 0) {
                return a.length - b.length;
            }
            return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
            let e = sortedEdits[i];
            if (e.offset + e.length <= lastModifiedOffset) {
                text = edit.applyEdit(text, e);
            }
            else {
                throw new Error('Overlapping edit');
            }
            lastModifiedOffset = e.offset;
        }
        return text;
    }
    exports.applyEdits = applyEdits;
});


/***/ }),

/***/ 3326:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var scan = __nccwpck_require__(6849)
var parse = __nccwpck_require__(5501)

module.exports = function (source) {
  return parse(scan(source))
}


/***/ }),

/***/ 5501:
/***/ ((module) => {



// The ABNF grammar in the spec is totally ambiguous.
//
// This parser follows the operator precedence defined in the
// `Order of Precedence and Parentheses` section.

module.exports = function (tokens) {
  var index = 0

  function hasMore () {
    return index < tokens.length
  }

  function token () {
    return hasMore() ? tokens[index] : null
  }

  function next () {
    if (!hasMore()) {
      throw new Error()
    }
    index++
  }

  function parseOperator (operator) {
    var t = token()
    if (t && t.type === 'OPERATOR' && operator === t.string) {
      next()
      return t.string
    }
  }

  function parseWith () {
    if (parseOperator('WITH')) {
      var t = token()
      if (t && t.type === 'EXCEPTION') {
        next()
        return t.string
      }
      throw new Error('Expected exception after `WITH`')
    }
  }

  function parseLicenseRef () {
    // TODO: Actually, everything is concatenated into one string
    // for backward-compatibility but it could be better to return
    // a nice structure.
    var begin = index
    var string = ''
    var t = token()
    if (t.type === 'DOCUMENTREF') {
      next()
      string += 'DocumentRef-' + t.string + ':'
      if (!parseOperator(':')) {
        throw new Error('Expected `:` after `DocumentRef-...`')
      }
    }
    t = token()
    if (t.type === 'LICENSEREF') {
      next()
      string += 'LicenseRef-' + t.string
      return { license: string }
    }
    index = begin
  }

  function parseLicense () {
    var t = token()
    if (t && t.type === 'LICENSE') {
      next()
      var node = { license: t.string }
      if (parseOperator('+')) {
        node.plus = true
      }
      var exception = parseWith()
      if (exception) {
        node.exception = exception
      }
      return node
    }
  }

  function parseParenthesizedExpression () {
    var left = parseOperator('(')
    if (!left) {
      return
    }

    var expr = parseExpression()

    if (!parseOperator(')')) {
      throw new Error('Expected `)`')
    }

    return expr
  }

  function parseAtom () {
    return (
      parseParenthesizedExpression() ||
      parseLicenseRef() ||
      parseLicense()
    )
  }

  function makeBinaryOpParser (operator, nextParser) {
    return function parseBinaryOp () {
      var left = nextParser()
      if (!left) {
        return
      }

      if (!parseOperator(operator)) {
        return left
      }

      var right = parseBinaryOp()
      if (!right) {
        throw new Error('Expected expression')
      }
      return {
        left: left,
        conjunction: operator.toLowerCase(),
        right: right
      }
    }
  }

  var parseAnd = makeBinaryOpParser('AND', parseAtom)
  var parseExpression = makeBinaryOpParser('OR', parseAnd)

  var node = parseExpression()
  if (!node || hasMore()) {
    throw new Error('Syntax error')
  }
  return node
}


/***/ }),

/***/ 6849:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var licenses = []
  .concat(__nccwpck_require__(5204))
  .concat(__nccwpck_require__(3389))
var exceptions = __nccwpck_require__(3988)

module.exports = function (source) {
  var index = 0

  function hasMore () {
    return index < source.length
  }

  // `value` can be a regexp or a string.
  // If it is recognized, the matching source string is returned and
  // the index is incremented. Otherwise `undefined` is returned.
  function read (value) {
    if (value instanceof RegExp) {
      var chars = source.slice(index)
      var match = chars.match(value)
      if (match) {
        index += match[0].length
        return match[0]
      }
    } else {
      if (source.indexOf(value, index) === index) {
        index += value.length
        return value
      }
    }
  }

  function skipWhitespace () {
    read(/[ ]*/)
  }

  function operator () {
    var string
    var possibilities = [/^WITH/i, /^AND/i, /^OR/i, '(', ')', ':', '+']
    for (var i = 0; i < possibilities.length; i++) {
      string = read(possibilities[i])
      if (string) {
        break
      }
    }

    if (string === '+' && index > 1 && source[index - 2] === ' ') {
      throw new Error('Space before `+`')
    }

    return string && {
      type: 'OPERATOR',
      string: string.toUpperCase()
    }
  }

  function idstring () {
    return read(/[A-Za-z0-9-.]+/)
  }

  function expectIdstring () {
    var string = idstring()
    if (!string) {
      throw new Error('Expected idstring at offset ' + index)
    }
    return string
  }

  function documentRef () {
    if (read('DocumentRef-')) {
      var string = expectIdstring()
      return { type: 'DOCUMENTREF', string: string }
    }
  }

  function licenseRef () {
    if (read('LicenseRef-')) {
      var string = expectIdstring()
      return { type: 'LICENSEREF', string: string }
    }
  }

  function identifier () {
    var begin = index
    var string = idstring()

    if (licenses.indexOf(string) !== -1) {
      return {
        type: 'LICENSE',
        string: string
      }
    } else if (exceptions.indexOf(string) !== -1) {
      return {
        type: 'EXCEPTION',
        string: string
      }
    }

    index = begin
  }

  // Tries to read the next token. Returns `undefined` if no token is
  // recognized.
  function parseToken () {
    // Ordering matters
    return (
      operator() ||
      documentRef() ||
      licenseRef() ||
      identifier()
    )
  }

  var tokens = []
  while (hasMore()) {
    skipWhitespace()
    if (!hasMore()) {
      break
    }

    var token = parseToken()
    if (!token) {
      throw new Error('Unexpected `' + source[index] +
                      '` at offset ' + index)
    }

    tokens.push(token)
  }
  return tokens
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 992:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 3988:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["389-exception","Asterisk-exception","Autoconf-exception-2.0","Autoconf-exception-3.0","Autoconf-exception-generic","Autoconf-exception-generic-3.0","Autoconf-exception-macro","Bison-exception-1.24","Bison-exception-2.2","Bootloader-exception","Classpath-exception-2.0","CLISP-exception-2.0","cryptsetup-OpenSSL-exception","DigiRule-FOSS-exception","eCos-exception-2.0","Fawkes-Runtime-exception","FLTK-exception","fmt-exception","Font-exception-2.0","freertos-exception-2.0","GCC-exception-2.0","GCC-exception-2.0-note","GCC-exception-3.1","Gmsh-exception","GNAT-exception","GNOME-examples-exception","GNU-compiler-exception","gnu-javamail-exception","GPL-3.0-interface-exception","GPL-3.0-linking-exception","GPL-3.0-linking-source-exception","GPL-CC-1.0","GStreamer-exception-2005","GStreamer-exception-2008","i2p-gpl-java-exception","KiCad-libraries-exception","LGPL-3.0-linking-exception","libpri-OpenH323-exception","Libtool-exception","Linux-syscall-note","LLGPL","LLVM-exception","LZMA-exception","mif-exception","OCaml-LGPL-linking-exception","OCCT-exception-1.0","OpenJDK-assembly-exception-1.0","openvpn-openssl-exception","PS-or-PDF-font-exception-20170817","QPL-1.0-INRIA-2004-exception","Qt-GPL-exception-1.0","Qt-LGPL-exception-1.1","Qwt-exception-1.0","SANE-exception","SHL-2.0","SHL-2.1","stunnel-exception","SWI-exception","Swift-exception","Texinfo-exception","u-boot-exception-2.0","UBDL-exception","Universal-FOSS-exception-1.0","vsftpd-openssl-exception","WxWindows-exception-3.1","x11vnc-openssl-exception"]');

/***/ }),

/***/ 3389:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["AGPL-1.0","AGPL-3.0","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","GFDL-1.1","GFDL-1.2","GFDL-1.3","GPL-1.0","GPL-2.0","GPL-2.0-with-GCC-exception","GPL-2.0-with-autoconf-exception","GPL-2.0-with-bison-exception","GPL-2.0-with-classpath-exception","GPL-2.0-with-font-exception","GPL-3.0","GPL-3.0-with-GCC-exception","GPL-3.0-with-autoconf-exception","LGPL-2.0","LGPL-2.1","LGPL-3.0","Net-SNMP","Nunit","StandardML-NJ","bzip2-1.0.5","eCos-2.0","wxWindows"]');

/***/ }),

/***/ 5204:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["0BSD","3D-Slicer-1.0","AAL","ADSL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0-only","AGPL-3.0-or-later","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","APAFML","APL-1.0","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","Advanced-Cryptics-Dictionary","Afmparse","Aladdin","Apache-1.0","Apache-1.1","Apache-2.0","App-s2p","Arphic-1999","Artistic-1.0","Artistic-1.0-Perl","Artistic-1.0-cl8","Artistic-2.0","Artistic-dist","Aspell-RU","BOLA-1.1","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-Patent","BSD-2-Clause-Views","BSD-2-Clause-first-lines","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-3-Clause","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-3-Clause-acpica","BSD-3-Clause-flex","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Systemics","BSD-Systemics-W3Works","BSD-ask-to-endorse","BSL-1.0","BUSL-1.1","Baekmuk","Bahyph","Barr","Beerware","BitTorrent-1.0","BitTorrent-1.1","Bitstream-Charter","Bitstream-Vera","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","Buddy","Bugroff","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","CAPEC-tou","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","CPAL-1.0","CPL-1.0","CPOL-1.02","CUA-OPL-1.0","Caldera","Caldera-no-preamble","Catharon","ClArtistic","Clips","Community-Spec-1.0","Condor-1.1","Cornell-Lossless-JPEG","Cronyx","Crossword","CryptoSwift","CrystalStacker","Cube","D-FSL-1.0","DEC-3-Clause","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DRL-1.0","DRL-1.1","DSDP","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","EPICS","EPL-1.0","EPL-2.0","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Elastic-2.0","Entessa","ErlPL-1.1","Eurosym","FBM","FDK-AAC","FDK-MPEG-H","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Fair","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","Furuseth","GCR-docs","GD","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","GL2PS","GLWTPL","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0-only","GPL-3.0-or-later","Game-Programming-Gems","Giftware","Glide","Glulxe","Graphics-Gems","Gutmann","HDF5","HIDAPI","HP-1986","HP-1989","HPND","HPND-DEC","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-MIT-disclaimer","HPND-Markus-Kuhn","HPND-Netrek","HPND-Pbmplus","HPND-SMC","HPND-UC","HPND-UC-export-US","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-merchantability-variant","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-sell-variant-critical-systems","HTMLTIDY","HaskellReport","Hippocratic-2.1","Hippocratic-3.0-core","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","ImageMagick","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","JPL-image","JPNIC","JSON","Jam","JasPer-2.0","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Latex2e","Latex2e-translated-notice","Leptonica","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Libpng","Linux-OpenIB","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Lucida-Bitmap-Fonts","MIPS","MIT","MIT-0","MIT-CMU","MIT-Click","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-STK","MIT-Wu","MIT-advertising","MIT-enna","MIT-feh","MIT-open-group","MIT-testregex","MITNFA","MMIXware","MMPL-1.0.1","MPEG-SSG","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","MS-LPL","MS-PL","MS-RL","MTLL","MVT-1.1","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","MakeIndex","Martin-Birgmeier","McPhee-slideshow","Minpack","MirOS","Motosoto","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","NAIST-2003","NASA-1.3","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","NGPL","NICTA-1.0","NIST-PD","NIST-PD-TNT","NIST-PD-fallback","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","NOSL","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Naumen","NetCDF","Newsletr","Nokia","Noweb","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODC-By-1.0","ODbL-1.0","OFFIS","OFL-1.0","OFL-1.0-RFN","OFL-1.0-no-RFN","OFL-1.1","OFL-1.1-RFN","OFL-1.1-no-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","PADL","PDDL-1.0","PHP-3.0","PHP-3.01","PPL","PSF-2.0","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","Pixar","Plexus","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","Python-2.0","Python-2.0.1","QPL-1.0","QPL-1.0-INRIA-2004","Qhull","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Rdisc","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","SCEA","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SISSL","SISSL-1.2","SL","SMAIL-GPL","SMLNJ","SMPPL","SNIA","SOFA","SPL-1.0","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","SUL-1.0","SWL","Saxpath","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SimPL-2.0","Sleepycat","Soundex","Spencer-86","Spencer-94","Spencer-99","SugarCRM-1.1.3","Sun-PPP","Sun-PPP-2000","SunPro","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TGPPL-1.0","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","TekHVC","TermReadKey","ThirdEye","TrustedQSL","UCAR","UCL-1.0","UMich-Merit","UPL-1.0","URT-RLE","Ubuntu-font-1.0","UnRAR","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","VOSTROM","VSL-1.0","Vim","Vixie-Cron","W3C","W3C-19980720","W3C-20150513","WTFNMFPL","WTFPL","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","XFree86-1.1","XSkat","Xdebug-1.03","Xerox","Xfig","Xnet","YPL-1.0","YPL-1.1","ZPL-1.1","ZPL-2.0","ZPL-2.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","any-OSI","any-OSI-perl-modules","atc-game","bcrypt-Solar-Designer","blessing","bzip2-1.0.6","check-cvs","checkmk","copyleft-next-0.3.0","copyleft-next-0.3.1","curl","cve-tou","diffmark","dtoa","dvipdfm","eGenix","etalab-2.0","fwlw","gSOAP-1.3b","generic-xts","gnuplot","gtkbook","hdparm","hyphen-bulgarian","iMatix","jove","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","lsof","magaz","mailprio","man2html","metamail","mpi-permissive","mpich2","mplus","ngrep","pkgconf","pnmstitch","psfrag","psutils","python-ldap","radvd","snprintf","softSurfer","ssh-keyscan","swrule","threeparttable","ulem","w3m","wwl","xinetd","xkeyboard-config-Zinoviev","xlock","xpp","xzoom","zlib-acknowledgement"]');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	__nccwpck_require__.b = new URL("./", import.meta.url);
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Bv: () => (/* reexport */ PromotionManifestError),
  eb: () => (/* reexport */ UsageError),
  V: () => (/* reexport */ buildPromotionManifest),
  t9: () => (/* reexport */ evaluate_evaluatePromotion),
  QJ: () => (/* reexport */ validatePromotionManifestOrThrow),
  TX: () => (/* reexport */ verifyManifest),
  ZJ: () => (/* reexport */ writeJsonAtomic)
});

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/model/order.ts
// The one order of the product: paths, violations and lists sort by UTF-8 bytes (DECISIONS.md,
// "Inventory").
/**
 * Compares by UTF-8 bytes, the order DECISIONS.md fixes for paths, without encoding: UTF-8 byte
 * order is code point order, which is UTF-16 code unit order once surrogates (U+D800-DFFF) are
 * moved above U+E000-FFFF, as the supplementary characters they encode sort there.
 */
function compareText(a, b) {
    if (a === b)
        return 0;
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x !== y) {
            const rankX = x < 0xd800 ? x : x >= 0xe000 ? x - 0x800 : x + 0x2000;
            const rankY = y < 0xd800 ? y : y >= 0xe000 ? y - 0x800 : y + 0x2000;
            return rankX - rankY;
        }
    }
    return a.length - b.length;
}

;// CONCATENATED MODULE: ./node_modules/canonicalize/lib/canonicalize.js
function serializeString (value) {
  if (!value.isWellFormed()) {
    throw new Error('Lone surrogate is not allowed');
  }
  return JSON.stringify(value);
}

function serializePrimitive (value) {
  switch (typeof value) {
    case 'number':
      if (isNaN(value)) {
        throw new Error('NaN is not allowed');
      }
      if (!isFinite(value)) {
        throw new Error('Infinity is not allowed');
      }
      // For finite numbers String(value) would give identical output, but
      // JSON.stringify benchmarks faster on V8.
      return JSON.stringify(value);
    case 'string':
      return serializeString(value);
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      // null, or values JSON.stringify maps to undefined (undefined,
      // functions, symbols).
      return JSON.stringify(value);
  }
}

// Resolves a value to either its serialized primitive form (a string — or
// undefined, for values JSON.stringify drops) or a frame describing the
// container to descend into. Callers distinguish the two cases with
// `typeof result !== 'object'`.
//
// toJSON results are unwrapped here, and the wrapper objects stay in `seen`
// until the resolved subtree is fully serialized, so cycles introduced via
// toJSON are still detected.
function enterValue (value, seen) {
  let wrappers = null;
  while (value !== null && typeof value === 'object' && typeof value.toJSON === 'function') {
    if (seen.has(value)) {
      throw new Error('Circular reference detected');
    }
    seen.add(value);
    (wrappers ??= []).push(value);
    value = value.toJSON();
  }

  // Boxed Number/String/Boolean objects serialize as their primitive values,
  // mirroring how JSON.stringify treats them.
  if (value instanceof Number || value instanceof String || value instanceof Boolean) {
    value = value.valueOf();
  }

  if (value === null || typeof value !== 'object') {
    if (wrappers !== null) {
      for (const wrapper of wrappers) seen.delete(wrapper);
    }
    return serializePrimitive(value);
  }

  if (seen.has(value)) {
    throw new Error('Circular reference detected');
  }
  seen.add(value);

  return {
    container: value,
    // null marks an array frame; object frames carry their sorted keys.
    // `sort()`'s default comparator orders by UTF-16 code unit, which is the
    // order JCS requires.
    keys: Array.isArray(value) ? null : Object.keys(value).sort(),
    // Next child to serialize; the frame resumes here after a nested
    // container's subtree completes.
    index: 0,
    // Whether no member has been emitted yet (controls comma placement).
    first: true,
    // toJSON wrappers to release from `seen` when this frame completes.
    wrappers
  };
}

function canonicalize (object) {
  if (object === null || typeof object !== 'object') {
    return serializePrimitive(object);
  }

  const seen = new Set();
  const root = enterValue(object, seen);
  if (typeof root !== 'object') {
    // A toJSON chain resolved the input to a primitive.
    return root;
  }

  let result = root.keys === null ? '[' : '{';
  const stack = [root];

  // Depth-first serialization with an explicit stack instead of recursion, so
  // nesting depth is bounded by heap size rather than call-stack size. The top
  // frame is the container currently being serialized: primitive children are
  // appended inline, while a nested container pushes a new frame and jumps
  // back to the outer loop. Because frame.index was already advanced, the
  // parent resumes at its next child once the subtree is done. Opening
  // brackets are emitted when a frame is pushed, closing brackets when it
  // completes.
  outer:
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const container = frame.container;

    // keys === null marks an array frame; otherwise keys holds the object's
    // sorted property names. Either way the iteration counter lives on the
    // frame itself (frame.index), so when a frame is resumed after a nested
    // container completes, the while condition continues at the first
    // unserialized child instead of restarting from the beginning.
    if (frame.keys === null) {
      while (frame.index < container.length) {
        const i = frame.index++;
        if (i > 0) {
          result += ',';
        }
        const element = container[i];
        // Inside arrays, JSON.stringify serializes values with no JSON
        // representation (undefined, symbols, functions) as null.
        const value = element === undefined || typeof element === 'symbol' || typeof element === 'function' ? null : element;
        if (value === null || typeof value !== 'object') {
          result += serializePrimitive(value);
          continue;
        }
        const child = enterValue(value, seen);
        if (typeof child !== 'object') {
          // A toJSON chain resolved the child to an already-serialized
          // primitive — or, when child is undefined, to a value with no JSON
          // representation, which becomes null inside arrays.
          result += child === undefined ? 'null' : child;
          continue;
        }
        result += child.keys === null ? '[' : '{';
        stack.push(child);
        continue outer;
      }
      result += ']';
    } else {
      const keys = frame.keys;
      while (frame.index < keys.length) {
        const key = keys[frame.index++];
        const value = container[key];
        // Inside objects, JSON.stringify omits properties whose value has no
        // JSON representation (undefined, symbols, functions).
        if (value === undefined || typeof value === 'symbol' || typeof value === 'function') {
          continue;
        }
        if (value === null || typeof value !== 'object') {
          // Commas are tracked with a flag rather than the key index: a
          // skipped key must not leave a stray comma behind.
          if (frame.first) {
            frame.first = false;
          } else {
            result += ',';
          }
          result += serializeString(key) + ':' + serializePrimitive(value);
          continue;
        }
        // The child must be resolved before the key is emitted: a toJSON
        // returning a value with no JSON representation drops the whole
        // property.
        const child = enterValue(value, seen);
        if (child === undefined) {
          continue;
        }
        if (frame.first) {
          frame.first = false;
        } else {
          result += ',';
        }
        result += serializeString(key) + ':';
        if (typeof child !== 'object') {
          result += child;
          continue;
        }
        result += child.keys === null ? '[' : '{';
        stack.push(child);
        continue outer;
      }
      result += '}';
    }

    // Frame complete. The container leaves `seen` so that a later, sibling
    // reference to the same object is not mistaken for a cycle.
    seen.delete(container);
    if (frame.wrappers !== null) {
      for (const wrapper of frame.wrappers) seen.delete(wrapper);
    }
    stack.pop();
  }

  return result;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/model/digest.ts
// The digest notation every hash of the product uses (DECISIONS.md, "Digests and canonical form").

const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/;
/** `sha256:` + 64 lowercase hex characters: the only digest form DECISIONS.md accepts. */
function sha256Digest(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}

;// CONCATENATED MODULE: ./src/model/canonical.ts
// The canonical form (RFC 8785, JCS) of JSON values, and the digest of that form.


/** RFC 8785 canonical JSON text of a value of the JSON data model. */
function canonicalJson(value) {
    const text = canonicalize(value);
    if (text === undefined)
        throw new TypeError('a value outside the JSON data model has no canonical form');
    return text;
}
/** The digest of a JSON value's canonical form: spec_hash and manifest-digest are both this. */
function canonicalDigest(value) {
    return sha256Digest(Buffer.from(canonicalJson(value), 'utf8'));
}

;// CONCATENATED MODULE: ./src/model/json.ts
// Shapes of the JSON data model that every reader asks about.
/** A JSON object (not null, not an array). */
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** A JSON file's text as this project writes every one: two-space indented, a final newline. */
function json_jsonText(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}
/**
 * The first items, as a compact JSON array of at most `bytes` bytes: how an output that lists
 * things stays under GitHub's 1 MB limit however many there are (a count says how many in all).
 */
function jsonArrayWithin(items, bytes) {
    const parts = [];
    let used = 2;
    for (const item of items) {
        const part = JSON.stringify(item);
        used += Buffer.byteLength(part) + 1;
        if (used > bytes)
            break;
        parts.push(part);
    }
    return `[${parts.join(',')}]`;
}

;// CONCATENATED MODULE: ./src/manifest/build.ts



const byPath = (a, b) => compareText(a.path, b.path);
/**
 * The manifest in its one order: fields as the contract template has them, artifacts and
 * catalogs by path, approvals by role, principal and time (all by UTF-8 bytes). Only the
 * contract's fields are taken from each entry, so any other field a caller passes is left out.
 */
function orderedManifest(fields) {
    return {
        kfm_promotion_manifest_version: 'v1',
        dataset_slug: fields.datasetSlug,
        dataset_version_id: fields.datasetVersionId,
        spec_hash: fields.specHash,
        released_at: fields.releasedAt,
        artifacts: fields.artifacts
            .map((a) => ({ path: a.path, digest: a.digest, media_type: a.media_type }))
            .sort(byPath),
        catalogs: fields.catalogs.map((c) => ({ path: c.path, digest: c.digest })).sort(byPath),
        qa: { status: fields.qa.status, report_digest: fields.qa.report_digest },
        policy: { policy_label: fields.policy.policy_label, decision_id: fields.policy.decision_id },
        approvals: fields.approvals
            .map((a) => ({ role: a.role, principal: a.principal, approved_at: a.approved_at }))
            .sort((a, b) => compareText(a.role, b.role) ||
            compareText(a.principal, b.principal) ||
            compareText(a.approved_at, b.approved_at))
    };
}
/** The manifest the pipeline's evidence gives. */
function buildManifest(parts) {
    return orderedManifest({
        ...parts,
        artifacts: parts.artifacts.map((a) => ({
            path: a.path,
            digest: a.digest,
            media_type: a.mediaType
        })),
        qa: { status: parts.qa.status, report_digest: parts.qa.reportDigest },
        policy: { policy_label: parts.policy.policyLabel, decision_id: parts.policy.decisionId },
        approvals: parts.approvals.map((a) => ({
            role: a.role,
            principal: a.principal,
            approved_at: a.approvedAt
        }))
    });
}
/** The bytes written to disk: two-space JSON and a final newline. */
function manifestText(manifest) {
    return json_jsonText(manifest);
}
/**
 * The manifest-canonical-digest output: the digest of the RFC 8785 form, the same for any
 * indentation. manifest-digest is the digest of the bytes written, as sha256sum gives it.
 */
function manifestCanonicalDigest(manifest) {
    return canonicalDigest(manifest);
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/model/paths.ts
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
    const normal = external_node_path_default().posix.normalize(text);
    if (normal === '..' || normal.startsWith('../')) {
        return { ok: false, reason: 'reaches outside the dataset root through ..' };
    }
    if (normal === '.' || normal === './')
        return { ok: false, reason: 'names the dataset root itself' };
    return { ok: true, path: normal.replace(/\/+$/, '') };
}
/** `/`-separated path of `absolute` relative to `root`, or undefined when it is not inside root. */
function relativeInside(root, absolute) {
    const relative = external_node_path_default().relative(root, absolute);
    if (relative === '' ||
        relative === '..' ||
        relative.startsWith(`..${(external_node_path_default()).sep}`) ||
        external_node_path_default().isAbsolute(relative)) {
        return undefined;
    }
    return relative.split((external_node_path_default()).sep).join('/');
}
/** Whether `target` is `root` itself or inside it (both absolute). */
function paths_isInside(root, target) {
    return external_node_path_default().relative(root, target) === '' || relativeInside(root, target) !== undefined;
}

;// CONCATENATED MODULE: ./src/manifest/write.ts
// Atomic writes: each file at its path is the old one or the complete new one, never a mix; a
// set of files is written all or none, even when a rename fails part-way; nothing is left behind
// when writing fails; and the error says in words what stopped it and what is true afterwards.





/** A write that failed, with a message a user can act on. */
class WriteError extends Error {
}
/** A target found unfit before anything moved; the message is the reason, as a clause. */
class Unreplaceable extends Error {
}
function reasonOf(error, shown) {
    if (error instanceof Unreplaceable)
        return error.message;
    const code = error.code;
    switch (code) {
        case 'ENOENT':
            return `the directory ${external_node_path_default().dirname(shown)} does not exist; create it in an earlier step or choose another out`;
        case 'ENOTDIR':
            return `a part of ${external_node_path_default().dirname(shown)} is a file, not a directory; choose another out`;
        case 'EISDIR':
            return `${shown} is a directory; remove it or choose another out`;
        case 'EROFS':
            return 'the file system there is read-only; choose an out on a writable file system, such as one in the workspace';
        case 'ENOSPC':
        case 'EDQUOT':
            return 'the file system there is full; free some space or choose another out';
        case 'EACCES':
        case 'EPERM':
            return 'permission was denied; choose an out in a directory this job can write';
        default:
            return code ?? (error instanceof Error ? error.message : String(error));
    }
}
/**
 * Chunks in order, every byte counted: runs of bytes go in one writev each; text is encoded and
 * written as it comes, so a list given in slices is never held whole.
 */
async function writeChunks(handle, chunks) {
    let run = [];
    const flush = async () => {
        if (run.length === 0)
            return;
        const expected = run.reduce((sum, chunk) => sum + chunk.byteLength, 0);
        const { bytesWritten } = await handle.writev(run);
        if (bytesWritten !== expected)
            throw new Error(`wrote ${bytesWritten} of ${expected} bytes`);
        run = [];
    };
    for (const chunk of chunks) {
        if (typeof chunk === 'string') {
            run.push(Buffer.from(chunk, 'utf8'));
            await flush();
        }
        else
            run.push(chunk);
    }
    await flush();
}
/** A hidden name beside `target`, unique to this write: `.name.pid.random.suffix`. */
function besideTarget(target, suffix) {
    return external_node_path_default().join(external_node_path_default().dirname(target), `.${external_node_path_default().basename(target)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.${suffix}`);
}
async function writeTemporary(file) {
    const temporary = besideTarget(file.path, 'tmp');
    const handle = await (0,promises_namespaceObject.open)(temporary, 'wx', 0o644);
    try {
        if (typeof file.text === 'string')
            await handle.writeFile(file.text, 'utf8');
        else
            await writeChunks(handle, file.text);
        await handle.sync();
    }
    catch (error) {
        await handle.close();
        await (0,promises_namespaceObject.rm)(temporary, { force: true });
        throw error;
    }
    await handle.close();
    return temporary;
}
/**
 * Checks that `file`'s target can be replaced and keeps what is there, so a rename that fails
 * later can put it back. Returns where the older file is kept, or nothing when there is none.
 */
async function keepOlder(file) {
    const older = await (0,promises_namespaceObject.lstat)(file.path).catch((error) => {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    });
    if (older === undefined)
        return undefined;
    if (older.isDirectory())
        throw new Unreplaceable(`${file.shown} is a directory; remove it or choose another out`);
    const kept = besideTarget(file.path, 'old');
    // A second link keeps the older file without moving it, so readers still find it at its
    // path; where links are refused (a file system without them), a copy keeps its bytes.
    await (0,promises_namespaceObject.link)(file.path, kept).catch((error) => {
        if (!older.isFile())
            throw error;
        return (0,promises_namespaceObject.copyFile)(file.path, kept, external_node_fs_namespaceObject.constants.COPYFILE_EXCL);
    });
    return kept;
}
/**
 * Undoes the renames done: each target gets its older file back, or is removed when it had
 * none. Returns a sentence for each one that could not be put back, and keeps its older file.
 */
async function putBack(moved, kept) {
    const failures = [];
    for (const [index, file] of moved.entries()) {
        const older = kept[index];
        try {
            if (older === undefined)
                await (0,promises_namespaceObject.rm)(file.path, { force: true });
            else
                await (0,promises_namespaceObject.rename)(older, file.path);
        }
        catch (error) {
            const shown = file.shown;
            const why = error.code ?? messageOf(error);
            failures.push(older === undefined
                ? `${shown} was written and could not be removed again (${why})`
                : `the older ${shown} could not be put back (${why}); it is kept as ${external_node_path_default().join(external_node_path_default().dirname(shown), external_node_path_default().basename(older))}`);
            kept[index] = undefined;
        }
    }
    return failures;
}
/**
 * Writes every file or none, in four steps: each file to a synced temporary beside its target;
 * every target checked (none may be a directory) and its older file kept aside; the caller's
 * `beforeRename`; then the renames, in the order given. When any step fails nothing moves:
 * temporaries are removed, and a rename failing part-way puts the older files back. Messages name
 * the last file, the one the others accompany.
 */
async function write_writeFilesAtomic(files, { beforeRename } = {}) {
    const temporaries = [];
    const kept = [];
    let failing = files.at(-1);
    let renamed = 0;
    let inBeforeRename = false;
    try {
        for (const file of files) {
            failing = file;
            temporaries.push(await writeTemporary(file));
        }
        for (const file of files) {
            failing = file;
            kept.push(await keepOlder(file));
        }
        inBeforeRename = true;
        await beforeRename?.();
        inBeforeRename = false;
        for (const [index, file] of files.entries()) {
            failing = file;
            await (0,promises_namespaceObject.rename)(temporaries[index], file.path);
            renamed++;
        }
    }
    catch (error) {
        const unrestored = await putBack(files.slice(0, renamed), kept);
        await removeAll([...temporaries, ...kept]);
        const reason = inBeforeRename ? messageOf(error) : reasonOf(error, failing?.shown ?? '');
        const after = unrestored.length === 0
            ? 'Nothing was written, and files already there are unchanged.'
            : `The files already there could not all be restored: ${unrestored.join('; ')}.`;
        throw new WriteError(`Could not write ${files.at(-1)?.shown ?? ''}: ${reason}. ${after}`);
    }
    await removeAll(kept);
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
/**
 * Removes the hidden files this write made beside its targets, each tried even when another
 * fails. One that cannot be removed is clutter beside out, never in its place: it neither fails
 * a write that succeeded nor hides why one failed.
 */
async function removeAll(files) {
    await Promise.allSettled(files.map((file) => file && (0,promises_namespaceObject.rm)(file, { force: true })));
}
/**
 * Refuses an out inside the workspace whose directory leads out of it through a symbolic link:
 * the workspace is the pull request's to shape, and a link there must not aim the action's
 * write at a file elsewhere on the runner. An out the workflow sets outside the workspace is
 * its own business.
 */
async function write_confineToWorkspace(workspace, file) {
    if (!isInside(workspace, path.dirname(file.path)))
        return;
    const [realWorkspace, realDirectory] = await Promise.all([
        realpath(workspace),
        realpath(path.dirname(file.path)).catch(() => undefined)
    ]);
    // A directory that does not exist is reported by the write itself.
    if (realDirectory === undefined || isInside(realWorkspace, realDirectory))
        return;
    throw new WriteError(`Could not write ${file.shown}: its directory is a symbolic link out of the workspace (to ${realDirectory}); write out to a real directory in the workspace. Nothing was written.`);
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __nccwpck_require__(6214);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __nccwpck_require__(779);
;// CONCATENATED MODULE: ./src/generated/validators.js
// Generated by scripts/compile-schemas.mjs from schemas/. Do not edit.
/* eslint-disable */



const manifestV1 = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://kfm.example/schemas/promotion_manifest_v1.schema.json","title":"KFM promotion manifest v1","description":"Proves a dataset version may be promoted. v1 never changes meaning: a new meaning is a new version.","type":"object","additionalProperties":false,"required":["kfm_promotion_manifest_version","dataset_slug","dataset_version_id","spec_hash","released_at","artifacts","catalogs","qa","policy","approvals"],"properties":{"kfm_promotion_manifest_version":{"const":"v1"},"dataset_slug":{"type":"string","pattern":"^[a-z][a-z0-9_]{0,63}$"},"dataset_version_id":{"type":"string","pattern":"^(?:[0-9]{4}-(?:0[1-9]|1[0-2])\\.[0-9a-f]{8}|[A-Za-z0-9._-]{1,128})$"},"spec_hash":{"$ref":"#/$defs/digest"},"released_at":{"$ref":"#/$defs/timestamp"},"artifacts":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["path","digest","media_type"],"properties":{"path":{"$ref":"#/$defs/path"},"digest":{"$ref":"#/$defs/digest"},"media_type":{"type":"string","minLength":1,"pattern":"^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+"}}}},"catalogs":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["path","digest"],"properties":{"path":{"$ref":"#/$defs/path"},"digest":{"$ref":"#/$defs/digest"}}}},"qa":{"type":"object","additionalProperties":false,"required":["status","report_digest"],"properties":{"status":{"enum":["pass","warn","fail"]},"report_digest":{"$ref":"#/$defs/digest"}}},"policy":{"type":"object","additionalProperties":false,"required":["policy_label","decision_id"],"properties":{"policy_label":{"enum":["public","internal","restricted","confidential"]},"decision_id":{"type":"string","pattern":"^kfm://policy_decision/\\S+$"}}},"approvals":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["role","principal","approved_at"],"properties":{"role":{"type":"string","minLength":1},"principal":{"type":"string","minLength":1},"approved_at":{"$ref":"#/$defs/timestamp"}}}}},"$defs":{"digest":{"description":"SHA-256, written sha256: and 64 lowercase hex characters.","type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"timestamp":{"description":"RFC 3339 in UTC with Z, seconds precision; a real calendar date and time.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"},"path":{"description":"Relative to the dataset root, / separators, no . or .. segments, no leading /.","type":"string","minLength":1,"not":{"anyOf":[{"pattern":"^/"},{"pattern":"\\\\"},{"pattern":"(^|/)\\.\\.?(/|$)"},{"pattern":"//"},{"pattern":"/$"}]}}}};
const schema32 = {"description":"SHA-256, written sha256: and 64 lowercase hex characters.","type":"string","pattern":"^sha256:[0-9a-f]{64}$"};
const schema33 = {"description":"RFC 3339 in UTC with Z, seconds precision; a real calendar date and time.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"};
const schema34 = {"description":"Relative to the dataset root, / separators, no . or .. segments, no leading /.","type":"string","minLength":1,"not":{"anyOf":[{"pattern":"^/"},{"pattern":"\\\\"},{"pattern":"(^|/)\\.\\.?(/|$)"},{"pattern":"//"},{"pattern":"/$"}]}};
const func1 = Object.prototype.hasOwnProperty;
const func2 = ucs2length["default"];
const pattern4 = new RegExp("^[a-z][a-z0-9_]{0,63}$", "u");
const pattern5 = new RegExp("^(?:[0-9]{4}-(?:0[1-9]|1[0-2])\\.[0-9a-f]{8}|[A-Za-z0-9._-]{1,128})$", "u");
const pattern6 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
const pattern7 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$", "u");
const pattern8 = new RegExp("^/", "u");
const pattern9 = new RegExp("\\\\", "u");
const pattern10 = new RegExp("(^|/)\\.\\.?(/|$)", "u");
const pattern11 = new RegExp("//", "u");
const pattern12 = new RegExp("/$", "u");
const pattern14 = new RegExp("^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+", "u");
const pattern22 = new RegExp("^kfm://policy_decision/\\S+$", "u");
const formats0 = formats.fullFormats["date-time"];

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://kfm.example/schemas/promotion_manifest_v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kfm_promotion_manifest_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kfm_promotion_manifest_version"},message:"must have required property '"+"kfm_promotion_manifest_version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.dataset_slug === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dataset_slug"},message:"must have required property '"+"dataset_slug"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.dataset_version_id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dataset_version_id"},message:"must have required property '"+"dataset_version_id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec_hash === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec_hash"},message:"must have required property '"+"spec_hash"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.released_at === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "released_at"},message:"must have required property '"+"released_at"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.artifacts === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "artifacts"},message:"must have required property '"+"artifacts"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.catalogs === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "catalogs"},message:"must have required property '"+"catalogs"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.qa === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "qa"},message:"must have required property '"+"qa"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.policy === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "policy"},message:"must have required property '"+"policy"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.approvals === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "approvals"},message:"must have required property '"+"approvals"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.kfm_promotion_manifest_version !== undefined){
if("v1" !== data.kfm_promotion_manifest_version){
const err11 = {instancePath:instancePath+"/kfm_promotion_manifest_version",schemaPath:"#/properties/kfm_promotion_manifest_version/const",keyword:"const",params:{allowedValue: "v1"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.dataset_slug !== undefined){
let data1 = data.dataset_slug;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err12 = {instancePath:instancePath+"/dataset_slug",schemaPath:"#/properties/dataset_slug/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]{0,63}$"},message:"must match pattern \""+"^[a-z][a-z0-9_]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/dataset_slug",schemaPath:"#/properties/dataset_slug/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.dataset_version_id !== undefined){
let data2 = data.dataset_version_id;
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
const err14 = {instancePath:instancePath+"/dataset_version_id",schemaPath:"#/properties/dataset_version_id/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9]{4}-(?:0[1-9]|1[0-2])\\.[0-9a-f]{8}|[A-Za-z0-9._-]{1,128})$"},message:"must match pattern \""+"^(?:[0-9]{4}-(?:0[1-9]|1[0-2])\\.[0-9a-f]{8}|[A-Za-z0-9._-]{1,128})$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/dataset_version_id",schemaPath:"#/properties/dataset_version_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.spec_hash !== undefined){
let data3 = data.spec_hash;
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
const err16 = {instancePath:instancePath+"/spec_hash",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/spec_hash",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.released_at !== undefined){
let data4 = data.released_at;
if(typeof data4 === "string"){
if(!pattern7.test(data4)){
const err18 = {instancePath:instancePath+"/released_at",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!(formats0.validate(data4))){
const err19 = {instancePath:instancePath+"/released_at",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/released_at",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.artifacts !== undefined){
let data5 = data.artifacts;
if(Array.isArray(data5)){
if(data5.length < 1){
const err21 = {instancePath:instancePath+"/artifacts",schemaPath:"#/properties/artifacts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.path === undefined){
const err22 = {instancePath:instancePath+"/artifacts/" + i0,schemaPath:"#/properties/artifacts/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data6.digest === undefined){
const err23 = {instancePath:instancePath+"/artifacts/" + i0,schemaPath:"#/properties/artifacts/items/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data6.media_type === undefined){
const err24 = {instancePath:instancePath+"/artifacts/" + i0,schemaPath:"#/properties/artifacts/items/required",keyword:"required",params:{missingProperty: "media_type"},message:"must have required property '"+"media_type"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key1 in data6){
if(!(((key1 === "path") || (key1 === "digest")) || (key1 === "media_type"))){
const err25 = {instancePath:instancePath+"/artifacts/" + i0,schemaPath:"#/properties/artifacts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data6.path !== undefined){
let data7 = data6.path;
const _errs21 = errors;
const _errs22 = errors;
const _errs23 = errors;
let valid8 = false;
const _errs24 = errors;
if(typeof data7 === "string"){
if(!pattern8.test(data7)){
const err26 = {};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
var _valid0 = _errs24 === errors;
valid8 = valid8 || _valid0;
const _errs25 = errors;
if(typeof data7 === "string"){
if(!pattern9.test(data7)){
const err27 = {};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
var _valid0 = _errs25 === errors;
valid8 = valid8 || _valid0;
const _errs26 = errors;
if(typeof data7 === "string"){
if(!pattern10.test(data7)){
const err28 = {};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
var _valid0 = _errs26 === errors;
valid8 = valid8 || _valid0;
const _errs27 = errors;
if(typeof data7 === "string"){
if(!pattern11.test(data7)){
const err29 = {};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
var _valid0 = _errs27 === errors;
valid8 = valid8 || _valid0;
const _errs28 = errors;
if(typeof data7 === "string"){
if(!pattern12.test(data7)){
const err30 = {};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
var _valid0 = _errs28 === errors;
valid8 = valid8 || _valid0;
if(!valid8){
const err31 = {};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
var valid7 = _errs22 === errors;
if(valid7){
const err32 = {instancePath:instancePath+"/artifacts/" + i0+"/path",schemaPath:"#/$defs/path/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err33 = {instancePath:instancePath+"/artifacts/" + i0+"/path",schemaPath:"#/$defs/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/artifacts/" + i0+"/path",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data6.digest !== undefined){
let data8 = data6.digest;
if(typeof data8 === "string"){
if(!pattern6.test(data8)){
const err35 = {instancePath:instancePath+"/artifacts/" + i0+"/digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/artifacts/" + i0+"/digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data6.media_type !== undefined){
let data9 = data6.media_type;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err37 = {instancePath:instancePath+"/artifacts/" + i0+"/media_type",schemaPath:"#/properties/artifacts/items/properties/media_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(!pattern14.test(data9)){
const err38 = {instancePath:instancePath+"/artifacts/" + i0+"/media_type",schemaPath:"#/properties/artifacts/items/properties/media_type/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+"},message:"must match pattern \""+"^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+"+"\""};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/artifacts/" + i0+"/media_type",schemaPath:"#/properties/artifacts/items/properties/media_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/artifacts/" + i0,schemaPath:"#/properties/artifacts/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/artifacts",schemaPath:"#/properties/artifacts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.catalogs !== undefined){
let data10 = data.catalogs;
if(Array.isArray(data10)){
if(data10.length < 1){
const err42 = {instancePath:instancePath+"/catalogs",schemaPath:"#/properties/catalogs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.path === undefined){
const err43 = {instancePath:instancePath+"/catalogs/" + i1,schemaPath:"#/properties/catalogs/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data11.digest === undefined){
const err44 = {instancePath:instancePath+"/catalogs/" + i1,schemaPath:"#/properties/catalogs/items/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
for(const key2 in data11){
if(!((key2 === "path") || (key2 === "digest"))){
const err45 = {instancePath:instancePath+"/catalogs/" + i1,schemaPath:"#/properties/catalogs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data11.path !== undefined){
let data12 = data11.path;
const _errs42 = errors;
const _errs43 = errors;
const _errs44 = errors;
let valid15 = false;
const _errs45 = errors;
if(typeof data12 === "string"){
if(!pattern8.test(data12)){
const err46 = {};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
var _valid1 = _errs45 === errors;
valid15 = valid15 || _valid1;
const _errs46 = errors;
if(typeof data12 === "string"){
if(!pattern9.test(data12)){
const err47 = {};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
var _valid1 = _errs46 === errors;
valid15 = valid15 || _valid1;
const _errs47 = errors;
if(typeof data12 === "string"){
if(!pattern10.test(data12)){
const err48 = {};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
var _valid1 = _errs47 === errors;
valid15 = valid15 || _valid1;
const _errs48 = errors;
if(typeof data12 === "string"){
if(!pattern11.test(data12)){
const err49 = {};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
var _valid1 = _errs48 === errors;
valid15 = valid15 || _valid1;
const _errs49 = errors;
if(typeof data12 === "string"){
if(!pattern12.test(data12)){
const err50 = {};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
var _valid1 = _errs49 === errors;
valid15 = valid15 || _valid1;
if(!valid15){
const err51 = {};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
else {
errors = _errs44;
if(vErrors !== null){
if(_errs44){
vErrors.length = _errs44;
}
else {
vErrors = null;
}
}
}
var valid14 = _errs43 === errors;
if(valid14){
const err52 = {instancePath:instancePath+"/catalogs/" + i1+"/path",schemaPath:"#/$defs/path/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
else {
errors = _errs42;
if(vErrors !== null){
if(_errs42){
vErrors.length = _errs42;
}
else {
vErrors = null;
}
}
}
if(typeof data12 === "string"){
if(func2(data12) < 1){
const err53 = {instancePath:instancePath+"/catalogs/" + i1+"/path",schemaPath:"#/$defs/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/catalogs/" + i1+"/path",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data11.digest !== undefined){
let data13 = data11.digest;
if(typeof data13 === "string"){
if(!pattern6.test(data13)){
const err55 = {instancePath:instancePath+"/catalogs/" + i1+"/digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/catalogs/" + i1+"/digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/catalogs/" + i1,schemaPath:"#/properties/catalogs/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/catalogs",schemaPath:"#/properties/catalogs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.qa !== undefined){
let data14 = data.qa;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.status === undefined){
const err59 = {instancePath:instancePath+"/qa",schemaPath:"#/properties/qa/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data14.report_digest === undefined){
const err60 = {instancePath:instancePath+"/qa",schemaPath:"#/properties/qa/required",keyword:"required",params:{missingProperty: "report_digest"},message:"must have required property '"+"report_digest"+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
for(const key3 in data14){
if(!((key3 === "status") || (key3 === "report_digest"))){
const err61 = {instancePath:instancePath+"/qa",schemaPath:"#/properties/qa/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data14.status !== undefined){
let data15 = data14.status;
if(!(((data15 === "pass") || (data15 === "warn")) || (data15 === "fail"))){
const err62 = {instancePath:instancePath+"/qa/status",schemaPath:"#/properties/qa/properties/status/enum",keyword:"enum",params:{allowedValues: schema31.properties.qa.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data14.report_digest !== undefined){
let data16 = data14.report_digest;
if(typeof data16 === "string"){
if(!pattern6.test(data16)){
const err63 = {instancePath:instancePath+"/qa/report_digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/qa/report_digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/qa",schemaPath:"#/properties/qa/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.policy !== undefined){
let data17 = data.policy;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.policy_label === undefined){
const err66 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/required",keyword:"required",params:{missingProperty: "policy_label"},message:"must have required property '"+"policy_label"+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data17.decision_id === undefined){
const err67 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/required",keyword:"required",params:{missingProperty: "decision_id"},message:"must have required property '"+"decision_id"+"'"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
for(const key4 in data17){
if(!((key4 === "policy_label") || (key4 === "decision_id"))){
const err68 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data17.policy_label !== undefined){
let data18 = data17.policy_label;
if(!((((data18 === "public") || (data18 === "internal")) || (data18 === "restricted")) || (data18 === "confidential"))){
const err69 = {instancePath:instancePath+"/policy/policy_label",schemaPath:"#/properties/policy/properties/policy_label/enum",keyword:"enum",params:{allowedValues: schema31.properties.policy.properties.policy_label.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data17.decision_id !== undefined){
let data19 = data17.decision_id;
if(typeof data19 === "string"){
if(!pattern22.test(data19)){
const err70 = {instancePath:instancePath+"/policy/decision_id",schemaPath:"#/properties/policy/properties/decision_id/pattern",keyword:"pattern",params:{pattern: "^kfm://policy_decision/\\S+$"},message:"must match pattern \""+"^kfm://policy_decision/\\S+$"+"\""};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/policy/decision_id",schemaPath:"#/properties/policy/properties/decision_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.approvals !== undefined){
let data20 = data.approvals;
if(Array.isArray(data20)){
const len2 = data20.length;
for(let i2=0; i2<len2; i2++){
let data21 = data20[i2];
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.role === undefined){
const err73 = {instancePath:instancePath+"/approvals/" + i2,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data21.principal === undefined){
const err74 = {instancePath:instancePath+"/approvals/" + i2,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "principal"},message:"must have required property '"+"principal"+"'"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data21.approved_at === undefined){
const err75 = {instancePath:instancePath+"/approvals/" + i2,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "approved_at"},message:"must have required property '"+"approved_at"+"'"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
for(const key5 in data21){
if(!(((key5 === "role") || (key5 === "principal")) || (key5 === "approved_at"))){
const err76 = {instancePath:instancePath+"/approvals/" + i2,schemaPath:"#/properties/approvals/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data21.role !== undefined){
let data22 = data21.role;
if(typeof data22 === "string"){
if(func2(data22) < 1){
const err77 = {instancePath:instancePath+"/approvals/" + i2+"/role",schemaPath:"#/properties/approvals/items/properties/role/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/approvals/" + i2+"/role",schemaPath:"#/properties/approvals/items/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data21.principal !== undefined){
let data23 = data21.principal;
if(typeof data23 === "string"){
if(func2(data23) < 1){
const err79 = {instancePath:instancePath+"/approvals/" + i2+"/principal",schemaPath:"#/properties/approvals/items/properties/principal/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/approvals/" + i2+"/principal",schemaPath:"#/properties/approvals/items/properties/principal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data21.approved_at !== undefined){
let data24 = data21.approved_at;
if(typeof data24 === "string"){
if(!pattern7.test(data24)){
const err81 = {instancePath:instancePath+"/approvals/" + i2+"/approved_at",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"+"\""};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(!(formats0.validate(data24))){
const err82 = {instancePath:instancePath+"/approvals/" + i2+"/approved_at",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/approvals/" + i2+"/approved_at",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/approvals/" + i2,schemaPath:"#/properties/approvals/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath:instancePath+"/approvals",schemaPath:"#/properties/approvals/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const runReceiptV1 = validate21;
const schema40 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://kfm.example/schemas/run_receipt_v1.schema.json","title":"KFM run receipt v1","description":"The per-run receipt of the promotion contract's appendix: what a pipeline run read and wrote, where, and with what validation and policy outcome. Output uris are paths relative to the dataset root.","type":"object","required":["run_id","actor","operation","dataset_version_id","inputs","outputs","environment","validation","policy","created_at"],"properties":{"run_id":{"type":"string","pattern":"^kfm://run/\\S+$"},"actor":{"type":"object","required":["principal","role"],"properties":{"principal":{"type":"string","minLength":1},"role":{"type":"string","minLength":1}}},"operation":{"type":"string","minLength":1},"dataset_version_id":{"type":"string","pattern":"^[A-Za-z0-9._-]{1,128}$"},"inputs":{"type":"array","items":{"$ref":"#/$defs/reference"}},"outputs":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/reference"}},"environment":{"type":"object","properties":{"container_digest":{"$ref":"#/$defs/digest"},"git_commit":{"type":"string","pattern":"^[0-9a-f]{7,64}$"},"params_digest":{"$ref":"#/$defs/digest"}}},"validation":{"type":"object","required":["status","report_digest"],"properties":{"status":{"enum":["pass","warn","fail"]},"report_digest":{"$ref":"#/$defs/digest"}}},"policy":{"type":"object","required":["decision_id"],"properties":{"decision_id":{"type":"string","pattern":"^kfm://policy_decision/\\S+$"}}},"created_at":{"type":"string","format":"date-time"}},"$defs":{"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"reference":{"type":"object","required":["uri","digest"],"properties":{"uri":{"type":"string","minLength":1},"digest":{"$ref":"#/$defs/digest"}}}}};
const schema42 = {"type":"string","pattern":"^sha256:[0-9a-f]{64}$"};
const pattern24 = new RegExp("^kfm://run/\\S+$", "u");
const pattern25 = new RegExp("^[A-Za-z0-9._-]{1,128}$", "u");
const pattern28 = new RegExp("^[0-9a-f]{7,64}$", "u");
const schema41 = {"type":"object","required":["uri","digest"],"properties":{"uri":{"type":"string","minLength":1},"digest":{"$ref":"#/$defs/digest"}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.uri === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.digest === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.uri !== undefined){
let data0 = data.uri;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err2 = {instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.digest !== undefined){
let data1 = data.digest;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err4 = {instancePath:instancePath+"/digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"uri":true,"digest":true},"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://kfm.example/schemas/run_receipt_v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.run_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run_id"},message:"must have required property '"+"run_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.actor === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor"},message:"must have required property '"+"actor"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.operation === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "operation"},message:"must have required property '"+"operation"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.dataset_version_id === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dataset_version_id"},message:"must have required property '"+"dataset_version_id"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.inputs === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "inputs"},message:"must have required property '"+"inputs"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.outputs === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "outputs"},message:"must have required property '"+"outputs"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.environment === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "environment"},message:"must have required property '"+"environment"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.validation === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "validation"},message:"must have required property '"+"validation"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.policy === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "policy"},message:"must have required property '"+"policy"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.created_at === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.run_id !== undefined){
let data0 = data.run_id;
if(typeof data0 === "string"){
if(!pattern24.test(data0)){
const err10 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/pattern",keyword:"pattern",params:{pattern: "^kfm://run/\\S+$"},message:"must match pattern \""+"^kfm://run/\\S+$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.actor !== undefined){
let data1 = data.actor;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.principal === undefined){
const err12 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/required",keyword:"required",params:{missingProperty: "principal"},message:"must have required property '"+"principal"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data1.role === undefined){
const err13 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data1.principal !== undefined){
let data2 = data1.principal;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err14 = {instancePath:instancePath+"/actor/principal",schemaPath:"#/properties/actor/properties/principal/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/actor/principal",schemaPath:"#/properties/actor/properties/principal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data1.role !== undefined){
let data3 = data1.role;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err16 = {instancePath:instancePath+"/actor/role",schemaPath:"#/properties/actor/properties/role/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/actor/role",schemaPath:"#/properties/actor/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.operation !== undefined){
let data4 = data.operation;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err19 = {instancePath:instancePath+"/operation",schemaPath:"#/properties/operation/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/operation",schemaPath:"#/properties/operation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.dataset_version_id !== undefined){
let data5 = data.dataset_version_id;
if(typeof data5 === "string"){
if(!pattern25.test(data5)){
const err21 = {instancePath:instancePath+"/dataset_version_id",schemaPath:"#/properties/dataset_version_id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9._-]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/dataset_version_id",schemaPath:"#/properties/dataset_version_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.inputs !== undefined){
let data6 = data.inputs;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate22(data6[i0], {instancePath:instancePath+"/inputs/" + i0,parentData:data6,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.outputs !== undefined){
let data8 = data.outputs;
if(Array.isArray(data8)){
if(data8.length < 1){
const err24 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
if(!(validate22(data8[i1], {instancePath:instancePath+"/outputs/" + i1,parentData:data8,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err25 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.environment !== undefined){
let data10 = data.environment;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.container_digest !== undefined){
let data11 = data10.container_digest;
if(typeof data11 === "string"){
if(!pattern6.test(data11)){
const err26 = {instancePath:instancePath+"/environment/container_digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/environment/container_digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data10.git_commit !== undefined){
let data12 = data10.git_commit;
if(typeof data12 === "string"){
if(!pattern28.test(data12)){
const err28 = {instancePath:instancePath+"/environment/git_commit",schemaPath:"#/properties/environment/properties/git_commit/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{7,64}$"},message:"must match pattern \""+"^[0-9a-f]{7,64}$"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/environment/git_commit",schemaPath:"#/properties/environment/properties/git_commit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data10.params_digest !== undefined){
let data13 = data10.params_digest;
if(typeof data13 === "string"){
if(!pattern6.test(data13)){
const err30 = {instancePath:instancePath+"/environment/params_digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/environment/params_digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.validation !== undefined){
let data14 = data.validation;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.status === undefined){
const err33 = {instancePath:instancePath+"/validation",schemaPath:"#/properties/validation/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data14.report_digest === undefined){
const err34 = {instancePath:instancePath+"/validation",schemaPath:"#/properties/validation/required",keyword:"required",params:{missingProperty: "report_digest"},message:"must have required property '"+"report_digest"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data14.status !== undefined){
let data15 = data14.status;
if(!(((data15 === "pass") || (data15 === "warn")) || (data15 === "fail"))){
const err35 = {instancePath:instancePath+"/validation/status",schemaPath:"#/properties/validation/properties/status/enum",keyword:"enum",params:{allowedValues: schema40.properties.validation.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data14.report_digest !== undefined){
let data16 = data14.report_digest;
if(typeof data16 === "string"){
if(!pattern6.test(data16)){
const err36 = {instancePath:instancePath+"/validation/report_digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/validation/report_digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/validation",schemaPath:"#/properties/validation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.policy !== undefined){
let data17 = data.policy;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.decision_id === undefined){
const err39 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/required",keyword:"required",params:{missingProperty: "decision_id"},message:"must have required property '"+"decision_id"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data17.decision_id !== undefined){
let data18 = data17.decision_id;
if(typeof data18 === "string"){
if(!pattern22.test(data18)){
const err40 = {instancePath:instancePath+"/policy/decision_id",schemaPath:"#/properties/policy/properties/decision_id/pattern",keyword:"pattern",params:{pattern: "^kfm://policy_decision/\\S+$"},message:"must match pattern \""+"^kfm://policy_decision/\\S+$"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/policy/decision_id",schemaPath:"#/properties/policy/properties/decision_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.created_at !== undefined){
let data19 = data.created_at;
if(typeof data19 === "string"){
if(!(formats0.validate(data19))){
const err43 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"run_id":true,"actor":true,"operation":true,"dataset_version_id":true,"inputs":true,"outputs":true,"environment":true,"validation":true,"policy":true,"created_at":true},"dynamicProps":false,"dynamicItems":false};

const inventoryShardV1 = validate25;
const schema46 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://kfm.example/schemas/inventory_shard_v1.schema.json","title":"KFM inventory shard v1","description":"One shard of a sharded artifact inventory (inventory --shard I/N, or the action's mode: inventory): the whole listing's size and digest, and the entries of the files whose shard (the first 4 bytes of the SHA-256 of the UTF-8 root-relative path, as a big-endian number, modulo count, plus 1) is this one. Paths are relative to root.","type":"object","additionalProperties":false,"required":["kfm_inventory_shard_version","shard","input","root","patterns","media_types","path_count","paths_digest","entries"],"properties":{"kfm_inventory_shard_version":{"const":"v1"},"shard":{"type":"object","additionalProperties":false,"required":["index","count"],"properties":{"index":{"type":"integer","minimum":1},"count":{"type":"integer","minimum":1,"maximum":1024}}},"input":{"const":"artifacts"},"root":{"type":"string","minLength":1},"patterns":{"type":"array","minItems":1,"items":{"type":"string","minLength":1}},"media_types":{"type":"array","items":{"type":"string","minLength":1}},"path_count":{"type":"integer","minimum":0},"paths_digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["path","digest","media_type","size"],"properties":{"path":{"type":"string","minLength":1},"digest":{"$ref":"#/$defs/digest"},"media_type":{"type":"string","minLength":1},"size":{"type":"integer","minimum":0}}}}},"$defs":{"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"}}};
const schema47 = {"type":"string","pattern":"^sha256:[0-9a-f]{64}$"};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://kfm.example/schemas/inventory_shard_v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kfm_inventory_shard_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kfm_inventory_shard_version"},message:"must have required property '"+"kfm_inventory_shard_version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.shard === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "shard"},message:"must have required property '"+"shard"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.input === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "input"},message:"must have required property '"+"input"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.root === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "root"},message:"must have required property '"+"root"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.patterns === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "patterns"},message:"must have required property '"+"patterns"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.media_types === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "media_types"},message:"must have required property '"+"media_types"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.path_count === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path_count"},message:"must have required property '"+"path_count"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.paths_digest === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "paths_digest"},message:"must have required property '"+"paths_digest"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.entries === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema46.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.kfm_inventory_shard_version !== undefined){
if("v1" !== data.kfm_inventory_shard_version){
const err10 = {instancePath:instancePath+"/kfm_inventory_shard_version",schemaPath:"#/properties/kfm_inventory_shard_version/const",keyword:"const",params:{allowedValue: "v1"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.shard !== undefined){
let data1 = data.shard;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.index === undefined){
const err11 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/required",keyword:"required",params:{missingProperty: "index"},message:"must have required property '"+"index"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data1.count === undefined){
const err12 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "index") || (key1 === "count"))){
const err13 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data1.index !== undefined){
let data2 = data1.index;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err14 = {instancePath:instancePath+"/shard/index",schemaPath:"#/properties/shard/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err15 = {instancePath:instancePath+"/shard/index",schemaPath:"#/properties/shard/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data1.count !== undefined){
let data3 = data1.count;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err16 = {instancePath:instancePath+"/shard/count",schemaPath:"#/properties/shard/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1024 || isNaN(data3)){
const err17 = {instancePath:instancePath+"/shard/count",schemaPath:"#/properties/shard/properties/count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1024},message:"must be <= 1024"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err18 = {instancePath:instancePath+"/shard/count",schemaPath:"#/properties/shard/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
}
else {
const err19 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.input !== undefined){
if("artifacts" !== data.input){
const err20 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/const",keyword:"const",params:{allowedValue: "artifacts"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.root !== undefined){
let data5 = data.root;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err21 = {instancePath:instancePath+"/root",schemaPath:"#/properties/root/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/root",schemaPath:"#/properties/root/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.patterns !== undefined){
let data6 = data.patterns;
if(Array.isArray(data6)){
if(data6.length < 1){
const err23 = {instancePath:instancePath+"/patterns",schemaPath:"#/properties/patterns/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err24 = {instancePath:instancePath+"/patterns/" + i0,schemaPath:"#/properties/patterns/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/patterns/" + i0,schemaPath:"#/properties/patterns/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/patterns",schemaPath:"#/properties/patterns/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.media_types !== undefined){
let data8 = data.media_types;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err27 = {instancePath:instancePath+"/media_types/" + i1,schemaPath:"#/properties/media_types/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/media_types/" + i1,schemaPath:"#/properties/media_types/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/media_types",schemaPath:"#/properties/media_types/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.path_count !== undefined){
let data10 = data.path_count;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err30 = {instancePath:instancePath+"/path_count",schemaPath:"#/properties/path_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err31 = {instancePath:instancePath+"/path_count",schemaPath:"#/properties/path_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
if(data.paths_digest !== undefined){
let data11 = data.paths_digest;
if(typeof data11 === "string"){
if(!pattern6.test(data11)){
const err32 = {instancePath:instancePath+"/paths_digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/paths_digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.entries !== undefined){
let data12 = data.entries;
if(Array.isArray(data12)){
const len2 = data12.length;
for(let i2=0; i2<len2; i2++){
let data13 = data12[i2];
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.path === undefined){
const err34 = {instancePath:instancePath+"/entries/" + i2,schemaPath:"#/properties/entries/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data13.digest === undefined){
const err35 = {instancePath:instancePath+"/entries/" + i2,schemaPath:"#/properties/entries/items/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data13.media_type === undefined){
const err36 = {instancePath:instancePath+"/entries/" + i2,schemaPath:"#/properties/entries/items/required",keyword:"required",params:{missingProperty: "media_type"},message:"must have required property '"+"media_type"+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data13.size === undefined){
const err37 = {instancePath:instancePath+"/entries/" + i2,schemaPath:"#/properties/entries/items/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
for(const key2 in data13){
if(!((((key2 === "path") || (key2 === "digest")) || (key2 === "media_type")) || (key2 === "size"))){
const err38 = {instancePath:instancePath+"/entries/" + i2,schemaPath:"#/properties/entries/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data13.path !== undefined){
let data14 = data13.path;
if(typeof data14 === "string"){
if(func2(data14) < 1){
const err39 = {instancePath:instancePath+"/entries/" + i2+"/path",schemaPath:"#/properties/entries/items/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/entries/" + i2+"/path",schemaPath:"#/properties/entries/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data13.digest !== undefined){
let data15 = data13.digest;
if(typeof data15 === "string"){
if(!pattern6.test(data15)){
const err41 = {instancePath:instancePath+"/entries/" + i2+"/digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/entries/" + i2+"/digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data13.media_type !== undefined){
let data16 = data13.media_type;
if(typeof data16 === "string"){
if(func2(data16) < 1){
const err43 = {instancePath:instancePath+"/entries/" + i2+"/media_type",schemaPath:"#/properties/entries/items/properties/media_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/entries/" + i2+"/media_type",schemaPath:"#/properties/entries/items/properties/media_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data13.size !== undefined){
let data17 = data13.size;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err45 = {instancePath:instancePath+"/entries/" + i2+"/size",schemaPath:"#/properties/entries/items/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err46 = {instancePath:instancePath+"/entries/" + i2+"/size",schemaPath:"#/properties/entries/items/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
}
else {
const err47 = {instancePath:instancePath+"/entries/" + i2,schemaPath:"#/properties/entries/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

;// CONCATENATED MODULE: ./src/model/json-schema.ts
function describe(error) {
    const where = error.instancePath === '' ? 'the document' : error.instancePath;
    if (error.keyword === 'additionalProperties') {
        return `${where} has the unknown property "${String(error.params.additionalProperty)}"`;
    }
    if (error.keyword === 'required')
        return `${where} is missing "${String(error.params.missingProperty)}"`;
    return `${where} ${error.message ?? 'is invalid'}`;
}
function json_schema_location(error) {
    if (error.instancePath === '')
        return [];
    return error.instancePath
        .slice(1)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
/** Wraps a validator compiled at build time; the function lists a value's problems ([] when valid). */
function schemaValidator(validate) {
    return (value) => {
        if (validate(value))
            return [];
        // if/then add summary errors on top of the real ones; those say nothing more.
        const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if');
        return errors.map((error) => ({ location: json_schema_location(error), text: describe(error) }));
    };
}

;// CONCATENATED MODULE: ./src/model/codes.ts
const CODES = {
    SLUG_INVALID: 'A',
    SPEC_MISSING: 'A',
    SPEC_INVALID: 'A',
    SPEC_HASH_INVALID: 'A',
    SPEC_HASH_MISMATCH: 'A',
    VERSION_ID_INVALID: 'A',
    VERSION_ID_MISMATCH: 'A',
    RELEASED_AT_MISSING: 'A',
    RELEASED_AT_INVALID: 'A',
    LICENSE_MISSING: 'B',
    LICENSE_INVALID: 'B',
    POLICY_DECISION_MISSING: 'C',
    POLICY_DECISION_INVALID: 'C',
    POLICY_DENIED: 'C',
    DECISION_INVALID: 'C',
    POLICY_LABEL_UNKNOWN: 'C',
    DECISION_ID_INVALID: 'C',
    OBLIGATIONS_MISSING: 'C',
    OBLIGATION_INVALID: 'C',
    OBLIGATION_NOT_IN_PROV: 'C',
    APPROVALS_INVALID: 'C',
    APPROVAL_TIME_INVALID: 'C',
    APPROVAL_DUPLICATE: 'C',
    APPROVAL_AFTER_RELEASE: 'C',
    APPROVAL_MISSING: 'C',
    POLICY_LABEL_LOWERED: 'C',
    CATALOG_INVALID: 'D',
    CATALOG_UNRECOGNISED: 'D',
    STAC_INVALID: 'D',
    JSONLD_INVALID: 'D',
    PROV_INVALID: 'D',
    DCAT_MISSING: 'D',
    STAC_MISSING: 'D',
    PROV_MISSING: 'D',
    LINK_OUTSIDE_ROOT: 'D',
    LINK_UNRESOLVED: 'D',
    CHECKSUM_UNSUPPORTED: 'D',
    CHECKSUM_MISMATCH: 'D',
    PROV_ENTITY_MISSING: 'D',
    PROV_DIGEST_MISMATCH: 'D',
    PROV_NOT_GENERATED: 'D',
    PROV_ACTIVITY_UNDECLARED: 'D',
    PATTERN_OUTSIDE_ROOT: 'E',
    PATTERN_MATCHES_NOTHING: 'E',
    NO_PATTERNS: 'E',
    PATH_OUTSIDE_ROOT: 'E',
    SYMLINK_DANGLING: 'E',
    SYMLINK_LOOP: 'E',
    GLOB_FAILED: 'E',
    FILE_UNREADABLE: 'E',
    PRECOMPUTED_INVALID: 'E',
    DIGEST_INVALID: 'E',
    DIGEST_MISMATCH: 'E',
    DUPLICATE_PATH: 'E',
    PATH_COLLISION: 'E',
    PATH_UNSAFE: 'E',
    RECEIPTS_MISSING: 'E',
    RECEIPT_INVALID: 'E',
    RECEIPT_VERSION_MISMATCH: 'E',
    RECEIPT_NOT_PASSED: 'E',
    RECEIPT_DIGEST_MISMATCH: 'E',
    ARTIFACT_WITHOUT_RECEIPT: 'E',
    FILE_MISSING: 'E',
    FILE_UNLISTED: 'E',
    SHARD_MISSING: 'E',
    SHARD_INVALID: 'E',
    SHARD_MISMATCH: 'E',
    QA_REPORT_MISSING: 'F',
    QA_REPORT_INVALID: 'F',
    QA_STATUS_INVALID: 'F',
    QA_NOT_PASSED: 'F',
    EVIDENCE_UNRESOLVED: 'F',
    MANIFEST_SCHEMA: 'F',
    MANIFEST_UNREADABLE: 'F',
    MANIFEST_DIGEST_UNEXPECTED: 'F',
    SIDECAR_MISMATCH: 'F',
    SBOM_INVALID: 'G',
    ATTESTATION_INVALID: 'G'
};

;// CONCATENATED MODULE: ./src/model/printable.ts
// Text from outside the action (file names, document values, API answers) made safe to print on
// one line. Escaped as visible \uXXXX:
// - control characters and line separators, so a file name can never end a log line and start
//   a workflow command on the next;
// - white space other than the plain space (the runner trims Unicode white space before a
//   `::command::`, so a line that begins with U+3000 `::error::` would still be a command);
// - bidirectional and invisible controls (U+200B-U+200F, U+202A-U+202E, U+2060-U+2069,
//   U+FEFF), which make a name read as another;
// - the second `#` of `##[`, the runner's legacy command form, which it honours anywhere in a
//   line.
// Lone surrogates become U+FFFD. Strings shaped like credentials are redacted, glued to other
// text or not: a token pasted into a document must not reach the summary, an output or a
// pull-request comment, which the runner's log masking does not cover.
// Matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const WHITE_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;
const ESCAPED = new RegExp(`${CONTROL.source}|${WHITE_SPACE.source}|${INVISIBLE.source}|(?<=#)#(?=\\[)`, 'g');
const CREDENTIAL = new RegExp([
    /gh[pousr]_[A-Za-z0-9]{36,}/, // GitHub tokens
    /github_pat_[A-Za-z0-9_]{22,}/, // GitHub fine-grained tokens
    /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/, // JWTs (the runtime token)
    /(?:AKIA|ASIA)[0-9A-Z]{16}/, // AWS access keys
    /sig=[A-Za-z0-9%+/=]{20,}/ // Azure SAS signatures
]
    .map((r) => r.source)
    .join('|'), 'g');
const printable_escape = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
function printable(text) {
    return text.toWellFormed().replace(CREDENTIAL, '[redacted]').replace(ESCAPED, printable_escape);
}
/** The first control character or line separator that `printable` would escape, if any. */
function unprintableIn(text) {
    return CONTROL.exec(text)?.[0];
}
/** The first bidirectional or invisible control in a text, if any: refused in file names. */
function invisibleIn(text) {
    return INVISIBLE.exec(text)?.[0];
}
/**
 * A name made plain where it cannot be escaped, because another library prints it as it is (the
 * artifact client logs the artifact's name): every character `printable` would escape, and the
 * second `#` of `##[`, becomes `-`.
 */
function plainName(text) {
    return text.toWellFormed().replace(ESCAPED, '-');
}

;// CONCATENATED MODULE: ./src/model/gate-letter.ts
// The gates of the promotion contract (promotion-manifest-generator.md, "Promotion Contract mapping").
const GATES = {
    A: 'Identity and versioning',
    B: 'Licensing and rights',
    C: 'Sensitivity and policy decision',
    D: 'Catalog triplet',
    E: 'Inventory, digests and run receipts',
    F: 'Contract: QA, evidence and manifest schema',
    G: 'Production posture'
};

;// CONCATENATED MODULE: ./src/model/violation.ts



// A violation is a value, not an exception: every check returns them, the adapters report them
// all together, and any one of them blocks promotion.

function violation_violation(gate, code, path, message, line, about) {
    if (CODES[code] !== gate)
        throw new Error(`bug: ${code} belongs to gate ${CODES[code]}, not ${gate}`);
    // Paths and messages quote file names and document values: printed on one line, always.
    const shown = { gate, code, path: printable(path), message: printable(message) };
    if (line !== undefined)
        shown.line = line;
    if (about !== undefined)
        shown.about = about;
    return shown;
}
/** A violation as the reports and the library give it: `about` serves only to link causes. */
function withoutAbout(v) {
    if (!v.about)
        return v;
    const { gate, code, path, message, line, causedBy } = v;
    const given = { gate, code, path, message };
    if (line !== undefined)
        given.line = line;
    if (causedBy !== undefined)
        given.causedBy = causedBy;
    return given;
}
/** Violations in a defined order, so reports are as deterministic as manifests. */
function sortViolations(violations) {
    return [...violations].sort((a, b) => compareText(a.gate, b.gate) ||
        compareText(a.path, b.path) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        compareText(a.code, b.code) ||
        compareText(a.message, b.message));
}

;// CONCATENATED MODULE: ./src/model/time.ts
// RFC 3339 timestamps: parsed strictly (real calendar dates, explicit offsets), written in UTC
// with a Z suffix and seconds precision, as DECISIONS.md ("Time") requires.
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;
/** Seconds from year 0000 to 1970, so that every key's seconds are non-negative. */
const YEAR_ZERO_TO_EPOCH_S = 62_167_219_200;
function daysInMonth(year, month) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}
/** Parses an RFC 3339 date-time; the reason says what is wrong in words a user can act on. */
function parseTimestamp(text) {
    const m = RFC3339.exec(text);
    if (!m) {
        return {
            ok: false,
            reason: `"${text}" is not an RFC 3339 date-time; write it like 2026-02-20T13:00:00Z`
        };
    }
    const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
    if (month < 1 || month > 12)
        return { ok: false, reason: `"${text}" has no month ${month}` };
    if (day < 1 || day > daysInMonth(year, month)) {
        return { ok: false, reason: `"${text}" is not a real date: ${year}-${m[2]} has no day ${day}` };
    }
    if (hour > 23 || minute > 59) {
        return { ok: false, reason: `"${text}" is not a real time of day` };
    }
    if (second > 59) {
        return {
            ok: false,
            reason: `"${text}" has a leap second or second ${second}; leap seconds are not accepted, write :59`
        };
    }
    const offsetSign = m[8] === 'Z' || m[8] === 'z' ? 0 : m[8].startsWith('-') ? -1 : 1;
    const offsetHours = Number(m[9] ?? 0);
    const offsetMinutes = Number(m[10] ?? 0);
    if (offsetHours > 23 || offsetMinutes > 59) {
        return { ok: false, reason: `"${text}" has an impossible UTC offset` };
    }
    const local = new Date(0);
    local.setUTCFullYear(year, month - 1, day);
    local.setUTCHours(hour, minute, second, 0);
    const epochS = (local.getTime() - offsetSign * (offsetHours * 60 + offsetMinutes) * 60_000) / 1000;
    const utcYear = new Date(epochS * 1000).getUTCFullYear();
    if (utcYear < 0 || utcYear > 9999) {
        return { ok: false, reason: `"${text}" is in year ${utcYear} in UTC, outside 0000-9999` };
    }
    // Offsets are whole minutes, so the fraction of a second is the same in every zone.
    const digits = (m[7] ?? '').slice(1).replace(/0+$/, '');
    const epochMs = epochS * 1000 + Math.floor(Number(`0.${digits || '0'}`) * 1000);
    const instant = `${String(epochS + YEAR_ZERO_TO_EPOCH_S).padStart(12, '0')}.${digits}`;
    return { ok: true, epochMs, utc: formatUtc(epochMs), instant };
}
/** `2026-02-20T13:00:00Z`: UTC, seconds precision (fractions are cut, not rounded). */
function formatUtc(epochMs) {
    const d = new Date(Math.floor(epochMs / 1000) * 1000);
    const year = d.getUTCFullYear();
    if (year < 0 || year > 9999)
        throw new RangeError(`year ${year} cannot be written in RFC 3339`);
    const pad = (n, w = 2) => String(n).padStart(w, '0');
    return (`${pad(year, 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
        `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}Z`);
}

;// CONCATENATED MODULE: ./src/gates/a-identity.ts
// Gate A: identity and versioning. dataset_slug, dataset_version_id, spec_hash and released_at,
// as DECISIONS.md ("Identity (gate A)", "Time") defines them.



const SLUG_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;
const DERIVED_VERSION_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])\.([0-9a-f]{8})$/;
const FREE_VERSION_PATTERN = /^[A-Za-z0-9._-]{1,128}$/;
function slugViolations(slug) {
    if (SLUG_PATTERN.test(slug))
        return [];
    return [
        violation_violation('A', 'SLUG_INVALID', 'dataset-slug', `dataset-slug "${slug}" must be lowercase a-z, 0-9 and _, start with a letter, and be at most 64 characters (for example "river_gauges").`)
    ];
}
function specHashOf(evidence) {
    const { specHash: given, specHashFromSpec: fromSpec } = evidence;
    if (given !== undefined && !DIGEST_PATTERN.test(given)) {
        const message = `spec-hash "${given}" must be sha256: followed by 64 lowercase hex characters.`;
        return { violations: [violation_violation('A', 'SPEC_HASH_INVALID', 'spec-hash', message)] };
    }
    if (given !== undefined && fromSpec !== undefined && given !== fromSpec) {
        const message = `spec-hash ${given} disagrees with the spec document, whose canonical (RFC 8785) digest is ${fromSpec}; drop spec-hash or fix the spec.`;
        return { violations: [violation_violation('A', 'SPEC_HASH_MISMATCH', 'spec-hash', message)] };
    }
    const value = fromSpec ?? given;
    if (value !== undefined || evidence.specUnreadable)
        return { value, violations: [] };
    const message = 'No spec_hash can be computed: give the dataset spec document (spec) or its hash (spec-hash).';
    return { violations: [violation_violation('A', 'SPEC_MISSING', 'spec', message)] };
}
function releasedAtOf(evidence) {
    if (evidence.releasedAt === undefined) {
        const message = 'released-at is not given and there is no git commit to take it from; set released-at (RFC 3339, for example 2026-02-20T13:00:00Z) or run in a git checkout.';
        return { violations: [violation_violation('A', 'RELEASED_AT_MISSING', 'released-at', message)] };
    }
    const parsed = parseTimestamp(evidence.releasedAt);
    if (parsed.ok)
        return { value: { utc: parsed.utc, instant: parsed.instant }, violations: [] };
    const origin = evidence.releasedAtSource === 'commit' ? 'The commit time' : 'released-at';
    const message = `${origin} ${parsed.reason}.`;
    return { violations: [violation_violation('A', 'RELEASED_AT_INVALID', 'released-at', message)] };
}
/** A given id is checked against spec_hash; none given, it is derived (DECISIONS.md). */
function versionIdOf(given, specHash, releasedAt) {
    if (given === undefined) {
        if (specHash === undefined || releasedAt === undefined)
            return { violations: [] };
        const hex = specHash.slice('sha256:'.length, 'sha256:'.length + 8);
        return { value: `${releasedAt.slice(0, 7)}.${hex}`, violations: [] };
    }
    const derivedShape = DERIVED_VERSION_PATTERN.exec(given);
    if (derivedShape && specHash !== undefined && !specHash.startsWith(`sha256:${derivedShape[3]}`)) {
        const message = `dataset-version-id "${given}" ends in ${derivedShape[3]}, which is not the start of spec_hash ${specHash}; the spec changed since the version was named, so derive the id again (leave dataset-version-id empty).`;
        return { violations: [violation_violation('A', 'VERSION_ID_MISMATCH', 'dataset-version-id', message)] };
    }
    if (derivedShape || FREE_VERSION_PATTERN.test(given))
        return { value: given, violations: [] };
    const message = `dataset-version-id "${given}" must be YYYY-MM. and 8 hex characters of spec_hash, or 1 to 128 characters of A-Z, a-z, 0-9, ".", "_" and "-".`;
    return { violations: [violation_violation('A', 'VERSION_ID_INVALID', 'dataset-version-id', message)] };
}
/**
 * The version id a run would derive from the spec and released_at, or the violations that stop
 * it. The `version-id` command prints it, so a pipeline can write it into its run receipts before
 * the gate runs (DECISIONS.md: the month is the month the version was cut).
 */
function a_identity_derivedVersionId(evidence) {
    const { spec } = evidence;
    const specHash = specHashOf({
        specHash: evidence.specHash,
        specHashFromSpec: spec?.readable ? spec.specHash : undefined,
        specUnreadable: spec !== undefined && !spec.readable
    });
    const releasedAt = releasedAtOf(evidence);
    const violations = [...specHash.violations, ...releasedAt.violations];
    if (spec && !spec.readable)
        violations.push(violation('A', 'SPEC_INVALID', spec.path, spec.message, spec.line));
    const versionId = versionIdOf(undefined, specHash.value, releasedAt.value?.utc);
    return violations.length > 0 ? { violations } : { value: versionId.value, violations };
}
function checkIdentity(evidence) {
    const specHash = specHashOf(evidence);
    const releasedAt = releasedAtOf(evidence);
    const versionId = versionIdOf(evidence.datasetVersionId, specHash.value, releasedAt.value?.utc);
    return {
        specHash: specHash.value,
        datasetVersionId: versionId.value,
        releasedAt: releasedAt.value?.utc,
        releasedInstant: releasedAt.value?.instant,
        violations: [
            ...slugViolations(evidence.datasetSlug),
            ...specHash.violations,
            ...releasedAt.violations,
            ...versionId.violations
        ]
    };
}
/** The identity the evidence gives; gates C and E use it too, so it is computed, not passed. */
function identityOf(evidence) {
    const spec = evidence.spec;
    return checkIdentity({
        datasetSlug: evidence.datasetSlug,
        datasetVersionId: evidence.given.datasetVersionId,
        specHash: evidence.given.specHash,
        specHashFromSpec: spec?.readable ? spec.specHash : undefined,
        specUnreadable: spec !== undefined && !spec.readable,
        releasedAt: evidence.given.releasedAt,
        releasedAtSource: evidence.releasedAtSource
    });
}
const gateA = {
    letter: 'A',
    check(evidence) {
        const identity = identityOf(evidence);
        const violations = [...identity.violations];
        const checked = [];
        const spec = evidence.spec;
        if (spec && !spec.readable)
            violations.push(violation_violation('A', 'SPEC_INVALID', spec.path, spec.message, spec.line));
        else if (spec)
            checked.push(`spec_hash from ${spec.path} (RFC 8785)`);
        if (identity.releasedAt)
            checked.push(`released_at ${identity.releasedAt} (from ${evidence.releasedAtSource === 'commit' ? 'the commit' : 'input'})`);
        return { violations, checked };
    }
};

;// CONCATENATED MODULE: ./src/gates/evidence.ts
/** The violation an absent required input gets: promotion fails closed without it. */
function missingInput(what, input) {
    return `${input} is not given; ${what}. Promotion fails closed without it.`;
}

;// CONCATENATED MODULE: ./src/gates/c-policy.ts





/** Roles required per policy label when the workflow says nothing (DECISIONS.md, "Approvals"). */
const DEFAULT_REQUIRED_APPROVALS = {
    public: [],
    internal: ['steward'],
    restricted: ['steward'],
    confidential: ['steward']
};
/** Each approval once per role and principal, and none dated after the release. */
function approvalViolations(evidence, where) {
    const violations = [];
    const seen = new Set();
    for (const approval of evidence.approvals) {
        const key = `${approval.role}\u0000${approval.principal}`;
        if (seen.has(key)) {
            const message = `${approval.principal} approves as ${approval.role} more than once; keep one approval.`;
            violations.push(violation_violation('C', 'APPROVAL_DUPLICATE', where, message, approval.line));
        }
        seen.add(key);
        if (approval.approvedInstant > evidence.releasedInstant) {
            const message = `The ${approval.role} approval by ${approval.principal} (${approval.approvedAt}) comes after released_at ${evidence.releasedAt}, so it cannot have authorised this release; approve again and release after it.`;
            violations.push(violation_violation('C', 'APPROVAL_AFTER_RELEASE', where, message, approval.line));
        }
    }
    return violations;
}
/** The roles the base branch's label requires that the new label does not (none if unchanged). */
function inheritedRoles(evidence) {
    const { baseLabel, policyLabel, required } = evidence;
    if (baseLabel === undefined || baseLabel === policyLabel)
        return [];
    const own = required[policyLabel] ?? [];
    return (required[baseLabel] ?? []).filter((role) => !own.includes(role));
}
function checkApprovals(evidence) {
    const where = evidence.path ?? 'approvals';
    const violations = approvalViolations(evidence, where);
    const counted = (role) => evidence.approvals.some((a) => a.role === role && a.approvedInstant <= evidence.releasedInstant);
    const none = evidence.path ? ` in ${evidence.path}` : ' (no approvals input was given)';
    for (const role of evidence.required[evidence.policyLabel] ?? []) {
        if (counted(role))
            continue;
        const message = `The "${evidence.policyLabel}" label requires a ${role} approval given at or before ${evidence.releasedAt}, and there is none${none}.`;
        violations.push(violation_violation('C', 'APPROVAL_MISSING', where, message));
    }
    for (const role of inheritedRoles(evidence)) {
        if (counted(role))
            continue;
        const message = `The label is "${evidence.policyLabel}" here but "${evidence.baseLabel}" on the base branch, and a change of label needs the approvals the old label requires: there is no ${role} approval given at or before ${evidence.releasedAt}${none}. Get the ${role} approval, or keep the label "${evidence.baseLabel}".`;
        violations.push(violation_violation('C', 'POLICY_LABEL_LOWERED', where, message));
    }
    return violations;
}
const POLICY_LABELS = ['public', 'internal', 'restricted', 'confidential'];
const DECISION_ID = /^kfm:\/\/policy_decision\/\S+$/;
/** The decision the document states, with the violations of its fields and of its verdict. */
/** The obligations the decision lists, each with an id and a type, and the malformed ones. */
function obligationsOf(document, obligations) {
    const { path } = document;
    if (obligations !== undefined && !Array.isArray(obligations)) {
        const message = `${path}: "obligations" must be an array of {"id", "type"} objects.`;
        const line = document.lineOf(['obligations']) ?? 1;
        return { violations: [violation_violation('C', 'POLICY_DECISION_INVALID', path, message, line)] };
    }
    const value = [];
    const violations = [];
    (obligations ?? []).forEach((item, index) => {
        const { id, type } = isRecord(item) ? item : {};
        if (typeof id === 'string' && id !== '' && typeof type === 'string' && type !== '') {
            value.push({ id, type });
            return;
        }
        const message = `${path}: obligation ${index} needs a non-empty string "id" and "type".`;
        const line = document.lineOf(['obligations', index]);
        violations.push(violation_violation('C', 'OBLIGATION_INVALID', path, message, line));
    });
    return { value, violations };
}
/** The fields of a decision, each checked; a field that is wrong is one violation. */
function fieldViolations(document, fields) {
    const { path } = document;
    const at = (field) => document.lineOf([field]) ?? 1;
    const { decision_id: decisionId, policy_label: label, decision } = fields;
    const violations = [];
    if (typeof decisionId !== 'string' || !DECISION_ID.test(decisionId)) {
        const message = `${path}: "decision_id" must be a string like "kfm://policy_decision/<id>".`;
        violations.push(violation_violation('C', 'DECISION_ID_INVALID', path, message, at('decision_id')));
    }
    if (!isPolicyLabel(label)) {
        const message = `${path}: "policy_label" must be one of ${POLICY_LABELS.join(', ')}${label === undefined ? '' : `, not ${JSON.stringify(label)}`}.`;
        violations.push(violation_violation('C', 'POLICY_LABEL_UNKNOWN', path, message, at('policy_label')));
    }
    if (decision !== 'allow' && decision !== 'deny') {
        const message = `${path}: "decision" must be "allow" or "deny".`;
        violations.push(violation_violation('C', 'DECISION_INVALID', path, message, at('decision')));
    }
    return violations;
}
function isPolicyLabel(label) {
    return typeof label === 'string' && POLICY_LABELS.includes(label);
}
/**
 * The decision the document states, with the violations of its fields and of its verdict. A
 * decision with well-formed fields has a value even when it denies or lacks obligations.
 */
function judgePolicyDecision(document) {
    const { path } = document;
    const fields = document.value;
    if (!isRecord(fields)) {
        const message = `${path} must be a JSON object with decision_id, policy_label, decision and obligations.`;
        return { violations: [violation_violation('C', 'POLICY_DECISION_INVALID', path, message, 1)] };
    }
    const obligations = obligationsOf(document, fields.obligations);
    const malformed = [...fieldViolations(document, fields), ...obligations.violations];
    const { decision_id: decisionId, policy_label: label, decision } = fields;
    const verdict = [];
    if (decision === 'deny') {
        const message = `The policy decision ${String(decisionId)} is "deny"; only "allow" promotes. Ask the policy owner for a new decision.`;
        const line = document.lineOf(['decision']) ?? 1;
        verdict.push(violation_violation('C', 'POLICY_DENIED', path, message, line));
    }
    if (isPolicyLabel(label) && label !== 'public' && (obligations.value ?? []).length === 0) {
        const message = `The label "${label}" needs at least one recorded obligation (for example a generalisation or redaction plan) in "obligations".`;
        const line = document.lineOf(['policy_label']) ?? 1;
        verdict.push(violation_violation('C', 'OBLIGATIONS_MISSING', path, message, line));
    }
    const violations = [...malformed, ...verdict];
    if (malformed.length > 0)
        return { violations };
    const value = {
        decisionId: decisionId,
        policyLabel: label,
        decision: decision,
        obligations: obligations.value ?? [],
        path,
        digest: document.digest
    };
    return { value, violations };
}
/** The approvals the document records, each checked for its fields and its time. */
function judgeApprovals(document) {
    const violations = [];
    if (!Array.isArray(document.value)) {
        return {
            violations: [
                violation_violation('C', 'APPROVALS_INVALID', document.path, `${document.path} must be a JSON array of {"role", "principal", "approved_at"} objects.`, 1)
            ]
        };
    }
    const approvals = [];
    document.value.forEach((item, index) => {
        const line = document.lineOf([index]);
        if (!isRecord(item) ||
            typeof item.role !== 'string' ||
            item.role.trim() === '' ||
            typeof item.principal !== 'string' ||
            item.principal.trim() === '') {
            violations.push(violation_violation('C', 'APPROVALS_INVALID', document.path, `${document.path}: approval ${index} needs a non-empty string "role" and "principal".`, line));
            return;
        }
        const unknown = Object.keys(item).filter((k) => !['role', 'principal', 'approved_at'].includes(k));
        if (unknown.length > 0) {
            violations.push(violation_violation('C', 'APPROVALS_INVALID', document.path, `${document.path}: approval ${index} has unknown field(s) ${unknown.join(', ')}; allowed are role, principal, approved_at.`, line));
            return;
        }
        const time = typeof item.approved_at === 'string' ? parseTimestamp(item.approved_at) : undefined;
        if (!time || !time.ok) {
            const reason = time
                ? `: ${time.reason}`
                : ' is missing; give an RFC 3339 time like 2026-02-20T12:59:00Z';
            violations.push(violation_violation('C', 'APPROVAL_TIME_INVALID', document.path, `${document.path}: approval ${index} "approved_at"${reason}.`, document.lineOf([index, 'approved_at']) ?? line));
            return;
        }
        approvals.push({
            role: item.role,
            principal: item.principal,
            approvedAt: time.utc,
            approvedInstant: time.instant,
            line
        });
    });
    return { value: approvals, violations };
}
function checkObligationsRecorded(obligations, documents, decisionPath) {
    const activities = documents.flatMap((d) => d.prov?.activities ?? []);
    // With no PROV read at all, no obligation can be in it: PROV_MISSING says why.
    const about = documents.some((d) => d.prov) ? undefined : { absent: 'prov' };
    return obligations
        .filter((obligation) => !activities.some((activity) => activity.values.includes(obligation.id)))
        .map((obligation) => violation_violation('C', 'OBLIGATION_NOT_IN_PROV', decisionPath, `The ${obligation.type} obligation ${obligation.id} is recorded by no PROV activity; add the activity that carried it out, with "kfm:obligation": "${obligation.id}".`, undefined, about));
}
/** The policy decision of the evidence, when one was given and its fields are well formed. */
function policyDecisionOf(evidence) {
    const document = evidence.policyDecision;
    return document?.readable ? judgePolicyDecision(document).value : undefined;
}
/** The approvals file judged, when one was given and could be read. */
function fileApprovals(evidence) {
    const document = evidence.approvals;
    return document?.readable ? judgeApprovals(document) : undefined;
}
/** Every approval that counts as evidence: the file's well-formed ones, then the reviews'. */
function approvalsOf(evidence, fromFile = fileApprovals(evidence)) {
    return [...(fromFile?.value ?? []), ...(evidence.reviewApprovals?.approvals ?? [])];
}
function judgeDecision(evidence, checked) {
    const document = evidence.policyDecision;
    if (!document) {
        const message = missingInput('only an "allow" policy decision promotes', 'policy-decision');
        return { violations: [violation_violation('C', 'POLICY_DECISION_MISSING', 'policy-decision', message)] };
    }
    if (!document.readable) {
        const { path, message, line } = document;
        return { violations: [violation_violation('C', 'POLICY_DECISION_INVALID', path, message, line)] };
    }
    const judged = judgePolicyDecision(document);
    const policy = judged.value;
    if (policy)
        checked.push(`policy decision ${policy.decisionId}: ${policy.decision}, label ${policy.policyLabel}`);
    return judged;
}
/**
 * The label of the base branch's copy of the decision, the one field read from it; undefined when
 * no copy was given, or none is there (the dataset is new on the branch, which the log says).
 */
function judgeBaseLabel(evidence, checked) {
    const document = evidence.basePolicyDecision;
    if (!document)
        return undefined;
    const { path } = document;
    if (!document.readable && document.absent) {
        checked.push(`no policy decision on the base branch (${path}): the dataset is new there, so no change of label is checked`);
        return undefined;
    }
    const cannotTell = 'so whether this pull request lowers the label cannot be told; fix the decision on the base branch first';
    if (!document.readable) {
        const message = `The base branch's policy decision cannot be read (${document.message}), ${cannotTell}.`;
        return { violations: [violation_violation('C', 'POLICY_DECISION_INVALID', path, message, document.line)] };
    }
    const label = isRecord(document.value) ? document.value.policy_label : undefined;
    if (!isPolicyLabel(label)) {
        const message = `The base branch's policy decision ${path} has no "policy_label" of ${POLICY_LABELS.join(', ')}, ${cannotTell}.`;
        const line = document.lineOf(['policy_label']) ?? 1;
        return { violations: [violation_violation('C', 'POLICY_DECISION_INVALID', path, message, line)] };
    }
    return { value: label, violations: [] };
}
/** What the log says of the label against the base branch's, and of the roles that follow. */
function labelChange(approvals) {
    const { baseLabel, policyLabel } = approvals;
    if (baseLabel === undefined)
        return undefined;
    if (baseLabel === policyLabel)
        return `label unchanged from the base branch (${baseLabel})`;
    const inherited = inheritedRoles(approvals);
    return inherited.length
        ? `label lowered from ${baseLabel} on the base branch to ${policyLabel}: the approvals ${baseLabel} requires are required too (${inherited.join(', ')})`
        : `label changed from ${baseLabel} on the base branch to ${policyLabel}`;
}
/** The approvals the label (and the base branch's label) requires, checked at released_at. */
function approvalChecks(evidence, policy, baseLabel, fromFile, checked) {
    const identity = identityOf(evidence);
    if (identity.releasedAt === undefined || identity.releasedInstant === undefined)
        return [];
    const approvals = {
        approvals: approvalsOf(evidence, fromFile),
        path: evidence.approvals?.path ?? evidence.reviewApprovals?.source,
        policyLabel: policy.policyLabel,
        ...(baseLabel === undefined ? {} : { baseLabel }),
        required: evidence.requiredApprovals,
        releasedAt: identity.releasedAt,
        releasedInstant: identity.releasedInstant
    };
    const roles = evidence.requiredApprovals[policy.policyLabel] ?? [];
    checked.push(roles.length
        ? `required approvals for ${policy.policyLabel}: ${roles.join(', ')}`
        : `no approval required for ${policy.policyLabel}`);
    const change = labelChange(approvals);
    if (change)
        checked.push(change);
    return checkApprovals(approvals);
}
const gateC = {
    letter: 'C',
    check(evidence) {
        const checked = [];
        const { value: policy, violations } = judgeDecision(evidence, checked);
        const file = evidence.approvals;
        if (file && !file.readable)
            violations.push(violation_violation('C', 'APPROVALS_INVALID', file.path, file.message, file.line));
        const fromFile = fileApprovals(evidence);
        violations.push(...(fromFile?.violations ?? []));
        const reviews = evidence.reviewApprovals;
        if (reviews)
            checked.push(`${reviews.approvals.length} approval(s) from ${reviews.source}`);
        const base = judgeBaseLabel(evidence, checked);
        violations.push(...(base?.violations ?? []));
        if (policy) {
            violations.push(...approvalChecks(evidence, policy, base?.value, fromFile, checked));
            const documents = evidence.catalogDocuments.documents;
            violations.push(...checkObligationsRecorded(policy.obligations, documents, policy.path));
            if (policy.obligations.length > 0)
                checked.push(`${policy.obligations.length} obligation(s) recorded in PROV`);
        }
        return { violations, checked };
    }
};

;// CONCATENATED MODULE: ./src/gates/f-contract.ts






const QA_STATUSES = ['pass', 'warn', 'fail'];
/** The QA outcome the report states, and the violations of its status. */
function judgeQaReport(document) {
    const violations = [];
    const status = isRecord(document.value) ? document.value.status : undefined;
    if (typeof status !== 'string' || !QA_STATUSES.includes(status)) {
        return {
            violations: [
                violation_violation('F', 'QA_STATUS_INVALID', document.path, `${document.path} needs a top-level "status" of "pass", "warn" or "fail"${status === undefined ? '' : `, not ${JSON.stringify(status)}`}.`, document.lineOf(['status']) ?? 1)
            ]
        };
    }
    const value = {
        status: status,
        reportDigest: document.digest,
        path: document.path
    };
    if (status !== 'pass') {
        violations.push(violation_violation('F', 'QA_NOT_PASSED', document.path, `QA status is "${status}"; only "pass" promotes. Fix what the QA report lists and run QA again.`, document.lineOf(['status'])));
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
            violations.push(violation_violation('F', 'EVIDENCE_UNRESOLVED', receipt.path, `The receipt ${receipt.runId} cites the validation report ${cited}, ${what}.`, receipt.lineOf(['validation', 'report_digest'])));
        }
        if (decision && receipt.decisionId === decision.decisionId)
            resolved.push(`${receipt.path} policy.decision_id → ${decision.path}`);
        else if (decision) {
            violations.push(violation_violation('F', 'EVIDENCE_UNRESOLVED', receipt.path, `The receipt ${receipt.runId} cites the policy decision ${receipt.decisionId}, but the decision given to this run is ${decision.decisionId}.`, receipt.lineOf(['policy', 'decision_id'])));
        }
    }
    return { violations, resolved };
}
const manifestProblems = schemaValidator(manifestV1);
/** Checks a manifest value; `path` names it in violations (the output path or a fixture). */
function validateManifest(manifest, path) {
    return manifestProblems(manifest).map((problem) => violation_violation('F', 'MANIFEST_SCHEMA', path, `The manifest does not match the v1 schema: ${problem.text.replace(/^the document/, 'the manifest')}.`, undefined, emptyList(manifest, problem.location)));
}
/** A schema problem that is a list of the manifest left empty: the inventory found no file. */
function emptyList(manifest, location) {
    const [list, ...rest] = location;
    if (rest.length > 0 || (list !== 'artifacts' && list !== 'catalogs'))
        return undefined;
    const value = manifest?.[list];
    return Array.isArray(value) && value.length === 0 ? { absent: list } : undefined;
}
/** The QA outcome of the evidence, when a readable report with a known status was given. */
function qaOutcomeOf(evidence) {
    const document = evidence.qaReport;
    return document?.readable ? judgeQaReport(document).value : undefined;
}
function judgeQa(evidence, checked) {
    const document = evidence.qaReport;
    if (!document) {
        const message = missingInput('only a QA report with status "pass" promotes', 'qa-report');
        return [violation_violation('F', 'QA_REPORT_MISSING', 'qa-report', message)];
    }
    if (!document.readable)
        return [violation_violation('F', 'QA_REPORT_INVALID', document.path, document.message, document.line)];
    const judged = judgeQaReport(document);
    if (judged.value)
        checked.push(`QA report ${judged.value.path}: ${judged.value.status}`);
    return judged.violations;
}
const gateF = {
    letter: 'F',
    check(evidence) {
        const checked = [];
        const violations = judgeQa(evidence, checked);
        const qa = qaOutcomeOf(evidence);
        const policy = policyDecisionOf(evidence);
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
        if (evidence.manifest) {
            const schema = validateManifest(evidence.manifest.value, evidence.manifest.path);
            violations.push(...schema);
            if (schema.length === 0)
                checked.push('manifest valid against promotion_manifest_v1.schema.json');
        }
        return { violations, checked };
    }
};
/** The first line where two texts differ (1-based). */
function firstDifferentLine(actual, expected) {
    const a = actual.split('\n');
    const b = expected.split('\n');
    let line = 0;
    while (line < a.length && line < b.length && a[line] === b[line])
        line++;
    return line + 1;
}
function sidecarViolation(sidecar, manifest) {
    const { path, actual, expected } = sidecar;
    const again = 'promote again to write the manifest and its sidecars together';
    if (actual === undefined) {
        const message = `${path} is beside ${manifest} but ${sidecar.problem ?? 'cannot be read'}; ${again}, or remove it.`;
        return violation_violation('F', 'SIDECAR_MISMATCH', path, message);
    }
    if (actual === expected)
        return undefined;
    if (sidecar.kind === 'statement') {
        const message = `${path} names ${manifest} with the digest ${actual}, but the manifest's bytes hash to ${expected}: one of them changed after they were written; ${again}.`;
        return violation_violation('F', 'SIDECAR_MISMATCH', path, message);
    }
    const line = firstDifferentLine(actual, expected);
    const message = `${path} does not list the files ${manifest} lists, with their digests (line ${line} differs): one of them changed after they were written; ${again}.`;
    return violation_violation('F', 'SIDECAR_MISMATCH', path, message, line);
}
/** Gate F for a written manifest: readable, valid, the expected bytes, and its sidecars agree. */
const verifyGateF = {
    letter: 'F',
    check(evidence) {
        const document = evidence.manifest;
        if (!document.readable) {
            const { path, message, line } = document;
            return {
                violations: [violation_violation('F', 'MANIFEST_UNREADABLE', path, message, line)],
                checked: []
            };
        }
        const violations = validateManifest(document.value, document.path);
        const checked = [];
        if (violations.length === 0)
            checked.push(`${document.path} valid against the v1 schema`);
        const expected = evidence.expectDigest;
        if (expected !== undefined && expected !== document.digest) {
            const message = `${document.path} hashes to ${document.digest}, not to the expected ${expected}: this is not the manifest that was generated (or attested). Fetch the right one; never edit a manifest by hand.`;
            violations.push(violation_violation('F', 'MANIFEST_DIGEST_UNEXPECTED', document.path, message));
        }
        else if (expected !== undefined)
            checked.push(`${document.path} is ${expected}`);
        for (const sidecar of evidence.sidecars) {
            const found = sidecarViolation(sidecar, document.path);
            if (found)
                violations.push(found);
            else
                checked.push(`${sidecar.path} agrees`);
        }
        return { violations, checked };
    }
};

;// CONCATENATED MODULE: ./src/lib/manifest.ts
// The library's manifest functions: build a v1 manifest from its fields in the one order the
// pipeline uses, check a value against the v1 schema, and write JSON atomically with its digest.







/**
 * The v1 manifest for these fields: the contract's field order, artifacts and catalogs sorted by
 * path, approvals by role, principal and time (UTF-8 byte order), as the action writes it.
 * Nothing is checked here: validatePromotionManifestOrThrow does that.
 */
function buildPromotionManifest(fields) {
    return orderedManifest(fields);
}
/** A value that is not a valid v1 promotion manifest; `violations` lists every schema problem. */
class PromotionManifestError extends Error {
    violations;
    name = 'PromotionManifestError';
    constructor(violations) {
        super([
            `Not a valid promotion manifest (v1): ${violations.length} problem(s).`,
            ...violations.map((v) => `- ${v.message}`)
        ].join('\n'));
        this.violations = violations;
    }
}
/** Returns when `value` is a valid v1 manifest; throws PromotionManifestError otherwise. */
function validatePromotionManifestOrThrow(value) {
    const violations = validateManifest(value, 'manifest').map(withoutAbout);
    if (violations.length > 0)
        throw new PromotionManifestError(violations);
}
/**
 * Writes `value` as two-space JSON with a final newline, atomically (a synced temporary file
 * beside the target, then renamed over it), and returns the absolute path and the SHA-256 of the
 * bytes written, as sha256sum gives it.
 */
async function writeJsonAtomic(file, value) {
    const text = json_jsonText(value);
    const absolute = external_node_path_default().resolve(file);
    await write_writeFilesAtomic([{ path: absolute, shown: file, text }]);
    return { path: absolute, digest: sha256Digest(text) };
}

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __nccwpck_require__(1916);
;// CONCATENATED MODULE: ./src/model/nearest.ts
// The known name nearest a mistyped one, for "did you mean" answers: Levenshtein distance
// (fastest-levenshtein), and only a name within a third of the typed name's length, so a name
// that resembles nothing gets no suggestion.


/** The closest of `known` to `typed`, or undefined when none is close; ties go to byte order. */
function nearestName(typed, known) {
    const allowed = Math.ceil(typed.length / 3);
    let best;
    for (const name of known) {
        const d = (0,mod/* distance */.Io)(typed, name);
        if (d > allowed)
            continue;
        if (!best || d < best.distance || (d === best.distance && compareText(name, best.name) < 0))
            best = { name, distance: d };
    }
    return best?.name;
}

;// CONCATENATED MODULE: ./src/options/inputs.ts
// The one table of inputs: the action's inputs (action.yml) and the CLI's flags are both this
// list, and tests hold action.yml, the CLI's usage and the README's input table to it.
/** Every input, with its default; action.yml and the CLI's --help say the same. */
const INPUTS = {
    mode: {
        kind: 'choice',
        choices: ['promote', 'verify', 'changed-datasets', 'inventory'],
        actionOnly: true,
        default: 'promote',
        description: 'promote: build and check the manifest. verify: check a written manifest against the files (before publishing). changed-datasets: only output the changed-datasets matrix for the pull request (no manifest). inventory: hash one shard of the artifacts (shard: I/N) and upload its shard file, for a later promote job (inventory-shards).'
    },
    datasets: {
        kind: 'patterns',
        list: true,
        actionOnly: true,
        description: 'changed-datasets mode: dataset root globs, workspace-relative, one per line (e.g. datasets/*). A matched directory with a spec.yaml, spec.yml or spec.json is a dataset.'
    },
    'allow-removals': {
        kind: 'boolean',
        actionOnly: true,
        default: 'false',
        description: 'changed-datasets mode: whether the pull request may remove a dataset (delete its spec, or rename it away, leaving no spec in its root). false: a removal fails the step, naming the dataset and its changed paths. true: removals are listed in the summary and the removed-datasets output.'
    },
    'allow-outside-datasets': {
        kind: 'boolean',
        actionOnly: true,
        default: 'false',
        description: 'changed-datasets mode: whether the pull request may change paths the datasets globs cover (a matched directory or anything under one) that lie in no dataset. false: such a change fails the step, naming the paths. true: they are listed in the summary and the outside-datasets output.'
    },
    'github-token': {
        kind: 'secret',
        actionOnly: true,
        default: '${{ github.token }}',
        description: 'Token for the GitHub API (pull-request files, reviews, head commit, comments). Needs pull-requests: read, or write for comment: true, and contents: read for released-at: pull-request.'
    },
    'approvals-from': {
        kind: 'choice',
        choices: ['file', 'pull-request-reviews'],
        actionOnly: true,
        default: 'file',
        description: 'file: approvals come from the approvals input only. pull-request-reviews: approving reviews of the head commit count too, with roles from reviewer-roles.'
    },
    'reviewer-roles': {
        kind: 'lines',
        list: true,
        actionOnly: true,
        description: 'Roles of reviewers, one "role: user, org/team" per line (e.g. "steward: alice, kfm/data-stewards"), for approvals-from: pull-request-reviews.'
    },
    'trusted-paths': {
        kind: 'patterns',
        list: true,
        actionOnly: true,
        description: "On a pull request: the files that decide how the gate judges, workspace-relative patterns one per line (! excludes), added to the built-in ones (.github/workflows/**, .github/actions/**, CODEOWNERS anywhere, **/policy/**, **/approvals.json, action.yml, dist/**, and this run's policy-decision and approvals files). The pull request's changes to any of them are named in the job summary and the comment."
    },
    comment: {
        kind: 'boolean',
        actionOnly: true,
        default: 'false',
        description: 'On a pull request, keep one comment per dataset with the gate table and violations, updated in place on each push.'
    },
    'dataset-slug': {
        kind: 'text',
        required: 'promote',
        description: 'Required in promote mode. Stable dataset identity: lowercase a-z, 0-9 and _, starting with a letter, at most 64 characters.'
    },
    'dataset-version-id': {
        kind: 'text',
        description: 'Dataset version id. Default: derived as YYYY-MM (from released-at, UTC) + "." + the first 8 hex characters of spec_hash.'
    },
    'released-at': {
        kind: 'time',
        description: "Release time, RFC 3339 (converted to UTC). Default: the commit time of the checked-out commit. In the action, pull-request: the later of the pull request's head commit's committer time (never later than the run's clock) and the last approving review of that commit, from the API, so editing the pull request's title or labels does not move it."
    },
    spec: {
        kind: 'file',
        description: 'The dataset spec document (JSON, or YAML by .yaml/.yml), workspace-relative; spec_hash is the SHA-256 of its RFC 8785 form.'
    },
    'spec-hash': {
        kind: 'digest',
        description: 'spec_hash as sha256:<64 hex>, when no spec document is given; when both are given they must agree.'
    },
    root: {
        kind: 'directory',
        default: '.',
        description: 'The dataset root, workspace-relative. Manifest paths and all patterns are relative to it.'
    },
    artifacts: {
        kind: 'patterns',
        list: true,
        description: 'Processed artifacts: newline-separated glob patterns relative to root (! excludes, # comments).'
    },
    shard: {
        kind: 'text',
        mode: 'inventory',
        description: 'inventory mode (CLI: inventory --shard): I/N, hash shard I of N of the artifacts (e.g. 2/4, from a matrix). Every shard lists all the files; a file is in shard (first 4 bytes of the SHA-256 of its root-relative path, big-endian) mod N + 1. verify mode (CLI: verify --shard): check only the listed files of shard I.'
    },
    'artifacts-shards': {
        kind: 'file',
        list: true,
        description: 'Inventory shard files (from inventory --shard), one workspace-relative path per line: the artifacts inventory is their merge, checked whole (all N shards, one listing, disjoint parts), instead of hashing the artifacts here.'
    },
    'inventory-shards': {
        kind: 'text',
        actionOnly: true,
        description: 'promote mode: downloads the artifacts of this workflow run whose names match this glob (e.g. promotion-inventory-river_gauges-shard-*), each checked against its digest, and merges their shard files as artifacts-shards does.'
    },
    'artifacts-manifest': {
        kind: 'file',
        description: 'A precomputed artifact list (JSON array of {path, digest, media_type}), verified against the files that are present.'
    },
    catalogs: {
        kind: 'patterns',
        list: true,
        description: 'Catalog triplet files (DCAT, STAC, PROV): newline-separated glob patterns relative to root.'
    },
    'catalogs-manifest': {
        kind: 'file',
        description: 'A precomputed catalog list, in the same format as artifacts-manifest.'
    },
    'qa-report': {
        kind: 'file',
        description: 'QA report (JSON with a top-level status: pass, warn or fail), workspace-relative. Only pass promotes.'
    },
    'policy-decision': {
        kind: 'file',
        description: 'Policy decision (JSON with decision_id, policy_label, decision, obligations), workspace-relative. Only allow promotes.'
    },
    'base-policy-decision': {
        kind: 'file',
        description: "The base branch's copy of the dataset's policy decision, workspace-relative, checked out apart from the pull request's files (e.g. .gate/datasets/river_gauges/policy/decision.json). When the pull request's label requires fewer roles than this one (restricted to public), the roles both labels require must approve. No file there: the dataset is new on the branch, and no label change is checked."
    },
    approvals: {
        kind: 'file',
        description: 'Approvals (JSON array of {role, principal, approved_at}), workspace-relative.'
    },
    'run-receipts': {
        kind: 'patterns',
        list: true,
        description: 'Run receipts: newline-separated glob patterns relative to root.'
    },
    'required-approvals': {
        kind: 'lines',
        list: true,
        description: 'Roles required per policy label, one "label: role, role" per line. Labels not listed keep the default: internal, restricted and confidential need a steward.'
    },
    'media-types': {
        kind: 'lines',
        list: true,
        description: 'Media type overrides, one "pattern: media/type" per line (pattern relative to root); the first match wins.'
    },
    'stac-applicable': {
        kind: 'boolean',
        default: 'true',
        description: 'Whether STAC applies to this dataset. Set false for a dataset with no spatial or temporal extent to describe; the summary then says STAC was declared not applicable.'
    },
    'stac-extension-schemas': {
        kind: 'lines',
        list: true,
        description: 'Local JSON Schemas for STAC extensions whose schemas are not bundled, one "URL=path" per line (URL as stac_extensions names it, path workspace-relative). Never fetched.'
    },
    sbom: {
        kind: 'file',
        list: true,
        description: 'SBOM files (CycloneDX or SPDX JSON), one workspace-relative path per line. Optional; when given, each must exist and parse (gate G).'
    },
    attestations: {
        kind: 'file',
        list: true,
        description: 'Attestation files (in-toto Statement, DSSE envelope or Sigstore bundle), one workspace-relative path per line. Optional; when given, each must exist and parse (gate G).'
    },
    out: {
        kind: 'file',
        default: 'promotion_manifest.json',
        description: 'Where the manifest is written, workspace-relative. Written only when every gate passes.'
    },
    manifest: {
        kind: 'file',
        mode: 'verify',
        required: 'verify',
        description: 'verify mode: the written manifest to check, workspace-relative. Its sidecars beside it (the in-toto Statement, the checksums file), when there, must agree with it.'
    },
    'expect-digest': {
        kind: 'digest',
        mode: 'verify',
        description: "verify mode: the digest the manifest's bytes must have: the generating job's manifest-digest output, or the digest an attestation names."
    },
    strict: {
        kind: 'patterns',
        list: true,
        mode: 'verify',
        description: 'verify mode: patterns relative to the root; a file they find that the manifest does not list is a violation (something was added after the gate).'
    },
    upload: {
        kind: 'boolean',
        actionOnly: true,
        default: 'true',
        description: 'Upload the manifest as a workflow artifact after it passed.'
    },
    'retention-days': {
        kind: 'integer',
        actionOnly: true,
        description: 'Days the uploaded artifact is kept (1 to 90, or the repository maximum). Default: the repository setting.'
    },
    'upload-timeout-seconds': {
        kind: 'integer',
        actionOnly: true,
        default: '300',
        description: 'The longest an upload may take before the step fails; the artifact client also bounds its own retries.'
    },
    overwrite: {
        kind: 'boolean',
        actionOnly: true,
        default: 'false',
        description: 'Replace an artifact of the same name uploaded earlier in this workflow run (a re-run of the job), as upload-artifact does; otherwise that upload fails.'
    },
    'artifact-name': {
        kind: 'text',
        actionOnly: true,
        description: 'Name of the uploaded artifact. Default: promotion-manifest-<dataset-slug>-<dataset-version-id>. In inventory mode, the prefix of the shard artifact <artifact-name>-<dataset-slug>-shard-<I>-of-<N>; default promotion-inventory.'
    },
    'fail-on-violation': {
        kind: 'boolean',
        actionOnly: true,
        default: 'true',
        description: 'Fail the job on any violation. When false the step succeeds with status=fail, and still writes no manifest.'
    }
};
/** The input's table entry, typed as the general spec. */
function inputSpec(name) {
    return INPUTS[name];
}
/**
 * The inputs a CLI command takes as flags, and the library as fields: all but the action's own
 * and those of another mode (verify's inputs are the verify command's).
 */
function cliInputs(mode = 'promote') {
    return Object.keys(INPUTS).filter((name) => {
        const input = inputSpec(name);
        return !input.actionOnly && (input.mode ?? 'promote') === mode;
    });
}
/** The camelCase key of an input in PromotionInputs. */
function camelCaseName(name) {
    return name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
}

;// CONCATENATED MODULE: ./src/model/lines.ts
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

;// CONCATENATED MODULE: ./src/options/parse.ts
// Raw input strings (action inputs or CLI flags, both kebab-case) → one typed Options object.
// Problems here are usage errors: the run cannot even be described. Problems with what the
// inputs point at are violations, found later by the gates.






class UsageError extends Error {
}
function nonEmpty(value) {
    const trimmed = value?.trim();
    return trimmed ? trimmed : undefined;
}
/** Workspace-relative display form of an absolute path (absolute when outside the workspace). */
function displayPath(workspace, absolute) {
    if (external_node_path_default().relative(workspace, absolute) === '')
        return '.';
    return relativeInside(workspace, absolute) ?? absolute;
}
function documentRef(workspace, value) {
    const given = nonEmpty(value);
    if (!given)
        return undefined;
    const absolute = external_node_path_default().resolve(workspace, given);
    const shown = displayPath(workspace, absolute);
    return shown === absolute
        ? { absolute, path: shown }
        : { absolute, path: shown, confine: workspace };
}
function documentRefs(workspace, value) {
    return patternLines(value ?? '').flatMap((line) => documentRef(workspace, line) ?? []);
}
function parsePositiveInteger(name, value, min, max) {
    const text = nonEmpty(value);
    if (text === undefined)
        return undefined;
    const number = Number(text);
    if (!/^\d+$/.test(text) || number < min || number > max) {
        throw new UsageError(`${name} must be a whole number from ${min} to ${max}, not "${text}".`);
    }
    return number;
}
function parseBoolean(name, value) {
    const text = nonEmpty(value) ?? inputSpec(name).default ?? 'false';
    if (['true', 'True', 'TRUE'].includes(text))
        return true;
    if (['false', 'False', 'FALSE'].includes(text))
        return false;
    throw new UsageError(`${name} must be true or false, not "${text}".`);
}
/** `label: role, role` lines, merged over the defaults label by label. */
function parseRequiredApprovals(text) {
    const required = {};
    for (const [label, roles] of Object.entries(DEFAULT_REQUIRED_APPROVALS))
        required[label] = [...roles];
    for (const line of patternLines(text ?? '')) {
        const colon = line.indexOf(':');
        if (colon <= 0) {
            throw new UsageError(`required-approvals line "${line}" must read "label: role, role" (for example "restricted: steward, data-owner").`);
        }
        const label = line.slice(0, colon).trim();
        required[label] = line
            .slice(colon + 1)
            .split(',')
            .map((role) => role.trim())
            .filter((role) => role.length > 0);
    }
    return required;
}
/** The media-type overrides, "pattern: media/type" lines. */
function parseMediaTypes(text) {
    return patternLines(text ?? '').map((line) => {
        const colon = line.lastIndexOf(': ');
        const pattern = colon > 0 ? line.slice(0, colon).trim() : '';
        const mediaType = colon > 0 ? line.slice(colon + 2).trim() : '';
        if (!pattern || !/^[\w!#$&^.+-]+\/[\w!#$&^.+-]+/.test(mediaType)) {
            throw new UsageError(`media-types line "${line}" must read "pattern: media/type" (for example "**/*.tif: image/tiff; application=geotiff").`);
        }
        return { pattern, mediaType };
    });
}
/** `I/N`: shard I of N, 1 <= I <= N <= 1024 (the shard file schema's limit). */
function parseShard(value) {
    const text = nonEmpty(value);
    if (text === undefined)
        return undefined;
    const match = /^(\d{1,4})\/(\d{1,4})$/.exec(text);
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (!match || index < 1 || index > count || count > 1024)
        throw new UsageError(`shard must read I/N, shard I of N with 1 <= I <= N <= 1024 (for example "2/4"), not "${text}".`);
    return { index, count };
}
/** A root-relative path as messages and annotations show it: relative to the workspace. */
function rootDisplay(rootPath) {
    return (relative) => (rootPath === '.' ? relative : external_node_path_default().posix.join(rootPath, relative));
}
/** The workspace, the root and the output file, as the inputs name them. */
function parsePlaces(raw, workspace) {
    const rootRef = documentRef(workspace, raw.root ?? INPUTS.root.default) ?? {
        absolute: workspace,
        path: '.'
    };
    const out = documentRef(workspace, raw.out ?? INPUTS.out.default);
    if (!out)
        throw new UsageError('out must name a file.');
    return { workspace, root: rootRef.absolute, rootPath: rootRef.path, out };
}
/** `URL=path` lines: a local schema file for each STAC extension URL. */
function parseStacExtensionSchemas(workspace, text) {
    return patternLines(text ?? '').map((line) => {
        const at = line.lastIndexOf('=');
        const url = line.slice(0, at).trim();
        const file = at > 0 ? documentRef(workspace, line.slice(at + 1)) : undefined;
        if (!file || !URL.canParse(url)) {
            throw new UsageError(`stac-extension-schemas line "${line}" must read "URL=path" (for example "https://stac-extensions.github.io/example/v1.0.0/schema.json=schemas/example.json").`);
        }
        return { url, file };
    });
}
function parseOptions(raw, workspace) {
    const datasetSlug = nonEmpty(raw['dataset-slug']);
    if (!datasetSlug)
        throw new UsageError('dataset-slug is required (for example "river_gauges").');
    const artifactsShards = documentRefs(workspace, raw['artifacts-shards']);
    if (artifactsShards.length > 0 && nonEmpty(raw['artifacts-manifest']))
        throw new UsageError('artifacts-shards and artifacts-manifest both say what the artifacts are; give one of them.');
    return {
        ...parsePlaces(raw, workspace),
        datasetSlug,
        datasetVersionId: nonEmpty(raw['dataset-version-id']),
        releasedAt: nonEmpty(raw['released-at']),
        spec: documentRef(workspace, raw.spec),
        specHash: nonEmpty(raw['spec-hash']),
        artifacts: patternLines(raw.artifacts ?? ''),
        artifactsManifest: documentRef(workspace, raw['artifacts-manifest']),
        catalogs: patternLines(raw.catalogs ?? ''),
        catalogsManifest: documentRef(workspace, raw['catalogs-manifest']),
        qaReport: documentRef(workspace, raw['qa-report']),
        policyDecision: documentRef(workspace, raw['policy-decision']),
        basePolicyDecision: documentRef(workspace, raw['base-policy-decision']),
        approvals: documentRef(workspace, raw.approvals),
        runReceipts: patternLines(raw['run-receipts'] ?? ''),
        requiredApprovals: parseRequiredApprovals(raw['required-approvals']),
        mediaTypes: parseMediaTypes(raw['media-types']),
        stacApplicable: parseBoolean('stac-applicable', raw['stac-applicable']),
        stacExtensionSchemas: parseStacExtensionSchemas(workspace, raw['stac-extension-schemas']),
        sboms: documentRefs(workspace, raw.sbom),
        attestations: documentRefs(workspace, raw.attestations),
        artifactsShards
    };
}
function parseVerifyOptions(raw, workspace) {
    const manifest = documentRef(workspace, raw.manifest);
    if (!manifest)
        throw new UsageError('manifest is required in verify mode (for example "promotion_manifest.json").');
    const expectDigest = nonEmpty(raw['expect-digest']);
    if (expectDigest !== undefined && !DIGEST_PATTERN.test(expectDigest))
        throw new UsageError(`expect-digest "${expectDigest}" must be sha256: followed by 64 lowercase hex characters (the manifest-digest output of the generating job).`);
    const { root, rootPath } = parsePlaces({ root: raw.root }, workspace);
    return {
        workspace,
        root,
        rootPath,
        manifest,
        expectDigest,
        strict: patternLines(raw.strict ?? ''),
        shard: parseShard(raw.shard)
    };
}
/** What the version-id command derives the id from: the spec (or its hash) and released-at. */
function parseVersionIdOptions(raw, workspace) {
    const spec = documentRef(workspace, raw.spec);
    const specHash = nonEmpty(raw['spec-hash']);
    if (!spec && !specHash)
        throw new UsageError('version-id needs --spec FILE (or --spec-hash sha256:HEX).');
    return { workspace, spec, specHash, releasedAt: nonEmpty(raw['released-at']) };
}

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __nccwpck_require__(9547);
;// CONCATENATED MODULE: ./src/documents/json-document.ts
// Reads a JSON input document the way a fail-closed gate needs it: bytes and digest exactly as on
// disk, strict JSON (no BOM, no duplicate keys), and the line of any problem, so annotations land
// on the right line of a pull request's diff.







/** Input documents (reports, decisions, catalogs) are small; a larger one is refused, not parsed. */
const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;
/**
 * Deeper nesting is refused: no input document needs it, and the readers behind the gates
 * (JSON-LD expansion, schema validation, the canonical form) recurse and would overflow.
 */
const MAX_DEPTH = 256;
class DocumentError extends Error {
    path;
    line;
    absent;
    constructor(path, message, line, 
    /** Nothing is at the path: for the one input whose absence means something (the base copy). */
    absent = false) {
        super(message);
        this.path = path;
        this.line = line;
        this.absent = absent;
    }
}
/** The 1-based line of a character offset in a text. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
/**
 * The text of a document's bytes, which must be UTF-8. Bytes that do not decode are refused (not
 * replaced with U+FFFD, which would be a guess), naming the line and byte offset of the first;
 * U+FFFD written as a character (EF BF BD) is text like any other and is read.
 */
function decodeUtf8(path, bytes) {
    // isUtf8 accepts exactly what `new TextDecoder('utf-8', { fatal: true })` decodes (overlong
    // forms, encoded surrogates, code points past U+10FFFF and cut sequences fail both), without a
    // throw to catch; for valid UTF-8, toString is that decoder's text, a leading BOM kept.
    if ((0,external_node_buffer_namespaceObject.isUtf8)(bytes))
        return bytes.toString('utf8');
    const offset = firstInvalidUtf8(bytes);
    if (offset === undefined)
        throw new DocumentError(path, `${path} is not valid UTF-8; save it as UTF-8`);
    let line = 1;
    for (let i = 0; i < offset; i++)
        if (bytes[i] === 0x0a)
            line++;
    const byte = bytes[offset].toString(16).toUpperCase().padStart(2, '0');
    throw new DocumentError(path, `${path} is not valid UTF-8: the byte 0x${byte} on line ${line} (byte offset ${offset}) does not decode; save the file as UTF-8 (a tool may have written it as Latin-1 or Windows-1252)`, line);
}
/**
 * The offset of the first byte that does not begin a well-formed UTF-8 sequence (Unicode 15,
 * table 3-7), or undefined when every sequence is well formed.
 */
function firstInvalidUtf8(bytes) {
    const between = (at, low, high) => at < bytes.length && bytes[at] >= low && bytes[at] <= high;
    let i = 0;
    while (i < bytes.length) {
        const lead = bytes[i];
        let length;
        if (lead <= 0x7f)
            length = 1;
        else if (lead >= 0xc2 && lead <= 0xdf)
            length = 2;
        else if (lead >= 0xe0 && lead <= 0xef)
            length = 3;
        else if (lead >= 0xf0 && lead <= 0xf4)
            length = 4;
        else
            return i;
        // The second byte's range depends on the lead: it excludes overlong forms (E0, F0),
        // encoded surrogates (ED) and code points past U+10FFFF (F4).
        const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
        const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
        if (length > 1 && !between(i + 1, low, high))
            return i;
        for (let k = 2; k < length; k++)
            if (!between(i + k, 0x80, 0xbf))
                return i;
        i += length;
    }
    return undefined;
}
/** Parses JSON text strictly; throws DocumentError with the line of the first problem. */
function parseJsonText(path, bytes, { exactNumbers = false } = {}) {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        throw new DocumentError(path, `${path} starts with a byte-order mark; save it as UTF-8 without BOM`, 1);
    }
    const text = decodeUtf8(path, bytes);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const position = /at position (\d+)/.exec(reason);
        const line = position ? lineAt(text, Number(position[1])) : undefined;
        const where = line ? ` (line ${line})` : '';
        const first = reason
            .replace(/ in JSON at position \d+.*$/, '')
            .replace(/\s*\(line \d+ column \d+\)$/, '');
        throw new DocumentError(path, `${path} is not valid JSON${where}: ${first}`, line);
    }
    // The value first, without recursion: the token visitor below recurses as deep as the nesting.
    const { problem, members } = walkValue(value);
    if (problem)
        throw new DocumentError(path, `${path} ${problem.message}`, problem.line?.(text));
    // A key written twice leaves fewer members in the value than the text has: only then, or when
    // every number's text counts, is the token visitor needed (it is most of the parse's time).
    const found = exactNumbers || membersInText(text) !== members
        ? findTokenProblem(text, exactNumbers)
        : undefined;
    if (found)
        throw new DocumentError(path, `${path} ${found.message}`, found.line);
    return { value, text };
}
/**
 * Why a parsed value is not what the gates may read, if it is not: nesting deeper than
 * MAX_DEPTH, a `__proto__` key (JavaScript readers turn it into a prototype change), or a string
 * with a lone UTF-16 surrogate (not Unicode text, and RFC 7493 forbids it). Walks without
 * recursion, so any depth JSON.parse accepts is safe here.
 */
function jsonValueProblem(value) {
    return walkValue(value).problem;
}
/** String literals and the colons between them: a colon outside a string ends a member's key. */
const STRING_OR_COLON = /"[^"\\]*(?:\\.[^"\\]*)*"|:/g;
/** How many object members the text of a valid JSON document writes, duplicates included. */
function membersInText(text) {
    let members = 0;
    for (const match of text.matchAll(STRING_OR_COLON))
        if (match[0] === ':')
            members++;
    return members;
}
/** jsonValueProblem's walk, which also counts the object members of the value. */
function walkValue(value) {
    let members = 0;
    const stack = [[value, 0]];
    while (stack.length > 0) {
        const [node, depth] = stack.pop();
        if (typeof node === 'string') {
            if (!node.isWellFormed())
                return { problem: loneSurrogate(), members };
            continue;
        }
        if (node === null || typeof node !== 'object')
            continue;
        if (depth >= MAX_DEPTH)
            return {
                problem: {
                    message: `nests arrays and objects deeper than ${MAX_DEPTH} levels; no input document needs that, so flatten it`
                },
                members
            };
        if (Array.isArray(node)) {
            for (const item of node)
                stack.push([item, depth + 1]);
            continue;
        }
        const keys = Object.keys(node);
        members += keys.length;
        for (const key of keys) {
            if (key === '__proto__')
                return {
                    problem: {
                        message: 'has a "__proto__" key, which JavaScript readers may turn into a change of prototype; remove it',
                        line: (text) => searchLine(text, /"__proto__"\s*:/)
                    },
                    members
                };
            if (!key.isWellFormed())
                return { problem: loneSurrogate(), members };
            stack.push([node[key], depth + 1]);
        }
    }
    return { members };
}
function loneSurrogate() {
    return {
        message: 'has a string with a lone UTF-16 surrogate (an unpaired \\uD800-\\uDFFF escape), which is not Unicode text; write the character it stands for',
        line: (text) => searchLine(text, /\\u[dD][89abcdefABCDEF][0-9a-fA-F]{2}/)
    };
}
function searchLine(text, pattern) {
    const at = pattern.exec(text)?.index;
    return at === undefined ? undefined : lineAt(text, at);
}
/** A duplicate key, or (with exactNumbers) a number whose text a double cannot hold exactly. */
function findTokenProblem(text, exactNumbers) {
    const seen = [];
    let found;
    (0,main.visit)(text, {
        onObjectBegin: () => {
            seen.push(new Set());
        },
        onObjectEnd: () => {
            seen.pop();
        },
        onObjectProperty: (key, _offset, _length, startLine) => {
            const keys = seen[seen.length - 1];
            if (!keys || found)
                return;
            if (keys.has(key))
                found = {
                    message: `has the key "${key}" twice in one object (line ${startLine + 1}); JSON readers disagree on which one wins, so keep one`,
                    line: startLine + 1
                };
            else
                keys.add(key);
        },
        onLiteralValue: (value, offset, length, startLine) => {
            if (found || !exactNumbers || typeof value !== 'number')
                return;
            const problem = numberProblem(text.slice(offset, offset + length));
            if (problem)
                found = { message: `line ${startLine + 1}: ${problem}`, line: startLine + 1 };
        }
    });
    return found;
}
/** The significant digits and decimal exponent of a number's text: "-1.50e3" → ["15", 4]. */
function significand(source) {
    const match = /^[-+]?(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(source);
    if (!match)
        return [source, 0];
    const whole = match[1] ?? '';
    const all = whole + (match[2] ?? '');
    const leading = /^0*/.exec(all)[0].length;
    const digits = all.slice(leading).replace(/0+$/, '');
    return digits === '' ? ['', 0] : [digits, whole.length + Number(match[3] ?? 0) - leading];
}
/** A decimal number, as JSON writes it or as YAML 1.2's core schema does (+1, .5 and 5. too). */
const DECIMAL = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
/** YAML 1.2 core schema's hexadecimal and octal integers. */
const RADIX_INTEGER = /^0x[0-9a-fA-F]+$|^0o[0-7]+$/;
/** YAML 1.2 core schema's infinities and not-a-number. */
const NOT_FINITE = /^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/;
/**
 * The one number rule of a spec, JSON or YAML: why the number written as `source` cannot go into
 * spec_hash, if it cannot. A number is accepted when the double it reads as holds what was
 * written: for a decimal, when the shortest text that reads back as that double has the same
 * digits and exponent (so 1e21, 9007199254740992, 1.5e300, -0, 1E+2 and 0.1 are accepted); for
 * YAML's 0x and 0o integers, when the double is that integer. A number that overflows, that is
 * an infinity or NaN, or whose digits a double drops is refused: two different specs would
 * otherwise have one spec_hash.
 */
function numberProblem(source) {
    if (NOT_FINITE.test(source))
        return `${source} is not a number JSON can represent (JSON has no infinity or NaN); quote it as a string, or write a finite number`;
    let value;
    let exact;
    if (RADIX_INTEGER.test(source)) {
        const integer = BigInt(source);
        value = Number(integer);
        exact = Number.isFinite(value) && BigInt(value) === integer;
    }
    else if (DECIMAL.test(source)) {
        value = Number(source);
        const [digits, exponent] = significand(source);
        const [shortest, shortestExponent] = significand(String(Math.abs(value)));
        exact = digits === shortest && exponent === shortestExponent;
    }
    else {
        return `the number ${source} is not written as JSON writes numbers; write it in decimal, or quote it as a string`;
    }
    if (!Number.isFinite(value))
        return `the number ${source} is too large for JSON's numbers; quote it as a string`;
    if (exact)
        return undefined;
    return `the number ${source} cannot be held exactly (it reads back as ${String(value)}); quote it as a string, or write it with fewer digits`;
}
/**
 * The rest of an open file, however long it is by the time it is read: a file that grows past
 * the limit while it is read is refused like one that was already too large.
 */
function readWhole(fd, size, path) {
    const chunks = [];
    let total = 0;
    let buffer = Buffer.allocUnsafe(Math.max(size, 1) + 1);
    for (;;) {
        const read = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, 0, buffer.length, null);
        if (read === 0)
            break;
        chunks.push(buffer.subarray(0, read));
        total += read;
        if (total > MAX_DOCUMENT_BYTES)
            throw new DocumentError(path, `${path} grew past the ${MAX_DOCUMENT_BYTES}-byte limit for input documents while it was read; make sure nothing writes it during the run`);
        if (read === buffer.length)
            buffer = Buffer.allocUnsafe(64 * 1024);
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}
/**
 * The bytes of an input document, read through one descriptor: only a regular file (opened
 * without blocking, so a named pipe cannot stall the run), at most MAX_DOCUMENT_BYTES, and, with
 * `confine`, one that really is inside that directory rather than linked in from elsewhere.
 */
async function readDocumentBytes(absolutePath, path, { missing = `${path} does not exist; check the path (it is relative to the workspace)`, confine } = {}) {
    try {
        if (confine !== undefined) {
            const [real, realRoot] = await Promise.all([(0,promises_namespaceObject.realpath)(absolutePath), (0,promises_namespaceObject.realpath)(confine)]);
            if (!paths_isInside(realRoot, real))
                throw new DocumentError(path, `${path} is a symbolic link out of the workspace (to ${real}); input documents must be files in the workspace, so copy it in`);
        }
        // Synchronous: a small document costs four system calls here, against four round trips
        // through libuv's thread pool (20,000 STAC items: 1.35 s → see the bench). Non-blocking
        // open, so a named pipe is refused by fstat instead of waiting for a writer.
        const fd = (0,external_node_fs_namespaceObject.openSync)(absolutePath, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NONBLOCK);
        try {
            const info = (0,external_node_fs_namespaceObject.fstatSync)(fd);
            if (!info.isFile())
                throw new DocumentError(path, `${path} is not a regular file; name a file`);
            if (info.size > MAX_DOCUMENT_BYTES) {
                throw new DocumentError(path, `${path} is ${info.size} bytes, over the ${MAX_DOCUMENT_BYTES}-byte limit for input documents; reference large content by digest instead`);
            }
            return readWhole(fd, info.size, path);
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(fd);
        }
    }
    catch (error) {
        if (error instanceof DocumentError)
            throw error;
        const code = error.code;
        // Absent means nothing there at all: a link to nothing is a file that cannot be read.
        const absent = code === 'ENOENT' && (0,external_node_fs_namespaceObject.lstatSync)(absolutePath, { throwIfNoEntry: false }) === undefined;
        throw new DocumentError(path, code === 'ENOENT' ? missing : `${path} cannot be read (${code ?? String(error)})`, undefined, absent);
    }
}
/** Reads and parses a JSON document; I/O and syntax problems come back as DocumentError. */
async function readJsonDocument(absolutePath, path, confine) {
    return jsonDocumentOf(path, await readDocumentBytes(absolutePath, path, { confine }));
}
/** A document's bytes parsed; syntax problems come back as DocumentError. */
function jsonDocumentOf(path, bytes) {
    const { value, text } = parseJsonText(path, bytes);
    let tree;
    const lineOfOffset = lineIndex(text);
    return {
        path,
        bytes,
        digest: sha256Digest(bytes),
        value,
        lineOf: (location) => {
            tree ??= (0,main.parseTree)(text);
            const node = tree && (0,main.findNodeAtLocation)(tree, location);
            return node ? lineOfOffset(node.offset) : undefined;
        },
        lineOfText: (needle) => {
            const at = text.indexOf(needle);
            return at < 0 ? undefined : lineOfOffset(at);
        }
    };
}

;// CONCATENATED MODULE: ./src/documents/evidence.ts
// The input documents a run is given by path (QA report, policy decision, approvals, SBOMs,
// attestations), read into evidence: the parsed value with its digest and line finder, or the
// reason the file cannot be read at all. What the value says is judged by the gates.

function unreadable(error) {
    return error.line === undefined
        ? { path: error.path, message: error.message }
        : { path: error.path, message: error.message, line: error.line };
}
/** Reads a JSON document; I/O and syntax problems become its evidence, never a throw. */
async function readDocument(ref) {
    try {
        const document = await readJsonDocument(ref.absolute, ref.path, ref.confine);
        return {
            readable: true,
            path: ref.path,
            digest: document.digest,
            value: document.value,
            lineOf: (location) => document.lineOf(location)
        };
    }
    catch (error) {
        if (!(error instanceof DocumentError))
            throw error;
        return { readable: false, ...unreadable(error), ...(error.absent ? { absent: true } : {}) };
    }
}

;// CONCATENATED MODULE: ./src/generated/validators.stac.js
// Generated by scripts/compile-schemas.mjs from schemas/. Do not edit.
/* eslint-disable */
// Where the validator of each bundled STAC schema is: one module each, under ./stac/, imported
// when a document first needs it. Each module exports `validate`.
/** The Catalog, Collection and Item (Feature) validators of each bundled STAC version. */
const coreModules = {
  "1.0.0": {
    "Catalog": () => __nccwpck_require__.e(/* import() */ 627).then(__nccwpck_require__.bind(__nccwpck_require__, 5627)),
    "Collection": () => __nccwpck_require__.e(/* import() */ 446).then(__nccwpck_require__.bind(__nccwpck_require__, 8446)),
    "Feature": () => __nccwpck_require__.e(/* import() */ 261).then(__nccwpck_require__.bind(__nccwpck_require__, 2261))
  },
  "1.1.0": {
    "Catalog": () => __nccwpck_require__.e(/* import() */ 508).then(__nccwpck_require__.bind(__nccwpck_require__, 1508)),
    "Collection": () => __nccwpck_require__.e(/* import() */ 835).then(__nccwpck_require__.bind(__nccwpck_require__, 9835)),
    "Feature": () => __nccwpck_require__.e(/* import() */ 460).then(__nccwpck_require__.bind(__nccwpck_require__, 7460))
  }
}
/** The validator of each bundled extension schema, by the URL documents name it with. */
const extensionModules = {
  "https://stac-extensions.github.io/eo/v1.0.0/schema.json": () => __nccwpck_require__.e(/* import() */ 192).then(__nccwpck_require__.bind(__nccwpck_require__, 1192)),
  "https://stac-extensions.github.io/eo/v1.1.0/schema.json": () => __nccwpck_require__.e(/* import() */ 147).then(__nccwpck_require__.bind(__nccwpck_require__, 4147)),
  "https://stac-extensions.github.io/eo/v2.0.0/schema.json": () => __nccwpck_require__.e(/* import() */ 489).then(__nccwpck_require__.bind(__nccwpck_require__, 9489)),
  "https://stac-extensions.github.io/eo/v2.0.0-beta.1/schema.json": () => __nccwpck_require__.e(/* import() */ 642).then(__nccwpck_require__.bind(__nccwpck_require__, 9261)),
  "https://stac-extensions.github.io/file/v1.0.0/schema.json": () => __nccwpck_require__.e(/* import() */ 810).then(__nccwpck_require__.bind(__nccwpck_require__, 9810)),
  "https://stac-extensions.github.io/file/v2.0.0/schema.json": () => __nccwpck_require__.e(/* import() */ 975).then(__nccwpck_require__.bind(__nccwpck_require__, 6975)),
  "https://stac-extensions.github.io/file/v2.1.0/schema.json": () => __nccwpck_require__.e(/* import() */ 356).then(__nccwpck_require__.bind(__nccwpck_require__, 6356)),
  "https://stac-extensions.github.io/processing/v1.0.0/schema.json": () => __nccwpck_require__.e(/* import() */ 121).then(__nccwpck_require__.bind(__nccwpck_require__, 4121)),
  "https://stac-extensions.github.io/processing/v1.1.0/schema.json": () => __nccwpck_require__.e(/* import() */ 246).then(__nccwpck_require__.bind(__nccwpck_require__, 2246)),
  "https://stac-extensions.github.io/processing/v1.2.0/schema.json": () => __nccwpck_require__.e(/* import() */ 335).then(__nccwpck_require__.bind(__nccwpck_require__, 5335)),
  "https://stac-extensions.github.io/projection/v1.0.0/schema.json": () => __nccwpck_require__.e(/* import() */ 523).then(__nccwpck_require__.bind(__nccwpck_require__, 7523)),
  "https://stac-extensions.github.io/projection/v1.1.0/schema.json": () => __nccwpck_require__.e(/* import() */ 568).then(__nccwpck_require__.bind(__nccwpck_require__, 4568)),
  "https://stac-extensions.github.io/projection/v1.2.0/schema.json": () => __nccwpck_require__.e(/* import() */ 893).then(__nccwpck_require__.bind(__nccwpck_require__, 1893)),
  "https://stac-extensions.github.io/projection/v2.0.0/schema.json": () => __nccwpck_require__.e(/* import() */ 326).then(__nccwpck_require__.bind(__nccwpck_require__, 2326)),
  "https://stac-extensions.github.io/raster/v1.0.0/schema.json": () => __nccwpck_require__.e(/* import() */ 695).then(__nccwpck_require__.bind(__nccwpck_require__, 1695)),
  "https://stac-extensions.github.io/raster/v1.1.0/schema.json": () => __nccwpck_require__.e(/* import() */ 964).then(__nccwpck_require__.bind(__nccwpck_require__, 964)),
  "https://stac-extensions.github.io/raster/v2.0.0/schema.json": () => __nccwpck_require__.e(/* import() */ 10).then(__nccwpck_require__.bind(__nccwpck_require__, 3010)),
  "https://stac-extensions.github.io/raster/v2.0.0-beta.1/schema.json": () => __nccwpck_require__.e(/* import() */ 704).then(__nccwpck_require__.bind(__nccwpck_require__, 4704)),
  "https://stac-extensions.github.io/sat/v1.0.0/schema.json": () => __nccwpck_require__.e(/* import() */ 450).then(__nccwpck_require__.bind(__nccwpck_require__, 450)),
  "https://stac-extensions.github.io/sat/v1.1.0/schema.json": () => __nccwpck_require__.e(/* import() */ 469).then(__nccwpck_require__.bind(__nccwpck_require__, 8469)),
  "https://stac-extensions.github.io/sat/v1.2.0/schema.json": () => __nccwpck_require__.e(/* import() */ 496).then(__nccwpck_require__.bind(__nccwpck_require__, 7496)),
  "https://stac-extensions.github.io/scientific/v1.0.0/schema.json": () => __nccwpck_require__.e(/* import() */ 559).then(__nccwpck_require__.bind(__nccwpck_require__, 559)),
  "https://stac-extensions.github.io/timestamps/v1.0.0/schema.json": () => __nccwpck_require__.e(/* import() */ 611).then(__nccwpck_require__.bind(__nccwpck_require__, 8611)),
  "https://stac-extensions.github.io/timestamps/v1.1.0/schema.json": () => __nccwpck_require__.e(/* import() */ 184).then(__nccwpck_require__.bind(__nccwpck_require__, 184)),
  "https://stac-extensions.github.io/version/v1.0.0/schema.json": () => __nccwpck_require__.e(/* import() */ 354).then(__nccwpck_require__.bind(__nccwpck_require__, 6354)),
  "https://stac-extensions.github.io/version/v1.1.0/schema.json": () => __nccwpck_require__.e(/* import() */ 341).then(__nccwpck_require__.bind(__nccwpck_require__, 341)),
  "https://stac-extensions.github.io/version/v1.2.0/schema.json": () => __nccwpck_require__.e(/* import() */ 24).then(__nccwpck_require__.bind(__nccwpck_require__, 8024)),
  "https://stac-extensions.github.io/view/v1.0.0/schema.json": () => __nccwpck_require__.e(/* import() */ 187).then(__nccwpck_require__.bind(__nccwpck_require__, 5187)),
  "https://stac-extensions.github.io/view/v1.1.0/schema.json": () => __nccwpck_require__.e(/* import() */ 936).then(__nccwpck_require__.bind(__nccwpck_require__, 8936))
}

;// CONCATENATED MODULE: ./src/catalogs/stac.ts


const STAC_TYPES = ['Catalog', 'Collection', 'Feature'];
/** A document that says it is STAC: a `stac_version` (of any type; the schema judges it) and a
 * STAC `type`. */
function isStac(value) {
    return (isRecord(value) &&
        'stac_version' in value &&
        STAC_TYPES.includes(value.type));
}
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
function compareVersions(a, b) {
    const [x, y] = [SEMVER.exec(a), SEMVER.exec(b)];
    for (const i of [1, 2, 3]) {
        const d = Number(x[i]) - Number(y[i]);
        if (d !== 0)
            return d;
    }
    return 0;
}
/** The STAC versions whose schemas are bundled, oldest first. */
const BUNDLED_STAC_VERSIONS = Object.keys(coreModules).sort(compareVersions);
/** The extension schema URLs that are bundled. */
const BUNDLED_STAC_EXTENSIONS = Object.keys(extensionModules).sort();
/** The validator of each bundled schema whose module is imported, by the function importing it. */
const loadedValidators = new Map();
/** The imports under way, so that each module is imported once, however many documents ask. */
const loadingValidators = new Map();
function loadValidator(load) {
    let loading = loadingValidators.get(load);
    if (loading === undefined) {
        loading = load().then(({ validate }) => {
            loadedValidators.set(load, validate);
            loadingValidators.delete(load);
        });
        loadingValidators.set(load, loading);
    }
    return loading;
}
/**
 * Which bundled schemas judge a document of this stac_version:
 * - a bundled version (1.0.0, 1.1.0): its own;
 * - another version of a bundled major.minor (1.1.0-beta.1, 1.0.0-rc.2, 1.0.1): that minor's
 *   schemas, with a note (the document is validated as if its stac_version were that one);
 * - a later minor of major 1 (1.2.0): the newest bundled schemas, with a note that what the
 *   newer minor added is not checked;
 * - anything else (no major.minor.patch, major 0, an unknown major): refused, as no bundled
 *   schema can judge it.
 */
function schemaVersionFor(stacVersion) {
    const location = ['stac_version'];
    const bundled = BUNDLED_STAC_VERSIONS.join(', ');
    if (typeof stacVersion !== 'string' || !SEMVER.test(stacVersion)) {
        return {
            problem: `"stac_version" is ${JSON.stringify(stacVersion)}, which is not a STAC version (major.minor.patch, as "1.1.0")`,
            location
        };
    }
    if (BUNDLED_STAC_VERSIONS.includes(stacVersion))
        return { version: stacVersion };
    const [, major, minor] = SEMVER.exec(stacVersion);
    const sameMinor = BUNDLED_STAC_VERSIONS.filter((v) => v.startsWith(`${major}.${minor}.`));
    if (sameMinor.length > 0) {
        const version = sameMinor[sameMinor.length - 1];
        return {
            version,
            note: `stac_version ${stacVersion} has no schemas of its own here; validated with the STAC ${version} schemas, the bundled release of the same minor version`
        };
    }
    const sameMajor = BUNDLED_STAC_VERSIONS.filter((v) => v.startsWith(`${major}.`));
    const newest = sameMajor[sameMajor.length - 1];
    if (newest !== undefined && compareVersions(stacVersion, newest) > 0) {
        return {
            version: newest,
            note: `stac_version ${stacVersion} is newer than the bundled STAC schemas; validated with the STAC ${newest} schemas, so what ${major}.${minor} added is not checked`
        };
    }
    return {
        problem: `"stac_version" is "${stacVersion}", a version no bundled STAC schema can judge (bundled: ${bundled}); ${major === '0' ? 'upgrade the document to STAC 1.x' : 'a new major version may change anything, so it is refused rather than guessed at'}`,
        location
    };
}
/** A user-given extension schema that cannot be used; nothing is fetched to make it usable. */
class StacSchemaError extends Error {
}
const normalizeUrl = (url) => url.replace(/#$/, '');
const DRAFTS = {
    'http://json-schema.org/draft-07/schema': 'draft-07',
    'https://json-schema.org/draft/2019-09/schema': '2019-09',
    'https://json-schema.org/draft/2020-12/schema': '2020-12'
};
/**
 * Compiles extension schemas given as local files (URL as named in stac_extensions → the parsed
 * schema), with Ajv, at run time. Every $ref must resolve to one of the given schemas or to the
 * bundled GeoJSON schemas: nothing is fetched. A URL whose schema is bundled cannot be replaced.
 * Throws StacSchemaError, naming the URL, when a schema cannot be compiled.
 */
async function compileStacExtensionSchemas(schemas) {
    const entries = schemas instanceof Map ? [...schemas.entries()] : Object.entries(schemas);
    const compiled = new Map();
    if (entries.length === 0)
        return compiled;
    const drafts = new Set();
    for (const [url, schema] of entries) {
        if (!URL.canParse(url))
            throw new StacSchemaError(`"${url}" is not an absolute URL, so no stac_extensions entry can name it.`);
        if (!isRecord(schema))
            throw new StacSchemaError(`The schema given for ${url} is not a JSON object.`);
        if (extensionModules[normalizeUrl(url)] !== undefined)
            throw new StacSchemaError(`A schema is given for ${url}, but that extension's official schema is bundled and is the one used; remove it from the given schemas.`);
        const declared = typeof schema.$schema === 'string' ? normalizeUrl(schema.$schema) : undefined;
        const draft = declared === undefined ? 'draft-07' : DRAFTS[declared];
        if (draft === undefined)
            throw new StacSchemaError(`The schema given for ${url} is written in ${declared}, which cannot be validated here (JSON Schema draft-07, 2019-09 or 2020-12).`);
        drafts.add(draft);
    }
    if (drafts.has('2019-09') && drafts.has('2020-12'))
        throw new StacSchemaError('The given extension schemas mix JSON Schema 2019-09 and 2020-12; give them in one of the two (draft-07 may go with either).');
    const { draft07MetaSchema, iri, iriReference, supportSchemas } = await __nccwpck_require__.e(/* import() */ 185).then(__nccwpck_require__.bind(__nccwpck_require__, 6185));
    const { Ajv } = await Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(463)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2463, 23));
    const { Ajv2019 } = await Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(878)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 878, 23));
    const { Ajv2020 } = await Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(210)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2210, 23));
    // ajv-formats is CommonJS: its default export is module.exports, whose .default is the plugin.
    const addFormats = (await Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(815)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2815, 23))).default.default;
    const options = { strict: false, allErrors: true };
    const ajv = drafts.has('2020-12')
        ? new Ajv2020(options)
        : drafts.has('2019-09')
            ? new Ajv2019(options)
            : new Ajv(options);
    if (!(ajv instanceof Ajv))
        ajv.addMetaSchema(draft07MetaSchema);
    addFormats(ajv, { mode: 'full' });
    ajv.addFormat('iri', iri);
    ajv.addFormat('iri-reference', iriReference);
    for (const schema of supportSchemas)
        ajv.addSchema(schema);
    const registered = new Map(supportSchemas.map((schema) => [String(schema.$id), schema]));
    for (const [url, schema] of entries) {
        // Registered under the URL documents name it by, whatever its own $id says.
        const withId = { ...schema, $id: normalizeUrl(url) };
        if (!ajv.validateSchema(withId))
            throw new StacSchemaError(`The schema given for ${url} is not a valid JSON Schema: ${ajv.errorsText(ajv.errors)}.`);
        ajv.addSchema(withId);
        registered.set(normalizeUrl(url), withId);
    }
    // Every $ref must name a given or bundled schema, and a part of it that exists: nothing is
    // fetched, and a schema that cannot be compiled is said to be so here, naming what is missing.
    for (const [url] of entries) {
        const missing = missingRefs(registered.get(normalizeUrl(url)), normalizeUrl(url), registered);
        if (missing.length > 0)
            throw new StacSchemaError(`The schema given for ${url} references ${missing.join(', ')}, which ${missing.length === 1 ? 'is' : 'are'} neither bundled nor among the given schemas; nothing is fetched, so give ${missing.length === 1 ? 'that schema' : 'those schemas'} too.`);
    }
    for (const [url] of entries)
        compiled.set(normalizeUrl(url), ajv.getSchema(normalizeUrl(url)));
    return compiled;
}
const META_SCHEMAS = new Set([
    'http://json-schema.org/draft-07/schema',
    'https://json-schema.org/draft/2019-09/schema',
    'https://json-schema.org/draft/2020-12/schema'
]);
/** The $refs of a schema that name no registered schema, or a JSON pointer that leads nowhere. */
function missingRefs(schema, base, registered) {
    const missing = [];
    const visit = (node, here) => {
        if (Array.isArray(node))
            return node.forEach((item) => visit(item, here));
        if (!isRecord(node))
            return;
        const at = typeof node.$id === 'string' ? new URL(node.$id, here).href : here;
        if (typeof node.$ref === 'string') {
            const target = new URL(node.$ref, at);
            const document = normalizeUrl(target.href.replace(/#.*$/, ''));
            const fragment = decodeURIComponent(target.hash.slice(1));
            if (!META_SCHEMAS.has(document)) {
                const found = registered.get(document);
                if (found === undefined || (fragment.startsWith('/') && !pointsTo(found, fragment)))
                    missing.push(node.$ref);
            }
        }
        for (const [key, value] of Object.entries(node))
            if (key !== 'enum' && key !== 'const')
                visit(value, at);
    };
    visit(schema, base);
    return [...new Set(missing)];
}
function pointsTo(document, pointer) {
    let value = document;
    for (const part of pointer.slice(1).split('/')) {
        const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
        if (!isRecord(value) && !Array.isArray(value))
            return false;
        if (!Object.hasOwn(value, key))
            return false;
        value = value[key];
    }
    return true;
}
/**
 * The modules of the bundled validators a document needs (its version's Catalog, Collection or
 * Item schema and the bundled schemas of the extensions it names), as validateStac picks them.
 */
function modulesFor(document) {
    const choice = schemaVersionFor(document.stac_version);
    if ('problem' in choice)
        return [];
    const modules = [coreModules[choice.version][document.type]];
    const named = Array.isArray(document.stac_extensions) ? document.stac_extensions : [];
    for (const url of named) {
        const bundled = typeof url === 'string' ? extensionModules[normalizeUrl(url)] : undefined;
        if (bundled !== undefined)
            modules.push(bundled);
    }
    return modules;
}
/**
 * Imports the modules of the bundled validators a document needs that are not imported yet, each
 * once for the whole run; undefined when there are none to import.
 */
function loadStacValidators(document) {
    const missing = modulesFor(document).filter((load) => !loadedValidators.has(load));
    if (missing.length === 0)
        return undefined;
    return Promise.all(missing.map(loadValidator)).then(() => undefined);
}
/**
 * Validates a STAC document (isStac) against the official schemas of its version and extensions.
 * Async only to import, the first time one is needed, the module of a bundled validator.
 */
function validateStac(document, extensionSchemas = new Map()) {
    const loading = loadStacValidators(document);
    return loading === undefined
        ? Promise.resolve(validateLoaded(document, extensionSchemas))
        : loading.then(() => validateLoaded(document, extensionSchemas));
}
/** validateStac, once the bundled validators the document needs are loaded. */
function validateLoaded(document, extensionSchemas) {
    const result = {
        problems: [],
        validatedExtensions: [],
        unvalidatedExtensions: []
    };
    const choice = schemaVersionFor(document.stac_version);
    if ('problem' in choice) {
        result.problems.push({ location: choice.location, text: choice.problem });
        return result;
    }
    result.schemaVersion = choice.version;
    if (choice.note !== undefined)
        result.versionNote = choice.note;
    const judged = choice.note === undefined ? document : { ...document, stac_version: choice.version };
    const core = bundledValidator(coreModules[choice.version][document.type]);
    result.problems.push(...problemsOf(core, judged).map((p) => pointAtCollectionLink(p, document)));
    const named = Array.isArray(document.stac_extensions) ? document.stac_extensions : [];
    for (const url of new Set(named.filter((u) => typeof u === 'string'))) {
        const bundled = extensionModules[normalizeUrl(url)];
        const validate = bundled === undefined ? extensionSchemas.get(normalizeUrl(url)) : bundledValidator(bundled);
        if (validate === undefined) {
            result.unvalidatedExtensions.push(url);
            continue;
        }
        result.validatedExtensions.push(url);
        result.problems.push(...problemsOf(validate, judged).map((p) => ({ ...p, extension: url })));
    }
    return result;
}
/** A bundled validator whose module is loaded (loadStacValidators). */
function bundledValidator(load) {
    const validate = loadedValidators.get(load);
    if (validate === undefined)
        throw new Error('a STAC validator was used before it was loaded');
    return validate;
}
/** An Item that links to its collection must name it in "collection": point at that link. */
function pointAtCollectionLink(problem, document) {
    if (problem.location.length > 0 || problem.text !== 'the document is missing "collection"')
        return problem;
    const links = Array.isArray(document.links) ? document.links : [];
    const index = links.findIndex((l) => isRecord(l) && l.rel === 'collection');
    if (index < 0)
        return problem;
    return {
        location: ['links', index],
        text: `the document is missing "collection", which its link /links/${index} with rel "collection" requires`
    };
}
function problemsOf(validate, value) {
    if (validate(value))
        return [];
    const seen = new Set();
    return explain(validate.errors ?? [], value).flatMap((problem) => {
        const key = `${problem.location.join('/')}\u0000${problem.text}`;
        if (seen.has(key))
            return [];
        seen.add(key);
        return [problem];
    });
}
// ---- Making Ajv's errors readable --------------------------------------------------------------
// With allErrors, a value that matches none of the branches of a oneOf/anyOf (a GeoJSON geometry,
// STAC's "geometry with bbox, or null geometry without") gets the errors of every branch. The
// branches that cannot be the one meant are left out: those whose discriminating "type" property
// has another value (GeoJSON's Point/Polygon, an extension's Feature/Collection), and those that
// want the value null when it is not. What remains names the real field; when nothing remains,
// one sentence says what the value should have been.
function pathOf(instancePath) {
    if (instancePath === '')
        return [];
    return instancePath
        .slice(1)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
function valueAt(root, path) {
    let value = root;
    for (const key of path) {
        if (value === null || typeof value !== 'object')
            return undefined;
        value = value[key];
    }
    return value;
}
const jsonType = (value) => value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
const COMBINATORS = new Set(['oneOf', 'anyOf']);
/** The prefix of a schema path up to and including a branch of a oneOf/anyOf ("…/oneOf/3/"). */
function branchesOf(schemaPath) {
    const prefixes = [];
    const re = /\/(?:oneOf|anyOf)\/\d+\//g;
    for (let m = re.exec(schemaPath); m !== null; m = re.exec(schemaPath))
        prefixes.push(schemaPath.slice(0, m.index + m[0].length));
    return prefixes;
}
const DISCRIMINATOR = /^(?:allOf\/\d+\/)*properties\/type\/(?:enum|const)$/;
/** The branch (its schema path prefix) an error was found in, or undefined outside any branch. */
function innermostBranch(schemaPath) {
    const branches = branchesOf(schemaPath);
    return branches[branches.length - 1];
}
const isUnder = (path, parent) => path === parent || path.startsWith(`${parent}/`);
/**
 * The branches ruled out: within them, the discriminating "type" property has another value (a
 * GeoJSON Point branch for a Polygon), the value has another JSON type than the branch wants,
 * or a value the branch wants null is not.
 */
function ruledOutBranches(all) {
    const ruledOut = new Set();
    for (const e of all) {
        const branch = innermostBranch(e.schemaPath);
        if (branch === undefined)
            continue;
        const rest = e.schemaPath.slice(branch.length);
        if (((e.keyword === 'enum' || e.keyword === 'const') && DISCRIMINATOR.test(rest)) ||
            (e.keyword === 'type' && (rest === 'type' || e.params.type === 'null')))
            ruledOut.add(branch);
    }
    return ruledOut;
}
/** One sentence for a oneOf/anyOf none of whose branches stands: what the value should be. */
function noBranchSentence(e, group, root) {
    const allowed = group
        .filter((x) => (x.keyword === 'enum' || x.keyword === 'const') &&
        x.instancePath === `${e.instancePath}/type`)
        .flatMap((x) => x.keyword === 'enum' ? x.params.allowedValues : [x.params.allowedValue]);
    const nullable = group.some((x) => x.keyword === 'type' && x.params.type === 'null');
    const types = group
        .filter((x) => x.keyword === 'type' && x.instancePath === e.instancePath)
        .flatMap((x) => [x.params.type].flat());
    return noBranch(e, root, [...new Set(allowed.map(String))], nullable, [...new Set(types)]);
}
/** Decides what a failed oneOf/anyOf says: nothing (its errors say it), or one sentence. */
function settleCombinator(e, all, out, root) {
    const prefix = `${e.schemaPath}/`;
    const group = all.filter((x) => x !== e && x.schemaPath.startsWith(prefix));
    const says = (x) => !out(x) && (!COMBINATORS.has(x.keyword) || x.sentence !== undefined);
    const standing = group.filter(says);
    const byBranch = new Map();
    for (const x of standing) {
        const branch = x.schemaPath.slice(prefix.length).split('/')[0];
        byBranch.set(branch, [...(byBranch.get(branch) ?? []), x]);
    }
    if (byBranch.size === 1) {
        // One branch is still standing: it is the one meant, and its errors say what is wrong.
        e.consumed = true;
    }
    else if (byBranch.size > 1) {
        // Several could be meant: one sentence with the alternatives.
        for (const x of standing)
            x.consumed = true;
        e.sentence = alternatives([...byBranch.values()], e, root);
    }
    else if (
    // No branch is standing. When other errors under the same value say what is wrong (those
    // of a branch whose schema is a $ref), they suffice; else one sentence says what was wanted.
    all.some((x) => x !== e && says(x) && !group.includes(x) && isUnder(x.instancePath, e.instancePath))) {
        e.consumed = true;
    }
    else
        e.sentence = noBranchSentence(e, group, root);
}
function explain(errors, root) {
    const all = errors.filter((e) => e.keyword !== 'if').map((e) => ({ ...e }));
    const ruledOut = ruledOutBranches(all);
    const out = (e) => e.consumed === true || branchesOf(e.schemaPath).some((b) => ruledOut.has(b));
    for (const e of all)
        if (COMBINATORS.has(e.keyword) && !out(e))
            settleCombinator(e, all, out, root);
    const problems = [];
    const sentencesAt = new Map();
    for (const e of all) {
        if (out(e) || e.sentence === undefined)
            continue;
        // The same value checked by two schemas (GeoJSON's Feature and Geometry): say it once.
        if (sentencesAt.has(e.instancePath))
            continue;
        sentencesAt.set(e.instancePath, e.sentence);
        const location = pathOf(e.instancePath);
        // A sentence about a discriminating "type" points at it.
        if (e.sentence.startsWith(`${e.instancePath}/type is `))
            location.push('type');
        problems.push({ location, text: e.sentence });
    }
    for (const e of all) {
        if (out(e) || COMBINATORS.has(e.keyword))
            continue;
        const text = stac_describe(e, root);
        // Already said, as one of the alternatives of a sentence about the same value.
        if (sentencesAt.get(e.instancePath)?.includes(text))
            continue;
        problems.push({ location: pathOf(e.instancePath), text });
    }
    return problems.sort((a, b) => a.location.join('/').localeCompare(b.location.join('/')));
}
const quoted = (names) => {
    const q = names.map((n) => `"${n}"`);
    return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
};
function alternatives(branches, group, root) {
    const where = group.instancePath === '' ? 'the document' : group.instancePath;
    if (branches.every((b) => b.every((x) => x.keyword === 'required' && x.instancePath === group.instancePath))) {
        // Alternatives of required properties (STAC's datetime, or start and end).
        const lists = branches.map((b) => [...new Set(b.map((x) => String(x.params.missingProperty)))]);
        return `${where} is missing ${lists.map(quoted).join(', or else ')}`;
    }
    return branches
        .map((b) => b.map((x) => x.sentence ?? stac_describe(x, root)).join(' and '))
        .join(', or else ');
}
function noBranch(e, root, allowed, nullable, types) {
    const where = e.instancePath === '' ? 'the document' : e.instancePath;
    const value = valueAt(root, pathOf(e.instancePath));
    const orNull = nullable ? ', or null' : '';
    if (allowed.length > 0 && isRecord(value))
        return `${where}/type is ${JSON.stringify(value.type)}; it must be one of ${allowed.join(', ')}${orNull}`;
    if (allowed.length > 0)
        return `${where} is ${jsonType(value)}; it must be an object whose "type" is one of ${allowed.join(', ')}${orNull}`;
    if (types.length > 0)
        return `${where} must be ${types.join(' or ')}, not ${jsonType(value)}`;
    return `${where} ${e.message ?? 'is invalid'}`;
}
function stac_describe(error, root) {
    const where = error.instancePath === '' ? 'the document' : error.instancePath;
    const value = valueAt(root, pathOf(error.instancePath));
    switch (error.keyword) {
        case 'required':
            return `${where} is missing "${String(error.params.missingProperty)}"`;
        case 'additionalProperties':
            return `${where} has the unknown property "${String(error.params.additionalProperty)}"`;
        case 'type':
            return `${where} must be ${[error.params.type].flat().join(' or ')}, not ${jsonType(value)}`;
        case 'enum':
            return `${where} is ${JSON.stringify(value)}; it must be one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
        case 'const':
            return `${where} is ${JSON.stringify(value)}; it must be ${JSON.stringify(error.params.allowedValue)}`;
        case 'not':
            return value === null ? `${where} must not be null` : `${where} is not allowed here`;
        default:
            return `${where} ${error.message ?? 'is invalid'}`;
    }
}
/** The view of a document that passed validateStac. */
function readStac(document, validation) {
    const links = Array.isArray(document.links) ? document.links : [];
    const assets = isRecord(document.assets) ? document.assets : {};
    return {
        type: document.type,
        id: String(document.id),
        license: typeof document.license === 'string' ? document.license : undefined,
        stacVersion: String(document.stac_version),
        ...(validation?.schemaVersion !== undefined ? { schemaVersion: validation.schemaVersion } : {}),
        ...(validation?.versionNote !== undefined ? { versionNote: validation.versionNote } : {}),
        unvalidatedExtensions: validation?.unvalidatedExtensions ?? [],
        links: links.flatMap((link, index) => isRecord(link) && typeof link.rel === 'string' && typeof link.href === 'string'
            ? [{ rel: link.rel, href: link.href, location: ['links', index] }]
            : []),
        assets: Object.entries(assets).flatMap(([key, asset]) => isRecord(asset) && typeof asset.href === 'string'
            ? [
                {
                    key,
                    href: asset.href,
                    ...(typeof asset['file:checksum'] === 'string'
                        ? { checksum: asset['file:checksum'] }
                        : {}),
                    location: ['assets', key]
                }
            ]
            : [])
    };
}
/**
 * The digest a multihash names, in the manifest's notation, or undefined when its function is
 * not SHA-256 (code 0x12, length 0x20), which is the only digest the manifest carries.
 */
function multihashToDigest(multihash) {
    const match = /^1220([0-9a-f]{64})$/.exec(multihash);
    return match ? `sha256:${match[1]}` : undefined;
}

;// CONCATENATED MODULE: ./src/catalogs/extension-schemas.ts
// The STAC extension schemas a workflow gives as local files (stac-extension-schemas), read and
// compiled once per run. A file that cannot be read or compiled stops the run with a sentence
// naming it: validating against a schema that is not there would be a silent pass.


async function readStacExtensionSchemas(given) {
    const schemas = new Map();
    for (const { url, file } of given) {
        const document = await readDocument(file);
        if (!document.readable)
            throw new StacSchemaError(`stac-extension-schemas: the schema for ${url}: ${document.message}.`);
        schemas.set(url, document.value);
    }
    return compileStacExtensionSchemas(schemas);
}

;// CONCATENATED MODULE: ./src/documents/mentions.ts
// What a document that could not be read still says: the SHA-256 digests in its text. A receipt
// or a PROV bundle that names an artifact's digest would have covered that artifact, so the
// violation "no receipt lists it" or "no PROV entity names it" is a consequence of the document
// being unreadable (report/causes.ts). Read from the bytes, whatever their syntax.
/** 64 hex characters standing alone: a SHA-256 digest, with or without its `sha256:`. */
const HEX_DIGEST = /(?<![0-9A-Fa-f])[0-9A-Fa-f]{64}(?![0-9A-Fa-f])/g;
/** The digests in a document's text, as `sha256:` and 64 lowercase hex characters. */
function digestsIn(text) {
    const digests = new Set();
    for (const match of text.matchAll(HEX_DIGEST))
        digests.add(`sha256:${match[0].toLowerCase()}`);
    return digests;
}
/** The bytes as text for a search of ASCII marks: any byte sequence reads, valid UTF-8 or not. */
function searchableText(bytes) {
    return bytes.toString('latin1');
}

;// CONCATENATED MODULE: ./src/catalogs/node-map.ts
// The flattened graph of an expanded JSON-LD document: the JSON-LD 1.1 API's Node Map Generation
// and Flattening algorithms, in the order the jsonld library runs them (properties in code-unit
// order, blank nodes relabelled _:b0, _:b1, ... as met), so the nodes, their values and their
// labels are the library's. What differs is the de-duplication of a property's values: the
// library compares each new value with every value already there, which is quadratic in the
// values of one node (20,000 distributions of one dataset: 30 s); here each node's property
// keeps a set of the values' keys, so a document flattens in time linear in its size.
// __tests__/catalogs/node-map.test.ts holds the two to the same output.
const KEYWORD = /^@[a-zA-Z]+$/;
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const isValue = (v) => isObject(v) && '@value' in v;
const isList = (v) => isObject(v) && '@list' in v;
const isReference = (v) => isObject(v) && Object.keys(v).length === 1 && '@id' in v;
function isSubject(v) {
    if (!isObject(v) || '@value' in v || '@set' in v || '@list' in v)
        return false;
    return Object.keys(v).length > 1 || !('@id' in v);
}
function isBlankNode(v) {
    if ('@id' in v)
        return typeof v['@id'] !== 'string' || v['@id'].startsWith('_:');
    return Object.keys(v).length === 0 || !('@value' in v || '@set' in v || '@list' in v);
}
/** Blank node labels, issued in the order they are met: the same old label, the same new one. */
class Labels {
    issued = new Map();
    next = 0;
    get(old) {
        if (typeof old === 'string') {
            const known = this.issued.get(old);
            if (known !== undefined)
                return known;
        }
        const label = `_:b${this.next++}`;
        if (typeof old === 'string')
            this.issued.set(old, label);
        return label;
    }
}
/**
 * The key two values share exactly when the library counts them as the same value: the same
 * string, the same value object (`@value`, `@type`, `@language`, `@index`), or the same `@id`.
 * Anything else (a list, a JSON literal's object) is never the same as another: no key.
 */
function keyOf(value) {
    if (typeof value === 'string')
        return `s${value}`;
    if (!isObject(value))
        return undefined;
    if ('@value' in value) {
        const literal = value['@value'];
        if (isObject(literal) || Array.isArray(literal))
            return undefined;
        return `v${JSON.stringify([literal, value['@type'], value['@language'], value['@index']])}`;
    }
    return '@id' in value ? `i${String(value['@id'])}` : undefined;
}
/** The values of a node's properties, each property with the keys of the values it holds. */
class Values {
    seen = new WeakMap();
    /** Adds `value` to `node[property]` unless the same value is there already. */
    add(node, property, value) {
        let properties = this.seen.get(node);
        if (!properties)
            this.seen.set(node, (properties = new Map()));
        let keys = properties.get(property);
        if (!keys) {
            properties.set(property, (keys = new Set()));
            // A property copied in whole (merging named graphs) brings its values' keys with it.
            for (const present of node[property] ?? []) {
                const key = keyOf(present);
                if (key !== undefined)
                    keys.add(key);
            }
        }
        const list = (node[property] ??= []);
        const key = keyOf(value);
        if (key !== undefined) {
            if (keys.has(key))
                return;
            keys.add(key);
        }
        list.push(value);
    }
    /** `node[property]` as an empty array when the property has no values. */
    ensure(node, property) {
        node[property] ??= [];
    }
}
class NodeMap {
    graphs = new Map([['@default', new Map()]]);
    labels = new Labels();
    values = new Values();
    graph(name) {
        let graph = this.graphs.get(name);
        if (!graph)
            this.graphs.set(name, (graph = new Map()));
        return graph;
    }
    add(input, graphName, name, list) {
        if (Array.isArray(input)) {
            for (const item of input)
                this.add(item, graphName, undefined, list);
            return;
        }
        if (!isObject(input)) {
            list?.push(input);
            return;
        }
        if (isValue(input)) {
            const type = input['@type'];
            if (typeof type === 'string' && type.startsWith('_:'))
                input['@type'] = this.labels.get(type);
            list?.push(input);
            return;
        }
        if (list && isList(input)) {
            const inner = [];
            this.add(input['@list'], graphName, name, inner);
            list.push({ '@list': inner });
            return;
        }
        this.addSubject(input, graphName, name, list);
    }
    addSubject(input, graphName, given, list) {
        // The types' blank nodes are named first, as the specification asks.
        for (const type of input['@type'] ?? [])
            if (typeof type === 'string' && type.startsWith('_:'))
                this.labels.get(type);
        const name = given ?? (isBlankNode(input) ? this.labels.get(input['@id']) : String(input['@id']));
        list?.push({ '@id': name });
        const subjects = this.graph(graphName);
        let subject = subjects.get(name);
        if (!subject)
            subjects.set(name, (subject = {}));
        subject['@id'] = name;
        for (const key of Object.keys(input).sort()) {
            if (key === '@id')
                continue;
            if (key === '@reverse') {
                this.addReverse(input['@reverse'], graphName, name);
                continue;
            }
            if (key === '@graph') {
                this.graph(name);
                this.add(input['@graph'], name);
                continue;
            }
            if (key === '@included') {
                this.add(input['@included'], graphName);
                continue;
            }
            if (key !== '@type' && KEYWORD.test(key)) {
                if (key === '@index' && key in subject && input[key] !== subject[key])
                    throw new Error('Invalid JSON-LD syntax; conflicting @index property detected.');
                subject[key] = input[key];
                continue;
            }
            const property = key.startsWith('_:') ? this.labels.get(key) : key;
            const objects = input[key];
            if (objects.length === 0) {
                this.values.ensure(subject, property);
                continue;
            }
            for (const object of objects)
                this.addObject(subject, property, object, graphName, name);
        }
    }
    addObject(subject, property, object, graphName, name) {
        if (property === '@type') {
            const type = typeof object === 'string' && object.startsWith('_:') ? this.labels.get(object) : object;
            this.values.add(subject, property, type);
            return;
        }
        if (isSubject(object) || isReference(object)) {
            const node = object;
            if ('@id' in node && !node['@id'])
                return;
            const id = isBlankNode(node) ? this.labels.get(node['@id']) : String(node['@id']);
            this.values.add(subject, property, { '@id': id });
            this.add(node, graphName, id);
        }
        else if (isValue(object)) {
            this.values.add(subject, property, object);
        }
        else if (isList(object)) {
            const inner = [];
            this.add(object['@list'], graphName, name, inner);
            this.values.add(subject, property, { '@list': inner });
        }
        else {
            this.add(object, graphName, name);
            this.values.add(subject, property, object);
        }
    }
    addReverse(reverse, graphName, name) {
        const referenced = { '@id': name };
        for (const property of Object.keys(reverse)) {
            for (const item of reverse[property]) {
                const itemName = isBlankNode(item) ? this.labels.get(item['@id']) : String(item['@id']);
                this.add(item, graphName, itemName);
                this.values.add(this.graph(graphName).get(itemName), property, referenced);
            }
        }
    }
    /** The default graph with every named graph added to the node named after it, as `@graph`. */
    merged() {
        const merged = this.graphs.get('@default');
        for (const graphName of [...this.graphs.keys()].sort()) {
            if (graphName === '@default')
                continue;
            let subject = merged.get(graphName);
            if (!subject)
                merged.set(graphName, (subject = { '@id': graphName, '@graph': [] }));
            else
                subject['@graph'] ??= [];
            const nodes = this.graphs.get(graphName);
            for (const id of [...nodes.keys()].sort()) {
                const node = nodes.get(id);
                if (!isReference(node))
                    subject['@graph'].push(node);
            }
        }
        return merged;
    }
}
/** The flattened form of an expanded document: its nodes by `@id`, references left out. */
function flattenExpanded(expanded) {
    const map = new NodeMap();
    map.add(expanded, '@default');
    const merged = map.merged();
    return [...merged.keys()]
        .sort()
        .map((id) => merged.get(id))
        .filter((node) => !isReference(node));
}

;// CONCATENATED MODULE: ./src/catalogs/jsonld.ts
// JSON-LD read as JSON-LD: prefixes, aliases and contexts resolved by the jsonld library, so
// `dct:license`, `http://purl.org/dc/terms/license` and a context alias all mean the same.
// Contexts come only from the document itself or from those bundled with the action; any other
// remote context is an error, never a network fetch (DECISIONS.md, "Catalog triplet").


/** Remote contexts the action carries. None is needed by the formats it reads today. */
const BUNDLED_CONTEXTS = {};
/**
 * Relative IRIs are resolved against the document's own location under this base, so they can be
 * mapped back to dataset-root paths, and one that climbs out of the root is visible as such. The
 * base holds a token drawn for each run: a document cannot write an absolute IRI that lands in
 * the root by a path the gate did not resolve itself (it would have to guess the token).
 */
const ROOT_BASE = `file:///kfm-dataset-root-${(0,external_node_crypto_.randomUUID)()}/`;
class RemoteContextRefused extends Error {
    url;
    constructor(url) {
        super(`the remote JSON-LD context ${url} is not bundled with the action`);
        this.url = url;
    }
}
// The jsonld typings describe the loader loosely; this is the shape the library calls.
const documentLoader = async (url) => {
    const bundled = BUNDLED_CONTEXTS[url];
    if (bundled === undefined)
        throw new RemoteContextRefused(url);
    return { contextUrl: null, documentUrl: url, document: bundled };
};
function findCause(error) {
    let current = error;
    for (let depth = 0; current && depth < 8; depth++) {
        if (current instanceof RemoteContextRefused)
            return current;
        const record = current;
        current = record.details?.cause ?? record.cause;
    }
    return undefined;
}
/** Flattens a JSON-LD document into its nodes; throws an Error whose message a user can act on. */
async function flattenJsonLd(document, rootRelativePath) {
    try {
        // The library expands (contexts, prefixes, aliases, base IRIs); the flattening is ours, the
        // library's algorithm with linear de-duplication (node-map.ts). No context: the flattened
        // graph stays in expanded form, full IRIs as keys.
        // Loaded on first use: a run whose catalogs hold no JSON-LD never pays for it.
        const { default: processor } = await Promise.all(/* import() */[__nccwpck_require__.e(366), __nccwpck_require__.e(571)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1366, 23));
        const expanded = await processor.expand(document, {
            base: ROOT_BASE + rootRelativePath,
            documentLoader: documentLoader
        });
        return flattenExpanded(expanded);
    }
    catch (error) {
        const refused = findCause(error);
        if (refused) {
            throw new Error(`it uses ${refused.message}, and the action never fetches from the network; inline the context in the document`);
        }
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(`it is not valid JSON-LD: ${message}`);
    }
}
/** IRIs of the values of a property (node references and IRI-typed values). */
function iris(node, property) {
    const values = node[property];
    if (!Array.isArray(values))
        return [];
    return values.flatMap((v) => {
        const id = v['@id'];
        return typeof id === 'string' ? [id] : [];
    });
}
/** Literal values of a property, as strings. */
function literals(node, property) {
    const values = node[property];
    if (!Array.isArray(values))
        return [];
    return values.flatMap((v) => {
        const value = v['@value'];
        return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
            ? [String(value)]
            : [];
    });
}
/** Every literal string anywhere on a node (any property). */
function allLiterals(node) {
    return Object.keys(node)
        .filter((key) => !key.startsWith('@'))
        .flatMap((key) => literals(node, key));
}
/** The root-relative path an IRI names, `outside` when it climbs out of the root, or undefined for a web URL. */
function rootPathOfIri(iri) {
    if (!iri.startsWith('file:'))
        return undefined;
    if (!iri.startsWith(ROOT_BASE))
        return 'outside';
    try {
        return decodeURIComponent(iri.slice(ROOT_BASE.length).split(/[?#]/)[0]);
    }
    catch {
        return 'outside';
    }
}

;// CONCATENATED MODULE: ./src/catalogs/vocabulary.ts
// The IRIs the readers look for, expanded, so prefixes and aliases never matter.
const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const PROV = 'http://www.w3.org/ns/prov#';
const SPDX = 'http://spdx.org/rdf/terms#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const TERMS = {
    dataset: `${DCAT}Dataset`,
    distribution: `${DCAT}distribution`,
    downloadURL: `${DCAT}downloadURL`,
    accessURL: `${DCAT}accessURL`,
    license: `${DCT}license`,
    rights: `${DCT}rights`,
    identifier: `${DCT}identifier`,
    title: `${DCT}title`,
    label: `${RDFS}label`,
    checksum: `${SPDX}checksum`,
    checksumAlgorithm: `${SPDX}algorithm`,
    checksumValue: `${SPDX}checksumValue`,
    sha256Algorithm: `${SPDX}checksumAlgorithm_sha256`,
    provEntity: `${PROV}Entity`,
    provActivity: `${PROV}Activity`,
    provWasGeneratedBy: `${PROV}wasGeneratedBy`,
    provGenerated: `${PROV}generated`,
    provQualifiedGeneration: `${PROV}qualifiedGeneration`,
    provActivityProperty: `${PROV}activity`
};

;// CONCATENATED MODULE: ./src/catalogs/dcat.ts
// DCAT: the datasets of a flattened JSON-LD graph, with their licences and distributions.


function licenses(node, byId) {
    const found = [];
    for (const [property, iri] of [
        ['license', TERMS.license],
        ['rights', TERMS.rights]
    ]) {
        for (const value of literals(node, iri))
            found.push({ kind: 'literal', value, property });
        for (const id of iris(node, iri)) {
            if (!id.startsWith('_:')) {
                found.push({ kind: 'iri', value: id, property });
                continue;
            }
            // A licence document without an IRI of its own: its identifier or label may name it.
            const target = byId.get(id);
            const names = target
                ? [
                    ...literals(target, TERMS.identifier),
                    ...literals(target, TERMS.label),
                    ...literals(target, TERMS.title)
                ]
                : [];
            if (names.length > 0)
                for (const value of names)
                    found.push({ kind: 'literal', value, property });
            else
                found.push({ kind: 'blank', value: id, property });
        }
    }
    return found;
}
function readDcat(nodes) {
    const byId = new Map(nodes.map((n) => [n['@id'], n]));
    return nodes
        .filter((node) => node['@type']?.includes(TERMS.dataset))
        .map((node) => ({
        id: node['@id'],
        licenses: licenses(node, byId),
        distributions: iris(node, TERMS.distribution).map((id) => {
            const distribution = byId.get(id) ?? { '@id': id };
            return {
                id,
                urls: [...iris(distribution, TERMS.downloadURL), ...iris(distribution, TERMS.accessURL)],
                licenses: licenses(distribution, byId),
                checksums: iris(distribution, TERMS.checksum).flatMap((checksumId) => {
                    const checksum = byId.get(checksumId);
                    if (!checksum)
                        return [];
                    const algorithm = iris(checksum, TERMS.checksumAlgorithm)[0] ??
                        literals(checksum, TERMS.checksumAlgorithm)[0] ??
                        '';
                    return literals(checksum, TERMS.checksumValue).map((value) => ({ algorithm, value }));
                })
            };
        })
    }));
}

;// CONCATENATED MODULE: ./src/catalogs/prov.ts
// PROV: entities, activities and generation, from PROV-JSON or from PROV-O in JSON-LD.



/** The sections PROV-JSON documents use; a document with any of them is PROV-JSON. */
const PROV_JSON_SECTIONS = [
    'entity',
    'activity',
    'agent',
    'wasGeneratedBy',
    'used',
    'wasInformedBy',
    'wasStartedBy',
    'wasEndedBy',
    'wasInvalidatedBy',
    'wasDerivedFrom',
    'wasAttributedTo',
    'wasAssociatedWith',
    'actedOnBehalfOf',
    'wasInfluencedBy',
    'specializationOf',
    'alternateOf',
    'hadMember',
    'mentionOf',
    'bundle'
];
/** A PROV-JSON attribute value as strings: plain values, typed literals ({"$": …}), and lists. */
function attributeStrings(value) {
    if (Array.isArray(value))
        return value.flatMap(attributeStrings);
    if (isRecord(value))
        return '$' in value ? attributeStrings(value.$) : [];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        return [String(value)];
    return [];
}
/** The records of one section: a map of id → record, where a record may also be a list of them. */
function records(section) {
    if (!isRecord(section))
        return [];
    return Object.entries(section).flatMap(([id, value]) => Array.isArray(value)
        ? value.flatMap((record, index) => isRecord(record) ? [{ id, record, at: [id, index] }] : [])
        : isRecord(value)
            ? [{ id, record: value, at: [id] }]
            : []);
}
function prefixProblem(prefix) {
    if (prefix === undefined)
        return false;
    return (!isRecord(prefix) || Object.values(prefix).some((namespace) => typeof namespace !== 'string'));
}
/** Problems with the shape of a PROV-JSON document, as sentences (empty when well-formed). */
function provJsonProblems(document, where = '') {
    const problems = [];
    if (prefixProblem(document.prefix))
        problems.push(`${where}"prefix" must be an object mapping each prefix to its namespace IRI`);
    for (const section of PROV_JSON_SECTIONS) {
        const value = document[section];
        if (value !== undefined && !isRecord(value))
            problems.push(`${where}"${section}" must be an object of records keyed by id`);
    }
    for (const { id, record } of records(document.wasGeneratedBy)) {
        if (typeof record['prov:entity'] !== 'string')
            problems.push(`${where}wasGeneratedBy "${id}" has no "prov:entity"`);
    }
    for (const { id, record } of records(document.bundle))
        problems.push(...provJsonProblems(record, `${where}bundle "${id}": `));
    return problems;
}
const PREDEFINED = [
    ['prov', PROV],
    ['xsd', 'http://www.w3.org/2001/XMLSchema#']
];
/** The scope inside a document or bundle whose `prefix` map is `declared`. */
function innerScope(outer, declared) {
    // A Map, not an object: a prefix named constructor or toString is just a prefix.
    const scope = {
        prefixes: new Map(outer?.prefixes ?? PREDEFINED),
        defaultNamespace: outer?.defaultNamespace
    };
    if (!isRecord(declared))
        return scope;
    for (const [prefix, namespace] of Object.entries(declared)) {
        if (typeof namespace !== 'string')
            continue;
        if (prefix === 'default')
            scope.defaultNamespace = namespace;
        else
            scope.prefixes.set(prefix, namespace);
    }
    return scope;
}
/**
 * The IRI a PROV-JSON name stands for where it is written. A name whose prefix is bound nowhere
 * in scope is read as written, as an absolute IRI (`urn:x`, `https://…`), as JSON-LD reads a
 * compact IRI with an undefined prefix; an unprefixed name with no default namespace, and a blank
 * node (`_:…`), also stay as written. So two names are one only when they are one IRI.
 */
function resolveProvName(name, scope) {
    if (name.startsWith('_:'))
        return name;
    const colon = name.indexOf(':');
    if (colon < 0)
        return scope.defaultNamespace === undefined ? name : scope.defaultNamespace + name;
    const namespace = scope.prefixes.get(name.slice(0, colon));
    return namespace === undefined ? name : namespace + name.slice(colon + 1);
}
function addGeneration(view, entity, generation) {
    const generations = view.generatedBy.get(entity);
    if (generations)
        generations.push(generation);
    else
        view.generatedBy.set(entity, [generation]);
}
/** Reads one document or bundle into the view, each name resolved in the scope it is written. */
function readProvScope(view, content, scope, at) {
    const node = (section, { id, record, at: where }) => ({
        id: resolveProvName(id, scope),
        name: id,
        location: [...at, section, ...where],
        values: Object.values(record).flatMap(attributeStrings)
    });
    // One push per record: spreading a section into push() overflows the stack past ~100,000.
    for (const record of records(content.entity))
        view.entities.push(node('entity', record));
    for (const record of records(content.activity))
        view.activities.push(node('activity', record));
    for (const { record, at: where } of records(content.wasGeneratedBy)) {
        const entity = record['prov:entity'];
        const activity = record['prov:activity'];
        if (typeof entity === 'string' && typeof activity === 'string')
            addGeneration(view, resolveProvName(entity, scope), {
                activity: resolveProvName(activity, scope),
                name: activity,
                location: [...at, 'wasGeneratedBy', ...where, 'prov:activity']
            });
    }
    for (const { record, at: where } of records(content.bundle))
        readProvScope(view, record, innerScope(scope, record.prefix), [...at, 'bundle', ...where]);
}
function readProvJson(document) {
    const view = {
        format: 'prov-json',
        entities: [],
        activities: [],
        generatedBy: new Map()
    };
    readProvScope(view, document, innerScope(undefined, document.prefix), []);
    return view;
}
function isProvO(nodes) {
    return nodes.some((node) => node['@type']?.some((type) => type === TERMS.provEntity || type === TERMS.provActivity));
}
function readProvO(nodes) {
    const byId = new Map(nodes.map((n) => [n['@id'], n]));
    const typed = (type) => nodes.filter((n) => n['@type']?.includes(type));
    const node = (n) => ({ id: n['@id'], name: n['@id'], values: allLiterals(n) });
    const view = {
        format: 'prov-o',
        entities: typed(TERMS.provEntity).map(node),
        // Declared: typed prov:Activity. A node that only generates (prov:generated) or is only
        // named by a generation is not declared, so the gate asks for its type.
        activities: typed(TERMS.provActivity).map(node),
        generatedBy: new Map()
    };
    const add = (entity, activity) => addGeneration(view, entity, { activity, name: activity });
    for (const node of nodes) {
        for (const activity of iris(node, TERMS.provWasGeneratedBy))
            add(node['@id'], activity);
        for (const generation of iris(node, TERMS.provQualifiedGeneration)) {
            const qualified = byId.get(generation);
            for (const activity of qualified ? iris(qualified, TERMS.provActivityProperty) : [])
                add(node['@id'], activity);
        }
        for (const entity of iris(node, TERMS.provGenerated))
            add(entity, node['@id']);
    }
    return view;
}

;// CONCATENATED MODULE: ./src/catalogs/read.ts
// Reads every catalog file of the inventory, recognises it by content as DCAT, STAC or PROV, and
// reads it into its view. A file that cannot be read, or read as what it claims to be, is
// reported with the reason; gate D turns that into its violation.








function isJsonLd(value) {
    if (Array.isArray(value))
        return value.some(isJsonLd);
    return isRecord(value) && ('@context' in value || '@graph' in value);
}
function isProvJson(value) {
    return (isRecord(value) &&
        PROV_JSON_SECTIONS.some((section) => section in value) &&
        !('@context' in value));
}
/** Marks in a text that say which vocabulary it was written in. */
const VOCABULARY = [
    ['dcat', ['http://www.w3.org/ns/dcat#', '"dcat:']],
    ['stac', ['"stac_version"']],
    ['prov', ['http://www.w3.org/ns/prov#', '"prov:', '"entity"', '"activity"', '"wasGeneratedBy"']]
];
/**
 * What an unreadable catalog's bytes say. A STAC or PROV-JSON document that failed its checks was
 * recognised as that; any other is taken as the kinds whose vocabulary its text uses.
 */
function mentionsOf(failed, bytes) {
    const text = searchableText(bytes);
    const recognised = {
        stac: 'stac',
        'prov-json': 'prov'
    };
    const known = recognised[failed];
    const kinds = known
        ? [known]
        : VOCABULARY.filter(([, marks]) => marks.some((mark) => text.includes(mark))).map(([kind]) => kind);
    return { digests: digestsIn(text), kinds };
}
function unreadableAs(failed, display, problems, bytes) {
    const unreadable = { failed, path: display, problems };
    if (bytes)
        unreadable.mentions = mentionsOf(failed, bytes);
    return { unreadable };
}
/** A STAC document: its view when the official schemas accept it, else what they say. */
async function readStacDocument(value, json, document, options) {
    const { display } = document;
    const validation = await validateStac(value, options.stacExtensionSchemas);
    if (validation.problems.length === 0) {
        document.kinds.push('stac');
        document.stac = readStac(value, validation);
        return { document };
    }
    const what = value.type === 'Feature' ? 'Item' : String(value.type);
    const against = validation.schemaVersion === undefined ? 'STAC' : `STAC ${validation.schemaVersion}`;
    return unreadableAs('stac', display, validation.problems.map((p) => ({
        message: `${display} is not valid ${p.extension === undefined ? against : `for the STAC extension ${p.extension}`}: ${p.text.replace(/^the document/, `the ${what}`)}.`,
        line: json.lineOf(p.location) ?? 1
    })), json.bytes);
}
/** DCAT and PROV-O, read from the expanded JSON-LD; undefined when it expands. */
async function readJsonLdDocument(json, document) {
    let nodes;
    try {
        nodes = await flattenJsonLd(json.value, document.path);
    }
    catch (error) {
        const message = `${document.display} cannot be read as JSON-LD: ${error.message}.`;
        return unreadableAs('jsonld', document.display, [{ message, line: 1 }], json.bytes);
    }
    const datasets = readDcat(nodes);
    if (datasets.length > 0) {
        document.kinds.push('dcat');
        document.dcat = datasets;
    }
    if (isProvO(nodes)) {
        document.kinds.push('prov');
        document.prov = readProvO(nodes);
    }
    return undefined;
}
function readProvJsonDocument(value, json, document) {
    const problems = provJsonProblems(value);
    if (problems.length > 0)
        return unreadableAs('prov-json', document.display, problems.map((p) => ({
            message: `${document.display} is not well-formed PROV-JSON: ${p}.`,
            line: 1
        })), json.bytes);
    document.kinds.push('prov');
    document.prov = readProvJson(value);
    return undefined;
}
async function readOne(root, entry, display, options) {
    let json;
    // Kept when the bytes were read but do not parse: what they say is still evidence.
    let bytes;
    try {
        bytes = await readDocumentBytes(external_node_path_default().join(root, entry.path), display);
        json = jsonDocumentOf(display, bytes);
    }
    catch (error) {
        if (!(error instanceof DocumentError))
            throw error;
        const message = `${error.message}. Catalog files must be JSON or JSON-LD.`;
        return unreadableAs('json', display, [{ message, line: error.line }], bytes);
    }
    const document = {
        path: entry.path,
        display,
        digest: json.digest,
        kinds: [],
        // The line finders alone: they hold the text, not the document's bytes and parsed value,
        // which a release of 100,000 catalog files could not keep all at once.
        lineOf: json.lineOf,
        lineOfText: json.lineOfText
    };
    const value = json.value;
    if (isStac(value))
        return readStacDocument(value, json, document, options);
    const failed = isJsonLd(value)
        ? await readJsonLdDocument(json, document)
        : isProvJson(value)
            ? readProvJsonDocument(value, json, document)
            : undefined;
    if (failed)
        return failed;
    if (document.kinds.length === 0) {
        const message = `${display} is neither DCAT (JSON-LD with a dcat:Dataset), STAC (stac_version with type Catalog, Collection or Feature) nor PROV (PROV-JSON, or PROV-O in JSON-LD); narrow the catalogs patterns to the catalog files.`;
        return unreadableAs('recognition', display, [{ message, line: 1 }], json.bytes);
    }
    return { document };
}
/** Catalog files read at once; well under a 1,024 open-file limit. */
const OPEN_AT_ONCE = 64;
async function readCatalogs(root, entries, display, options = {}) {
    // A bounded number of files open at once, whatever the number of catalogs: past the process's
    // open-file limit, a read fails with EMFILE, which would read as an invalid catalog.
    const results = [];
    for (let start = 0; start < entries.length; start += OPEN_AT_ONCE) {
        const batch = entries.slice(start, start + OPEN_AT_ONCE);
        results.push(...(await Promise.all(batch.map((entry) => readOne(root, entry, display(entry.path), options)))));
    }
    return {
        documents: results.flatMap((r) => ('document' in r ? [r.document] : [])),
        unreadable: results.flatMap((r) => ('unreadable' in r ? [r.unreadable] : []))
    };
}

;// CONCATENATED MODULE: ./src/documents/receipts.ts
// Run receipts (the contract's appendix), found by the run-receipts patterns, each read against
// schemas/run_receipt_v1.schema.json into a typed receipt, or reported as not a receipt.






const problems = schemaValidator(runReceiptV1);
/** Reads the receipt files the run-receipts patterns found (root-relative paths). */
async function readReceipts(root, files, display) {
    const notReceipts = [];
    const receipts = [];
    for (const file of files) {
        const shown = display(file.path);
        // Kept when the bytes were read but are no receipt: the digests they name are still evidence.
        let bytes;
        const digests = () => bytes ? { digests: digestsIn(searchableText(bytes)) } : {};
        try {
            bytes = await readDocumentBytes(external_node_path_default().join(root, file.path), shown);
            const document = jsonDocumentOf(shown, bytes);
            const schemaProblems = problems(document.value);
            if (schemaProblems.length > 0) {
                const named = digests();
                for (const p of schemaProblems) {
                    notReceipts.push({
                        path: shown,
                        message: `${shown} is not a valid run receipt: ${p.text.replace(/^the document/, 'the receipt')}.`,
                        line: document.lineOf(p.location) ?? 1,
                        ...named
                    });
                }
                continue;
            }
            const value = document.value;
            receipts.push({
                path: shown,
                digest: document.digest,
                runId: value.run_id,
                datasetVersionId: value.dataset_version_id,
                outputs: value.outputs,
                validation: {
                    status: value.validation.status,
                    reportDigest: value.validation.report_digest
                },
                decisionId: value.policy.decision_id,
                lineOf: document.lineOf
            });
        }
        catch (error) {
            if (!(error instanceof DocumentError))
                throw error;
            notReceipts.push({ ...unreadable(error), ...digests() });
        }
    }
    return { receipts, unreadable: notReceipts };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/documents/spec.ts
// The dataset spec document and its spec_hash: the SHA-256 of its RFC 8785 canonical form.
// A YAML spec is read into the JSON data model first, and anything JSON cannot say is refused
// rather than guessed (DECISIONS.md, "Digests and canonical form").





// YAML 1.1 timestamps: YAML 1.2 reads them as strings, other tools as dates. Either is a guess.
const YAML_TIMESTAMP = /^\d{4}-\d\d?-\d\d?(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?$/;
function tagProblem(node) {
    if ((0,dist/* isAlias */.Vj)(node) || !node.tag)
        return undefined;
    const message = `the tag ${node.tag} has no JSON equivalent; remove the tag and write a plain JSON value`;
    return { node, message };
}
/** A mapping key JSON cannot hold as written: not a plain string, a merge key, __proto__. */
function keyProblem(pair) {
    const key = pair.key;
    if (key !== null && !(0,dist/* isScalar */.jn)(key))
        return { node: pair.value, message: 'a mapping key must be a plain string' };
    if (!(0,dist/* isScalar */.jn)(key))
        return undefined;
    if (key.type === 'PLAIN' && key.value === '<<')
        return {
            node: key,
            message: 'merge keys (<<) are not part of YAML 1.2 or JSON; write the merged keys out'
        };
    if (key.value === '__proto__')
        return {
            node: key,
            message: 'a "__proto__" key may change a JavaScript reader\'s prototype; remove it'
        };
    // JSON keys are strings: a key YAML reads as a number, boolean or null becomes its JSON text,
    // which must then be the key as written (2025 is "2025"; 1e21 would be "1e+21").
    if (typeof key.value !== 'string' &&
        (key.value === null || key.source === undefined || String(key.value) !== key.source))
        return {
            node: key,
            message: `the key ${key.source || String(key.value)} is not a string, and as a JSON key it would be written differently; quote it`
        };
    return undefined;
}
/** A key as it was written: plain, or within its quotes. */
function asWritten(key) {
    const source = key.source ?? String(key.value);
    if (key.type === 'QUOTE_DOUBLE')
        return `"${source}"`;
    if (key.type === 'QUOTE_SINGLE')
        return `'${source}'`;
    return source;
}
/**
 * Two keys of one mapping that YAML holds apart but JSON writes alike (2025 and "2025", true and
 * "true"): converted, the later would silently replace the earlier, and spec_hash drop a value.
 */
function keyCollision(node) {
    if (!(0,dist/* isMap */.jh)(node))
        return undefined;
    const seen = new Map();
    for (const pair of node.items) {
        if (!(0,dist/* isScalar */.jn)(pair.key))
            continue;
        const key = pair.key;
        const text = String(key.value);
        const earlier = seen.get(text);
        if (earlier)
            return {
                node: key,
                message: `the keys ${asWritten(earlier)} and ${asWritten(key)} of one mapping are both "${text}" in JSON, so one would silently replace the other; keep one`
            };
        seen.set(text, key);
    }
    return undefined;
}
/** A scalar JSON cannot hold as written: a YAML 1.1 date, or a number a double changes. */
function scalarProblem(node) {
    const value = node.value;
    if (node.type === 'PLAIN' && typeof value === 'string' && YAML_TIMESTAMP.test(value))
        return {
            node,
            message: `"${value}" reads as a date in some YAML tools and a string in others; quote it`
        };
    // The same number rule as a JSON spec's (numberProblem), on the number as written.
    const problem = typeof value === 'number' || typeof value === 'bigint'
        ? numberProblem(node.source ?? String(value))
        : undefined;
    return problem ? { node, message: problem } : undefined;
}
/** The first node of the document that has no JSON equivalent, if any. */
function firstProblem(doc) {
    let found;
    const note = (problem) => {
        found ??= problem;
        return found ? dist/* visit */.YR.BREAK : undefined;
    };
    // yaml's visitor calls only the most specific handler, so every kind of node checks its tag.
    (0,dist/* visit */.YR)(doc, {
        Map: (_key, node) => note(tagProblem(node) ?? keyCollision(node)),
        Seq: (_key, node) => note(tagProblem(node)),
        Pair: (_key, pair) => note(keyProblem(pair)),
        Scalar: (_key, node) => note(tagProblem(node) ?? scalarProblem(node))
    });
    return found;
}
/** Parses YAML in its JSON-compatible subset; throws DocumentError naming the line and the fix. */
function parseYamlSpec(path, text) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { schema: 'core', uniqueKeys: true, merge: false, strict: true });
    const first = doc.errors[0];
    if (first) {
        const line = first.linePos?.[0].line;
        throw new DocumentError(path, `${path} is not valid YAML${line ? ` (line ${line})` : ''}: ${first.message.split('\n')[0]}`, line);
    }
    const problem = firstProblem(doc);
    if (problem) {
        const line = problem.node.range ? lineAt(text, problem.node.range[0]) : undefined;
        throw new DocumentError(path, `${path}${line ? ` line ${line}` : ''}: ${problem.message}`, line);
    }
    if (!(0,dist/* isMap */.jh)(doc.contents) && !(0,dist/* isSeq */.oP)(doc.contents) && !(0,dist/* isScalar */.jn)(doc.contents)) {
        throw new DocumentError(path, `${path} is empty; a spec must be a mapping`);
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 1000 });
    }
    catch (error) {
        throw new DocumentError(path, `${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (expandsPast(value, MAX_DOCUMENT_BYTES)) {
        throw new DocumentError(path, `${path} expands through its aliases (*name) to more than ${MAX_DOCUMENT_BYTES} bytes of JSON, past the limit for input documents; write the repeated values out once each, or drop the aliases`);
    }
    const valueProblem = jsonValueProblem(value);
    if (valueProblem)
        throw new DocumentError(path, `${path} ${valueProblem.message}`);
    return value;
}
/**
 * Whether a value's JSON text would be longer than `limit` characters, counted roughly from
 * below (strings by length, every value at least one): YAML aliases share one node among many
 * places, so a small document can stand for a value too large to write, hash or even hold as one
 * string. The walk stops as soon as the count passes the limit, so it costs at most that much.
 */
function expandsPast(value, limit) {
    let size = 0;
    const stack = [value];
    while (stack.length > 0) {
        const node = stack.pop();
        size += typeof node === 'string' ? node.length + 2 : 1;
        if (size > limit)
            return true;
        if (Array.isArray(node))
            for (const item of node)
                stack.push(item);
        else if (node !== null && typeof node === 'object') {
            for (const [key, item] of Object.entries(node)) {
                size += key.length + 3;
                stack.push(item);
            }
        }
    }
    return false;
}
/** Reads the spec (JSON, or YAML by its .yaml/.yml extension) and computes its spec_hash. */
async function readSpec(absolutePath, path, confine) {
    const bytes = await readDocumentBytes(absolutePath, path, {
        confine,
        missing: `${path} does not exist; check the spec input (it is relative to the workspace)`
    });
    const isYaml = ['.yaml', '.yml'].includes((0,external_node_path_namespaceObject.extname)(path).toLowerCase());
    const value = isYaml
        ? parseYamlSpec(path, decodeUtf8(path, bytes))
        : parseJsonText(path, bytes, { exactNumbers: true }).value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new DocumentError(path, `${path} must hold an object (a mapping) at its top level`);
    }
    return { path, value, specHash: canonicalDigest(value) };
}
/** The spec as evidence: its spec_hash, or why it cannot be read. */
async function spec_readSpecEvidence(ref) {
    try {
        const spec = await readSpec(ref.absolute, ref.path, ref.confine);
        return { readable: true, path: ref.path, specHash: spec.specHash };
    }
    catch (error) {
        if (!(error instanceof DocumentError))
            throw error;
        return { readable: false, ...unreadable(error) };
    }
}

// EXTERNAL MODULE: ./node_modules/spdx-expression-parse/index.js
var spdx_expression_parse = __nccwpck_require__(3326);
var spdx_expression_parse_default = /*#__PURE__*/__nccwpck_require__.n(spdx_expression_parse);
;// CONCATENATED MODULE: ./src/gates/b-licensing.ts
// Gate B: licensing. Every DCAT dataset and STAC collection carries a licence, and each is one
// a person can look up (DECISIONS.md, "Catalog triplet (gate D) and licensing (gate B)"):
// - DCAT: a literal SPDX expression, or an IRI that is an SPDX licence IRI or an absolute
//   http(s) URL. Relative IRIs (which JSON-LD resolves into the dataset root), `urn:`, blank
//   nodes and other schemes are refused.
// - STAC, by STAC's own rule: an SPDX identifier or expression, or `other` / `proprietary` with a
//   link of rel `license`. A URL in `license` is invalid STAC, and `various` names no licence.



const HTTP_URL = /^https?:\/\/[^\s/$.?#][^\s]*$/i;
const SPDX_LICENSE_IRI = /^https?:\/\/spdx\.org\/licenses\/([^/?#]+?)(?:\.html|\.json)?$/i;
/** Why a licence text is not a valid SPDX expression, or undefined when it is one. */
function licenseProblem(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        return 'is empty';
    try {
        spdx_expression_parse_default()(trimmed);
        return undefined;
    }
    catch {
        return HTTP_URL.test(trimmed)
            ? `is the URL "${trimmed}", not an SPDX expression; write the SPDX identifier (for example CC-BY-4.0), or "other" with a link of rel "license" to the text`
            : `"${trimmed}" is not a valid SPDX expression (for example CC-BY-4.0 or "MIT OR Apache-2.0")`;
    }
}
/** Why a DCAT licence IRI is refused, or undefined when it is an SPDX licence IRI or a URL. */
function licenseIriProblem(iri) {
    const spdx = SPDX_LICENSE_IRI.exec(iri);
    if (spdx) {
        const id = decodeURIComponent(spdx[1]);
        return licenseProblem(id) ? `names "${id}", which is not an SPDX licence identifier` : undefined;
    }
    if (HTTP_URL.test(iri))
        return undefined;
    const inRoot = rootPathOfIri(iri);
    if (inRoot !== undefined)
        return `is the relative IRI "${inRoot === 'outside' ? iri : inRoot}", which names no licence anyone can look up; give an absolute http(s) URL or an SPDX licence IRI (https://spdx.org/licenses/<id>)`;
    return `"${iri}" is neither an http(s) URL nor an SPDX licence IRI (urn: and other schemes name no licence anyone can look up)`;
}
function dcatLicenseProblem(license) {
    if (license.kind === 'blank')
        return 'names a licence node with no IRI, identifier or label';
    if (license.kind === 'iri')
        return licenseIriProblem(license.value);
    return licenseProblem(license.value);
}
/** The dataset's licences: its own, or those of its distributions when every one has some. */
function licensesOf(dataset) {
    const { distributions } = dataset;
    const everyDistribution = distributions.length > 0 && distributions.every((d) => d.licenses.length > 0);
    return [
        ...dataset.licenses,
        ...(everyDistribution ? distributions.flatMap((d) => d.licenses) : [])
    ];
}
function dcatViolations(document) {
    const violations = [];
    for (const dataset of document.dcat ?? []) {
        const line = document.lineOfText(dataset.id.split(/[/#:]/).pop() ?? dataset.id);
        const licenses = licensesOf(dataset);
        if (licenses.length === 0) {
            const message = `The DCAT dataset ${dataset.id} in ${document.display} has no dct:license or dct:rights (on the dataset, or on every distribution); add one, for example "dct:license": {"@id": "https://creativecommons.org/licenses/by/4.0/"}.`;
            violations.push(violation_violation('B', 'LICENSE_MISSING', document.display, message, line));
        }
        for (const license of licenses) {
            const problem = dcatLicenseProblem(license);
            if (!problem)
                continue;
            const message = `The dct:${license.property} of DCAT dataset ${dataset.id} ${problem}.`;
            const at = document.lineOfText(license.value) ?? line;
            violations.push(violation_violation('B', 'LICENSE_INVALID', document.display, message, at));
        }
    }
    return violations;
}
function stacLicenseProblem(document) {
    const stac = document.stac;
    const license = stac.license;
    if (['other', 'proprietary'].includes(license)) {
        return stac.links.some((l) => l.rel === 'license')
            ? undefined
            : `says "${license}" but has no link with rel "license" to the licence text; add one`;
    }
    if (license === 'various')
        return 'is "various", which STAC deprecated and which names no licence';
    return licenseProblem(license);
}
function stacViolations(document) {
    const stac = document.stac;
    const line = document.lineOf(['license']);
    if (stac.license === undefined || stac.license.trim() === '') {
        const message = `The STAC collection ${stac.id} has no "license"; set it to an SPDX expression such as "CC-BY-4.0".`;
        return [violation_violation('B', 'LICENSE_MISSING', document.display, message, line ?? 1)];
    }
    const problem = stacLicenseProblem(document);
    if (!problem)
        return [];
    const message = `The "license" of STAC collection ${stac.id} ${problem}.`;
    return [violation_violation('B', 'LICENSE_INVALID', document.display, message, line)];
}
function checkLicensing(documents, stacApplicable) {
    const dcat = documents.filter((d) => d.dcat);
    const violations = dcat.flatMap(dcatViolations);
    if (dcat.length === 0) {
        const message = 'No DCAT dataset was read, so no licence is recorded; add the DCAT JSON-LD with dct:license to the catalogs.';
        const about = { absent: 'dcat' };
        violations.push(violation_violation('B', 'LICENSE_MISSING', 'catalogs', message, undefined, about));
    }
    if (!stacApplicable)
        return violations;
    const collections = documents.filter((d) => d.stac?.type === 'Collection');
    violations.push(...collections.flatMap(stacViolations));
    if (collections.length === 0) {
        const message = 'No valid STAC collection was read (a STAC_INVALID one is not read), so the STAC licence is missing; add the collection to the catalogs, or set stac-applicable: false if STAC does not apply.';
        // Absent because no STAC was read at all, when none was: a collection alone missing is not that.
        const about = documents.some((d) => d.stac) ? undefined : { absent: 'stac' };
        violations.push(violation_violation('B', 'LICENSE_MISSING', 'catalogs', message, undefined, about));
    }
    return violations;
}
const gateB = {
    letter: 'B',
    check(evidence) {
        const stac = evidence.stacApplicable;
        return {
            violations: checkLicensing(evidence.catalogDocuments.documents, stac),
            checked: ['licences of DCAT datasets' + (stac ? ' and STAC collections' : '')]
        };
    }
};

;// CONCATENATED MODULE: ./src/gates/d-catalogs.ts
// Gate D: the catalog triplet. DCAT, STAC and PROV are all present (STAC unless declared not
// applicable); links inside the root resolve to inventoried files; every checksum a catalog
// carries matches; every artifact is a PROV entity with the same digest, generated by an activity
// the PROV document declares.




/**
 * A link resolved as the web resolves it, against the document's own location: a root-relative
 * path, `outside`, `invalid` when it is no URL reference at all, or undefined for a web URL.
 */
/** A Windows drive path, which URL parsers take for a URL with a one-letter scheme. */
const d_catalogs_WINDOWS_DRIVE = /^[A-Za-z]:/;
function resolveHref(documentPath, href) {
    // A URL parser reads a backslash as a slash and `C:/x` as a URL of scheme `c`: either would
    // reach a file by a path no STAC reader on another system resolves the same way.
    if (href.includes('\\') || d_catalogs_WINDOWS_DRIVE.test(href))
        return 'invalid';
    if (!URL.canParse(href, ROOT_BASE + documentPath))
        return 'invalid';
    return rootPathOfIri(new URL(href, ROOT_BASE + documentPath).href);
}
const ABSENT = [
    [
        'dcat',
        'DCAT_MISSING',
        'No DCAT document (JSON-LD with a dcat:Dataset) is among the catalogs; add it to the catalogs patterns.'
    ],
    [
        'stac',
        'STAC_MISSING',
        'No STAC Catalog, Collection or Item is among the catalogs; add them, or set stac-applicable: false if STAC does not apply to this dataset.'
    ],
    [
        'prov',
        'PROV_MISSING',
        'No PROV bundle (PROV-JSON, or PROV-O in JSON-LD) is among the catalogs; add it to the catalogs patterns.'
    ]
];
function checkPresence(evidence) {
    const has = (kind) => evidence.documents.some((d) => d.kinds.includes(kind));
    return ABSENT.filter(([kind]) => !has(kind) && (kind !== 'stac' || evidence.stacApplicable)).map(([kind, code, message]) => violation_violation('D', code, 'catalogs', message, undefined, { absent: kind }));
}
function stacTargets(stac) {
    return [
        ...stac.links.map((l) => ({ what: `link "${l.rel}"`, href: l.href, location: l.location })),
        ...stac.assets.map((a) => ({
            what: `asset "${a.key}"`,
            href: a.href,
            location: a.location,
            checksum: a.checksum
        }))
    ];
}
/** A checksum a STAC asset carries, held against the digest of the file it links to. */
function stacChecksumViolations(document, target, entry, line) {
    if (target.checksum === undefined)
        return [];
    const digest = multihashToDigest(target.checksum);
    const at = () => document.lineOf([...target.location, 'file:checksum']) ?? line();
    if (!digest) {
        const message = `The file:checksum of STAC ${target.what} is not a SHA-256 multihash (1220 + 64 hex), so it cannot be checked; write it as SHA-256.`;
        return [violation_violation('D', 'CHECKSUM_UNSUPPORTED', document.display, message, at())];
    }
    if (digest === entry.digest)
        return [];
    const message = `The file:checksum of STAC ${target.what} says ${digest}, but ${entry.path} has ${entry.digest}; the catalog describes another version of the file, so regenerate it.`;
    return [violation_violation('D', 'CHECKSUM_MISMATCH', document.display, message, at())];
}
/** One link or asset: it resolves to an inventoried file inside the root, with its checksum. */
function stacTargetViolations(document, target, byPath) {
    const id = document.stac.id;
    const line = () => document.lineOf([...target.location, 'href']) ?? document.lineOf(target.location);
    const resolved = resolveHref(document.path, target.href);
    const found = (code, message, about) => [
        violation_violation('D', code, document.display, message, line(), about)
    ];
    if (resolved === undefined)
        return [];
    if (resolved === 'invalid')
        return found('LINK_UNRESOLVED', `The STAC ${target.what} of ${id} has the href "${target.href}", which is not a valid URL or relative path (paths are written with /, never a backslash or a Windows drive letter); fix the href.`);
    if (resolved === 'outside')
        return found('LINK_OUTSIDE_ROOT', `The STAC ${target.what} of ${id} points to "${target.href}", outside the dataset root; link to a file inside it or to an absolute URL.`);
    const entry = byPath.get(resolved);
    if (!entry)
        return found('LINK_UNRESOLVED', `The STAC ${target.what} of ${id} points to ${resolved}, which is not in the inventory; add the file to the artifacts or catalogs patterns, or fix the href.`, { missing: { path: resolved, lists: ['artifacts', 'catalogs'] } });
    return stacChecksumViolations(document, target, entry, line);
}
function checkStacLinks(evidence, byPath) {
    return evidence.documents.flatMap((document) => document.stac
        ? stacTargets(document.stac).flatMap((t) => stacTargetViolations(document, t, byPath))
        : []);
}
function checkDcatLinks(evidence, artifacts) {
    const violations = [];
    for (const document of evidence.documents) {
        for (const dataset of document.dcat ?? []) {
            for (const distribution of dataset.distributions) {
                for (const url of distribution.urls) {
                    if (d_catalogs_WINDOWS_DRIVE.test(url)) {
                        violations.push(violation_violation('D', 'LINK_UNRESOLVED', document.display, `A DCAT distribution of ${dataset.id} points to "${url}", a Windows drive path; link to a file in the dataset root by a relative path, or to an absolute http(s) URL.`, document.lineOfText(url)));
                        continue;
                    }
                    const resolved = rootPathOfIri(url);
                    if (resolved === undefined)
                        continue;
                    const shown = resolved === 'outside' ? url : resolved;
                    // Found only for a violation: a passing link never costs a search of the text.
                    const line = () => document.lineOfText(shown.split('/').pop() ?? shown);
                    if (resolved === 'outside') {
                        violations.push(violation_violation('D', 'LINK_OUTSIDE_ROOT', document.display, `A DCAT distribution of ${dataset.id} points outside the dataset root; link to a file inside it or to an absolute URL.`, line()));
                        continue;
                    }
                    const entry = artifacts.get(resolved);
                    if (!entry) {
                        violations.push(violation_violation('D', 'LINK_UNRESOLVED', document.display, `A DCAT distribution of ${dataset.id} points to ${resolved}, which is not an artifact in the inventory; add it to the artifacts patterns, or fix the URL.`, line(), { missing: { path: resolved, lists: ['artifacts'] } }));
                        continue;
                    }
                    for (const checksum of distribution.checksums) {
                        if (checksum.algorithm !== TERMS.sha256Algorithm) {
                            violations.push(violation_violation('D', 'CHECKSUM_UNSUPPORTED', document.display, `The spdx:checksum of the distribution ${resolved} uses ${checksum.algorithm || 'no algorithm'}, not spdx:checksumAlgorithm_sha256, so it cannot be checked.`, line()));
                        }
                        else if (`sha256:${checksum.value.toLowerCase()}` !== entry.digest) {
                            violations.push(violation_violation('D', 'CHECKSUM_MISMATCH', document.display, `The spdx:checksum of the distribution ${resolved} is ${checksum.value}, but the file has ${entry.digest}; regenerate the DCAT document.`, line()));
                        }
                    }
                }
            }
        }
    }
    return violations;
}
/** Where an entity is written: its record's line, else the first line naming it. */
function entityLine(document, entity) {
    return (entity.location && document.lineOf(entity.location)) ?? document.lineOfText(entity.name);
}
/** What to write so the document declares an activity, in its own serialisation. */
function declarationAdvice(document, generation) {
    return document.prov.format === 'prov-json'
        ? `declare it ("activity": {"${generation.name}": {…}}); if it is declared, its name there must expand to the same IRI (a bundle's own "prefix" applies inside that bundle)`
        : 'type its node prov:Activity ("@type": "prov:Activity")';
}
/**
 * PROV_NOT_GENERATED when no entity naming the artifact is generated at all;
 * PROV_ACTIVITY_UNDECLARED when each generation names an activity its document does not declare.
 */
function checkGeneration(artifact, named, declared) {
    let undeclared;
    for (const { document, entity } of named) {
        for (const generation of document.prov.generatedBy.get(entity.id) ?? []) {
            if (declared.get(document)?.has(generation.activity))
                return undefined;
            undeclared ??= { document, entity, generation };
        }
    }
    if (!undeclared) {
        const { document, entity } = named[0];
        return violation_violation('D', 'PROV_NOT_GENERATED', document.display, `The PROV entity ${entity.name} (${artifact.path}) was generated by no activity; add a wasGeneratedBy with the producing activity` +
            (entity.id === entity.name
                ? '.'
                : `, whose "prov:entity" expands to ${entity.id} with the prefixes in scope where it is written (a bundle's own "prefix" applies inside that bundle).`), entityLine(document, entity));
    }
    const { document, entity, generation } = undeclared;
    const iri = generation.activity === generation.name
        ? ''
        : ` (${generation.activity}, with the prefixes in scope where the generation is written)`;
    return violation_violation('D', 'PROV_ACTIVITY_UNDECLARED', document.display, `The PROV entity ${entity.name} (${artifact.path}) is generated by the activity ${generation.name}${iri}, and ${document.display} declares no such activity; ${declarationAdvice(document, generation)}.`, (generation.location && document.lineOf(generation.location)) ??
        document.lineOfText(generation.name));
}
function checkProvEntities(evidence) {
    const provDocuments = evidence.documents.filter((d) => d.prov);
    if (provDocuments.length === 0)
        return [];
    // Every value an entity carries → the entities carrying it, and each document's declared
    // activities by IRI, built once: lookups per artifact, no scans.
    const carrying = new Map();
    const declared = new Map();
    for (const document of provDocuments) {
        declared.set(document, new Set(document.prov.activities.map((activity) => activity.id)));
        for (const entity of document.prov.entities) {
            for (const value of new Set(entity.values)) {
                const named = carrying.get(value);
                if (named)
                    named.push({ document, entity });
                else
                    carrying.set(value, [{ document, entity }]);
            }
        }
    }
    const violations = [];
    for (const artifact of evidence.artifacts) {
        const named = carrying.get(artifact.digest) ?? [];
        if (named.length > 0) {
            const ungenerated = checkGeneration(artifact, named, declared);
            if (ungenerated)
                violations.push(ungenerated);
            continue;
        }
        const first = carrying.get(artifact.path)?.[0];
        violations.push(first
            ? violation_violation('D', 'PROV_DIGEST_MISMATCH', first.document.display, `The PROV entity ${first.entity.name} names ${artifact.path} but not its digest ${artifact.digest}; the provenance describes another version of the file, so regenerate it.`, entityLine(first.document, first.entity))
            : violation_violation('D', 'PROV_ENTITY_MISSING', evidence.display(artifact.path), `No PROV entity names the artifact ${artifact.path} by its digest ${artifact.digest}; record it in the PROV bundle (for example "kfm:digest": "${artifact.digest}").`, undefined, { digest: artifact.digest }));
    }
    return violations;
}
function checkTriplet(evidence) {
    const artifacts = new Map(evidence.artifacts.map((a) => [a.path, a]));
    const byPath = new Map([...evidence.catalogs, ...evidence.artifacts].map((e) => [e.path, e]));
    return [
        ...checkPresence(evidence),
        ...checkStacLinks(evidence, byPath),
        ...checkDcatLinks(evidence, artifacts),
        ...checkProvEntities(evidence)
    ];
}
const UNREADABLE_CODES = {
    json: 'CATALOG_INVALID',
    stac: 'STAC_INVALID',
    jsonld: 'JSONLD_INVALID',
    'prov-json': 'PROV_INVALID',
    recognition: 'CATALOG_UNRECOGNISED'
};
/** A catalog file that cannot be read as DCAT, STAC or PROV blocks promotion like a bad link. */
function unreadableCatalogs(unreadable) {
    return unreadable.flatMap(({ failed, path, problems }) => problems.map((p) => violation_violation('D', UNREADABLE_CODES[failed], path, p.message, p.line)));
}
/** Which official schemas judged each STAC file, and which extensions nothing could check. */
function stacSchemaLines(documents) {
    return documents.flatMap((document) => {
        const stac = document.stac;
        if (!stac)
            return [];
        const lines = [
            `${document.display}: STAC ${stac.schemaVersion ?? stac.stacVersion} schemas` +
                (stac.versionNote ? ` (${stac.versionNote})` : '')
        ];
        for (const url of stac.unvalidatedExtensions)
            lines.push(`${document.display}: extension ${url} not validated (no schema bundled or given in stac-extension-schemas; nothing is fetched)`);
        return lines;
    });
}
const gateD = {
    letter: 'D',
    check(evidence) {
        const { documents, unreadable } = evidence.catalogDocuments;
        const violations = [
            ...unreadableCatalogs(unreadable),
            ...checkTriplet({
                documents,
                artifacts: evidence.artifacts.entries,
                catalogs: evidence.catalogs.entries,
                stacApplicable: evidence.stacApplicable,
                display: evidence.display
            })
        ];
        const checked = [];
        for (const kind of ['dcat', 'stac', 'prov']) {
            const named = documents.filter((d) => d.kinds.includes(kind)).map((d) => d.display);
            if (named.length > 0)
                checked.push(`${kind.toUpperCase()}: ${named.join(', ')}`);
        }
        if (!evidence.stacApplicable)
            checked.push('STAC declared not applicable (stac-applicable: false)');
        checked.push(...stacSchemaLines(documents));
        return { violations, checked };
    }
};

;// CONCATENATED MODULE: ./src/inventory/findings.ts
// What finding and hashing files can run into: a pattern that leaves the root or finds
// nothing, a link that leads out, dangles or loops, a file that cannot be read or changes, a
// precomputed list that disagrees with the files. The inventory reports these as findings, with
// the sentence that explains each; gate E decides that each blocks promotion.
function finding(kind, path, message, line) {
    return line === undefined ? { kind, path, message } : { kind, path, message, line };
}

;// CONCATENATED MODULE: ./src/inventory/partition.ts
// The partition of a sharded inventory: which shard a path is in, from the path alone, so every
// shard agrees without talking to the others; and the digest of a path list, which every shard
// records so the merge can tell that all of them listed the same files.


/**
 * The shard a root-relative path belongs to, 1..count: the first 4 bytes of the SHA-256 of its
 * UTF-8 form, as a big-endian number, modulo count. Every shard computes it from the path alone,
 * so all agree without talking to each other, and files spread evenly whatever their names.
 */
function shardOf(path, count) {
    // The hex digest's first 8 digits are those 4 bytes; a string result is a third the cost of a
    // Buffer here (0.6 µs a path, measured over 200,000: this runs for every file of every shard).
    return (Number.parseInt((0,external_node_crypto_.hash)('sha256', path, 'hex').slice(0, 8), 16) % count) + 1;
}
/** `sha256:` of the paths, sorted by UTF-8 bytes, each followed by a newline, as UTF-8. */
function partition_pathsDigest(paths) {
    let sorted = paths;
    for (let i = 1; i < paths.length; i++) {
        if (compareText(paths[i - 1], paths[i]) > 0) {
            sorted = [...paths].sort(compareText);
            break;
        }
    }
    const digest = (0,external_node_crypto_.createHash)('sha256');
    // In runs of paths, so 200,000 paths are a few hundred updates, not 400,000.
    for (let start = 0; start < sorted.length; start += 1024)
        digest.update(`${sorted.slice(start, start + 1024).join('\n')}\n`);
    return `sha256:${digest.digest('hex')}`;
}

;// CONCATENATED MODULE: ./src/inventory/shards.ts






const SHARD_FILE_VERSION = 'v1';
/** More shards than this would be a matrix larger than GitHub runs (256 jobs) several times over. */
const MAX_SHARDS = 1024;


/** A media-type override as the shard file records it: `pattern: media/type`, as given. */
function overrideLine(override) {
    return `${override.pattern}: ${override.mediaType}`;
}
/** The shard file's bytes: two-space JSON and a newline, fields in the schema's order. */
function shardFileText(shard) {
    const document = {
        kfm_inventory_shard_version: SHARD_FILE_VERSION,
        shard: { index: shard.shard.index, count: shard.shard.count },
        input: 'artifacts',
        root: shard.root,
        patterns: shard.patterns,
        media_types: shard.mediaTypes,
        path_count: shard.pathCount,
        paths_digest: shard.pathsDigest,
        entries: shard.entries.map((e) => ({
            path: e.path,
            digest: e.digest,
            media_type: e.mediaType,
            size: e.size ?? 0
        }))
    };
    return jsonText(document);
}
const shards_problems = schemaValidator(inventoryShardV1);
/** One shard file, strictly: JSON as every input document is read, then the shard schema. */
async function readShard(ref, findings) {
    const invalid = (message, line) => {
        findings.push(finding('SHARD_INVALID', ref.path, message, line));
        return [];
    };
    let document;
    try {
        document = await readJsonDocument(ref.absolute, ref.path, ref.confine);
    }
    catch (error) {
        if (!(error instanceof DocumentError))
            throw error;
        return invalid(`${error.message}; give the shard files the inventory jobs wrote, unchanged.`, error.line);
    }
    const [problem] = shards_problems(document.value);
    if (problem) {
        const text = problem.text.replace(/^the document/, 'the shard file');
        return invalid(`${ref.path} is not an inventory shard file (schemas/inventory_shard_v1.schema.json): ${text}; give the files inventory --shard writes, unchanged.`, document.lineOf(problem.location) ?? 1);
    }
    const value = document.value;
    const entries = [];
    for (const [index, entry] of value.entries.entries()) {
        const safe = normaliseRelative(entry.path);
        if (!safe.ok || safe.path !== entry.path)
            return invalid(`${ref.path} entry ${index}: the path "${entry.path}" ${safe.ok ? 'is not in normal form' : safe.reason}; a shard file lists root-relative paths as the inventory writes them, so regenerate it.`, document.lineOf(['entries', index, 'path']));
        entries.push({
            path: entry.path,
            digest: entry.digest,
            mediaType: entry.media_type,
            size: entry.size,
            verified: true
        });
    }
    return [
        {
            path: ref.path,
            shard: value.shard,
            root: value.root,
            patterns: value.patterns,
            mediaTypes: value.media_types,
            pathCount: value.path_count,
            pathsDigest: value.paths_digest,
            entries,
            lineOf: (location) => document.lineOf(location)
        }
    ];
}
/** Reads the shard files given to a promote run (artifacts-shards). */
async function readShardFiles(refs) {
    const findings = [];
    const read = await Promise.all(refs.map((ref) => readShard(ref, findings)));
    return { shards: read.flat(), findings };
}
/**
 * The shards' entries as one inventory, sorted as the manifest sorts them: what hashing the files
 * in one run would have given, when gate E finds the shards whole and disjoint.
 */
function mergedEntries(shards) {
    return shards.flatMap((shard) => shard.entries).sort((a, b) => compareText(a.path, b.path));
}

;// CONCATENATED MODULE: ./src/gates/e-inventory.ts







/** What the inventory found on its way: each blocks promotion, as gate E's violation. */
function inventoryViolations(findings) {
    return findings.map((f) => violation_violation('E', f.kind, f.path, f.message, f.line, f.patterns && { patterns: f.patterns }));
}
function checkInventoryPaths(lists, display) {
    const violations = [];
    const exact = new Map();
    const folded = new Map();
    for (const { input, entries } of lists) {
        for (const entry of entries) {
            const unsafe = unsafeName(entry.path);
            if (unsafe)
                violations.push(violation_violation('E', 'PATH_UNSAFE', display(entry.path), unsafe));
            const other = exact.get(entry.path);
            if (other !== undefined) {
                violations.push(violation_violation('E', 'DUPLICATE_PATH', display(entry.path), `${entry.path} is listed in both ${other} and ${input}; a file is either an artifact or a catalog, so narrow one of the patterns.`));
                continue;
            }
            exact.set(entry.path, input);
            const key = entry.path.normalize('NFC').toLowerCase();
            const twin = folded.get(key);
            if (twin !== undefined) {
                violations.push(violation_violation('E', 'PATH_COLLISION', display(entry.path), `${entry.path} and ${twin} differ only in letter case or Unicode normalisation; they would be one file on many systems, so rename one.`));
            }
            else
                folded.set(key, entry.path);
        }
    }
    return violations;
}
/**
 * Why a path may not be published, if it may not: a control character or line separator (it
 * breaks logs, line-based lists and workflow commands), or U+FFFD, which is what a name that is
 * not valid UTF-8 reads as.
 */
function unsafeName(path) {
    const control = unprintableIn(path);
    if (control !== undefined) {
        const code = `U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
        return `The file name contains the control character ${code}; names like this break logs, line-based file lists and workflow commands, so rename the file.`;
    }
    const invisible = invisibleIn(path);
    if (invisible !== undefined) {
        const code = `U+${invisible.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
        return `The file name contains ${code}, a bidirectional or invisible control that makes a name read as another; rename the file.`;
    }
    if (path.includes('\uFFFD'))
        return 'The file name is not valid UTF-8 (it reads with U+FFFD in it); rename the file with a UTF-8 name.';
    return undefined;
}
const sameList = (a, b) => a.length === b.length && a.every((item, index) => item === b[index]);
const e_inventory_quoted = (list) => list.length === 0 ? 'none' : list.map((item) => `"${item}"`).join(', ');
const RERUN = 'run the inventory jobs again on the same commit, and promote with the shard files of that one run';
/** What every shard must share with the promote run, and with the others. */
function settingViolations(shard, expected, name) {
    const found = [];
    const mismatch = (message, location) => {
        found.push(violation_violation('E', 'SHARD_MISMATCH', shard.path, message, shard.lineOf([location])));
    };
    if (shard.root !== expected.root)
        mismatch(`${name} inventoried the root "${shard.root}", but this run's root is "${expected.root}"; give the inventory jobs and the promote job the same root.`, 'root');
    if (!sameList(shard.patterns, expected.patterns))
        mismatch(`${name} was made with the artifacts patterns ${e_inventory_quoted(shard.patterns)}, not ${e_inventory_quoted(expected.patterns)} (${expected.from}); give every job the same artifacts patterns.`, 'patterns');
    if (!sameList(shard.mediaTypes, expected.mediaTypes))
        mismatch(`${name} was made with the media-types ${e_inventory_quoted(shard.mediaTypes)}, but this run has ${e_inventory_quoted(expected.mediaTypes)}; give every job the same media-types.`, 'media_types');
    if (shard.pathCount !== expected.pathCount || shard.pathsDigest !== expected.pathsDigest)
        mismatch(`${name} listed ${shard.pathCount} file(s) (${shard.pathsDigest}), but ${expected.from} listed ${expected.pathCount} (${expected.pathsDigest}): the shards saw different files (the tree changed between the jobs, or a shard is from another run); ${RERUN}.`, 'paths_digest');
    return found;
}
/** Each entry in the shard the partition gives its path, and no path in two entries. */
function entryViolations(shard, name, owners) {
    const { index, count } = shard.shard;
    const misplaced = [];
    const twice = [];
    for (const [at, entry] of shard.entries.entries()) {
        if (shardOf(entry.path, count) !== index)
            misplaced.push(at);
        const owner = owners.get(entry.path);
        if (owner)
            twice.push([at, owner]);
        else
            owners.set(entry.path, shard);
    }
    const found = [];
    const more = (list) => list.length > 1 ? ` (and ${list.length - 1} more)` : '';
    if (misplaced.length > 0) {
        const at = misplaced[0];
        const path = shard.entries[at].path;
        found.push(violation_violation('E', 'SHARD_INVALID', shard.path, `${name} lists ${path}${more(misplaced)}, which belongs to shard ${shardOf(path, count)} of ${count}; inventory --shard ${index}/${count} did not write this file as it is, so regenerate it.`, shard.lineOf(['entries', at, 'path'])));
    }
    if (twice.length > 0) {
        const [at, owner] = twice[0];
        found.push(violation_violation('E', 'SHARD_INVALID', shard.path, `${name} lists ${shard.entries[at].path}${more(twice)}, which ${owner === shard ? 'it lists already' : `${owner.path} lists too`}; a path has one shard, so regenerate the shard files.`, shard.lineOf(['entries', at, 'path'])));
    }
    return found;
}
/**
 * A sharded inventory is whole: shards 1..N each given once, all of one split (same N, root,
 * patterns, media types, and the same listing by count and digest, shared with this run's
 * settings), each entry in its own shard and no path twice, and together exactly the listing.
 */
function checkShards(evidence) {
    const { shards, input } = evidence;
    const ordered = [...shards].sort((a, b) => a.shard.index - b.shard.index || compareText(a.path, b.path));
    const reference = ordered[0];
    // None readable: the reader's findings say why.
    if (!reference)
        return [];
    const count = reference.shard.count;
    const nameOf = (shard) => `${shard.path} (shard ${shard.shard.index} of ${shard.shard.count})`;
    const violations = [];
    const given = new Map();
    const owners = new Map();
    const expected = {
        ...evidence.expected,
        patterns: evidence.expected.patterns.length > 0 ? evidence.expected.patterns : reference.patterns,
        pathCount: reference.pathCount,
        pathsDigest: reference.pathsDigest,
        from: evidence.expected.patterns.length > 0 ? 'this run' : nameOf(reference)
    };
    for (const shard of ordered) {
        const name = nameOf(shard);
        const { index } = shard.shard;
        if (shard.shard.count !== count) {
            violations.push(violation_violation('E', 'SHARD_MISMATCH', shard.path, `${name} is from a split into ${shard.shard.count} shards, but ${nameOf(reference)} is from a split into ${count}; ${RERUN}.`, shard.lineOf(['shard', 'count'])));
            continue;
        }
        if (index > count) {
            const message = `${shard.path} says it is shard ${index} of ${count}, which does not exist; regenerate it with inventory --shard I/N, I from 1 to N.`;
            violations.push(violation_violation('E', 'SHARD_INVALID', shard.path, message, shard.lineOf(['shard', 'index'])));
            continue;
        }
        const twin = given.get(index);
        if (twin) {
            violations.push(violation_violation('E', 'SHARD_MISMATCH', shard.path, `${shard.path} and ${twin.path} are both shard ${index} of ${count}; give each shard's file once, from one workflow run.`, shard.lineOf(['shard', 'index'])));
            continue;
        }
        given.set(index, shard);
        violations.push(...settingViolations(shard, expected, name), ...entryViolations(shard, name, owners));
    }
    const files = ordered.map((shard) => shard.path).join(', ');
    for (let index = 1; index <= count; index++) {
        if (!given.has(index))
            violations.push(violation_violation('E', 'SHARD_MISSING', input, `Shard ${index} of ${count} is missing: none of the shard files given (${files}) is shard ${index}; let its inventory job finish (or re-run it), then promote again with its shard file among the others.`));
    }
    if (violations.length > 0)
        return violations;
    // Whole and disjoint so far: together the entries must be the listing every shard made.
    const paths = [...owners.keys()];
    if (paths.length !== reference.pathCount || partition_pathsDigest(paths) !== reference.pathsDigest)
        violations.push(violation_violation('E', 'SHARD_MISMATCH', input, `The ${count} shard files (${files}) together list ${paths.length} file(s), but their listing had ${reference.pathCount} (${reference.pathsDigest}) and these paths do not make it: a shard file was changed after it was written; ${RERUN}.`));
    return violations;
}
function outputPath(uri) {
    const safe = normaliseRelative(uri);
    return safe.ok ? safe.path : undefined;
}
/** Each receipt's violations when it is for another version or did not pass, and whether it counts. */
function receiptStanding(receipt, datasetVersionId) {
    const violations = [];
    if (datasetVersionId !== undefined && receipt.datasetVersionId !== datasetVersionId) {
        violations.push(violation_violation('E', 'RECEIPT_VERSION_MISMATCH', receipt.path, `The receipt ${receipt.runId} is for dataset_version_id ${receipt.datasetVersionId}, not ${datasetVersionId}; it belongs to another version, so remove it from run-receipts or re-run the pipeline.`, receipt.lineOf(['dataset_version_id'])));
    }
    if (receipt.validation.status !== 'pass') {
        violations.push(violation_violation('E', 'RECEIPT_NOT_PASSED', receipt.path, `The receipt ${receipt.runId} records validation status "${receipt.validation.status}"; only a run whose validation passed can produce promotable artifacts.`, receipt.lineOf(['validation', 'status'])));
    }
    return { violations, counts: violations.length === 0 };
}
/** Every output of the receipts by its normalised path, once: a lookup per artifact. */
function outputsByPath(receipts) {
    const outputs = new Map();
    for (const receipt of receipts) {
        receipt.outputs.forEach((output, index) => {
            const at = outputPath(output.uri);
            if (at === undefined)
                return;
            const same = outputs.get(at);
            if (same)
                same.push({ receipt, output, index });
            else
                outputs.set(at, [{ receipt, output, index }]);
        });
    }
    return outputs;
}
function checkReceipts(evidence) {
    const violations = [];
    const counted = [];
    // A receipt that does not count, by the violation that says why: an artifact it lists is
    // without a receipt because of that violation.
    const refused = new Map();
    for (const receipt of evidence.receipts) {
        const standing = receiptStanding(receipt, evidence.datasetVersionId);
        violations.push(...standing.violations);
        if (standing.counts)
            counted.push(receipt);
        else
            refused.set(receipt, standing.violations[0]);
    }
    const outputs = outputsByPath(counted);
    const refusedOutputs = outputsByPath([...refused.keys()]);
    for (const artifact of evidence.artifacts) {
        const samePath = outputs.get(artifact.path) ?? [];
        if (samePath.some(({ output }) => output.digest === artifact.digest))
            continue;
        const stale = samePath[0];
        if (stale) {
            violations.push(violation_violation('E', 'RECEIPT_DIGEST_MISMATCH', stale.receipt.path, `The receipt ${stale.receipt.runId} records ${artifact.path} with digest ${stale.output.digest}, but the file has ${artifact.digest}; the file changed after the run, so re-run the pipeline.`, stale.receipt.lineOf(['outputs', stale.index, 'digest'])));
            continue;
        }
        const listedBy = refusedOutputs
            .get(artifact.path)
            ?.find(({ output }) => output.digest === artifact.digest)?.receipt;
        const why = listedBy && refused.get(listedBy);
        violations.push(violation_violation('E', 'ARTIFACT_WITHOUT_RECEIPT', evidence.display(artifact.path), `No passing run receipt for this version lists ${artifact.path} (${artifact.digest}) among its outputs; every promoted artifact must come from a recorded run.`, undefined, {
            digest: artifact.digest,
            ...(why ? { explainedBy: { code: why.code, path: why.path } } : {})
        }));
    }
    return violations;
}
function receiptViolations(evidence, checked) {
    const reading = evidence.receipts;
    if (!reading) {
        const what = 'every artifact must be the output of a recorded run';
        return [violation_violation('E', 'RECEIPTS_MISSING', 'run-receipts', missingInput(what, 'run-receipts'))];
    }
    checked.push(`${reading.receipts.length} run receipt(s) cover the artifacts`);
    return [
        ...inventoryViolations(reading.search),
        ...reading.unreadable.map((u) => violation_violation('E', 'RECEIPT_INVALID', u.path, u.message, u.line)),
        ...checkReceipts({
            receipts: reading.receipts,
            artifacts: evidence.artifacts.entries,
            datasetVersionId: identityOf(evidence).datasetVersionId,
            display: evidence.display
        })
    ];
}
const gateE = {
    letter: 'E',
    check(evidence) {
        const { artifacts, catalogs } = evidence;
        const entries = [...artifacts.entries, ...catalogs.entries];
        const taken = entries.filter((entry) => !entry.verified).length;
        const checked = [
            `${artifacts.entries.length} artifact(s) and ${catalogs.entries.length} catalog file(s) hashed (SHA-256)`
        ];
        if (taken > 0)
            checked[0] = `${entries.length - taken} file(s) hashed (SHA-256), ${taken} taken from the list, not hashed here (not present)`;
        const lists = [
            { input: 'artifacts', entries: artifacts.entries },
            { input: 'catalogs', entries: catalogs.entries }
        ];
        const shards = evidence.artifactShards;
        if (shards)
            checked.push(`${shards.shards.length} inventory shard file(s) merged into the artifacts inventory`);
        const violations = [
            ...inventoryViolations(artifacts.findings),
            ...(shards ? checkShards(shards) : []),
            ...inventoryViolations(catalogs.findings),
            ...checkInventoryPaths(lists, evidence.display),
            ...receiptViolations(evidence, checked)
        ];
        return { violations, checked };
    }
};
/** A listed file held against what is on disk: the violation when they differ. */
function listedFileViolation(file, manifest, display) {
    const shown = display(file.path);
    const { found } = file;
    const restore = 'restore the file from the promoted version, or promote again';
    switch (found.state) {
        case 'hashed':
            if (found.digest === file.digest)
                return undefined;
            return violation_violation('E', 'DIGEST_MISMATCH', shown, `${manifest} gives ${file.path} the digest ${file.digest}, but the file has ${found.digest}; it changed after the manifest was written: ${restore}.`);
        case 'missing':
            return violation_violation('E', 'FILE_MISSING', shown, `${file.path} is listed in ${manifest} (${file.list}) but is not under the root; ${restore}, or check that root names the dataset root the manifest was made in.`);
        case 'dangling':
            return violation_violation('E', 'SYMLINK_DANGLING', shown, `${file.path} (listed in ${manifest}) is a symbolic link to nothing; ${restore}.`);
        case 'outside':
            return violation_violation('E', 'PATH_OUTSIDE_ROOT', shown, `${file.path} (listed in ${manifest}) resolves through a symbolic link to ${found.target}, outside the dataset root; a promoted file must be in the root itself.`);
        case 'unreadable':
            return violation_violation('E', 'FILE_UNREADABLE', shown, `${file.path} (listed in ${manifest}) is there but is not a regular file that can be read (${found.code}); ${restore}.`);
        case 'unsafe':
            return violation_violation('E', 'PATH_UNSAFE', manifest, `${manifest} lists the path "${file.path}", which ${found.reason}; a manifest's paths are relative to the dataset root, so this one was not written by the generator.`);
    }
}
/** Gate E for a written manifest: every listed file is there with its digest; under strict, no more. */
const verifyGateE = {
    letter: 'E',
    check(evidence) {
        const manifest = evidence.manifest.path;
        const violations = [];
        for (const file of evidence.listed) {
            const found = listedFileViolation(file, manifest, evidence.display);
            if (found)
                violations.push(found);
        }
        const count = (list) => evidence.listed.filter((file) => file.list === list).length;
        const checked = [
            `${count('artifacts')} artifact(s) and ${count('catalogs')} catalog file(s) hashed (SHA-256) against ${manifest}`
        ];
        if (evidence.strict) {
            const listed = new Set(evidence.listed.map((file) => file.path));
            violations.push(...inventoryViolations(evidence.strict.findings));
            for (const file of evidence.strict.files) {
                if (listed.has(file.path))
                    continue;
                const shown = evidence.display(file.path);
                const message = `${file.path} matches the strict patterns but ${manifest} does not list it: it was added after the manifest was written. Remove it, or promote again so the gates see it.`;
                violations.push(violation_violation('E', 'FILE_UNLISTED', shown, message));
            }
            checked.push(`${evidence.strict.files.length} file(s) the strict patterns find, each listed`);
        }
        return { violations, checked };
    }
};

;// CONCATENATED MODULE: ./src/gates/g-posture.ts


function sbomFormat(value) {
    if (!isRecord(value))
        return undefined;
    if (value.bomFormat === 'CycloneDX' && typeof value.specVersion === 'string')
        return `CycloneDX ${value.specVersion}`;
    if (typeof value.spdxVersion === 'string' &&
        /^SPDX-2\.\d+$/.test(value.spdxVersion) &&
        value.SPDXID === 'SPDXRef-DOCUMENT')
        return value.spdxVersion;
    return undefined;
}
const STATEMENT_TYPES = ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1'];
function statementProblem(value) {
    if (!isRecord(value) || !STATEMENT_TYPES.includes(String(value._type)))
        return `its _type is not ${STATEMENT_TYPES[0]}`;
    if (!Array.isArray(value.subject) || value.subject.length === 0)
        return 'it has no subject';
    for (const subject of value.subject) {
        if (!isRecord(subject) || !isRecord(subject.digest) || Object.keys(subject.digest).length === 0)
            return 'a subject has no digest';
    }
    if (typeof value.predicateType !== 'string' || value.predicateType === '')
        return 'it has no predicateType';
    return undefined;
}
function attestationProblem(value) {
    if (!isRecord(value))
        return 'it is not a JSON object';
    const envelope = isRecord(value.dsseEnvelope) ? value.dsseEnvelope : value;
    if (typeof value.mediaType === 'string' &&
        !value.mediaType.startsWith('application/vnd.dev.sigstore.bundle')) {
        return `its mediaType ${value.mediaType} is not a Sigstore bundle`;
    }
    if (typeof envelope.payloadType === 'string') {
        if (envelope.payloadType !== 'application/vnd.in-toto+json')
            return `its DSSE payloadType is ${envelope.payloadType}, not application/vnd.in-toto+json`;
        if (typeof envelope.payload !== 'string')
            return 'its DSSE envelope has no payload';
        let statement;
        try {
            statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
        }
        catch {
            return 'its DSSE payload is not base64-encoded JSON';
        }
        const problem = statementProblem(statement);
        return problem ? `its DSSE payload is not an in-toto Statement: ${problem}` : undefined;
    }
    return statementProblem(value);
}
function judged(document, code, problem) {
    if (!document.readable)
        return [violation_violation('G', code, document.path, document.message, document.line)];
    const found = problem(document.value);
    return found ? [violation_violation('G', code, document.path, found, 1)] : [];
}
function sbomProblem(path) {
    return (value) => sbomFormat(value)
        ? undefined
        : `${path} is neither a CycloneDX JSON SBOM (bomFormat "CycloneDX" with specVersion) nor an SPDX 2 JSON document (spdxVersion and SPDXID "SPDXRef-DOCUMENT").`;
}
function statementOf(path) {
    return (value) => {
        const problem = attestationProblem(value);
        return problem ? `${path} is not an in-toto attestation: ${problem}.` : undefined;
    };
}
const gateG = {
    letter: 'G',
    check({ sboms, attestations }) {
        const violations = [];
        const checked = [];
        for (const sbom of sboms) {
            const found = judged(sbom, 'SBOM_INVALID', sbomProblem(sbom.path));
            violations.push(...found);
            if (found.length === 0 && sbom.readable)
                checked.push(`SBOM ${sbom.path} (${sbomFormat(sbom.value)})`);
        }
        for (const attestation of attestations) {
            const found = judged(attestation, 'ATTESTATION_INVALID', statementOf(attestation.path));
            violations.push(...found);
            if (found.length === 0)
                checked.push(`attestation ${attestation.path}`);
        }
        return { violations, checked, notRequired: sboms.length + attestations.length === 0 };
    }
};

;// CONCATENATED MODULE: ./src/gates/index.ts
// The gates of the promotion contract, in one table: each a pure function from the evidence to
// its violations. The pipeline runs this table and nothing else decides; the README's gate
// table is checked against it.









const GATE_TABLE = [gateA, gateB, gateC, gateD, gateE, gateF, gateG];
/** What verifying a written manifest runs: the inventory and the contract, on the files now. */
const VERIFY_TABLE = [verifyGateE, verifyGateF];
/** Runs every gate of the table on the evidence. */
function judge(evidence) {
    return judgeWith(GATE_TABLE, evidence);
}
/** Runs every gate of the verify table on a written manifest's evidence. */
function judgeWritten(evidence) {
    return judgeWith(VERIFY_TABLE, evidence);
}
function judgeWith(table, evidence) {
    const outcomes = table.map((gate) => ({ gate, outcome: gate.check(evidence) }));
    const violations = sortViolations(outcomes.flatMap(({ outcome }) => outcome.violations));
    const gates = outcomes.map(({ gate, outcome }) => {
        const count = outcome.violations.length;
        const status = count > 0 ? 'fail' : outcome.notRequired ? 'not required' : 'pass';
        const title = GATES[gate.letter];
        return { gate: gate.letter, title, status, violations: count, checked: outcome.checked };
    });
    return { violations, gates };
}

;// CONCATENATED MODULE: ./node_modules/balanced-match/dist/esm/index.js
const balanced = (a, b, str) => {
    const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
    const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
    const r = ma !== null && mb != null && range(ma, mb, str);
    return (r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length),
    });
};
const maybeMatch = (reg, str) => {
    const m = str.match(reg);
    return m ? m[0] : null;
};
const range = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        if (a === b) {
            return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/brace-expansion/dist/esm/index.js

const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
const EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
const EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
const EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
const EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = range('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, EXPANSION_MAX);
    const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    const pad = n.some(isPadded);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};
//# sourceMappingURL=assert-valid-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/brace-expressions.js
// translate the various posix character classes into unicode properties
// this works across all unicode locales
// { <posix class>: [<translation>, /u flag required, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}', true],
    '[:alpha:]': ['\\p{L}\\p{Nl}', true],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f', false],
    '[:blank:]': ['\\p{Zs}\\t', true],
    '[:cntrl:]': ['\\p{Cc}', true],
    '[:digit:]': ['\\p{Nd}', true],
    '[:graph:]': ['\\p{Z}\\p{C}', true, true],
    '[:lower:]': ['\\p{Ll}', true],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}', true],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f', true],
    '[:upper:]': ['\\p{Lu}', true],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', true],
    '[:xdigit:]': ['A-Fa-f0-9', false],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
// escape all regexp magic characters
const regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// everything has already been escaped, we just have to join
const rangesToString = (ranges) => ranges.join('');
// takes a glob string at a posix brace expression, and returns
// an equivalent regular expression source, and boolean indicating
// whether the /u flag needs to be applied, and the number of chars
// consumed to parse the character class.
// This also removes out of order ranges, and returns ($.) if the
// entire class just no good.
const parseClass = (glob, position) => {
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let uflag = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = glob.charAt(i);
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return ['$.', false, glob.length - pos, true];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    uflag = uflag || u;
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (c > rangeStart) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(c));
            }
            else if (c === rangeStart) {
                ranges.push(braceEscape(c));
            }
            rangeStart = '';
            i++;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + 1)) {
            ranges.push(braceEscape(c + '-'));
            i += 2;
            continue;
        }
        if (glob.startsWith('-', i + 1)) {
            rangeStart = c;
            i += 2;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(c));
        i++;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return ['', false, 0, false];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return ['$.', false, glob.length - pos, true];
    }
    // if we got one positive range, and it's a single character, then that's
    // not actually a magic pattern, it's just that one literal character.
    // we should not treat that as "magic", we should just return the literal
    // character. [_] is a perfectly valid way to escape glob magic chars.
    if (negs.length === 0 &&
        ranges.length === 1 &&
        /^\\?.$/.test(ranges[0]) &&
        !negate) {
        const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
        return [regexpEscape(r), false, endPos - pos, false];
    }
    const sranges = '[' + (negate ? '^' : '') + rangesToString(ranges) + ']';
    const snegs = '[' + (negate ? '' : '^') + rangesToString(negs) + ']';
    const comb = ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
        : ranges.length ? sranges
            : snegs;
    return [comb, uflag, endPos - pos, true];
};
//# sourceMappingURL=brace-expressions.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/unescape.js
/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape_unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};
//# sourceMappingURL=unescape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/ast.js
// parse a single path portion
var _a;


const types = new Set(['!', '?', '+', '*', '@']);
const isExtglobType = (c) => types.has(c);
const isExtglobAST = (c) => isExtglobType(c.type);
// Map of which extglob types can adopt the children of a nested extglob
//
// anything but ! can adopt a matching type:
// +(a|+(b|c)|d) => +(a|b|c|d)
// *(a|*(b|c)|d) => *(a|b|c|d)
// @(a|@(b|c)|d) => @(a|b|c|d)
// ?(a|?(b|c)|d) => ?(a|b|c|d)
//
// * can adopt anything, because 0 or repetition is allowed
// *(a|?(b|c)|d) => *(a|b|c|d)
// *(a|+(b|c)|d) => *(a|b|c|d)
// *(a|@(b|c)|d) => *(a|b|c|d)
//
// + can adopt @, because 1 or repetition is allowed
// +(a|@(b|c)|d) => +(a|b|c|d)
//
// + and @ CANNOT adopt *, because 0 would be allowed
// +(a|*(b|c)|d) => would match "", on *(b|c)
// @(a|*(b|c)|d) => would match "", on *(b|c)
//
// + and @ CANNOT adopt ?, because 0 would be allowed
// +(a|?(b|c)|d) => would match "", on ?(b|c)
// @(a|?(b|c)|d) => would match "", on ?(b|c)
//
// ? can adopt @, because 0 or 1 is allowed
// ?(a|@(b|c)|d) => ?(a|b|c|d)
//
// ? and @ CANNOT adopt * or +, because >1 would be allowed
// ?(a|*(b|c)|d) => would match bbb on *(b|c)
// @(a|*(b|c)|d) => would match bbb on *(b|c)
// ?(a|+(b|c)|d) => would match bbb on +(b|c)
// @(a|+(b|c)|d) => would match bbb on +(b|c)
//
// ! CANNOT adopt ! (nothing else can either)
// !(a|!(b|c)|d) => !(a|b|c|d) would fail to match on b (not not b|c)
//
// ! can adopt @
// !(a|@(b|c)|d) => !(a|b|c|d)
//
// ! CANNOT adopt *
// !(a|*(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt +
// !(a|+(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt ?
// x!(a|?(b|c)|d) => x!(a|b|c|d) would fail to match "x"
const adoptionMap = new Map([
    ['!', ['@']],
    ['?', ['?', '@']],
    ['@', ['@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@']],
]);
// nested extglobs that can be adopted in, but with the addition of
// a blank '' element.
const adoptionWithSpaceMap = new Map([
    ['!', ['?']],
    ['@', ['?']],
    ['+', ['?', '*']],
]);
// union of the previous two maps
const adoptionAnyMap = new Map([
    ['!', ['?', '@']],
    ['?', ['?', '@']],
    ['@', ['?', '@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@', '?', '*']],
]);
// Extglobs that can take over their parent if they are the only child
// the key is parent, value maps child to resulting extglob parent type
// '@' is omitted because it's a special case. An `@` extglob with a single
// member can always be usurped by that subpattern.
const usurpMap = new Map([
    ['!', new Map([['!', '@']])],
    [
        '?',
        new Map([
            ['*', '*'],
            ['+', '*'],
        ]),
    ],
    [
        '@',
        new Map([
            ['!', '!'],
            ['?', '?'],
            ['@', '@'],
            ['*', '*'],
            ['+', '+'],
        ]),
    ],
    [
        '+',
        new Map([
            ['?', '*'],
            ['*', '*'],
        ]),
    ],
]);
// Patterns that get prepended to bind to the start of either the
// entire string, or just a single path portion, to prevent dots
// and/or traversal patterns, when needed.
// Exts don't need the ^ or / bit, because the root binds that already.
const startNoTraversal = '(?!(?:^|/)\\.\\.?(?:$|/))';
const startNoDot = '(?!\\.)';
// characters that indicate a start of pattern needs the "no dots" bit,
// because a dot *might* be matched. ( is not in the list, because in
// the case of a child extglob, it will handle the prevention itself.
const addPatternStart = new Set(['[', '.']);
// cases where traversal is A-OK, no dot prevention needed
const justDots = new Set(['..', '.']);
const reSpecials = new Set('().*{}+?[]^$\\!');
const regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// any single thing other than /
const qmark = '[^/]';
// * => any number of characters
const star = qmark + '*?';
// use + when we need to ensure that *something* matches, because the * is
// the only thing in the path portion.
const starNoEmpty = qmark + '+?';
// remove the \ chars that we added if we end up doing a nonmagic compare
// const deslash = (s: string) => s.replace(/\\(.)/g, '$1')
let ID = 0;
class AST {
    type;
    #root;
    #hasMagic;
    #uflag = false;
    #parts = [];
    #parent;
    #parentIndex;
    #negs;
    #filledNegs = false;
    #options;
    #toString;
    // set to true if it's an extglob with no children
    // (which really means one child of '')
    #emptyExt = false;
    id = ++ID;
    get depth() {
        return (this.#parent?.depth ?? -1) + 1;
    }
    [Symbol.for('nodejs.util.inspect.custom')]() {
        return {
            '@@type': 'AST',
            id: this.id,
            type: this.type,
            root: this.#root.id,
            parent: this.#parent?.id,
            depth: this.depth,
            partsLength: this.#parts.length,
            parts: this.#parts,
        };
    }
    constructor(type, parent, options = {}) {
        this.type = type;
        // extglobs are inherently magical
        if (type)
            this.#hasMagic = true;
        this.#parent = parent;
        this.#root = this.#parent ? this.#parent.#root : this;
        this.#options = this.#root === this ? options : this.#root.#options;
        this.#negs = this.#root === this ? [] : this.#root.#negs;
        if (type === '!' && !this.#root.#filledNegs)
            this.#negs.push(this);
        this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
    }
    get hasMagic() {
        /* c8 ignore start */
        if (this.#hasMagic !== undefined)
            return this.#hasMagic;
        /* c8 ignore stop */
        for (const p of this.#parts) {
            if (typeof p === 'string')
                continue;
            if (p.type || p.hasMagic)
                return (this.#hasMagic = true);
        }
        // note: will be undefined until we generate the regexp src and find out
        return this.#hasMagic;
    }
    // reconstructs the pattern
    toString() {
        return (this.#toString !== undefined ? this.#toString
            : !this.type ?
                (this.#toString = this.#parts.map(p => String(p)).join(''))
                : (this.#toString =
                    this.type +
                        '(' +
                        this.#parts.map(p => String(p)).join('|') +
                        ')'));
    }
    #fillNegs() {
        /* c8 ignore start */
        if (this !== this.#root)
            throw new Error('should only call on root');
        if (this.#filledNegs)
            return this;
        /* c8 ignore stop */
        // call toString() once to fill this out
        this.toString();
        this.#filledNegs = true;
        let n;
        while ((n = this.#negs.pop())) {
            if (n.type !== '!')
                continue;
            // walk up the tree, appending everthing that comes AFTER parentIndex
            let p = n;
            let pp = p.#parent;
            while (pp) {
                for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
                    for (const part of n.#parts) {
                        /* c8 ignore start */
                        if (typeof part === 'string') {
                            throw new Error('string part in extglob AST??');
                        }
                        /* c8 ignore stop */
                        part.copyIn(pp.#parts[i]);
                    }
                }
                p = pp;
                pp = p.#parent;
            }
        }
        return this;
    }
    push(...parts) {
        for (const p of parts) {
            if (p === '')
                continue;
            /* c8 ignore start */
            if (typeof p !== 'string' &&
                !(p instanceof _a && p.#parent === this)) {
                throw new Error('invalid part: ' + p);
            }
            /* c8 ignore stop */
            this.#parts.push(p);
        }
    }
    toJSON() {
        const ret = this.type === null ?
            this.#parts
                .slice()
                .map(p => (typeof p === 'string' ? p : p.toJSON()))
            : [this.type, ...this.#parts.map(p => p.toJSON())];
        if (this.isStart() && !this.type)
            ret.unshift([]);
        if (this.isEnd() &&
            (this === this.#root ||
                (this.#root.#filledNegs && this.#parent?.type === '!'))) {
            ret.push({});
        }
        return ret;
    }
    isStart() {
        if (this.#root === this)
            return true;
        // if (this.type) return !!this.#parent?.isStart()
        if (!this.#parent?.isStart())
            return false;
        if (this.#parentIndex === 0)
            return true;
        // if everything AHEAD of this is a negation, then it's still the "start"
        const p = this.#parent;
        for (let i = 0; i < this.#parentIndex; i++) {
            const pp = p.#parts[i];
            if (!(pp instanceof _a && pp.type === '!')) {
                return false;
            }
        }
        return true;
    }
    isEnd() {
        if (this.#root === this)
            return true;
        if (this.#parent?.type === '!')
            return true;
        if (!this.#parent?.isEnd())
            return false;
        if (!this.type)
            return this.#parent?.isEnd();
        // if not root, it'll always have a parent
        /* c8 ignore start */
        const pl = this.#parent ? this.#parent.#parts.length : 0;
        /* c8 ignore stop */
        return this.#parentIndex === pl - 1;
    }
    copyIn(part) {
        if (typeof part === 'string')
            this.push(part);
        else
            this.push(part.clone(this));
    }
    clone(parent) {
        const c = new _a(this.type, parent);
        for (const p of this.#parts) {
            c.copyIn(p);
        }
        return c;
    }
    static #parseAST(str, ast, pos, opt, extDepth) {
        const maxDepth = opt.maxExtglobRecursion ?? 2;
        let escaping = false;
        let inBrace = false;
        let braceStart = -1;
        let braceNeg = false;
        if (ast.type === null) {
            // outside of a extglob, append until we find a start
            let i = pos;
            let acc = '';
            while (i < str.length) {
                const c = str.charAt(i++);
                // still accumulate escapes at this point, but we do ignore
                // starts that are escaped
                if (escaping || c === '\\') {
                    escaping = !escaping;
                    acc += c;
                    continue;
                }
                if (inBrace) {
                    if (i === braceStart + 1) {
                        if (c === '^' || c === '!') {
                            braceNeg = true;
                        }
                    }
                    else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                        inBrace = false;
                    }
                    acc += c;
                    continue;
                }
                else if (c === '[') {
                    inBrace = true;
                    braceStart = i;
                    braceNeg = false;
                    acc += c;
                    continue;
                }
                // we don't have to check for adoption here, because that's
                // done at the other recursion point.
                const doRecurse = !opt.noext &&
                    isExtglobType(c) &&
                    str.charAt(i) === '(' &&
                    extDepth <= maxDepth;
                if (doRecurse) {
                    ast.push(acc);
                    acc = '';
                    const ext = new _a(c, ast);
                    i = _a.#parseAST(str, ext, i, opt, extDepth + 1);
                    ast.push(ext);
                    continue;
                }
                acc += c;
            }
            ast.push(acc);
            return i;
        }
        // some kind of extglob, pos is at the (
        // find the next | or )
        let i = pos + 1;
        let part = new _a(null, ast);
        const parts = [];
        let acc = '';
        while (i < str.length) {
            const c = str.charAt(i++);
            // still accumulate escapes at this point, but we do ignore
            // starts that are escaped
            if (escaping || c === '\\') {
                escaping = !escaping;
                acc += c;
                continue;
            }
            if (inBrace) {
                if (i === braceStart + 1) {
                    if (c === '^' || c === '!') {
                        braceNeg = true;
                    }
                }
                else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                    inBrace = false;
                }
                acc += c;
                continue;
            }
            else if (c === '[') {
                inBrace = true;
                braceStart = i;
                braceNeg = false;
                acc += c;
                continue;
            }
            const doRecurse = !opt.noext &&
                isExtglobType(c) &&
                str.charAt(i) === '(' &&
                /* c8 ignore start - the maxDepth is sufficient here */
                (extDepth <= maxDepth || (ast && ast.#canAdoptType(c)));
            /* c8 ignore stop */
            if (doRecurse) {
                const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
                part.push(acc);
                acc = '';
                const ext = new _a(c, part);
                part.push(ext);
                i = _a.#parseAST(str, ext, i, opt, extDepth + depthAdd);
                continue;
            }
            if (c === '|') {
                part.push(acc);
                acc = '';
                parts.push(part);
                part = new _a(null, ast);
                continue;
            }
            if (c === ')') {
                if (acc === '' && ast.#parts.length === 0) {
                    ast.#emptyExt = true;
                }
                part.push(acc);
                acc = '';
                ast.push(...parts, part);
                return i;
            }
            acc += c;
        }
        // unfinished extglob
        // if we got here, it was a malformed extglob! not an extglob, but
        // maybe something else in there.
        ast.type = null;
        ast.#hasMagic = undefined;
        ast.#parts = [str.substring(pos - 1)];
        return i;
    }
    #canAdoptWithSpace(child) {
        return this.#canAdopt(child, adoptionWithSpaceMap);
    }
    #canAdopt(child, map = adoptionMap) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canAdoptType(gc.type, map);
    }
    #canAdoptType(c, map = adoptionAnyMap) {
        return !!map.get(this.type)?.includes(c);
    }
    #adoptWithSpace(child, index) {
        const gc = child.#parts[0];
        const blank = new _a(null, gc, this.options);
        blank.#parts.push('');
        gc.push(blank);
        this.#adopt(child, index);
    }
    #adopt(child, index) {
        const gc = child.#parts[0];
        this.#parts.splice(index, 1, ...gc.#parts);
        for (const p of gc.#parts) {
            if (typeof p === 'object')
                p.#parent = this;
        }
        this.#toString = undefined;
    }
    #canUsurpType(c) {
        const m = usurpMap.get(this.type);
        return !!m?.has(c);
    }
    #canUsurp(child) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null ||
            this.#parts.length !== 1) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canUsurpType(gc.type);
    }
    #usurp(child) {
        const m = usurpMap.get(this.type);
        const gc = child.#parts[0];
        const nt = m?.get(gc.type);
        /* c8 ignore start - impossible */
        if (!nt)
            return false;
        /* c8 ignore stop */
        this.#parts = gc.#parts;
        for (const p of this.#parts) {
            if (typeof p === 'object') {
                p.#parent = this;
            }
        }
        this.type = nt;
        this.#toString = undefined;
        this.#emptyExt = false;
    }
    static fromGlob(pattern, options = {}) {
        const ast = new _a(null, undefined, options);
        _a.#parseAST(pattern, ast, 0, options, 0);
        return ast;
    }
    // returns the regular expression if there's magic, or the unescaped
    // string if not.
    toMMPattern() {
        // should only be called on root
        /* c8 ignore start */
        if (this !== this.#root)
            return this.#root.toMMPattern();
        /* c8 ignore stop */
        const glob = this.toString();
        const [re, body, hasMagic, uflag] = this.toRegExpSource();
        // if we're in nocase mode, and not nocaseMagicOnly, then we do
        // still need a regular expression if we have to case-insensitively
        // match capital/lowercase characters.
        const anyMagic = hasMagic ||
            this.#hasMagic ||
            (this.#options.nocase &&
                !this.#options.nocaseMagicOnly &&
                glob.toUpperCase() !== glob.toLowerCase());
        if (!anyMagic) {
            return body;
        }
        const flags = (this.#options.nocase ? 'i' : '') + (uflag ? 'u' : '');
        return Object.assign(new RegExp(`^${re}$`, flags), {
            _src: re,
            _glob: glob,
        });
    }
    get options() {
        return this.#options;
    }
    // returns the string match, the regexp source, whether there's magic
    // in the regexp (so a regular expression is required) and whether or
    // not the uflag is needed for the regular expression (for posix classes)
    // TODO: instead of injecting the start/end at this point, just return
    // the BODY of the regexp, along with the start/end portions suitable
    // for binding the start/end in either a joined full-path makeRe context
    // (where we bind to (^|/), or a standalone matchPart context (where
    // we bind to ^, and not /).  Otherwise slashes get duped!
    //
    // In part-matching mode, the start is:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: ^(?!\.\.?$)
    // - if dots allowed or not possible: ^
    // - if dots possible and not allowed: ^(?!\.)
    // end is:
    // - if not isEnd(): nothing
    // - else: $
    //
    // In full-path matching mode, we put the slash at the START of the
    // pattern, so start is:
    // - if first pattern: same as part-matching mode
    // - if not isStart(): nothing
    // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
    // - if dots allowed or not possible: /
    // - if dots possible and not allowed: /(?!\.)
    // end is:
    // - if last pattern, same as part-matching mode
    // - else nothing
    //
    // Always put the (?:$|/) on negated tails, though, because that has to be
    // there to bind the end of the negated pattern portion, and it's easier to
    // just stick it in now rather than try to inject it later in the middle of
    // the pattern.
    //
    // We can just always return the same end, and leave it up to the caller
    // to know whether it's going to be used joined or in parts.
    // And, if the start is adjusted slightly, can do the same there:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
    // - if dots allowed or not possible: (?:/|^)
    // - if dots possible and not allowed: (?:/|^)(?!\.)
    //
    // But it's better to have a simpler binding without a conditional, for
    // performance, so probably better to return both start options.
    //
    // Then the caller just ignores the end if it's not the first pattern,
    // and the start always gets applied.
    //
    // But that's always going to be $ if it's the ending pattern, or nothing,
    // so the caller can just attach $ at the end of the pattern when building.
    //
    // So the todo is:
    // - better detect what kind of start is needed
    // - return both flavors of starting pattern
    // - attach $ at the end of the pattern when creating the actual RegExp
    //
    // Ah, but wait, no, that all only applies to the root when the first pattern
    // is not an extglob. If the first pattern IS an extglob, then we need all
    // that dot prevention biz to live in the extglob portions, because eg
    // +(*|.x*) can match .xy but not .yx.
    //
    // So, return the two flavors if it's #root and the first child is not an
    // AST, otherwise leave it to the child AST to handle it, and there,
    // use the (?:^|/) style of start binding.
    //
    // Even simplified further:
    // - Since the start for a join is eg /(?!\.) and the start for a part
    // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
    // or start or whatever) and prepend ^ or / at the Regexp construction.
    toRegExpSource(allowDot) {
        const dot = allowDot ?? !!this.#options.dot;
        if (this.#root === this) {
            this.#flatten();
            this.#fillNegs();
        }
        if (!isExtglobAST(this)) {
            const noEmpty = this.isStart() &&
                this.isEnd() &&
                !this.#parts.some(s => typeof s !== 'string');
            const src = this.#parts
                .map(p => {
                const [re, _, hasMagic, uflag] = typeof p === 'string' ?
                    _a.#parseGlob(p, this.#hasMagic, noEmpty)
                    : p.toRegExpSource(allowDot);
                this.#hasMagic = this.#hasMagic || hasMagic;
                this.#uflag = this.#uflag || uflag;
                return re;
            })
                .join('');
            let start = '';
            if (this.isStart()) {
                if (typeof this.#parts[0] === 'string') {
                    // this is the string that will match the start of the pattern,
                    // so we need to protect against dots and such.
                    // '.' and '..' cannot match unless the pattern is that exactly,
                    // even if it starts with . or dot:true is set.
                    const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
                    if (!dotTravAllowed) {
                        const aps = addPatternStart;
                        // check if we have a possibility of matching . or ..,
                        // and prevent that.
                        const needNoTrav = 
                        // dots are allowed, and the pattern starts with [ or .
                        (dot && aps.has(src.charAt(0))) ||
                            // the pattern starts with \., and then [ or .
                            (src.startsWith('\\.') && aps.has(src.charAt(2))) ||
                            // the pattern starts with \.\., and then [ or .
                            (src.startsWith('\\.\\.') && aps.has(src.charAt(4)));
                        // no need to prevent dots if it can't match a dot, or if a
                        // sub-pattern will be preventing it anyway.
                        const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
                        start =
                            needNoTrav ? startNoTraversal
                                : needNoDot ? startNoDot
                                    : '';
                    }
                }
            }
            // append the "end of path portion" pattern to negation tails
            let end = '';
            if (this.isEnd() &&
                this.#root.#filledNegs &&
                this.#parent?.type === '!') {
                end = '(?:$|\\/)';
            }
            const final = start + src + end;
            return [
                final,
                unescape_unescape(src),
                (this.#hasMagic = !!this.#hasMagic),
                this.#uflag,
            ];
        }
        // We need to calculate the body *twice* if it's a repeat pattern
        // at the start, once in nodot mode, then again in dot mode, so a
        // pattern like *(?) can match 'x.y'
        const repeated = this.type === '*' || this.type === '+';
        // some kind of extglob
        const start = this.type === '!' ? '(?:(?!(?:' : '(?:';
        let body = this.#partsToRegExp(dot);
        if (this.isStart() && this.isEnd() && !body && this.type !== '!') {
            // invalid extglob, has to at least be *something* present, if it's
            // the entire path portion.
            const s = this.toString();
            const me = this;
            me.#parts = [s];
            me.type = null;
            me.#hasMagic = undefined;
            return [s, unescape_unescape(this.toString()), false, false];
        }
        let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ?
            ''
            : this.#partsToRegExp(true);
        if (bodyDotAllowed === body) {
            bodyDotAllowed = '';
        }
        if (bodyDotAllowed) {
            body = `(?:${body})(?:${bodyDotAllowed})*?`;
        }
        // an empty !() is exactly equivalent to a starNoEmpty
        let final = '';
        if (this.type === '!' && this.#emptyExt) {
            final = (this.isStart() && !dot ? startNoDot : '') + starNoEmpty;
        }
        else {
            const close = this.type === '!' ?
                // !() must match something,but !(x) can match ''
                '))' +
                    (this.isStart() && !dot && !allowDot ? startNoDot : '') +
                    star +
                    ')'
                : this.type === '@' ? ')'
                    : this.type === '?' ? ')?'
                        : this.type === '+' && bodyDotAllowed ? ')'
                            : this.type === '*' && bodyDotAllowed ? `)?`
                                : `)${this.type}`;
            final = start + body + close;
        }
        return [
            final,
            unescape_unescape(body),
            (this.#hasMagic = !!this.#hasMagic),
            this.#uflag,
        ];
    }
    #flatten() {
        if (!isExtglobAST(this)) {
            for (const p of this.#parts) {
                if (typeof p === 'object') {
                    p.#flatten();
                }
            }
        }
        else {
            // do up to 10 passes to flatten as much as possible
            let iterations = 0;
            let done = false;
            do {
                done = true;
                for (let i = 0; i < this.#parts.length; i++) {
                    const c = this.#parts[i];
                    if (typeof c === 'object') {
                        c.#flatten();
                        if (this.#canAdopt(c)) {
                            done = false;
                            this.#adopt(c, i);
                        }
                        else if (this.#canAdoptWithSpace(c)) {
                            done = false;
                            this.#adoptWithSpace(c, i);
                        }
                        else if (this.#canUsurp(c)) {
                            done = false;
                            this.#usurp(c);
                        }
                    }
                }
            } while (!done && ++iterations < 10);
        }
        this.#toString = undefined;
    }
    #partsToRegExp(dot) {
        return this.#parts
            .map(p => {
            // extglob ASTs should only contain parent ASTs
            /* c8 ignore start */
            if (typeof p === 'string') {
                throw new Error('string type in extglob ast??');
            }
            /* c8 ignore stop */
            // can ignore hasMagic, because extglobs are already always magic
            const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
            this.#uflag = this.#uflag || uflag;
            return re;
        })
            .filter(p => !(this.isStart() && this.isEnd()) || !!p)
            .join('|');
    }
    static #parseGlob(glob, hasMagic, noEmpty = false) {
        let escaping = false;
        let re = '';
        let uflag = false;
        // multiple stars that aren't globstars coalesce into one *
        let inStar = false;
        for (let i = 0; i < glob.length; i++) {
            const c = glob.charAt(i);
            if (escaping) {
                escaping = false;
                re += (reSpecials.has(c) ? '\\' : '') + c;
                continue;
            }
            if (c === '*') {
                if (inStar)
                    continue;
                inStar = true;
                re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
                hasMagic = true;
                continue;
            }
            else {
                inStar = false;
            }
            if (c === '\\') {
                if (i === glob.length - 1) {
                    re += '\\\\';
                }
                else {
                    escaping = true;
                }
                continue;
            }
            if (c === '[') {
                const [src, needUflag, consumed, magic] = parseClass(glob, i);
                if (consumed) {
                    re += src;
                    uflag = uflag || needUflag;
                    i += consumed - 1;
                    hasMagic = hasMagic || magic;
                    continue;
                }
            }
            if (c === '?') {
                re += qmark;
                hasMagic = true;
                continue;
            }
            re += regExpEscape(c);
        }
        return [re, unescape_unescape(glob), !!hasMagic, uflag];
    }
}
_a = AST;
//# sourceMappingURL=ast.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/escape.js
/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 */
const escape_escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&');
    }
    return windowsPathsNoEscape ?
        s.replace(/[?*()[\]]/g, '[$&]')
        : s.replace(/[?*()[\]\\]/g, '\\$&');
};
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/index.js





const minimatch = (p, pattern, options = {}) => {
    assertValidPattern(pattern);
    // shortcut: comments match nothing.
    if (!options.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return new Minimatch(pattern, options).match(p);
};
// Optimized checking for the most common glob patterns.
const starDotExtRE = /^\*+([^+@!?*[(]*)$/;
const starDotExtTest = (ext) => (f) => !f.startsWith('.') && f.endsWith(ext);
const starDotExtTestDot = (ext) => (f) => f.endsWith(ext);
const starDotExtTestNocase = (ext) => {
    ext = ext.toLowerCase();
    return (f) => !f.startsWith('.') && f.toLowerCase().endsWith(ext);
};
const starDotExtTestNocaseDot = (ext) => {
    ext = ext.toLowerCase();
    return (f) => f.toLowerCase().endsWith(ext);
};
const starDotStarRE = /^\*+\.\*+$/;
const starDotStarTest = (f) => !f.startsWith('.') && f.includes('.');
const starDotStarTestDot = (f) => f !== '.' && f !== '..' && f.includes('.');
const dotStarRE = /^\.\*+$/;
const dotStarTest = (f) => f !== '.' && f !== '..' && f.startsWith('.');
const starRE = /^\*+$/;
const starTest = (f) => f.length !== 0 && !f.startsWith('.');
const starTestDot = (f) => f.length !== 0 && f !== '.' && f !== '..';
const qmarksRE = /^\?+([^+@!?*[(]*)?$/;
const qmarksTestNocase = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestNocaseDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTest = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTestNoExt = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && !f.startsWith('.');
};
const qmarksTestNoExtDot = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && f !== '.' && f !== '..';
};
/* c8 ignore start */
const defaultPlatform = (typeof process === 'object' && process ?
    (typeof process.env === 'object' &&
        process.env &&
        process.env.__MINIMATCH_TESTING_PLATFORM__) ||
        process.platform
    : 'posix');
const esm_path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
/* c8 ignore stop */
const sep = defaultPlatform === 'win32' ? esm_path.win32.sep : esm_path.posix.sep;
minimatch.sep = sep;
const GLOBSTAR = Symbol('globstar **');
minimatch.GLOBSTAR = GLOBSTAR;
// any single thing other than /
// don't need to escape / when using new RegExp()
const esm_qmark = '[^/]';
// * => any number of characters
const esm_star = esm_qmark + '*?';
// ** when dots are allowed.  Anything goes, except .. and .
// not (^ or / followed by one or two dots followed by $ or /),
// followed by anything, any number of times.
const twoStarDot = '(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?';
// not a ^ or / followed by a dot,
// followed by anything, any number of times.
const twoStarNoDot = '(?:(?!(?:\\/|^)\\.).)*?';
const filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return minimatch;
    }
    const orig = minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        AST: class AST extends orig.AST {
            /* c8 ignore start */
            constructor(type, parent, options = {}) {
                super(type, parent, ext(def, options));
            }
            /* c8 ignore stop */
            static fromGlob(pattern, options = {}) {
                return orig.AST.fromGlob(pattern, ext(def, options));
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: GLOBSTAR,
    });
};
minimatch.defaults = defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    assertValidPattern(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
// parse a component of the expanded set.
// At this point, no pattern may contain "/" in it
// so we're going to return a 2d array, where each entry is the full
// pattern, split on '/', and then turned into a regular expression.
// A regexp is made at the end which joins each array with an
// escaped /, and another full one which joins each regexp with |.
//
// Following the lead of Bash 4.1, note that "**" only has special meaning
// when it is the *only* thing in a path portion.  Otherwise, any series
// of * is equivalent to a single *.  Globstar behavior is enabled by
// default, and can be disabled by setting options.noglobstar.
const makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
minimatch.match = match;
// replace stuff like \* with *
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
const esm_regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    regexp;
    constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        // avoid the annoying deprecation flag lol
        const awe = ('allowWindow' + 'sEscape');
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[awe] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.regexp = null;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        // make the set of regexps etc.
        this.make();
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    debug(..._) { }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.braceExpand())];
        if (options.debug) {
            //oxlint-disable-next-line no-console
            this.debug = (...args) => console.error(...args);
        }
        this.debug(this.pattern, this.globSet);
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be regexps, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        this.debug(this.pattern, this.globParts);
        // glob --> regexps
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path.
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    !globMagic.test(s[3]);
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, 4),
                        ...s.slice(4).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [s[0], ...s.slice(1).map(ss => this.parse(ss))];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        this.debug(this.pattern, set);
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    typeof p[3] === 'string' &&
                    /^[a-z]:$/i.test(p[3])) {
                    p[2] = '?';
                }
            }
        }
        this.debug(this.pattern, this.set);
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (prev && prev !== '..' && prev !== '.' && prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    levelTwoFileOptimize(parts) {
        if (!Array.isArray(parts)) {
            parts = this.slashSplit(parts);
        }
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            let dd = 0;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p &&
                    p !== '.' &&
                    p !== '..' &&
                    p !== '**' &&
                    !(this.isWindows && /^[a-z]:$/i.test(p))) {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd -= 2;
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                let dd = 0;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd -= 2;
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
    //
    // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
    // ^-- not valid because ** doens't follow symlinks
    secondPhasePreProcess(globParts) {
        for (let i = 0; i < globParts.length - 1; i++) {
            for (let j = i + 1; j < globParts.length; j++) {
                const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
                if (matched) {
                    globParts[i] = [];
                    globParts[j] = matched;
                    break;
                }
            }
        }
        return globParts.filter(gs => gs.length);
    }
    partsMatch(a, b, emptyGSMatch = false) {
        let ai = 0;
        let bi = 0;
        let result = [];
        let which = '';
        while (ai < a.length && bi < b.length) {
            if (a[ai] === b[bi]) {
                result.push(which === 'b' ? b[bi] : a[ai]);
                ai++;
                bi++;
            }
            else if (emptyGSMatch && a[ai] === '**' && b[bi] === a[ai + 1]) {
                result.push(a[ai]);
                ai++;
            }
            else if (emptyGSMatch && b[bi] === '**' && a[ai] === b[bi + 1]) {
                result.push(b[bi]);
                bi++;
            }
            else if (a[ai] === '*' &&
                b[bi] &&
                (this.options.dot || !b[bi].startsWith('.')) &&
                b[bi] !== '**') {
                if (which === 'b')
                    return false;
                which = 'a';
                result.push(a[ai]);
                ai++;
                bi++;
            }
            else if (b[bi] === '*' &&
                a[ai] &&
                (this.options.dot || !a[ai].startsWith('.')) &&
                a[ai] !== '**') {
                if (which === 'a')
                    return false;
                which = 'b';
                result.push(b[bi]);
                ai++;
                bi++;
            }
            else {
                return false;
            }
        }
        // if we fall out of the loop, it means they two are identical
        // as long as their lengths match
        return a.length === b.length && result;
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // set partial to true to test if, for example,
    // "/a/b" matches the start of "/*/b/*/d"
    // Partial means, if you run out of file before you run
    // out of pattern, then that's fine, as long as all
    // the parts match.
    matchOne(file, pattern, partial = false) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa
        // Drive letters in absolute drive or unc paths are always compared
        // case-insensitively.
        if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // start matching at the drive letter index of each
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    pattern[pdi] = fd;
                    patternStartIndex = pdi;
                    fileStartIndex = fdi;
                }
            }
        }
        // resolve and reduce . and .. portions in the file as well.
        // don't need to do the second phase, because it's only one string[]
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            file = this.levelTwoFileOptimize(file);
        }
        if (pattern.includes(GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        // split the pattern into head, tail, and middle of ** delimited parts
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        // split the pattern up into globstar-delimited sections
        // the tail has to be at the end, and the others just have
        // to be found in order from the head.
        const [head, body, tail] = partial ?
            [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1),
                [],
            ]
            : [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1, lastgs),
                pattern.slice(lastgs + 1),
            ];
        // check the head, from the current file/pattern index.
        if (head.length) {
            const fileHead = file.slice(fileIndex, fileIndex + head.length);
            if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        // split the body up into sections, and note the minimum index it can
        // be found at (start with the length of all previous segments)
        // [section, before, after]
        const bodySegments = [[[], 0]];
        let currentBody = bodySegments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                currentBody = [[], 0];
                bodySegments.push(currentBody);
            }
            else {
                currentBody[0].push(b);
                nonGsParts++;
            }
        }
        let i = bodySegments.length - 1;
        const fileLength = file.length - fileTailMatch;
        for (const b of bodySegments) {
            b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
        }
        return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, last possible position for it
    bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // just make sure that there's no bad dots
            for (let i = fileIndex; i < file.length; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test
        const [body, after] = bs;
        while (fileIndex <= after) {
            const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
                if (sub !== false) {
                    return sub;
                }
            }
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = file.length,
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            this.debug('matchOne loop');
            let p = pattern[pi];
            let f = file[fi];
            this.debug(pattern, p, f);
            // should be impossible.
            // some invalid regexp stuff in the set.
            /* c8 ignore start */
            if (p === false || p === GLOBSTAR) {
                return false;
            }
            /* c8 ignore stop */
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into regexps.
            let hit;
            if (typeof p === 'string') {
                hit = f === p;
                this.debug('string match', p, f, hit);
            }
            else {
                hit = p.test(f);
                this.debug('pattern match', p, f, hit);
            }
            if (!hit)
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though "" matches against the
        // [^/]*? pattern, except in partial mode, where it might
        // simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
            /* c8 ignore start */
        }
        else {
            // should be unreachable.
            throw new Error('wtf?');
        }
        /* c8 ignore stop */
    }
    braceExpand() {
        return braceExpand(this.pattern, this.options);
    }
    parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return GLOBSTAR;
        if (pattern === '')
            return '';
        // far and away, the most common glob pattern parts are
        // *, *.*, and *.<ext>  Add a fast check method for those.
        let m;
        let fastTest = null;
        if ((m = pattern.match(starRE))) {
            fastTest = options.dot ? starTestDot : starTest;
        }
        else if ((m = pattern.match(starDotExtRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    starDotExtTestNocaseDot
                    : starDotExtTestNocase
                : options.dot ? starDotExtTestDot
                    : starDotExtTest)(m[1]);
        }
        else if ((m = pattern.match(qmarksRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    qmarksTestNocaseDot
                    : qmarksTestNocase
                : options.dot ? qmarksTestDot
                    : qmarksTest)(m);
        }
        else if ((m = pattern.match(starDotStarRE))) {
            fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
        }
        else if ((m = pattern.match(dotStarRE))) {
            fastTest = dotStarTest;
        }
        const re = AST.fromGlob(pattern, this.options).toMMPattern();
        if (fastTest && typeof re === 'object') {
            // Avoids overriding in frozen environments
            Reflect.defineProperty(re, 'test', { value: fastTest });
        }
        return re;
    }
    makeRe() {
        if (this.regexp || this.regexp === false)
            return this.regexp;
        // at this point, this.set is a 2d array of partial
        // pattern strings, or "**".
        //
        // It's better to use .match().  This function shouldn't
        // be used, really, but it's pretty convenient sometimes,
        // when you just want to work with a regex.
        const set = this.set;
        if (!set.length) {
            this.regexp = false;
            return this.regexp;
        }
        const options = this.options;
        const twoStar = options.noglobstar ? esm_star
            : options.dot ? twoStarDot
                : twoStarNoDot;
        const flags = new Set(options.nocase ? ['i'] : []);
        // regexpify non-globstar patterns
        // if ** is only item, then we just do one twoStar
        // if ** is first, and there are more, prepend (\/|twoStar\/)? to next
        // if ** is last, append (\/twoStar|) to previous
        // if ** is in the middle, append (\/|\/twoStar\/) to previous
        // then filter out GLOBSTAR symbols
        let re = set
            .map(pattern => {
            const pp = pattern.map(p => {
                if (p instanceof RegExp) {
                    for (const f of p.flags.split(''))
                        flags.add(f);
                }
                return (typeof p === 'string' ? esm_regExpEscape(p)
                    : p === GLOBSTAR ? GLOBSTAR
                        : p._src);
            });
            pp.forEach((p, i) => {
                const next = pp[i + 1];
                const prev = pp[i - 1];
                if (p !== GLOBSTAR || prev === GLOBSTAR) {
                    return;
                }
                if (prev === undefined) {
                    if (next !== undefined && next !== GLOBSTAR) {
                        pp[i + 1] = '(?:\\/|' + twoStar + '\\/)?' + next;
                    }
                    else {
                        pp[i] = twoStar;
                    }
                }
                else if (next === undefined) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + ')?';
                }
                else if (next !== GLOBSTAR) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + '\\/)' + next;
                    pp[i + 1] = GLOBSTAR;
                }
            });
            const filtered = pp.filter(p => p !== GLOBSTAR);
            // For partial matches, we need to make the pattern match
            // any prefix of the full path. We do this by generating
            // alternative patterns that match progressively longer prefixes.
            if (this.partial && filtered.length >= 1) {
                const prefixes = [];
                for (let i = 1; i <= filtered.length; i++) {
                    prefixes.push(filtered.slice(0, i).join('/'));
                }
                return '(?:' + prefixes.join('|') + ')';
            }
            return filtered.join('/');
        })
            .join('|');
        // need to wrap in parens if we had more than one thing with |,
        // otherwise only the first will be anchored to ^ and the last to $
        const [open, close] = set.length > 1 ? ['(?:', ')'] : ['', ''];
        // must match entire pattern
        // ending in a * or ** will make it less strict.
        re = '^' + open + re + close + '$';
        // In partial mode, '/' should always match as it's a valid prefix for any pattern
        if (this.partial) {
            re = '^(?:\\/|' + open + re.slice(1, -1) + close + ')$';
        }
        // can match anything, as long as it's not this.
        if (this.negate)
            re = '^(?!' + re + ').+$';
        try {
            this.regexp = new RegExp(re, [...flags].join(''));
            /* c8 ignore start */
        }
        catch {
            // should be impossible
            this.regexp = false;
        }
        /* c8 ignore stop */
        return this.regexp;
    }
    slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        this.debug('match', f, this.pattern);
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // windows: need to use /, not \
        if (this.isWindows) {
            f = f.split('\\').join('/');
        }
        // treat the test path as a set of pathparts.
        const ff = this.slashSplit(f);
        this.debug(this.pattern, 'split', ff);
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        this.debug(this.pattern, 'set', set);
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (const pattern of set) {
            let file = ff;
            if (options.matchBase && pattern.length === 1) {
                file = [filename];
            }
            const hit = this.matchOne(file, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return minimatch.defaults(def).Minimatch;
    }
}
/* c8 ignore start */



/* c8 ignore stop */
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape_escape;
minimatch.unescape = unescape_unescape;
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./src/inventory/crawl.ts
// A fast walk with @actions/glob's pattern language and results (what users of upload-artifact
// know): the same patterns, search paths, last-match-wins with `!`, implicit descendants, trailing
// `/` for directories only, symbolic links followed with per-branch cycle detection, directories
// pruned by partial match. It walks synchronously with the types readdir already knows, so a
// regular file costs no stat. Differential tests hold it to @actions/glob's own answers.




/** The options @actions/glob gives minimatch. */
const MINIMATCH_OPTIONS = {
    dot: true,
    nobrace: true,
    nocase: false,
    nocomment: true,
    noext: true,
    nonegate: true
};
const NONE = 0;
const DIRECTORY = 1;
const FILE = 2;
const ALL = 3;
function trimTrailingSeparator(p) {
    return p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p;
}
/** A segment's literal text, or '' when it holds a glob (as @actions/glob decides it). */
function literal(segment) {
    let text = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '\\' && i + 1 < segment.length) {
            text += segment[++i];
            continue;
        }
        if (c === '*' || c === '?')
            return '';
        if (c === '[' && i + 1 < segment.length) {
            let set = '';
            let closed = -1;
            for (let j = i + 1; j < segment.length; j++) {
                const d = segment[j];
                if (d === '\\' && j + 1 < segment.length) {
                    set += segment[++j];
                    continue;
                }
                if (d === ']') {
                    closed = j;
                    break;
                }
                set += d;
            }
            if (closed >= 0) {
                if (set.length > 1)
                    return '';
                if (set) {
                    text += set;
                    i = closed;
                    continue;
                }
            }
        }
        text += c;
    }
    return text;
}
/** Escapes a literal path for use in a pattern, as @actions/glob's globEscape does. */
function globEscape(text) {
    return text
        .replace(/\\/g, '\\\\')
        .replace(/(\[)(?=[^/]+\])/g, '[[]')
        .replace(/\?/g, '[?]')
        .replace(/\*/g, '[*]');
}
class Pattern {
    negate;
    implicit;
    line;
    segments;
    trailingSeparator;
    searchPath;
    minimatch;
    /** `literal/prefix/**`: every path at or under the search path matches, no minimatch needed. */
    everythingUnder;
    constructor(negate, pattern, implicit = false, 
    /** The index of the pattern line it comes from. */
    line = 0) {
        this.negate = negate;
        this.implicit = implicit;
        this.line = line;
        const normal = pattern.replace(/\/\/+/g, '/');
        this.trailingSeparator = normal.length > 1 && normal.endsWith('/');
        const trimmed = trimTrailingSeparator(normal);
        this.segments = ['/', ...trimmed.split('/').filter((s) => s !== '')];
        let foundGlob = false;
        const search = this.segments.map(literal).filter((x) => !foundGlob && !(foundGlob = x === ''));
        this.searchPath = search.length <= 1 ? '/' : `/${search.slice(1).join('/')}`;
        this.minimatch = new Minimatch(trimmed, MINIMATCH_OPTIONS);
        this.everythingUnder =
            !this.trailingSeparator &&
                search.length === this.segments.length - 1 &&
                this.segments.at(-1) === '**';
    }
    match(itemPath) {
        if (this.everythingUnder) {
            // minimatch: `/a/**` matches `/a/x` and `/a/`, not `/a`; an explicit pattern appends the `/`.
            if (itemPath === this.searchPath)
                return this.implicit ? NONE : ALL;
            return itemPath.startsWith(this.searchPath === '/' ? '/' : `${this.searchPath}/`) ? ALL : NONE;
        }
        let item = itemPath;
        if (this.segments.at(-1) === '**') {
            if (!item.endsWith('/') && !this.implicit)
                item = `${item}/`;
        }
        else
            item = trimTrailingSeparator(item);
        if (this.minimatch.match(item))
            return this.trailingSeparator ? DIRECTORY : ALL;
        return NONE;
    }
    partialMatch(itemPath) {
        const item = trimTrailingSeparator(itemPath);
        if (item === '/')
            return true;
        if (this.everythingUnder) {
            return (item === this.searchPath ||
                item.startsWith(`${this.searchPath}/`) ||
                this.searchPath.startsWith(`${item}/`));
        }
        return this.minimatch.matchOne(item.split(/\/+/), this.minimatch.set[0], true);
    }
}
/** Pattern lines (absolute, `!` to negate) with implicit descendants, as the globber builds them. */
function compile(lines) {
    const patterns = [];
    for (const [index, line] of lines.entries()) {
        let text = line.trim();
        let negate = false;
        while (text.startsWith('!')) {
            negate = !negate;
            text = text.slice(1).trim();
        }
        const pattern = new Pattern(negate, text, false, index);
        patterns.push(pattern);
        if (pattern.trailingSeparator || pattern.segments.at(-1) !== '**') {
            patterns.push(new Pattern(negate, `/${[...pattern.segments.slice(1), '**'].join('/')}`, true, index));
        }
    }
    return patterns;
}
function searchPaths(patterns) {
    const candidates = new Set(patterns.filter((p) => !p.negate).map((p) => p.searchPath));
    const result = [];
    for (const candidate of candidates) {
        let parent = external_node_path_default().posix.dirname(candidate);
        let child = candidate;
        let covered = false;
        while (parent !== child) {
            if (candidates.has(parent)) {
                covered = true;
                break;
            }
            child = parent;
            parent = external_node_path_default().posix.dirname(parent);
        }
        if (!covered && !result.includes(candidate))
            result.push(candidate);
    }
    return result;
}
function matchAll(patterns, item) {
    let result = NONE;
    for (const pattern of patterns) {
        if (pattern.negate)
            result &= ~pattern.match(item);
        else
            result |= pattern.match(item);
    }
    return result;
}
/**
 * Whether a root-relative path is one a root-relative pattern finds (as a file), by the same
 * rules as the walk: for telling whether a file is one a pattern would have found.
 */
function patternMatcher(pattern) {
    const patterns = compile([`/${pattern}`]);
    // Whatever the pattern (or its implicit descendants) matches is at or under its search path:
    // a path elsewhere is refused without a glob match.
    const { searchPath } = patterns[0];
    const under = searchPath === '/' ? '/' : `${searchPath}/`;
    return (relative) => {
        const item = `/${relative}`;
        if (item !== searchPath && !item.startsWith(under))
            return false;
        return (matchAll(patterns, item) & FILE) !== 0;
    };
}
/**
 * A directory's entries in the order of the paths they lead to (UTF-8 bytes), so that the walk
 * meets files in the artifact list's order. readdir (libuv's scandir) gives names in byte order
 * already; what is left is that a directory's paths go on with `/`, so `a/x` comes after `a-b`
 * and `a.json` although `a` comes before them. Such names follow the directory's at once, so one
 * look at the next entry tells whether anything needs to move. Whatever else breaks the order
 * (a link to a directory, an unsorted readdir) is caught where the order is relied on.
 */
function inPathOrder(entries) {
    let displaced = false;
    for (let i = 0; i + 1 < entries.length && !displaced; i++)
        displaced = entries[i].isDirectory() && entries[i + 1].name.startsWith(entries[i].name);
    if (!displaced)
        return entries;
    return entries
        .map((entry) => ({ entry, key: entry.isDirectory() ? `${entry.name}/` : entry.name }))
        .sort((a, b) => compareText(a.key, b.key))
        .map(({ entry }) => entry);
}
function kindOf(entry) {
    if (entry.isFile())
        return 'file';
    if (entry.isDirectory())
        return 'directory';
    if (entry.isSymbolicLink())
        return 'link';
    return 'other';
}
/**
 * The files that absolute pattern `lines` match. `skipDirectories` names directories never
 * entered (`.git`), which @actions/glob would walk and this caller would discard anyway.
 */
function crawl(lines, skipDirectories = new Set(), 
/** Called for each matching file as it is found (the hashing threads start on it at once). */
onFile, 
/** A bound for a look that needs only a few files (a hint), never for the inventory. */
limit) {
    const patterns = compile(lines);
    const includes = patterns.filter((p) => !p.negate);
    const files = [];
    const viaLink = new Set();
    const dangling = [];
    const loops = [];
    const special = [];
    // Lines not yet seen to match a file by themselves; once empty, this costs nothing.
    let unseen = [...new Set(includes.map((p) => p.line))];
    let looked = 0;
    const enough = () => limit !== undefined && (files.length >= limit.files || looked >= limit.entries);
    for (const searchPath of searchPaths(patterns)) {
        const stack = [{ path: searchPath, level: 1, kind: 'unknown', viaLink: false }];
        const chain = [];
        while (stack.length > 0) {
            if (enough())
                return { files, viaLink, dangling, loops, special, unmatched: unseen, cut: true };
            looked++;
            const item = stack.pop();
            const match = matchAll(patterns, item.path);
            const partial = match !== NONE || includes.some((p) => p.partialMatch(item.path));
            if (match === NONE && !partial)
                continue;
            let kind = item.kind;
            if (kind === 'link' || kind === 'unknown') {
                try {
                    const stats = (0,external_node_fs_namespaceObject.statSync)(item.path);
                    kind = stats.isDirectory() ? 'directory' : stats.isFile() ? 'file' : 'other';
                }
                catch (error) {
                    const code = error.code;
                    if (code === 'ENOENT' && item.kind === 'link')
                        dangling.push(item.path);
                    else if (code === 'ELOOP')
                        loops.push(item.path);
                    else if (code !== 'ENOENT')
                        throw error;
                    continue;
                }
            }
            if (kind === 'directory') {
                if (skipDirectories.has(external_node_path_default().posix.basename(item.path)))
                    continue;
                const real = item.real ?? (0,external_node_fs_namespaceObject.realpathSync)(item.path);
                const linked = item.viaLink || real !== item.path;
                while (chain.length >= item.level)
                    chain.pop();
                if (chain.includes(real)) {
                    loops.push(item.path);
                    continue;
                }
                chain.push(real);
                const entries = inPathOrder((0,external_node_fs_namespaceObject.readdirSync)(item.path, { withFileTypes: true }));
                for (let i = entries.length - 1; i >= 0; i--) {
                    const entry = entries[i];
                    const childKind = kindOf(entry);
                    const childPath = item.path === '/' ? `/${entry.name}` : `${item.path}/${entry.name}`;
                    stack.push({
                        path: childPath,
                        level: item.level + 1,
                        kind: childKind,
                        viaLink: linked || childKind === 'link',
                        ...(childKind === 'directory'
                            ? { real: `${real === '/' ? '' : real}/${entry.name}` }
                            : {})
                    });
                }
            }
            else if (kind === 'file') {
                if (unseen.length > 0) {
                    unseen = unseen.filter((line) => !includes.some((p) => p.line === line && p.match(item.path) & FILE));
                }
                if (match & FILE) {
                    const linked = item.viaLink || item.kind !== 'file';
                    files.push(item.path);
                    if (linked)
                        viaLink.add(item.path);
                    onFile?.(item.path, linked);
                }
            }
            else if (kind === 'other' && match & FILE) {
                special.push(item.path);
            }
        }
    }
    return { files, viaLink, dangling, loops, special, unmatched: unseen, cut: false };
}

;// CONCATENATED MODULE: ./src/inventory/pattern-hint.ts
// "Did you mean …?" for a pattern that matches nothing. Three mistakes are common and cheap to
// see: the pattern written relative to the workspace instead of the dataset root (it starts with
// the root's own path), and a directory or file name written in another letter case or with a
// typo (one name of its directory is clearly the one meant). Each guess is tried with a walk
// that stops at its first file and after a few thousand entries, so a hint never costs a second
// crawl of a large tree; a guess that finds nothing is not offered.




/** How far a guess is tried: one file is enough, and a bounded walk is all a hint may cost. */
const HINT_LIMIT = { files: 1, entries: 5000 };
/** Patterns of one input that get a hint; the others keep the plain sentence. */
const HINTS_PER_INPUT = 8;
/** A segment with a glob character is not a name to look up. */
const GLOB_CHARACTER = /[*?[\]\\]/;
/**
 * A hint is best effort: a directory that cannot be read gives no hint, and the plain sentence
 * stands. Nothing the inventory reports depends on it.
 */
function orNothing(look) {
    try {
        return look();
    }
    catch {
        return undefined;
    }
}
/** The pattern without the root's workspace-relative path in front, when it starts with it. */
function fromRoot(pattern, rootPath) {
    if (rootPath === '.' || rootPath === '')
        return undefined;
    if (pattern === rootPath)
        return '**';
    return pattern.startsWith(`${rootPath}/`) ? pattern.slice(rootPath.length + 1) : undefined;
}
/** Directories larger than this get no spelling guess (each name costs a distance). */
const SPELLING_ENTRIES = 10_000;
/**
 * The one name of a directory that `typed` may have meant: the same in another letter case, or,
 * for a directory on the way (`spelling`), the only nearest within a third of its length
 * (nearest.ts's measure). A file name gets no spelling guess: one listed by name may simply not
 * be there yet, and a neighbour is no answer. Two equally near give none either.
 */
function meant(typed, names, spelling) {
    const folded = typed.toLowerCase();
    const alike = names.filter((n) => n.toLowerCase() === folded);
    if (alike.length === 1)
        return { name: alike[0], why: 'case' };
    if (alike.length > 1 || !spelling || names.length > SPELLING_ENTRIES)
        return undefined;
    const allowed = Math.ceil(typed.length / 3);
    let best = [];
    let bestDistance = allowed + 1;
    for (const name of names) {
        const d = (0,mod/* distance */.Io)(typed, name);
        if (d < bestDistance)
            [best, bestDistance] = [[name], d];
        else if (d === bestDistance)
            best.push(name);
    }
    return best.length === 1 ? { name: best[0], why: 'spelling' } : undefined;
}
/**
 * The pattern with its leading literal names as they are on disk, where a name is not there but
 * one name of its directory is what it meant (meant()); undefined when nothing changes.
 */
function namesOnDisk(root, pattern) {
    const segments = pattern.split('/');
    const because = new Set();
    let directory = root;
    for (const [at, segment] of segments.entries()) {
        if (GLOB_CHARACTER.test(segment))
            break;
        const names = orNothing(() => (0,external_node_fs_namespaceObject.readdirSync)(directory)) ?? [];
        let name = names.includes(segment) ? segment : undefined;
        if (name === undefined) {
            const guess = meant(segment, names, at < segments.length - 1);
            if (!guess)
                break;
            name = guess.name;
            segments[at] = name;
            because.add(guess.why);
        }
        directory = external_node_path_default().join(directory, name);
    }
    return because.size > 0 ? { pattern: segments.join('/'), because: [...because] } : undefined;
}
function findsAFile(root, pattern, skipDirectories) {
    const walk = orNothing(() => crawl([`${globEscape(root)}/${pattern}`], skipDirectories, undefined, HINT_LIMIT));
    return (walk?.files.length ?? 0) > 0;
}
/**
 * The pattern a root-relative `pattern` that matched nothing would match as, if a cheap guess
 * finds one: without the root's path (`rootPath`, workspace-relative) in front, and/or with the
 * letter case of the names on disk.
 */
function patternHint(root, rootPath, pattern, skipDirectories) {
    const stripped = fromRoot(pattern, rootPath);
    const respelled = namesOnDisk(root, stripped ?? pattern);
    const guesses = [];
    if (stripped !== undefined)
        guesses.push({ pattern: stripped, because: ['workspace'] });
    if (respelled !== undefined)
        guesses.push({
            pattern: respelled.pattern,
            because: [...(stripped === undefined ? [] : ['workspace']), ...respelled.because]
        });
    return guesses.find((guess) => findsAFile(root, guess.pattern, skipDirectories));
}
/** The sentence that offers the hint, to follow "matches no file under the dataset root". */
function hintSentence(hint, rootPath) {
    const reasons = hint.because.map((reason) => {
        if (reason === 'workspace')
            return `patterns are relative to the dataset root (${rootPath}), not to the workspace`;
        return reason === 'case'
            ? 'patterns match letter case exactly'
            : 'a name in the pattern is spelled differently on disk';
    });
    return `did you mean "${hint.pattern}"? It matches files: ${reasons.join(', and ')}.`;
}

;// CONCATENATED MODULE: ./src/inventory/find-files.ts
// Finds the files a pattern list names under the dataset root, with @actions/glob's pattern
// language (what users of upload-artifact know), and refuses anything that leaves the root.





/** Never walked into, never inventoried. */
const NEVER_ENTERED = new Set(['.git']);
/** The patterns, each normalised inside the root, or the findings that refuse them. */
function parsePatterns(patterns, input) {
    const findings = [];
    const parsed = [];
    for (const source of patterns) {
        const negate = source.startsWith('!');
        const safe = normaliseRelative(negate ? source.slice(1) : source);
        if (!safe.ok)
            findings.push(finding('PATTERN_OUTSIDE_ROOT', input, `The ${input} pattern "${source}" ${safe.reason}.`));
        else
            parsed.push({ negate, body: safe.path, source });
    }
    if (findings.length === 0 && !parsed.some((p) => !p.negate))
        findings.push(finding('NO_PATTERNS', input, `The ${input} input has no pattern that includes files.`));
    return { parsed, findings };
}
/** What the walk passed over: files that cannot be hashed, or must not be copied. */
function passedOver(walk, root, display) {
    const kinds = [
        [
            walk.dangling,
            'SYMLINK_DANGLING',
            (shown) => `${shown} is a symbolic link to nothing; remove it or point it at a file inside the dataset root.`
        ],
        [
            walk.special,
            'FILE_UNREADABLE',
            (shown) => `${shown} is not a regular file (a named pipe, socket or device), so it has no content to hash; remove it from the dataset.`
        ],
        [
            walk.loops,
            'SYMLINK_LOOP',
            (shown) => `${shown} is a symbolic link in a loop (it leads back to itself or to a directory above it); copying tools follow it forever, so remove it.`
        ]
    ];
    return kinds.flatMap(([absolutes, kind, message]) => absolutes.map((absolute) => {
        const shown = display(relativeInside(root, absolute) ?? absolute);
        return finding(kind, shown, message(shown));
    }));
}
/**
 * One finding per including pattern that matched no file, with a "did you mean" where a cheap
 * guess finds files (the first HINTS_PER_INPUT patterns only: each guess is a bounded walk).
 */
function unmatchedFindings(unmatched, parsed, input, root, display) {
    // The root itself, as the workspace-relative path that a pattern written from the workspace starts with.
    const rootPath = display('.');
    return unmatched.map((index, nth) => {
        const { source, body } = parsed[index];
        const hint = nth < HINTS_PER_INPUT ? patternHint(root, rootPath, body, NEVER_ENTERED) : undefined;
        const advice = hint ? hintSentence(hint, rootPath) : 'fix or remove it.';
        const message = `The ${input} pattern "${source}" matches no file under the dataset root; ${advice}`;
        const found = finding('PATTERN_MATCHES_NOTHING', input, message);
        found.patterns = hint ? [body, hint.pattern] : [body];
        return found;
    });
}
/**
 * `input` names the input the patterns came from (for messages). `skip` holds absolute paths that
 * are never inventoried (the manifest's own output path).
 */
async function findFiles(root, patterns, input, display, skip = new Set(), 
/** Called for each accepted file as the walk finds it. */
onFound) {
    const { parsed, findings } = parsePatterns(patterns, input);
    if (findings.length > 0)
        return { files: [], findings };
    const lines = parsed.map((p) => `${p.negate ? '!' : ''}${globEscape(root)}/${p.body}`);
    const realRoot = (0,external_node_fs_namespaceObject.realpathSync)(root);
    const files = [];
    // Every walked path starts with the root and a `/`: cutting it off gives the relative path.
    const prefix = root.endsWith('/') ? root : `${root}/`;
    const accept = (absolute, viaLink) => {
        const relative = absolute.startsWith(prefix)
            ? absolute.slice(prefix.length)
            : relativeInside(root, absolute);
        if (relative === undefined || skip.has(absolute))
            return;
        if (viaLink || realRoot !== root) {
            const target = (0,external_node_fs_namespaceObject.realpathSync)(absolute);
            if (relativeInside(realRoot, target) === undefined) {
                const shown = display(relative);
                const message = `${shown} resolves through a symbolic link to ${target}, outside the dataset root; copy the file into the root instead of linking to it.`;
                findings.push(finding('PATH_OUTSIDE_ROOT', shown, message));
                return;
            }
        }
        const file = { path: relative, absolute };
        files.push(file);
        onFound?.(file);
    };
    let walk;
    try {
        walk = crawl(lines, NEVER_ENTERED, accept);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const failed = `Searching the ${input} patterns failed: ${message}`;
        return { files: [], findings: [finding('GLOB_FAILED', input, failed)] };
    }
    findings.push(...unmatchedFindings(walk.unmatched, parsed, input, root, display));
    findings.push(...passedOver(walk, root, display));
    if (files.length === 0 && findings.length === 0) {
        const message = `The ${input} patterns match no file under the dataset root.`;
        findings.push(finding('PATTERN_MATCHES_NOTHING', input, message));
    }
    return { files, findings };
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/inventory/list-json.ts
// The artifact list's JSON: what the `inventory` subcommand writes and `artifacts-manifest` reads,
// `JSON.stringify(list, null, 2)` and a newline, byte for byte. One writer makes it: the list is
// its parts (listPart: the elements of a run of records in the list's order, as UTF-8) joined by
// joinParts. The hashing threads make their batches' parts while they hash (hash-worker.ts), so
// for a large tree the list is ready almost as soon as the last digest; when they cannot (the walk
// met the files out of order), inventoryJson makes the parts from the sorted entries.
const encoder = new TextEncoder();
/**
 * The elements of the list for these records, laid out as in the whole list (`  {...},\n  {...}`),
 * as UTF-8: JSON.stringify's own output cut out of its brackets, so layout and escapes are the
 * engine's. A fresh buffer of its own (never a slice of a shared pool), so it can be transferred.
 */
function listPart(records) {
    return encoder.encode(JSON.stringify(records, null, 2).slice(2, -2));
}
const OPEN = encoder.encode('[\n');
const COMMA = encoder.encode(',\n');
const CLOSE = encoder.encode('\n]\n');
const EMPTY = encoder.encode('[]\n');
/** The whole list from its parts, in order: `[`, the parts joined by `,`, `]`. */
function* list_json_joinParts(parts) {
    let first = true;
    for (const part of parts) {
        yield first ? OPEN : COMMA;
        yield part;
        first = false;
    }
    yield first ? EMPTY : CLOSE;
}
/** Entries per part when the list is made from entries: a few hundred kilobytes of text. */
const LIST_SLICE = 2048;
/**
 * The list of sorted entries, made a part of LIST_SLICE entries at a time, as the threads make
 * theirs: 200,000 entries never become one string.
 */
function list_json_inventoryJson(entries) {
    return list_json_joinParts(partsOf(entries));
}
function* partsOf(entries) {
    for (let start = 0; start < entries.length; start += LIST_SLICE) {
        yield listPart(entries
            .slice(start, start + LIST_SLICE)
            .map((e) => e.size === undefined
            ? { path: e.path, digest: e.digest, media_type: e.mediaType }
            : { path: e.path, digest: e.digest, media_type: e.mediaType, size: e.size }));
    }
}

;// CONCATENATED MODULE: ./src/generated/media-types.js
// Generated by scripts/compile-media-types.mjs from mime-types 3.0.2 (mime-db 1.54.0). Do not edit.
/* eslint-disable */
const BY_EXTENSION = new Map(Object.entries(JSON.parse("{\"123\":\"application/vnd.lotus-1-2-3\",\"210\":\"model/step\",\"1km\":\"application/vnd.1000minds.decision-model+xml\",\"3dml\":\"text/vnd.in3d.3dml\",\"3ds\":\"image/x-3ds\",\"3g2\":\"video/3gpp2\",\"3gp\":\"video/3gpp\",\"3gpp\":\"video/3gpp\",\"3mf\":\"model/3mf\",\"7z\":\"application/x-7z-compressed\",\"aab\":\"application/x-authorware-bin\",\"aac\":\"audio/aac\",\"aam\":\"application/x-authorware-map\",\"aas\":\"application/x-authorware-seg\",\"abw\":\"application/x-abiword\",\"ac\":\"application/pkix-attr-cert\",\"acc\":\"application/vnd.americandynamics.acc\",\"ace\":\"application/x-ace-compressed\",\"acu\":\"application/vnd.acucobol\",\"acutc\":\"application/vnd.acucorp\",\"adp\":\"audio/adpcm\",\"adts\":\"audio/aac\",\"aep\":\"application/vnd.audiograph\",\"afm\":\"application/x-font-type1\",\"afp\":\"application/vnd.ibm.modcap\",\"age\":\"application/vnd.age\",\"ahead\":\"application/vnd.ahead.space\",\"ai\":\"application/postscript\",\"aif\":\"audio/x-aiff\",\"aifc\":\"audio/x-aiff\",\"aiff\":\"audio/x-aiff\",\"air\":\"application/vnd.adobe.air-application-installer-package+zip\",\"ait\":\"application/vnd.dvb.ait\",\"ami\":\"application/vnd.amiga.ami\",\"aml\":\"application/automationml-aml+xml\",\"amlx\":\"application/automationml-amlx+zip\",\"amr\":\"audio/amr\",\"apk\":\"application/vnd.android.package-archive\",\"apng\":\"image/apng\",\"appcache\":\"text/cache-manifest\",\"appinstaller\":\"application/appinstaller\",\"application\":\"application/x-ms-application\",\"appx\":\"application/appx\",\"appxbundle\":\"application/appxbundle\",\"apr\":\"application/vnd.lotus-approach\",\"arc\":\"application/x-freearc\",\"arj\":\"application/x-arj\",\"asc\":\"application/pgp-keys\",\"asf\":\"video/x-ms-asf\",\"asm\":\"text/x-asm\",\"aso\":\"application/vnd.accpac.simply.aso\",\"asx\":\"video/x-ms-asf\",\"atc\":\"application/vnd.acucorp\",\"atom\":\"application/atom+xml\",\"atomcat\":\"application/atomcat+xml\",\"atomdeleted\":\"application/atomdeleted+xml\",\"atomsvc\":\"application/atomsvc+xml\",\"atx\":\"application/vnd.antix.game-component\",\"au\":\"audio/basic\",\"avci\":\"image/avci\",\"avcs\":\"image/avcs\",\"avi\":\"video/x-msvideo\",\"avif\":\"image/avif\",\"aw\":\"application/applixware\",\"azf\":\"application/vnd.airzip.filesecure.azf\",\"azs\":\"application/vnd.airzip.filesecure.azs\",\"azv\":\"image/vnd.airzip.accelerator.azv\",\"azw\":\"application/vnd.amazon.ebook\",\"b16\":\"image/vnd.pco.b16\",\"bary\":\"model/vnd.bary\",\"bat\":\"application/x-msdownload\",\"bcpio\":\"application/x-bcpio\",\"bdf\":\"application/x-font-bdf\",\"bdm\":\"application/vnd.syncml.dm+wbxml\",\"bdo\":\"application/vnd.nato.bindingdataobject+xml\",\"bdoc\":\"application/bdoc\",\"bed\":\"application/vnd.realvnc.bed\",\"bh2\":\"application/vnd.fujitsu.oasysprs\",\"bin\":\"application/octet-stream\",\"blb\":\"application/x-blorb\",\"blend\":\"application/x-blender\",\"blorb\":\"application/x-blorb\",\"bmi\":\"application/vnd.bmi\",\"bmml\":\"application/vnd.balsamiq.bmml+xml\",\"bmp\":\"image/bmp\",\"book\":\"application/vnd.framemaker\",\"box\":\"application/vnd.previewsystems.box\",\"boz\":\"application/x-bzip2\",\"bpk\":\"application/octet-stream\",\"brush\":\"application/vnd.procreate.brush\",\"brushset\":\"application/vnd.procrate.brushset\",\"bsp\":\"model/vnd.valve.source.compiled-map\",\"btf\":\"image/prs.btif\",\"btif\":\"image/prs.btif\",\"buffer\":\"application/octet-stream\",\"bz\":\"application/x-bzip\",\"bz2\":\"application/x-bzip2\",\"c\":\"text/x-c\",\"c11amc\":\"application/vnd.cluetrust.cartomobile-config\",\"c11amz\":\"application/vnd.cluetrust.cartomobile-config-pkg\",\"c4d\":\"application/vnd.clonk.c4group\",\"c4f\":\"application/vnd.clonk.c4group\",\"c4g\":\"application/vnd.clonk.c4group\",\"c4p\":\"application/vnd.clonk.c4group\",\"c4u\":\"application/vnd.clonk.c4group\",\"cab\":\"application/vnd.ms-cab-compressed\",\"caf\":\"audio/x-caf\",\"cap\":\"application/vnd.tcpdump.pcap\",\"car\":\"application/vnd.curl.car\",\"cat\":\"application/vnd.ms-pki.seccat\",\"cb7\":\"application/x-cbr\",\"cba\":\"application/x-cbr\",\"cbr\":\"application/x-cbr\",\"cbt\":\"application/x-cbr\",\"cbz\":\"application/x-cbr\",\"cc\":\"text/x-c\",\"cco\":\"application/x-cocoa\",\"cct\":\"application/x-director\",\"ccxml\":\"application/ccxml+xml\",\"cdbcmsg\":\"application/vnd.contact.cmsg\",\"cdf\":\"application/x-netcdf\",\"cdfx\":\"application/cdfx+xml\",\"cdkey\":\"application/vnd.mediastation.cdkey\",\"cdmia\":\"application/cdmi-capability\",\"cdmic\":\"application/cdmi-container\",\"cdmid\":\"application/cdmi-domain\",\"cdmio\":\"application/cdmi-object\",\"cdmiq\":\"application/cdmi-queue\",\"cdx\":\"chemical/x-cdx\",\"cdxml\":\"application/vnd.chemdraw+xml\",\"cdy\":\"application/vnd.cinderella\",\"cer\":\"application/pkix-cert\",\"cfs\":\"application/x-cfs-compressed\",\"cgm\":\"image/cgm\",\"chat\":\"application/x-chat\",\"chm\":\"application/vnd.ms-htmlhelp\",\"chrt\":\"application/vnd.kde.kchart\",\"cif\":\"chemical/x-cif\",\"cii\":\"application/vnd.anser-web-certificate-issue-initiation\",\"cil\":\"application/vnd.ms-artgalry\",\"cjs\":\"application/node\",\"cla\":\"application/vnd.claymore\",\"class\":\"application/java-vm\",\"cld\":\"model/vnd.cld\",\"clkk\":\"application/vnd.crick.clicker.keyboard\",\"clkp\":\"application/vnd.crick.clicker.palette\",\"clkt\":\"application/vnd.crick.clicker.template\",\"clkw\":\"application/vnd.crick.clicker.wordbank\",\"clkx\":\"application/vnd.crick.clicker\",\"clp\":\"application/x-msclip\",\"cmc\":\"application/vnd.cosmocaller\",\"cmdf\":\"chemical/x-cmdf\",\"cml\":\"chemical/x-cml\",\"cmp\":\"application/vnd.yellowriver-custom-menu\",\"cmx\":\"image/x-cmx\",\"cod\":\"application/vnd.rim.cod\",\"coffee\":\"text/coffeescript\",\"com\":\"application/x-msdownload\",\"conf\":\"text/plain\",\"cpio\":\"application/x-cpio\",\"cpl\":\"application/cpl+xml\",\"cpp\":\"text/x-c\",\"cpt\":\"application/mac-compactpro\",\"crd\":\"application/x-mscardfile\",\"crl\":\"application/pkix-crl\",\"crt\":\"application/x-x509-ca-cert\",\"crx\":\"application/x-chrome-extension\",\"cryptonote\":\"application/vnd.rig.cryptonote\",\"csh\":\"application/x-csh\",\"csl\":\"application/vnd.citationstyles.style+xml\",\"csml\":\"chemical/x-csml\",\"csp\":\"application/vnd.commonspace\",\"css\":\"text/css\",\"cst\":\"application/x-director\",\"csv\":\"text/csv\",\"cu\":\"application/cu-seeme\",\"curl\":\"text/vnd.curl\",\"cwl\":\"application/cwl\",\"cww\":\"application/prs.cww\",\"cxt\":\"application/x-director\",\"cxx\":\"text/x-c\",\"dae\":\"model/vnd.collada+xml\",\"daf\":\"application/vnd.mobius.daf\",\"dart\":\"application/vnd.dart\",\"dataless\":\"application/vnd.fdsn.seed\",\"davmount\":\"application/davmount+xml\",\"dbf\":\"application/vnd.dbf\",\"dbk\":\"application/docbook+xml\",\"dcm\":\"application/dicom\",\"dcmp\":\"application/vnd.dcmp+xml\",\"dcr\":\"application/x-director\",\"dcurl\":\"text/vnd.curl.dcurl\",\"dd2\":\"application/vnd.oma.dd2+xml\",\"ddd\":\"application/vnd.fujixerox.ddd\",\"ddf\":\"application/vnd.syncml.dmddf+xml\",\"dds\":\"image/vnd.ms-dds\",\"deb\":\"application/x-debian-package\",\"def\":\"text/plain\",\"deploy\":\"application/octet-stream\",\"der\":\"application/x-x509-ca-cert\",\"dfac\":\"application/vnd.dreamfactory\",\"dgc\":\"application/x-dgc-compressed\",\"dib\":\"image/bmp\",\"dic\":\"text/x-c\",\"dir\":\"application/x-director\",\"dis\":\"application/vnd.mobius.dis\",\"disposition-notification\":\"message/disposition-notification\",\"dist\":\"application/octet-stream\",\"distz\":\"application/octet-stream\",\"djv\":\"image/vnd.djvu\",\"djvu\":\"image/vnd.djvu\",\"dll\":\"application/x-msdownload\",\"dmg\":\"application/x-apple-diskimage\",\"dmp\":\"application/vnd.tcpdump.pcap\",\"dms\":\"application/octet-stream\",\"dna\":\"application/vnd.dna\",\"dng\":\"image/x-adobe-dng\",\"doc\":\"application/msword\",\"docm\":\"application/vnd.ms-word.document.macroenabled.12\",\"docx\":\"application/vnd.openxmlformats-officedocument.wordprocessingml.document\",\"dot\":\"application/msword\",\"dotm\":\"application/vnd.ms-word.template.macroenabled.12\",\"dotx\":\"application/vnd.openxmlformats-officedocument.wordprocessingml.template\",\"dp\":\"application/vnd.osgi.dp\",\"dpg\":\"application/vnd.dpgraph\",\"dpx\":\"image/dpx\",\"dra\":\"audio/vnd.dra\",\"drle\":\"image/dicom-rle\",\"drm\":\"application/vnd.procreate.dream\",\"dsc\":\"text/prs.lines.tag\",\"dssc\":\"application/dssc+der\",\"dtb\":\"application/x-dtbook+xml\",\"dtd\":\"application/xml-dtd\",\"dts\":\"audio/vnd.dts\",\"dtshd\":\"audio/vnd.dts.hd\",\"dump\":\"application/octet-stream\",\"dvb\":\"video/vnd.dvb.file\",\"dvi\":\"application/x-dvi\",\"dwd\":\"application/atsc-dwd+xml\",\"dwf\":\"model/vnd.dwf\",\"dwg\":\"image/vnd.dwg\",\"dxf\":\"image/vnd.dxf\",\"dxp\":\"application/vnd.spotfire.dxp\",\"dxr\":\"application/x-director\",\"ear\":\"application/java-archive\",\"ecelp4800\":\"audio/vnd.nuera.ecelp4800\",\"ecelp7470\":\"audio/vnd.nuera.ecelp7470\",\"ecelp9600\":\"audio/vnd.nuera.ecelp9600\",\"ecma\":\"application/ecmascript\",\"edm\":\"application/vnd.novadigm.edm\",\"edx\":\"application/vnd.novadigm.edx\",\"efif\":\"application/vnd.picsel\",\"ei6\":\"application/vnd.pg.osasli\",\"elc\":\"application/octet-stream\",\"emf\":\"image/emf\",\"eml\":\"message/rfc822\",\"emma\":\"application/emma+xml\",\"emotionml\":\"application/emotionml+xml\",\"emz\":\"application/x-msmetafile\",\"eol\":\"audio/vnd.digital-winds\",\"eot\":\"application/vnd.ms-fontobject\",\"eps\":\"application/postscript\",\"epub\":\"application/epub+zip\",\"es3\":\"application/vnd.eszigno3+xml\",\"esa\":\"application/vnd.osgi.subsystem\",\"esf\":\"application/vnd.epson.esf\",\"et3\":\"application/vnd.eszigno3+xml\",\"etx\":\"text/x-setext\",\"eva\":\"application/x-eva\",\"evy\":\"application/x-envoy\",\"exe\":\"application/x-msdos-program\",\"exi\":\"application/exi\",\"exp\":\"application/express\",\"exr\":\"image/aces\",\"ext\":\"application/vnd.novadigm.ext\",\"ez\":\"application/andrew-inset\",\"ez2\":\"application/vnd.ezpix-album\",\"ez3\":\"application/vnd.ezpix-package\",\"f\":\"text/x-fortran\",\"f4v\":\"video/x-f4v\",\"f77\":\"text/x-fortran\",\"f90\":\"text/x-fortran\",\"fbs\":\"image/vnd.fastbidsheet\",\"fbx\":\"application/vnd.autodesk.fbx\",\"fcdt\":\"application/vnd.adobe.formscentral.fcdt\",\"fcs\":\"application/vnd.isac.fcs\",\"fdf\":\"application/fdf\",\"fdt\":\"application/fdt+xml\",\"fe_launch\":\"application/vnd.denovo.fcselayout-link\",\"fg5\":\"application/vnd.fujitsu.oasysgp\",\"fgd\":\"application/x-director\",\"fh\":\"image/x-freehand\",\"fh4\":\"image/x-freehand\",\"fh5\":\"image/x-freehand\",\"fh7\":\"image/x-freehand\",\"fhc\":\"image/x-freehand\",\"fig\":\"application/x-xfig\",\"fits\":\"image/fits\",\"flac\":\"audio/x-flac\",\"fli\":\"video/x-fli\",\"flo\":\"application/vnd.micrografx.flo\",\"flv\":\"video/x-flv\",\"flw\":\"application/vnd.kde.kivio\",\"flx\":\"text/vnd.fmi.flexstor\",\"fly\":\"text/vnd.fly\",\"fm\":\"application/vnd.framemaker\",\"fnc\":\"application/vnd.frogans.fnc\",\"fo\":\"application/vnd.software602.filler.form+xml\",\"for\":\"text/x-fortran\",\"fpx\":\"image/vnd.fpx\",\"frame\":\"application/vnd.framemaker\",\"fsc\":\"application/vnd.fsc.weblaunch\",\"fst\":\"image/vnd.fst\",\"ftc\":\"application/vnd.fluxtime.clip\",\"fti\":\"application/vnd.anser-web-funds-transfer-initiation\",\"fvt\":\"video/vnd.fvt\",\"fxp\":\"application/vnd.adobe.fxp\",\"fxpl\":\"application/vnd.adobe.fxp\",\"fzs\":\"application/vnd.fuzzysheet\",\"g2w\":\"application/vnd.geoplan\",\"g3\":\"image/g3fax\",\"g3w\":\"application/vnd.geospace\",\"gac\":\"application/vnd.groove-account\",\"gam\":\"application/x-tads\",\"gbr\":\"application/rpki-ghostbusters\",\"gca\":\"application/x-gca-compressed\",\"gdl\":\"model/vnd.gdl\",\"gdoc\":\"application/vnd.google-apps.document\",\"gdraw\":\"application/vnd.google-apps.drawing\",\"ged\":\"text/vnd.familysearch.gedcom\",\"geo\":\"application/vnd.dynageo\",\"geojson\":\"application/geo+json\",\"gex\":\"application/vnd.geometry-explorer\",\"gform\":\"application/vnd.google-apps.form\",\"ggb\":\"application/vnd.geogebra.file\",\"ggs\":\"application/vnd.geogebra.slides\",\"ggt\":\"application/vnd.geogebra.tool\",\"ghf\":\"application/vnd.groove-help\",\"gif\":\"image/gif\",\"gim\":\"application/vnd.groove-identity-message\",\"gjam\":\"application/vnd.google-apps.jam\",\"glb\":\"model/gltf-binary\",\"gltf\":\"model/gltf+json\",\"gmap\":\"application/vnd.google-apps.map\",\"gml\":\"application/gml+xml\",\"gmx\":\"application/vnd.gmx\",\"gnumeric\":\"application/x-gnumeric\",\"gph\":\"application/vnd.flographit\",\"gpx\":\"application/gpx+xml\",\"gqf\":\"application/vnd.grafeq\",\"gqs\":\"application/vnd.grafeq\",\"gram\":\"application/srgs\",\"gramps\":\"application/x-gramps-xml\",\"gre\":\"application/vnd.geometry-explorer\",\"grv\":\"application/vnd.groove-injector\",\"grxml\":\"application/srgs+xml\",\"gscript\":\"application/vnd.google-apps.script\",\"gsf\":\"application/x-font-ghostscript\",\"gsheet\":\"application/vnd.google-apps.spreadsheet\",\"gsite\":\"application/vnd.google-apps.site\",\"gslides\":\"application/vnd.google-apps.presentation\",\"gtar\":\"application/x-gtar\",\"gtm\":\"application/vnd.groove-tool-message\",\"gtw\":\"model/vnd.gtw\",\"gv\":\"text/vnd.graphviz\",\"gxf\":\"application/gxf\",\"gxt\":\"application/vnd.geonext\",\"gz\":\"application/gzip\",\"h\":\"text/x-c\",\"h261\":\"video/h261\",\"h263\":\"video/h263\",\"h264\":\"video/h264\",\"hal\":\"application/vnd.hal+xml\",\"hbci\":\"application/vnd.hbci\",\"hbs\":\"text/x-handlebars-template\",\"hdd\":\"application/x-virtualbox-hdd\",\"hdf\":\"application/x-hdf\",\"heic\":\"image/heic\",\"heics\":\"image/heic-sequence\",\"heif\":\"image/heif\",\"heifs\":\"image/heif-sequence\",\"hej2\":\"image/hej2k\",\"held\":\"application/atsc-held+xml\",\"hh\":\"text/x-c\",\"hjson\":\"application/hjson\",\"hlp\":\"application/winhlp\",\"hpgl\":\"application/vnd.hp-hpgl\",\"hpid\":\"application/vnd.hp-hpid\",\"hps\":\"application/vnd.hp-hps\",\"hqx\":\"application/mac-binhex40\",\"htc\":\"text/x-component\",\"htke\":\"application/vnd.kenameaapp\",\"htm\":\"text/html\",\"html\":\"text/html\",\"hvd\":\"application/vnd.yamaha.hv-dic\",\"hvp\":\"application/vnd.yamaha.hv-voice\",\"hvs\":\"application/vnd.yamaha.hv-script\",\"i2g\":\"application/vnd.intergeo\",\"icc\":\"application/vnd.iccprofile\",\"ice\":\"x-conference/x-cooltalk\",\"icm\":\"application/vnd.iccprofile\",\"ico\":\"image/vnd.microsoft.icon\",\"ics\":\"text/calendar\",\"ief\":\"image/ief\",\"ifb\":\"text/calendar\",\"ifm\":\"application/vnd.shana.informed.formdata\",\"iges\":\"model/iges\",\"igl\":\"application/vnd.igloader\",\"igm\":\"application/vnd.insors.igm\",\"igs\":\"model/iges\",\"igx\":\"application/vnd.micrografx.igx\",\"iif\":\"application/vnd.shana.informed.interchange\",\"img\":\"application/octet-stream\",\"imp\":\"application/vnd.accpac.simply.imp\",\"ims\":\"application/vnd.ms-ims\",\"in\":\"text/plain\",\"ini\":\"text/plain\",\"ink\":\"application/inkml+xml\",\"inkml\":\"application/inkml+xml\",\"install\":\"application/x-install-instructions\",\"iota\":\"application/vnd.astraea-software.iota\",\"ipfix\":\"application/ipfix\",\"ipk\":\"application/vnd.shana.informed.package\",\"ipynb\":\"application/x-ipynb+json\",\"irm\":\"application/vnd.ibm.rights-management\",\"irp\":\"application/vnd.irepository.package+xml\",\"iso\":\"application/x-iso9660-image\",\"itp\":\"application/vnd.shana.informed.formtemplate\",\"its\":\"application/its+xml\",\"ivp\":\"application/vnd.immervision-ivp\",\"ivu\":\"application/vnd.immervision-ivu\",\"jad\":\"text/vnd.sun.j2me.app-descriptor\",\"jade\":\"text/jade\",\"jaii\":\"image/jaii\",\"jais\":\"image/jais\",\"jam\":\"application/vnd.jam\",\"jar\":\"application/java-archive\",\"jardiff\":\"application/x-java-archive-diff\",\"java\":\"text/x-java-source\",\"jfif\":\"image/pjpeg\",\"jhc\":\"image/jphc\",\"jisp\":\"application/vnd.jisp\",\"jls\":\"image/jls\",\"jlt\":\"application/vnd.hp-jlyt\",\"jng\":\"image/x-jng\",\"jnlp\":\"application/x-java-jnlp-file\",\"joda\":\"application/vnd.joost.joda-archive\",\"jp2\":\"image/jp2\",\"jpe\":\"image/jpeg\",\"jpeg\":\"image/jpeg\",\"jpf\":\"image/jpx\",\"jpg\":\"image/jpeg\",\"jpg2\":\"image/jp2\",\"jpgm\":\"image/jpm\",\"jpgv\":\"video/jpeg\",\"jph\":\"image/jph\",\"jpm\":\"image/jpm\",\"jpx\":\"image/jpx\",\"js\":\"text/javascript\",\"json\":\"application/json\",\"json5\":\"application/json5\",\"jsonld\":\"application/ld+json\",\"jsonml\":\"application/jsonml+json\",\"jsx\":\"text/jsx\",\"jt\":\"model/jt\",\"jxl\":\"image/jxl\",\"jxr\":\"image/jxr\",\"jxra\":\"image/jxra\",\"jxrs\":\"image/jxrs\",\"jxs\":\"image/jxs\",\"jxsc\":\"image/jxsc\",\"jxsi\":\"image/jxsi\",\"jxss\":\"image/jxss\",\"kar\":\"audio/midi\",\"karbon\":\"application/vnd.kde.karbon\",\"kdbx\":\"application/x-keepass2\",\"key\":\"application/vnd.apple.keynote\",\"kfo\":\"application/vnd.kde.kformula\",\"kia\":\"application/vnd.kidspiration\",\"kml\":\"application/vnd.google-earth.kml+xml\",\"kmz\":\"application/vnd.google-earth.kmz\",\"kne\":\"application/vnd.kinar\",\"knp\":\"application/vnd.kinar\",\"kon\":\"application/vnd.kde.kontour\",\"kpr\":\"application/vnd.kde.kpresenter\",\"kpt\":\"application/vnd.kde.kpresenter\",\"kpxx\":\"application/vnd.ds-keypoint\",\"ksp\":\"application/vnd.kde.kspread\",\"ktr\":\"application/vnd.kahootz\",\"ktx\":\"image/ktx\",\"ktx2\":\"image/ktx2\",\"ktz\":\"application/vnd.kahootz\",\"kwd\":\"application/vnd.kde.kword\",\"kwt\":\"application/vnd.kde.kword\",\"lasxml\":\"application/vnd.las.las+xml\",\"latex\":\"application/x-latex\",\"lbd\":\"application/vnd.llamagraphics.life-balance.desktop\",\"lbe\":\"application/vnd.llamagraphics.life-balance.exchange+xml\",\"les\":\"application/vnd.hhe.lesson-player\",\"less\":\"text/less\",\"lgr\":\"application/lgr+xml\",\"lha\":\"application/x-lzh-compressed\",\"link66\":\"application/vnd.route66.link66+xml\",\"list\":\"text/plain\",\"list3820\":\"application/vnd.ibm.modcap\",\"listafp\":\"application/vnd.ibm.modcap\",\"litcoffee\":\"text/coffeescript\",\"lnk\":\"application/x-ms-shortcut\",\"log\":\"text/plain\",\"lostxml\":\"application/lost+xml\",\"lottie\":\"application/zip+dotlottie\",\"lrf\":\"application/octet-stream\",\"lrm\":\"application/vnd.ms-lrm\",\"ltf\":\"application/vnd.frogans.ltf\",\"lua\":\"text/x-lua\",\"luac\":\"application/x-lua-bytecode\",\"lvp\":\"audio/vnd.lucent.voice\",\"lwp\":\"application/vnd.lotus-wordpro\",\"lzh\":\"application/x-lzh-compressed\",\"m13\":\"application/x-msmediaview\",\"m14\":\"application/x-msmediaview\",\"m1v\":\"video/mpeg\",\"m21\":\"application/mp21\",\"m2a\":\"audio/mpeg\",\"m2t\":\"video/mp2t\",\"m2ts\":\"video/mp2t\",\"m2v\":\"video/mpeg\",\"m3a\":\"audio/mpeg\",\"m3u\":\"audio/x-mpegurl\",\"m3u8\":\"application/vnd.apple.mpegurl\",\"m4a\":\"audio/mp4\",\"m4b\":\"audio/mp4\",\"m4p\":\"application/mp4\",\"m4s\":\"video/iso.segment\",\"m4u\":\"video/vnd.mpegurl\",\"m4v\":\"video/x-m4v\",\"ma\":\"application/mathematica\",\"mads\":\"application/mads+xml\",\"maei\":\"application/mmt-aei+xml\",\"mag\":\"application/vnd.ecowin.chart\",\"maker\":\"application/vnd.framemaker\",\"man\":\"text/troff\",\"manifest\":\"text/cache-manifest\",\"map\":\"application/json\",\"mar\":\"application/octet-stream\",\"markdown\":\"text/markdown\",\"mathml\":\"application/mathml+xml\",\"mb\":\"application/mathematica\",\"mbk\":\"application/vnd.mobius.mbk\",\"mbox\":\"application/mbox\",\"mc1\":\"application/vnd.medcalcdata\",\"mcd\":\"application/vnd.mcd\",\"mcurl\":\"text/vnd.curl.mcurl\",\"md\":\"text/markdown\",\"mdb\":\"application/x-msaccess\",\"mdi\":\"image/vnd.ms-modi\",\"mdx\":\"text/mdx\",\"me\":\"text/troff\",\"mesh\":\"model/mesh\",\"meta4\":\"application/metalink4+xml\",\"metalink\":\"application/metalink+xml\",\"mets\":\"application/mets+xml\",\"mfm\":\"application/vnd.mfmp\",\"mft\":\"application/rpki-manifest\",\"mgp\":\"application/vnd.osgeo.mapguide.package\",\"mgz\":\"application/vnd.proteus.magazine\",\"mht\":\"message/rfc822\",\"mhtml\":\"message/rfc822\",\"mid\":\"audio/midi\",\"midi\":\"audio/midi\",\"mie\":\"application/x-mie\",\"mif\":\"application/vnd.mif\",\"mime\":\"message/rfc822\",\"mj2\":\"video/mj2\",\"mjp2\":\"video/mj2\",\"mjs\":\"text/javascript\",\"mk3d\":\"video/x-matroska\",\"mka\":\"audio/x-matroska\",\"mkd\":\"text/x-markdown\",\"mks\":\"video/x-matroska\",\"mkv\":\"video/x-matroska\",\"mlp\":\"application/vnd.dolby.mlp\",\"mmd\":\"application/vnd.chipnuts.karaoke-mmd\",\"mmf\":\"application/vnd.smaf\",\"mml\":\"text/mathml\",\"mmr\":\"image/vnd.fujixerox.edmics-mmr\",\"mng\":\"video/x-mng\",\"mny\":\"application/x-msmoney\",\"mobi\":\"application/x-mobipocket-ebook\",\"mods\":\"application/mods+xml\",\"mov\":\"video/quicktime\",\"movie\":\"video/x-sgi-movie\",\"mp2\":\"audio/mpeg\",\"mp21\":\"application/mp21\",\"mp2a\":\"audio/mpeg\",\"mp3\":\"audio/mpeg\",\"mp4\":\"video/mp4\",\"mp4a\":\"audio/mp4\",\"mp4s\":\"application/mp4\",\"mp4v\":\"video/mp4\",\"mpc\":\"application/vnd.mophun.certificate\",\"mpd\":\"application/dash+xml\",\"mpe\":\"video/mpeg\",\"mpeg\":\"video/mpeg\",\"mpf\":\"application/media-policy-dataset+xml\",\"mpg\":\"video/mpeg\",\"mpg4\":\"video/mp4\",\"mpga\":\"audio/mpeg\",\"mpkg\":\"application/vnd.apple.installer+xml\",\"mpm\":\"application/vnd.blueice.multipass\",\"mpn\":\"application/vnd.mophun.application\",\"mpp\":\"application/dash-patch+xml\",\"mpt\":\"application/vnd.ms-project\",\"mpy\":\"application/vnd.ibm.minipay\",\"mqy\":\"application/vnd.mobius.mqy\",\"mrc\":\"application/marc\",\"mrcx\":\"application/marcxml+xml\",\"ms\":\"text/troff\",\"mscml\":\"application/mediaservercontrol+xml\",\"mseed\":\"application/vnd.fdsn.mseed\",\"mseq\":\"application/vnd.mseq\",\"msf\":\"application/vnd.epson.msf\",\"msg\":\"application/vnd.ms-outlook\",\"msh\":\"model/mesh\",\"msi\":\"application/x-msdownload\",\"msix\":\"application/msix\",\"msixbundle\":\"application/msixbundle\",\"msl\":\"application/vnd.mobius.msl\",\"msm\":\"application/octet-stream\",\"msp\":\"application/octet-stream\",\"msty\":\"application/vnd.muvee.style\",\"mtl\":\"model/mtl\",\"mts\":\"video/mp2t\",\"mus\":\"application/vnd.musician\",\"musd\":\"application/mmt-usd+xml\",\"musicxml\":\"application/vnd.recordare.musicxml+xml\",\"mvb\":\"application/x-msmediaview\",\"mvt\":\"application/vnd.mapbox-vector-tile\",\"mwf\":\"application/vnd.mfer\",\"mxf\":\"application/mxf\",\"mxl\":\"application/vnd.recordare.musicxml\",\"mxmf\":\"audio/mobile-xmf\",\"mxml\":\"application/xv+xml\",\"mxs\":\"application/vnd.triscape.mxs\",\"mxu\":\"video/vnd.mpegurl\",\"n-gage\":\"application/vnd.nokia.n-gage.symbian.install\",\"n3\":\"text/n3\",\"nb\":\"application/mathematica\",\"nbp\":\"application/vnd.wolfram.player\",\"nc\":\"application/x-netcdf\",\"ncx\":\"application/x-dtbncx+xml\",\"nfo\":\"text/x-nfo\",\"ngdat\":\"application/vnd.nokia.n-gage.data\",\"nitf\":\"application/vnd.nitf\",\"nlu\":\"application/vnd.neurolanguage.nlu\",\"nml\":\"application/vnd.enliven\",\"nnd\":\"application/vnd.noblenet-directory\",\"nns\":\"application/vnd.noblenet-sealer\",\"nnw\":\"application/vnd.noblenet-web\",\"npx\":\"image/vnd.net-fpx\",\"nq\":\"application/n-quads\",\"nsc\":\"application/x-conference\",\"nsf\":\"application/vnd.lotus-notes\",\"nt\":\"application/n-triples\",\"ntf\":\"application/vnd.nitf\",\"numbers\":\"application/vnd.apple.numbers\",\"nzb\":\"application/x-nzb\",\"oa2\":\"application/vnd.fujitsu.oasys2\",\"oa3\":\"application/vnd.fujitsu.oasys3\",\"oas\":\"application/vnd.fujitsu.oasys\",\"obd\":\"application/x-msbinder\",\"obgx\":\"application/vnd.openblox.game+xml\",\"obj\":\"model/obj\",\"oda\":\"application/oda\",\"odb\":\"application/vnd.oasis.opendocument.database\",\"odc\":\"application/vnd.oasis.opendocument.chart\",\"odf\":\"application/vnd.oasis.opendocument.formula\",\"odft\":\"application/vnd.oasis.opendocument.formula-template\",\"odg\":\"application/vnd.oasis.opendocument.graphics\",\"odi\":\"application/vnd.oasis.opendocument.image\",\"odm\":\"application/vnd.oasis.opendocument.text-master\",\"odp\":\"application/vnd.oasis.opendocument.presentation\",\"ods\":\"application/vnd.oasis.opendocument.spreadsheet\",\"odt\":\"application/vnd.oasis.opendocument.text\",\"oga\":\"audio/ogg\",\"ogex\":\"model/vnd.opengex\",\"ogg\":\"audio/ogg\",\"ogv\":\"video/ogg\",\"ogx\":\"application/ogg\",\"omdoc\":\"application/omdoc+xml\",\"one\":\"application/onenote\",\"onea\":\"application/onenote\",\"onepkg\":\"application/onenote\",\"onetmp\":\"application/onenote\",\"onetoc\":\"application/onenote\",\"onetoc2\":\"application/onenote\",\"opf\":\"application/oebps-package+xml\",\"opml\":\"text/x-opml\",\"oprc\":\"application/vnd.palm\",\"opus\":\"audio/ogg\",\"org\":\"application/vnd.lotus-organizer\",\"osf\":\"application/vnd.yamaha.openscoreformat\",\"osfpvg\":\"application/vnd.yamaha.openscoreformat.osfpvg+xml\",\"osm\":\"application/vnd.openstreetmap.data+xml\",\"otc\":\"application/vnd.oasis.opendocument.chart-template\",\"otf\":\"font/otf\",\"otg\":\"application/vnd.oasis.opendocument.graphics-template\",\"oth\":\"application/vnd.oasis.opendocument.text-web\",\"oti\":\"application/vnd.oasis.opendocument.image-template\",\"otp\":\"application/vnd.oasis.opendocument.presentation-template\",\"ots\":\"application/vnd.oasis.opendocument.spreadsheet-template\",\"ott\":\"application/vnd.oasis.opendocument.text-template\",\"ova\":\"application/x-virtualbox-ova\",\"ovf\":\"application/x-virtualbox-ovf\",\"owl\":\"application/rdf+xml\",\"oxps\":\"application/oxps\",\"oxt\":\"application/vnd.openofficeorg.extension\",\"p\":\"text/x-pascal\",\"p10\":\"application/pkcs10\",\"p12\":\"application/x-pkcs12\",\"p21\":\"model/step\",\"p7b\":\"application/x-pkcs7-certificates\",\"p7c\":\"application/pkcs7-mime\",\"p7m\":\"application/pkcs7-mime\",\"p7r\":\"application/x-pkcs7-certreqresp\",\"p7s\":\"application/pkcs7-signature\",\"p8\":\"application/pkcs8\",\"pac\":\"application/x-ns-proxy-autoconfig\",\"pages\":\"application/vnd.apple.pages\",\"pas\":\"text/x-pascal\",\"paw\":\"application/vnd.pawaafile\",\"pbd\":\"application/vnd.powerbuilder6\",\"pbm\":\"image/x-portable-bitmap\",\"pcap\":\"application/vnd.tcpdump.pcap\",\"pcf\":\"application/x-font-pcf\",\"pcl\":\"application/vnd.hp-pcl\",\"pclxl\":\"application/vnd.hp-pclxl\",\"pct\":\"image/x-pict\",\"pcurl\":\"application/vnd.curl.pcurl\",\"pcx\":\"image/vnd.zbrush.pcx\",\"pdb\":\"application/vnd.palm\",\"pde\":\"text/x-processing\",\"pdf\":\"application/pdf\",\"pem\":\"application/x-x509-ca-cert\",\"pfa\":\"application/x-font-type1\",\"pfb\":\"application/x-font-type1\",\"pfm\":\"application/x-font-type1\",\"pfr\":\"application/font-tdpfr\",\"pfx\":\"application/x-pkcs12\",\"pgm\":\"image/x-portable-graymap\",\"pgn\":\"application/x-chess-pgn\",\"pgp\":\"application/pgp-encrypted\",\"php\":\"application/x-httpd-php\",\"pic\":\"image/x-pict\",\"pkg\":\"application/octet-stream\",\"pki\":\"application/pkixcmp\",\"pkipath\":\"application/pkix-pkipath\",\"pkpass\":\"application/vnd.apple.pkpass\",\"pl\":\"application/x-perl\",\"plb\":\"application/vnd.3gpp.pic-bw-large\",\"plc\":\"application/vnd.mobius.plc\",\"plf\":\"application/vnd.pocketlearn\",\"pls\":\"application/pls+xml\",\"pm\":\"application/x-perl\",\"pml\":\"application/vnd.ctc-posml\",\"png\":\"image/png\",\"pnm\":\"image/x-portable-anymap\",\"portpkg\":\"application/vnd.macports.portpkg\",\"pot\":\"application/vnd.ms-powerpoint\",\"potm\":\"application/vnd.ms-powerpoint.template.macroenabled.12\",\"potx\":\"application/vnd.openxmlformats-officedocument.presentationml.template\",\"ppam\":\"application/vnd.ms-powerpoint.addin.macroenabled.12\",\"ppd\":\"application/vnd.cups-ppd\",\"ppm\":\"image/x-portable-pixmap\",\"pps\":\"application/vnd.ms-powerpoint\",\"ppsm\":\"application/vnd.ms-powerpoint.slideshow.macroenabled.12\",\"ppsx\":\"application/vnd.openxmlformats-officedocument.presentationml.slideshow\",\"ppt\":\"application/vnd.ms-powerpoint\",\"pptm\":\"application/vnd.ms-powerpoint.presentation.macroenabled.12\",\"pptx\":\"application/vnd.openxmlformats-officedocument.presentationml.presentation\",\"pqa\":\"application/vnd.palm\",\"prc\":\"model/prc\",\"pre\":\"application/vnd.lotus-freelance\",\"prf\":\"application/pics-rules\",\"provx\":\"application/provenance+xml\",\"ps\":\"application/postscript\",\"psb\":\"application/vnd.3gpp.pic-bw-small\",\"psd\":\"image/vnd.adobe.photoshop\",\"psf\":\"application/x-font-linux-psf\",\"pskcxml\":\"application/pskc+xml\",\"pti\":\"image/prs.pti\",\"ptid\":\"application/vnd.pvi.ptid1\",\"pub\":\"application/x-mspublisher\",\"pvb\":\"application/vnd.3gpp.pic-bw-var\",\"pwn\":\"application/vnd.3m.post-it-notes\",\"pya\":\"audio/vnd.ms-playready.media.pya\",\"pyo\":\"model/vnd.pytha.pyox\",\"pyox\":\"model/vnd.pytha.pyox\",\"pyv\":\"video/vnd.ms-playready.media.pyv\",\"qam\":\"application/vnd.epson.quickanime\",\"qbo\":\"application/vnd.intu.qbo\",\"qfx\":\"application/vnd.intu.qfx\",\"qps\":\"application/vnd.publishare-delta-tree\",\"qt\":\"video/quicktime\",\"qwd\":\"application/vnd.quark.quarkxpress\",\"qwt\":\"application/vnd.quark.quarkxpress\",\"qxb\":\"application/vnd.quark.quarkxpress\",\"qxd\":\"application/vnd.quark.quarkxpress\",\"qxl\":\"application/vnd.quark.quarkxpress\",\"qxt\":\"application/vnd.quark.quarkxpress\",\"ra\":\"audio/x-pn-realaudio\",\"ram\":\"audio/x-pn-realaudio\",\"raml\":\"application/raml+yaml\",\"rapd\":\"application/route-apd+xml\",\"rar\":\"application/vnd.rar\",\"ras\":\"image/x-cmu-raster\",\"rcprofile\":\"application/vnd.ipunplugged.rcprofile\",\"rdf\":\"application/rdf+xml\",\"rdz\":\"application/vnd.data-vision.rdz\",\"relo\":\"application/p2p-overlay+xml\",\"rep\":\"application/vnd.businessobjects\",\"res\":\"application/x-dtbresource+xml\",\"rgb\":\"image/x-rgb\",\"rif\":\"application/reginfo+xml\",\"rip\":\"audio/vnd.rip\",\"ris\":\"application/x-research-info-systems\",\"rl\":\"application/resource-lists+xml\",\"rlc\":\"image/vnd.fujixerox.edmics-rlc\",\"rld\":\"application/resource-lists-diff+xml\",\"rm\":\"application/vnd.rn-realmedia\",\"rmi\":\"audio/midi\",\"rmp\":\"audio/x-pn-realaudio-plugin\",\"rms\":\"application/vnd.jcp.javame.midlet-rms\",\"rmvb\":\"application/vnd.rn-realmedia-vbr\",\"rnc\":\"application/relax-ng-compact-syntax\",\"rng\":\"application/xml\",\"roa\":\"application/rpki-roa\",\"roff\":\"text/troff\",\"rp9\":\"application/vnd.cloanto.rp9\",\"rpm\":\"application/x-redhat-package-manager\",\"rpss\":\"application/vnd.nokia.radio-presets\",\"rpst\":\"application/vnd.nokia.radio-preset\",\"rq\":\"application/sparql-query\",\"rs\":\"application/rls-services+xml\",\"rsat\":\"application/atsc-rsat+xml\",\"rsd\":\"application/rsd+xml\",\"rsheet\":\"application/urc-ressheet+xml\",\"rss\":\"application/rss+xml\",\"rtf\":\"application/rtf\",\"rtx\":\"text/richtext\",\"run\":\"application/x-makeself\",\"rusd\":\"application/route-usd+xml\",\"s\":\"text/x-asm\",\"s3m\":\"audio/s3m\",\"saf\":\"application/vnd.yamaha.smaf-audio\",\"sass\":\"text/x-sass\",\"sbml\":\"application/sbml+xml\",\"sc\":\"application/vnd.ibm.secure-container\",\"scd\":\"application/x-msschedule\",\"scm\":\"application/vnd.lotus-screencam\",\"scq\":\"application/scvp-cv-request\",\"scs\":\"application/scvp-cv-response\",\"scss\":\"text/x-scss\",\"scurl\":\"text/vnd.curl.scurl\",\"sda\":\"application/vnd.stardivision.draw\",\"sdc\":\"application/vnd.stardivision.calc\",\"sdd\":\"application/vnd.stardivision.impress\",\"sdkd\":\"application/vnd.solent.sdkm+xml\",\"sdkm\":\"application/vnd.solent.sdkm+xml\",\"sdp\":\"application/sdp\",\"sdw\":\"application/vnd.stardivision.writer\",\"sea\":\"application/x-sea\",\"see\":\"application/vnd.seemail\",\"seed\":\"application/vnd.fdsn.seed\",\"sema\":\"application/vnd.sema\",\"semd\":\"application/vnd.semd\",\"semf\":\"application/vnd.semf\",\"senmlx\":\"application/senml+xml\",\"sensmlx\":\"application/sensml+xml\",\"ser\":\"application/java-serialized-object\",\"setpay\":\"application/set-payment-initiation\",\"setreg\":\"application/set-registration-initiation\",\"sfd-hdstx\":\"application/vnd.hydrostatix.sof-data\",\"sfs\":\"application/vnd.spotfire.sfs\",\"sfv\":\"text/x-sfv\",\"sgi\":\"image/sgi\",\"sgl\":\"application/vnd.stardivision.writer-global\",\"sgm\":\"text/sgml\",\"sgml\":\"text/sgml\",\"sh\":\"application/x-sh\",\"shar\":\"application/x-shar\",\"shex\":\"text/shex\",\"shf\":\"application/shf+xml\",\"shtml\":\"text/html\",\"sid\":\"image/x-mrsid-image\",\"sieve\":\"application/sieve\",\"sig\":\"application/pgp-signature\",\"sil\":\"audio/silk\",\"silo\":\"model/mesh\",\"sis\":\"application/vnd.symbian.install\",\"sisx\":\"application/vnd.symbian.install\",\"sit\":\"application/x-stuffit\",\"sitx\":\"application/x-stuffitx\",\"siv\":\"application/sieve\",\"skd\":\"application/vnd.koan\",\"skm\":\"application/vnd.koan\",\"skp\":\"application/vnd.koan\",\"skt\":\"application/vnd.koan\",\"sldm\":\"application/vnd.ms-powerpoint.slide.macroenabled.12\",\"sldx\":\"application/vnd.openxmlformats-officedocument.presentationml.slide\",\"slim\":\"text/slim\",\"slm\":\"text/slim\",\"sls\":\"application/route-s-tsid+xml\",\"slt\":\"application/vnd.epson.salt\",\"sm\":\"application/vnd.stepmania.stepchart\",\"smf\":\"application/vnd.stardivision.math\",\"smi\":\"application/smil+xml\",\"smil\":\"application/smil+xml\",\"smv\":\"video/x-smv\",\"smzip\":\"application/vnd.stepmania.package\",\"snd\":\"audio/basic\",\"snf\":\"application/x-font-snf\",\"so\":\"application/octet-stream\",\"spc\":\"application/x-pkcs7-certificates\",\"spdx\":\"text/spdx\",\"spf\":\"application/vnd.yamaha.smaf-phrase\",\"spl\":\"application/x-futuresplash\",\"spot\":\"text/vnd.in3d.spot\",\"spp\":\"application/scvp-vp-response\",\"spq\":\"application/scvp-vp-request\",\"spx\":\"audio/ogg\",\"sql\":\"application/sql\",\"src\":\"application/x-wais-source\",\"srt\":\"application/x-subrip\",\"sru\":\"application/sru+xml\",\"srx\":\"application/sparql-results+xml\",\"ssdl\":\"application/ssdl+xml\",\"sse\":\"application/vnd.kodak-descriptor\",\"ssf\":\"application/vnd.epson.ssf\",\"ssml\":\"application/ssml+xml\",\"st\":\"application/vnd.sailingtracker.track\",\"stc\":\"application/vnd.sun.xml.calc.template\",\"std\":\"application/vnd.sun.xml.draw.template\",\"step\":\"model/step\",\"stf\":\"application/vnd.wt.stf\",\"sti\":\"application/vnd.sun.xml.impress.template\",\"stk\":\"application/hyperstudio\",\"stl\":\"model/stl\",\"stp\":\"model/step\",\"stpnc\":\"model/step\",\"stpx\":\"model/step+xml\",\"stpxz\":\"model/step-xml+zip\",\"stpz\":\"model/step+zip\",\"str\":\"application/vnd.pg.format\",\"stw\":\"application/vnd.sun.xml.writer.template\",\"styl\":\"text/stylus\",\"stylus\":\"text/stylus\",\"sub\":\"text/vnd.dvb.subtitle\",\"sus\":\"application/vnd.sus-calendar\",\"susp\":\"application/vnd.sus-calendar\",\"sv4cpio\":\"application/x-sv4cpio\",\"sv4crc\":\"application/x-sv4crc\",\"svc\":\"application/vnd.dvb.service\",\"svd\":\"application/vnd.svd\",\"svg\":\"image/svg+xml\",\"svgz\":\"image/svg+xml\",\"swa\":\"application/x-director\",\"swf\":\"application/x-shockwave-flash\",\"swi\":\"application/vnd.aristanetworks.swi\",\"swidtag\":\"application/swid+xml\",\"sxc\":\"application/vnd.sun.xml.calc\",\"sxd\":\"application/vnd.sun.xml.draw\",\"sxg\":\"application/vnd.sun.xml.writer.global\",\"sxi\":\"application/vnd.sun.xml.impress\",\"sxm\":\"application/vnd.sun.xml.math\",\"sxw\":\"application/vnd.sun.xml.writer\",\"t\":\"text/troff\",\"t3\":\"application/x-t3vm-image\",\"t38\":\"image/t38\",\"taglet\":\"application/vnd.mynfc\",\"tao\":\"application/vnd.tao.intent-module-archive\",\"tap\":\"image/vnd.tencent.tap\",\"tar\":\"application/x-tar\",\"tcap\":\"application/vnd.3gpp2.tcap\",\"tcl\":\"application/x-tcl\",\"td\":\"application/urc-targetdesc+xml\",\"teacher\":\"application/vnd.smart.teacher\",\"tei\":\"application/tei+xml\",\"teicorpus\":\"application/tei+xml\",\"tex\":\"application/x-tex\",\"texi\":\"application/x-texinfo\",\"texinfo\":\"application/x-texinfo\",\"text\":\"text/plain\",\"tfi\":\"application/thraud+xml\",\"tfm\":\"application/x-tex-tfm\",\"tfx\":\"image/tiff-fx\",\"tga\":\"image/x-tga\",\"thmx\":\"application/vnd.ms-officetheme\",\"tif\":\"image/tiff\",\"tiff\":\"image/tiff\",\"tk\":\"application/x-tcl\",\"tmo\":\"application/vnd.tmobile-livetv\",\"toml\":\"application/toml\",\"torrent\":\"application/x-bittorrent\",\"tpl\":\"application/vnd.groove-tool-template\",\"tpt\":\"application/vnd.trid.tpt\",\"tr\":\"text/troff\",\"tra\":\"application/vnd.trueapp\",\"trig\":\"application/trig\",\"trm\":\"application/x-msterminal\",\"ts\":\"video/mp2t\",\"tsd\":\"application/timestamped-data\",\"tsv\":\"text/tab-separated-values\",\"ttc\":\"font/collection\",\"ttf\":\"font/ttf\",\"ttl\":\"text/turtle\",\"ttml\":\"application/ttml+xml\",\"twd\":\"application/vnd.simtech-mindmapper\",\"twds\":\"application/vnd.simtech-mindmapper\",\"txd\":\"application/vnd.genomatix.tuxedo\",\"txf\":\"application/vnd.mobius.txf\",\"txt\":\"text/plain\",\"u32\":\"application/x-authorware-bin\",\"u3d\":\"model/u3d\",\"u8dsn\":\"message/global-delivery-status\",\"u8hdr\":\"message/global-headers\",\"u8mdn\":\"message/global-disposition-notification\",\"u8msg\":\"message/global\",\"ubj\":\"application/ubjson\",\"udeb\":\"application/x-debian-package\",\"ufd\":\"application/vnd.ufdl\",\"ufdl\":\"application/vnd.ufdl\",\"ulx\":\"application/x-glulx\",\"umj\":\"application/vnd.umajin\",\"unityweb\":\"application/vnd.unity\",\"uo\":\"application/vnd.uoml+xml\",\"uoml\":\"application/vnd.uoml+xml\",\"uri\":\"text/uri-list\",\"uris\":\"text/uri-list\",\"urls\":\"text/uri-list\",\"usda\":\"model/vnd.usda\",\"usdz\":\"model/vnd.usdz+zip\",\"ustar\":\"application/x-ustar\",\"utz\":\"application/vnd.uiq.theme\",\"uu\":\"text/x-uuencode\",\"uva\":\"audio/vnd.dece.audio\",\"uvd\":\"application/vnd.dece.data\",\"uvf\":\"application/vnd.dece.data\",\"uvg\":\"image/vnd.dece.graphic\",\"uvh\":\"video/vnd.dece.hd\",\"uvi\":\"image/vnd.dece.graphic\",\"uvm\":\"video/vnd.dece.mobile\",\"uvp\":\"video/vnd.dece.pd\",\"uvs\":\"video/vnd.dece.sd\",\"uvt\":\"application/vnd.dece.ttml+xml\",\"uvu\":\"video/vnd.uvvu.mp4\",\"uvv\":\"video/vnd.dece.video\",\"uvva\":\"audio/vnd.dece.audio\",\"uvvd\":\"application/vnd.dece.data\",\"uvvf\":\"application/vnd.dece.data\",\"uvvg\":\"image/vnd.dece.graphic\",\"uvvh\":\"video/vnd.dece.hd\",\"uvvi\":\"image/vnd.dece.graphic\",\"uvvm\":\"video/vnd.dece.mobile\",\"uvvp\":\"video/vnd.dece.pd\",\"uvvs\":\"video/vnd.dece.sd\",\"uvvt\":\"application/vnd.dece.ttml+xml\",\"uvvu\":\"video/vnd.uvvu.mp4\",\"uvvv\":\"video/vnd.dece.video\",\"uvvx\":\"application/vnd.dece.unspecified\",\"uvvz\":\"application/vnd.dece.zip\",\"uvx\":\"application/vnd.dece.unspecified\",\"uvz\":\"application/vnd.dece.zip\",\"vbox\":\"application/x-virtualbox-vbox\",\"vbox-extpack\":\"application/x-virtualbox-vbox-extpack\",\"vcard\":\"text/vcard\",\"vcd\":\"application/x-cdlink\",\"vcf\":\"text/x-vcard\",\"vcg\":\"application/vnd.groove-vcard\",\"vcs\":\"text/x-vcalendar\",\"vcx\":\"application/vnd.vcx\",\"vdi\":\"application/x-virtualbox-vdi\",\"vds\":\"model/vnd.sap.vds\",\"vdx\":\"application/vnd.ms-visio.viewer\",\"vhd\":\"application/x-virtualbox-vhd\",\"vis\":\"application/vnd.visionary\",\"viv\":\"video/vnd.vivo\",\"vmdk\":\"application/x-virtualbox-vmdk\",\"vob\":\"video/x-ms-vob\",\"vor\":\"application/vnd.stardivision.writer\",\"vox\":\"application/x-authorware-bin\",\"vrml\":\"model/vrml\",\"vsd\":\"application/vnd.visio\",\"vsdx\":\"application/vnd.visio\",\"vsf\":\"application/vnd.vsf\",\"vss\":\"application/vnd.visio\",\"vst\":\"application/vnd.visio\",\"vsw\":\"application/vnd.visio\",\"vtf\":\"image/vnd.valve.source.texture\",\"vtt\":\"text/vtt\",\"vtu\":\"model/vnd.vtu\",\"vtx\":\"application/vnd.visio\",\"vxml\":\"application/voicexml+xml\",\"w3d\":\"application/x-director\",\"wad\":\"application/x-doom\",\"wadl\":\"application/vnd.sun.wadl+xml\",\"war\":\"application/java-archive\",\"wasm\":\"application/wasm\",\"wav\":\"audio/wav\",\"wax\":\"audio/x-ms-wax\",\"wbmp\":\"image/vnd.wap.wbmp\",\"wbs\":\"application/vnd.criticaltools.wbs+xml\",\"wbxml\":\"application/vnd.wap.wbxml\",\"wcm\":\"application/vnd.ms-works\",\"wdb\":\"application/vnd.ms-works\",\"wdp\":\"image/vnd.ms-photo\",\"weba\":\"audio/webm\",\"webapp\":\"application/x-web-app-manifest+json\",\"webm\":\"video/webm\",\"webmanifest\":\"application/manifest+json\",\"webp\":\"image/webp\",\"wg\":\"application/vnd.pmi.widget\",\"wgsl\":\"text/wgsl\",\"wgt\":\"application/widget\",\"wif\":\"application/watcherinfo+xml\",\"wks\":\"application/vnd.ms-works\",\"wm\":\"video/x-ms-wm\",\"wma\":\"audio/x-ms-wma\",\"wmd\":\"application/x-ms-wmd\",\"wmf\":\"image/wmf\",\"wml\":\"text/vnd.wap.wml\",\"wmlc\":\"application/vnd.wap.wmlc\",\"wmls\":\"text/vnd.wap.wmlscript\",\"wmlsc\":\"application/vnd.wap.wmlscriptc\",\"wmv\":\"video/x-ms-wmv\",\"wmx\":\"video/x-ms-wmx\",\"wmz\":\"application/x-ms-wmz\",\"woff\":\"font/woff\",\"woff2\":\"font/woff2\",\"wpd\":\"application/vnd.wordperfect\",\"wpl\":\"application/vnd.ms-wpl\",\"wps\":\"application/vnd.ms-works\",\"wqd\":\"application/vnd.wqd\",\"wri\":\"application/x-mswrite\",\"wrl\":\"model/vrml\",\"wsc\":\"message/vnd.wfa.wsc\",\"wsdl\":\"application/wsdl+xml\",\"wspolicy\":\"application/wspolicy+xml\",\"wtb\":\"application/vnd.webturbo\",\"wvx\":\"video/x-ms-wvx\",\"x32\":\"application/x-authorware-bin\",\"x3d\":\"model/x3d+xml\",\"x3db\":\"model/x3d+fastinfoset\",\"x3dbz\":\"model/x3d+binary\",\"x3dv\":\"model/x3d-vrml\",\"x3dvz\":\"model/x3d+vrml\",\"x3dz\":\"model/x3d+xml\",\"x_b\":\"model/vnd.parasolid.transmit.binary\",\"x_t\":\"model/vnd.parasolid.transmit.text\",\"xaml\":\"application/xaml+xml\",\"xap\":\"application/x-silverlight-app\",\"xar\":\"application/vnd.xara\",\"xav\":\"application/xcap-att+xml\",\"xbap\":\"application/x-ms-xbap\",\"xbd\":\"application/vnd.fujixerox.docuworks.binder\",\"xbm\":\"image/x-xbitmap\",\"xca\":\"application/xcap-caps+xml\",\"xcs\":\"application/calendar+xml\",\"xdcf\":\"application/vnd.gov.sk.xmldatacontainer+xml\",\"xdf\":\"application/xcap-diff+xml\",\"xdm\":\"application/vnd.syncml.dm+xml\",\"xdp\":\"application/vnd.adobe.xdp+xml\",\"xdssc\":\"application/dssc+xml\",\"xdw\":\"application/vnd.fujixerox.docuworks\",\"xel\":\"application/xcap-el+xml\",\"xenc\":\"application/xenc+xml\",\"xer\":\"application/patch-ops-error+xml\",\"xfdf\":\"application/xfdf\",\"xfdl\":\"application/vnd.xfdl\",\"xht\":\"application/xhtml+xml\",\"xhtm\":\"application/vnd.pwg-xhtml-print+xml\",\"xhtml\":\"application/xhtml+xml\",\"xhvml\":\"application/xv+xml\",\"xif\":\"image/vnd.xiff\",\"xla\":\"application/vnd.ms-excel\",\"xlam\":\"application/vnd.ms-excel.addin.macroenabled.12\",\"xlc\":\"application/vnd.ms-excel\",\"xlf\":\"application/xliff+xml\",\"xlm\":\"application/vnd.ms-excel\",\"xls\":\"application/vnd.ms-excel\",\"xlsb\":\"application/vnd.ms-excel.sheet.binary.macroenabled.12\",\"xlsm\":\"application/vnd.ms-excel.sheet.macroenabled.12\",\"xlsx\":\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\",\"xlt\":\"application/vnd.ms-excel\",\"xltm\":\"application/vnd.ms-excel.template.macroenabled.12\",\"xltx\":\"application/vnd.openxmlformats-officedocument.spreadsheetml.template\",\"xlw\":\"application/vnd.ms-excel\",\"xm\":\"audio/xm\",\"xml\":\"application/xml\",\"xns\":\"application/xcap-ns+xml\",\"xo\":\"application/vnd.olpc-sugar\",\"xop\":\"application/xop+xml\",\"xpi\":\"application/x-xpinstall\",\"xpl\":\"application/xproc+xml\",\"xpm\":\"image/x-xpixmap\",\"xpr\":\"application/vnd.is-xpr\",\"xps\":\"application/vnd.ms-xpsdocument\",\"xpw\":\"application/vnd.intercon.formnet\",\"xpx\":\"application/vnd.intercon.formnet\",\"xsd\":\"application/xml\",\"xsf\":\"application/prs.xsf+xml\",\"xsl\":\"application/xml\",\"xslt\":\"application/xslt+xml\",\"xsm\":\"application/vnd.syncml+xml\",\"xspf\":\"application/xspf+xml\",\"xul\":\"application/vnd.mozilla.xul+xml\",\"xvm\":\"application/xv+xml\",\"xvml\":\"application/xv+xml\",\"xwd\":\"image/x-xwindowdump\",\"xyz\":\"chemical/x-xyz\",\"xz\":\"application/x-xz\",\"yaml\":\"text/yaml\",\"yang\":\"application/yang\",\"yin\":\"application/yin+xml\",\"yml\":\"text/yaml\",\"ymp\":\"text/x-suse-ymp\",\"z1\":\"application/x-zmachine\",\"z2\":\"application/x-zmachine\",\"z3\":\"application/x-zmachine\",\"z4\":\"application/x-zmachine\",\"z5\":\"application/x-zmachine\",\"z6\":\"application/x-zmachine\",\"z7\":\"application/x-zmachine\",\"z8\":\"application/x-zmachine\",\"zaz\":\"application/vnd.zzazz.deck+xml\",\"zip\":\"application/zip\",\"zir\":\"application/vnd.zul\",\"zirz\":\"application/vnd.zul\",\"zmm\":\"application/vnd.handheld-entertainment+xml\"}")))

;// CONCATENATED MODULE: ./src/inventory/media-types.ts
// Media types by extension: the field's formats first (DECISIONS.md, "Inventory"), then the
// general table of `mime-types`, then application/octet-stream. Users override by pattern.
// The general table is mime-types' own, written out at build time (scripts/compile-media-types.mjs):
// building it costs several milliseconds, which no run should pay on start.


const OCTET_STREAM = 'application/octet-stream';
const COG = 'image/tiff; application=geotiff; profile=cloud-optimized';
/** Longest suffix wins, so `.cog.tif` and `.tif` can differ if the table ever needs it. */
const FIELD_FORMATS = [
    ['.parquet', 'application/x-parquet'],
    ['.geoparquet', 'application/x-parquet'],
    ['.geojson', 'application/geo+json'],
    ['.jsonld', 'application/ld+json'],
    ['.json', 'application/json'],
    ['.tif', COG],
    ['.tiff', COG],
    ['.gpkg', 'application/geopackage+sqlite3'],
    ['.fgb', 'application/vnd.flatgeobuf'],
    ['.pmtiles', 'application/vnd.pmtiles'],
    ['.csv', 'text/csv'],
    ['.zip', 'application/zip'],
    ['.nc', 'application/netcdf'],
    ['.nc4', 'application/netcdf']
];
const ZARR = 'application/vnd+zarr';
/** The media type of a root-relative path (`/` separators). Overrides are tried in order. */
function mediaTypeOf(path, overrides = []) {
    for (const override of overrides) {
        if (minimatch(path, override.pattern, { dot: true, nocomment: true, nonegate: true })) {
            return override.mediaType;
        }
    }
    return mediaTypeByName(path);
}
/** Types found so far, by the name from its first dot on (the only part the answer reads). */
const bySuffix = new Map();
/**
 * The media type of a root-relative path by its name alone: a file inside a Zarr store is the
 * store's; otherwise the longest of the field's suffixes the lower-case name ends with, then
 * mime-types' type for its extension (a name that is all suffix, `.md`, counts), then
 * application/octet-stream.
 */
function mediaTypeByName(path) {
    // A name before `.zarr/`, said as: the character before it is not a separator.
    if (/[^/]\.zarr\//i.test(path))
        return ZARR;
    const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    const dot = name.indexOf('.', 1);
    if (dot < 0 && !name.startsWith('.'))
        return OCTET_STREAM;
    const suffix = dot < 0 ? name : name.slice(dot);
    let type = bySuffix.get(suffix);
    if (type === undefined) {
        let longest = '';
        for (const [ending, mediaType] of FIELD_FORMATS) {
            if (name.endsWith(ending) && ending.length > longest.length) {
                longest = ending;
                type = mediaType;
            }
        }
        type ??= BY_EXTENSION.get(name.slice(name.lastIndexOf('.') + 1)) ?? OCTET_STREAM;
        bySuffix.set(suffix, type);
    }
    return type;
}

;// CONCATENATED MODULE: ./src/inventory/hash-worker.ts
// The hashing thread: the SHA-256 and size of each file of a batch and, when asked, the batch's
// part of the artifact list. HashPool (hash-pool.ts) starts it by path, as `hash-worker.js`
// beside its own module: `npm run bundle` bundles this module into dist/hash-worker.js and
// dist/cli/hash-worker.js, beside the action's and the CLI's bundles. Under jest the pool runs
// from the TypeScript sources, and no thread can start from this .ts file there: Node before
// 22.18 runs no TypeScript, later ones would not find its `./*.js` imports (the files are .ts),
// and ts-jest compiles only inside jest's own module system. So the pool then starts the
// bundle, dist/hash-worker.js. hash-worker.test.ts checks that it is the bundle of these sources
// (it bundles them afresh and compares), and tests the functions here from the sources. The
// pool's own thread hashes its share of the batches with the same hashBatch.






/** One read: a file this size or smaller is read whole and hashed in one call. */
const CHUNK = 4 * 1024 * 1024;
/** The `workerData` of a hashing thread: only there does this module answer messages. */
const HASH_WORKER = 'kfm-hash-worker';
/**
 * Hashes files into digests (`sha256:` and lower-case hex) and sizes at their index, and returns
 * the error codes of the files that could not be hashed (their digests stay unset). Large files
 * stream through `buffer`, so memory stays flat in file size.
 */
function hashRange(files, io, hashing, buffer, digests, sizes) {
    const errors = [];
    for (let index = 0; index < files.length; index++) {
        let fd;
        try {
            // Non-blocking: opening a named pipe must not wait for a writer; fstat then refuses it.
            fd = io.openSync(files[index], io.constants.O_RDONLY | io.constants.O_NONBLOCK);
            const before = io.fstatSync(fd);
            if (!before.isFile()) {
                errors.push([index, before.isDirectory() ? 'EISDIR' : 'ENOTFILE']);
                continue;
            }
            const first = io.readSync(fd, buffer, 0, buffer.length, null);
            // Read whole in one call: the bytes are the file as it was at that instant; asking again
            // could only show a change made after hashing, which no check can rule out. One-shot
            // hashing spares a Hash object per file, which for small files is most of the work.
            if (first === before.size && first < buffer.length) {
                digests[index] = `sha256:${hashing.hash('sha256', buffer.subarray(0, first), 'hex')}`;
                sizes[index] = first;
                continue;
            }
            const running = hashing.createHash('sha256');
            let size = 0;
            for (let read = first; read > 0; read = io.readSync(fd, buffer, 0, buffer.length, null)) {
                running.update(read === buffer.length ? buffer : buffer.subarray(0, read));
                size += read;
            }
            const after = io.fstatSync(fd);
            if (size !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs) {
                errors.push([index, 'CHANGED']);
                continue;
            }
            digests[index] = `sha256:${running.digest('hex')}`;
            sizes[index] = size;
        }
        catch (error) {
            errors.push([index, error.code ?? String(error)]);
        }
        finally {
            if (fd !== undefined)
                io.closeSync(fd);
        }
    }
    return errors;
}
/**
 * A batch's part of the artifact list, or undefined when it cannot be one: a file has no digest,
 * a path is not under the listing's prefix, or the paths are not in the list's order (UTF-8
 * bytes). The caller then builds the list from sorted entries instead.
 */
function batchPart(files, listing, digests, sizes) {
    const { prefix, mediaTypes } = listing;
    const records = new Array(files.length);
    for (let index = 0; index < files.length; index++) {
        const file = files[index];
        const digest = digests[index];
        if (digest === undefined || !file.startsWith(prefix))
            return undefined;
        if (index > 0 && compareText(files[index - 1], file) >= 0)
            return undefined;
        const path = file.slice(prefix.length);
        records[index] = {
            path,
            digest,
            media_type: mediaTypes ? mediaTypes[index] : mediaTypeOf(path),
            size: sizes[index]
        };
    }
    return listPart(records);
}
const HASHING = { createHash: external_node_crypto_.createHash, hash: external_node_crypto_.hash };
/** Hashes a batch, and lists it when asked: what a thread, or the pool's own thread, does. */
function hashBatch({ id, files, listing }, buffer) {
    const digests = new Array(files.length);
    const sizes = new Float64Array(files.length);
    const errors = hashRange(files, external_node_fs_namespaceObject, HASHING, buffer, digests, sizes);
    const part = listing && batchPart(files, listing, digests, sizes);
    return { id, digests, sizes, errors, part };
}
/**
 * The thread's side of the pool: each batch posted is hashed here unless another thread claimed
 * it first (the pool's own thread hashes from the last batch down), and sent back with its sizes
 * and list part transferred, not copied.
 */
function serve(port) {
    const buffer = Buffer.allocUnsafe(CHUNK);
    // The first hash in a thread sets the hashing up: done now, it overlaps the walk, not a batch.
    (0,external_node_crypto_.hash)('sha256', buffer.subarray(0, 1), 'hex');
    port.on('message', (request) => {
        if (Atomics.compareExchange(new Uint8Array(request.claims), request.batch, 0, 1) !== 0)
            return;
        const hashed = hashBatch(request, buffer);
        const transfer = hashed.part ? [hashed.sizes.buffer, hashed.part.buffer] : [hashed.sizes.buffer];
        port.postMessage(hashed, transfer);
    });
}
// Imported anywhere else (the pool imports hashBatch), this module only defines its functions.
if (external_node_worker_threads_namespaceObject.parentPort && external_node_worker_threads_namespaceObject.workerData === HASH_WORKER)
    serve(external_node_worker_threads_namespaceObject.parentPort);

;// CONCATENATED MODULE: ./src/inventory/hash-pool.ts
// SHA-256 of many files on every core: worker threads running hash-worker.ts, each reading a file
// whole when it fits one 4 MiB read and streaming larger ones through the same buffer, so memory
// stays flat in file size. Results come back in the input order. Asked to, the thread that hashes
// a batch also writes its part of the artifact list.




/**
 * The threads' module, `hash-worker.js` beside this one's: `npm run bundle` puts it beside
 * dist/index.js and dist/cli/index.js, where this module is bundled. Run from the TypeScript
 * sources (jest), this module is hash-pool.ts, with no JavaScript beside it: the threads then run
 * the bundle, dist/hash-worker.js (hash-worker.ts says why, and which test keeps it fresh). The
 * URLs are resolved when the code runs; `webpackIgnore` stops the bundler from resolving them.
 */
const WORKER_FILE = import.meta.url.endsWith('.ts')
    ? new URL(/* webpackIgnore: true */ '../../dist/hash-worker.js', __nccwpck_require__.b)
    : new URL(/* webpackIgnore: true */ './hash-worker.js', __nccwpck_require__.b);
/** Below this many files, threads cost more than they save. */
const POOL_THRESHOLD = 64;
const BATCH = 128;
/** One claim flag per batch: up to 16 M batches, 2 G files, in address space reserved, not used. */
const MAX_BATCHES = 1 << 24;
function poolSize() {
    return Number(process.env.KFM_HASH_THREADS) || Math.max(1, Math.min((0,external_node_os_namespaceObject.availableParallelism)(), 16));
}
/**
 * Hashing on every core: cores - 1 worker threads, started early so their start-up overlaps the
 * walk, and this thread, which hashes too once it has nothing else to do (collect). Each batch is
 * posted to a worker as soon as it is found (submit), round robin, so a worker never waits on
 * this thread for work; collect() then hashes batches here from the last one down. Whoever
 * claims a batch first in a shared flag array (Atomics) hashes it, so each is hashed once and
 * both ends meet wherever the work does. collect() returns the outcomes in submission order.
 * One list at a time: submit, then collect.
 */
class HashPool {
    size;
    workers;
    submissions = [];
    claims = HashPool.newClaims();
    batches = [];
    submitted = 0;
    failure;
    settled;
    closing = false;
    buffer = Buffer.allocUnsafe(CHUNK);
    static newClaims() {
        return new SharedArrayBuffer(1024, { maxByteLength: MAX_BATCHES });
    }
    constructor(size = poolSize()) {
        this.size = size;
        // With a hashing thread on every core, V8's background compiler threads can only take time
        // from them: optimised code is then compiled on the thread that runs it, in this process from
        // here on. Measured with npm run bench: about 10 ms of 220 over 20,000 small files, 2 cores.
        if (size > 1 && size >= (0,external_node_os_namespaceObject.availableParallelism)())
            process.getBuiltinModule('node:v8').setFlagsFromString('--no-concurrent-recompilation');
        this.workers = Array.from({ length: Math.max(0, size - 1) }, () => new external_node_worker_threads_namespaceObject.Worker(WORKER_FILE, { workerData: HASH_WORKER }));
        for (const worker of this.workers) {
            worker.on('message', (batch) => {
                this.batches.push(batch);
                // More results than batches would be a bug; HashOutcomes then says so, rather than wait.
                if (this.batches.length >= this.submissions.length)
                    this.settled?.();
            });
            worker.on('error', (error) => this.fail(error));
            // A thread that stops takes the batches it claimed with it: never wait for them.
            worker.on('exit', (code) => {
                if (!this.closing)
                    this.fail(new Error(`a hashing thread stopped (exit code ${code})`));
            });
        }
    }
    fail(error) {
        this.failure ??= error;
        this.settled?.();
    }
    /** Files to hash, as one batch; with `listing`, its part of the artifact list is written too. */
    submit(files, listing) {
        if (files.length === 0)
            return;
        const batch = this.submissions.length;
        if (batch >= MAX_BATCHES)
            throw new Error(`more than ${MAX_BATCHES * BATCH} files to hash`);
        if (batch >= this.claims.byteLength)
            this.claims.grow(Math.min(MAX_BATCHES, this.claims.byteLength * 2));
        const request = { id: this.submitted, files, listing };
        this.submissions.push(request);
        this.submitted += files.length;
        const message = { ...request, batch, claims: this.claims };
        this.workers[batch % this.workers.length]?.postMessage(message);
    }
    /** Hashes what is left alongside the workers, then returns every outcome in submission order. */
    async collect() {
        const claims = new Uint8Array(this.claims);
        for (let batch = this.submissions.length - 1; batch >= 0 && !this.failure; batch--) {
            if (Atomics.compareExchange(claims, batch, 0, 1) === 0)
                this.batches.push(hashBatch(this.submissions[batch], this.buffer));
        }
        if (this.batches.length < this.submissions.length && !this.failure)
            await new Promise((resolve) => (this.settled = resolve));
        this.settled = undefined;
        if (this.failure)
            throw this.failure;
        const outcomes = new HashOutcomes(this.batches, this.submitted, this.submissions);
        this.batches = [];
        this.submissions = [];
        this.submitted = 0;
        this.claims = HashPool.newClaims();
        return outcomes;
    }
    async hash(files) {
        for (let start = 0; start < files.length; start += BATCH)
            this.submit(files.slice(start, start + BATCH));
        return this.collect();
    }
    async close() {
        this.closing = true;
        await Promise.all(this.workers.map((worker) => worker.terminate()));
    }
}
/**
 * The outcomes of one submission, by index: the digest as `sha256:<hex>` (undefined where the file
 * could not be hashed: errorOf says why) and the size, in one pass over the batches. `listParts`
 * holds the artifact list's parts when every batch was listed and all the files are in the list's
 * order, within each batch and across them; otherwise it is undefined.
 */
class HashOutcomes {
    digests;
    sizes;
    listParts;
    errors = new Map();
    constructor(batches, count, submissions = []) {
        this.digests = new Array(count);
        this.sizes = new Float64Array(count);
        const parts = [];
        let next = 0;
        let previous;
        for (const [position, batch] of batches.sort((a, b) => a.id - b.id).entries()) {
            // Each file exactly once: a batch missing or hashed twice would be a bug, never an answer.
            if (batch.id !== next)
                throw new Error(`bug: hashing results do not cover file ${next}`);
            next += batch.sizes.length;
            // A part follows the one before only if the batch's first path follows its last.
            const files = submissions[position]?.files;
            if (parts.length === position && batch.part && files) {
                if (previous === undefined || compareText(previous, files[0]) < 0)
                    parts.push(batch.part);
                previous = files.at(-1);
            }
            for (const [index, code] of batch.errors)
                this.errors.set(batch.id + index, code);
            this.sizes.set(batch.sizes, batch.id);
            for (let at = 0; at < batch.sizes.length; at++)
                this.digests[batch.id + at] = batch.digests[at];
        }
        if (next !== count)
            throw new Error(`bug: hashing results do not cover file ${next}`);
        this.listParts = parts.length === batches.length && count > 0 ? parts : undefined;
    }
    /** Why file `index` has no digest. */
    errorOf(index) {
        return this.errors.get(index) ?? 'NOT_HASHED';
    }
    get(index) {
        const digest = this.digests[index];
        return digest === undefined
            ? { error: this.errorOf(index) }
            : { digest, size: this.sizes[index] };
    }
}
/** Hashes files with a pool of its own (started here, closed after). */
async function hashAll(files, workers = poolSize()) {
    const pool = new HashPool(files.length < POOL_THRESHOLD ? 1 : workers);
    try {
        return await pool.hash(files);
    }
    finally {
        await pool.close();
    }
}
/** hashAll's outcomes as a list. */
async function hashFiles(files, workers = poolSize()) {
    const outcomes = await hashAll(files, workers);
    return Array.from({ length: files.length }, (_v, index) => outcomes.get(index));
}

;// CONCATENATED MODULE: ./src/inventory/listed-files.ts
// The files a written manifest lists, looked for under the dataset root and hashed on the same
// threads as the inventory: for each, what is there (its digest, or why there is none). Whether
// that matches the manifest is gate E's to say.




/**
 * Where a listed path leads: inside the root, or not. Each directory on the way is resolved once
 * (a dataset of tens of thousands of files has few directories); the file itself is resolved only
 * when it is a link. Synchronous: the hashing threads are busy meanwhile, and 40,000 lstat calls
 * cost 0.6 s of this thread as promises, a seventh of that as plain calls.
 */
function placer(root) {
    const realRoot = external_node_fs_namespaceObject.realpathSync.native(root);
    const directories = new Map();
    /** '' inside the root, the target outside it, undefined when it does not resolve. */
    const outside = (absolute) => {
        let target;
        try {
            target = external_node_fs_namespaceObject.realpathSync.native(absolute);
        }
        catch {
            return undefined;
        }
        return target !== realRoot && relativeInside(realRoot, target) === undefined ? target : '';
    };
    return (relative) => {
        const directory = external_node_path_default().posix.dirname(relative);
        let through = directories.get(directory);
        if (!directories.has(directory)) {
            through = directory === '.' ? '' : outside(external_node_path_default().join(root, directory));
            directories.set(directory, through);
        }
        if (through === undefined)
            return { state: 'missing' };
        if (through !== '')
            return { state: 'outside', target: through };
        const absolute = external_node_path_default().join(root, relative);
        let info;
        try {
            info = (0,external_node_fs_namespaceObject.lstatSync)(absolute);
        }
        catch {
            // Nothing there, or a file where a directory of the path should be (ENOTDIR).
            return { state: 'missing' };
        }
        if (!info.isSymbolicLink())
            return { state: 'inside' };
        const target = outside(absolute);
        if (target === undefined)
            return { state: 'dangling' };
        return target === '' ? { state: 'inside' } : { state: 'outside', target };
    };
}
/**
 * Each listed file looked for under `root` and hashed. The hashing threads start on every file at
 * once; where each path leads is found meanwhile, and decides what counts.
 */
async function checkListedFiles(root, listed, pool) {
    const safe = listed.map((file) => normaliseRelative(file.path));
    const hashed = [];
    const absolutes = [];
    safe.forEach((checked, index) => {
        if (!checked.ok || checked.path !== listed[index].path)
            return;
        hashed.push(index);
        absolutes.push(external_node_path_default().join(root, checked.path));
    });
    for (let start = 0; start < absolutes.length; start += BATCH)
        pool.submit(absolutes.slice(start, start + BATCH));
    const place = placer(root);
    const places = hashed.map((index) => place(listed[index].path));
    const outcomes = await pool.collect();
    const found = new Map();
    hashed.forEach((index, at) => {
        const where = places[at];
        if (where.state !== 'inside')
            found.set(index, where);
        else {
            const outcome = outcomes.get(at);
            found.set(index, 'digest' in outcome
                ? { state: 'hashed', digest: outcome.digest }
                : outcome.error === 'ENOENT'
                    ? { state: 'missing' }
                    : { state: 'unreadable', code: outcome.error });
        }
    });
    return listed.map((file, index) => {
        const checked = safe[index];
        const reason = checked.ok
            ? 'is not in normal form (it has . segments or doubled /)'
            : checked.reason;
        return { ...file, found: found.get(index) ?? { state: 'unsafe', reason } };
    });
}

;// CONCATENATED MODULE: ./src/inventory/inventory.ts
// The inventory of one list (artifacts or catalogs): files found by pattern and hashed, and/or a
// precomputed list verified against the files that are present.












async function readPrecomputed(source, findings) {
    const problem = (message, line) => {
        findings.push(finding('PRECOMPUTED_INVALID', source.path, message, line));
    };
    let document;
    try {
        document = await readJsonDocument(source.absolute, source.path, source.confine);
    }
    catch (error) {
        if (!(error instanceof DocumentError))
            throw error;
        problem(error.message, error.line);
        return [];
    }
    if (!Array.isArray(document.value)) {
        problem(`${source.path} must be a JSON array of {"path", "digest", "media_type"} objects.`, 1);
        return [];
    }
    const listed = [];
    document.value.forEach((item, index) => {
        const line = document.lineOf([index]);
        const where = `${source.path} entry ${index}`;
        if (item === null || typeof item !== 'object' || Array.isArray(item)) {
            problem(`${where} must be an object with path, digest and media_type.`, line);
            return;
        }
        const record = item;
        const unknown = Object.keys(record).filter((k) => !['path', 'digest', 'media_type', 'size'].includes(k));
        if (unknown.length > 0)
            problem(`${where} has unknown field(s) ${unknown.join(', ')}; allowed are path, digest, media_type, size.`, line);
        const safe = typeof record.path === 'string' ? normaliseRelative(record.path) : undefined;
        if (!safe || !safe.ok) {
            const reason = safe ? `path "${String(record.path)}" ${safe.reason}` : 'has no string "path"';
            findings.push(finding(safe ? 'PATH_OUTSIDE_ROOT' : 'PRECOMPUTED_INVALID', source.path, `${where}: ${reason}.`, line));
            return;
        }
        if (typeof record.digest !== 'string' || !DIGEST_PATTERN.test(record.digest)) {
            findings.push(finding('DIGEST_INVALID', source.path, `${where} (${safe.path}): "digest" must be sha256: followed by 64 lowercase hex characters.`, line));
            return;
        }
        if (typeof record.media_type !== 'string' || record.media_type.trim() === '') {
            problem(`${where} (${safe.path}): "media_type" must be a non-empty string.`, line);
            return;
        }
        listed.push({ path: safe.path, digest: record.digest, mediaType: record.media_type });
    });
    return listed;
}
const UNREADABLE = {
    EISDIR: 'is a directory, not a file',
    ENOTFILE: 'is not a regular file',
    CHANGED: 'changed while it was being hashed',
    ENOENT: 'disappeared while it was being hashed'
};
/** The violation for a file that could not be hashed, from the hasher's error code. */
function inventory_unreadable(request, relative, code, findings) {
    const shown = request.display(relative);
    const reason = UNREADABLE[code] ?? `cannot be read (${code})`;
    findings.push(finding('FILE_UNREADABLE', shown, `${shown} ${reason}; make sure nothing writes the dataset while it is promoted, then run again.`));
}
/**
 * Finds the files and hashes them. With a pool, files go to the hashing threads while the walk is
 * still finding more; with `list` too, the threads write the artifact list's parts as they hash.
 */
async function findAndHash(request, list = false) {
    if (request.patterns.length === 0 && request.precomputed)
        return { files: [], found: [], outcomes: undefined, findings: [] };
    const { pool, shard } = request;
    const prefix = request.root.endsWith('/') ? request.root : `${request.root}/`;
    let batch = [];
    // Overrides are matched here, as the walk goes; without any, the threads find types by name.
    const overridden = list && (request.overrides ?? []).length > 0;
    let mediaTypes = [];
    const listing = () => list ? { prefix, mediaTypes: overridden ? mediaTypes : undefined } : undefined;
    const files = [];
    const found = await findFiles(request.root, request.patterns, request.input, request.display, request.skip, (file) => {
        if (shard && shardOf(file.path, shard.count) !== shard.index)
            return;
        files.push(file);
        if (!pool)
            return;
        batch.push(file.absolute);
        if (overridden)
            mediaTypes.push(mediaTypeOf(file.path, request.overrides));
        if (batch.length === BATCH) {
            pool.submit(batch, listing());
            batch = [];
            mediaTypes = [];
        }
    });
    let outcomes;
    if (pool) {
        pool.submit(batch, listing());
        outcomes = await pool.collect();
    }
    else {
        outcomes = await hashAll(files.map((f) => `${prefix}${f.path}`), request.workers);
    }
    return { files, found: found.files, outcomes, findings: found.findings };
}
async function collectInventory(request) {
    return assemble(request, await findAndHash(request));
}
/**
 * The inventory as the artifact list. When every file was hashed, nothing was found amiss and the
 * walk met the files in the list's order (the usual case: readdir gives names in byte order), the
 * hashing threads have written the list's parts already; otherwise they are made from the sorted
 * entries. Either way list-json.ts's one writer makes them, so the bytes are the same.
 */
async function listInventory(request) {
    const hashed = await findAndHash(request, !request.precomputed);
    const { outcomes, files } = hashed;
    // The parts stand for the files found only if they cover exactly those, and nothing was amiss.
    const parts = outcomes?.listParts;
    if (parts && hashed.findings.length === 0 && outcomes?.sizes.length === files.length)
        return { count: files.length, findings: [], chunks: joinParts(parts) };
    const { entries, findings } = await assemble(request, hashed);
    return { count: entries.length, findings, chunks: inventoryJson(entries) };
}
/**
 * One shard of the inventory: the walk finds every file as an unsharded run does (and meets the
 * same findings), the hashing threads hash only the shard's files.
 */
async function inventoryShard(request) {
    const hashed = await findAndHash(request);
    const { entries, findings } = await assemble(request, hashed);
    const paths = hashed.found.map((file) => file.path);
    return { entries, findings, pathCount: paths.length, pathsDigest: pathsDigest(paths) };
}
/** An entry for each file that hashed; a finding for each that did not. */
function hashedEntries(request, hashed, findings) {
    const entries = [];
    const { outcomes } = hashed;
    if (!outcomes)
        return entries;
    for (const [index, file] of hashed.files.entries()) {
        const digest = outcomes.digests[index];
        if (digest === undefined) {
            inventory_unreadable(request, file.path, outcomes.errorOf(index), findings);
            continue;
        }
        const mediaType = mediaTypeOf(file.path, request.overrides);
        entries.push({
            path: file.path,
            digest,
            mediaType,
            size: outcomes.sizes[index],
            verified: true
        });
    }
    return entries;
}
/**
 * One entry of a precomputed list, held against the file when it is present (found by the
 * patterns, or hashed here): the entry to keep, or undefined when a finding refuses it.
 */
function checkedListEntry(request, entry, place, actual, findings) {
    const list = request.precomputed.path;
    const shown = request.display(entry.path);
    if (place === 'dangling') {
        const message = `${shown} (listed in ${list}) is a symbolic link to nothing; remove it from the list or restore the file.`;
        findings.push(finding('SYMLINK_DANGLING', shown, message));
        return undefined;
    }
    if (place === 'outside') {
        const message = `${shown} (listed in ${list}) resolves through a symbolic link outside the dataset root; copy the file into the root instead of linking to it.`;
        findings.push(finding('PATH_OUTSIDE_ROOT', shown, message));
        return undefined;
    }
    if (actual && 'error' in actual) {
        inventory_unreadable(request, entry.path, actual.error, findings);
        return undefined;
    }
    if (actual && actual.digest !== entry.digest) {
        const message = `${list} gives ${entry.path} the digest ${entry.digest}, but the file on disk has ${actual.digest}; regenerate the list or restore the file.`;
        findings.push(finding('DIGEST_MISMATCH', shown, message));
        return undefined;
    }
    return {
        path: entry.path,
        digest: entry.digest,
        mediaType: entry.mediaType,
        ...(actual ? { size: actual.size } : {}),
        verified: actual !== undefined
    };
}
/**
 * The files a precomputed list names beyond those the patterns found: where each stands, and the
 * digests of those present, hashed together (through the request's pool when it has one).
 */
async function placeAndHash(request, entries) {
    const place = placer(request.root);
    const places = entries.map((entry) => {
        const { state } = place(entry.path);
        return state === 'missing' ? 'absent' : state;
    });
    const present = places.flatMap((place, index) => (place === 'inside' ? [index] : []));
    const files = present.map((index) => external_node_path_default().join(request.root, entries[index].path));
    const outcomes = files.length === 0
        ? undefined
        : request.pool
            ? await request.pool.hash(files)
            : await hashAll(files, request.workers);
    const hashed = new Map(present.map((index, at) => [index, outcomes.get(at)]));
    return { places, hashed };
}
/** The entries of the hashed files, checked against the precomputed list if there is one. */
async function assemble(request, hashed) {
    const findings = [...hashed.findings];
    const found = hashedEntries(request, hashed, findings);
    const byPath = (a, b) => compareText(a.path, b.path);
    const { precomputed } = request;
    if (!precomputed)
        return { entries: found.sort(byPath), findings };
    // Found files first; the precomputed list then adds what it names beyond them.
    const entries = new Map(found.map((entry) => [entry.path, entry]));
    const listed = await readPrecomputed(precomputed, findings);
    const seen = new Set();
    const unique = [];
    for (const entry of listed) {
        if (seen.has(entry.path)) {
            const message = `${precomputed.path} lists ${entry.path} twice; keep one entry.`;
            findings.push(finding('DUPLICATE_PATH', precomputed.path, message));
            continue;
        }
        seen.add(entry.path);
        unique.push(entry);
    }
    const beyond = unique.filter((entry) => !entries.has(entry.path));
    const { places, hashed: digests } = await placeAndHash(request, beyond);
    const placeOfEntry = new Map(beyond.map((entry, index) => [entry, index]));
    for (const entry of unique) {
        const globbed = entries.get(entry.path);
        const index = placeOfEntry.get(entry);
        const actual = globbed
            ? { digest: globbed.digest, size: globbed.size ?? 0 }
            : index === undefined
                ? undefined
                : digests.get(index);
        const place = index === undefined ? 'inside' : places[index];
        const checked = checkedListEntry({ ...request, precomputed }, entry, place, actual, findings);
        if (checked)
            entries.set(entry.path, checked);
    }
    return { entries: [...entries.values()].sort(byPath), findings };
}

;// CONCATENATED MODULE: ./src/manifest/checksums.ts
// The checksums file beside the manifest: every artifact and catalog in `sha256sum` format, so
// `sha256sum -c` run in the dataset root checks the files, and actions/attest's
// `subject-checksums` can attest each of them. Names as GNU coreutils escapes them: a name with a
// backslash or a line break is written with those escaped and the line starts with a backslash.
function checksumLine(digest, name) {
    const hex = digest.slice('sha256:'.length);
    if (!/[\\\n\r]/.test(name))
        return `${hex}  ${name}\n`;
    const escaped = name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
    return `\\${hex}  ${escaped}\n`;
}
/** The lines of every artifact and then every catalog, in the manifest's order. */
function checksumsText(manifest) {
    const entries = [...manifest.artifacts, ...manifest.catalogs];
    return entries.map((entry) => checksumLine(entry.digest, entry.path)).join('');
}
/** `promotion_manifest.json` → `promotion_manifest.sha256sums`. */
function checksumsPath(manifestPath) {
    return manifestPath.replace(/(\.json)?$/i, '.sha256sums');
}

;// CONCATENATED MODULE: ./src/manifest/statement.ts
const PREDICATE_TYPE = 'https://kfm.example/promotion-manifest/v1';
function buildStatement(manifest, 
/** `sha256:` digest of the manifest file's bytes, as manifest-digest gives it. */
manifestDigest, manifestName) {
    return {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [
            {
                name: manifestName,
                digest: { sha256: manifestDigest.slice('sha256:'.length) }
            },
            ...manifest.artifacts.map((a) => ({
                name: a.path,
                digest: { sha256: a.digest.slice('sha256:'.length) }
            }))
        ],
        predicateType: PREDICATE_TYPE,
        predicate: manifest
    };
}
/** `promotion_manifest.json` → `promotion_manifest.intoto.json`. */
function statementPath(manifestPath) {
    return manifestPath.replace(/(\.json)?$/i, '.intoto.json');
}

;// CONCATENATED MODULE: ./src/manifest/outputs.ts
// The files a passing run writes, named from the manifest's path: the manifest and its two
// sidecars. Promotion writes them; verification reads the sidecars beside a manifest.


function outputs_outputPaths(manifestPath) {
    return {
        manifest: manifestPath,
        statement: statementPath(manifestPath),
        checksums: checksumsPath(manifestPath)
    };
}

;// CONCATENATED MODULE: ./src/report/causes.ts




/** What empties an input's whole list: nothing found by its patterns, or the patterns refused. */
const REFUSING = new Set([
    'PATTERN_MATCHES_NOTHING',
    'PATTERN_OUTSIDE_ROOT',
    'NO_PATTERNS',
    'GLOB_FAILED'
]);
const KIND_MISSING = {
    dcat: 'DCAT_MISSING',
    stac: 'STAC_MISSING',
    prov: 'PROV_MISSING'
};
/** The first key of each value the entries give, in their order: a lookup instead of a scan. */
function firstBy(entries, values) {
    const first = new Map();
    for (const entry of entries)
        for (const value of values(entry))
            if (!first.has(value))
                first.set(value, entry);
    return first;
}
/** Looks violations up by what they are; every answer is an index in the sorted list. */
class Found {
    violations;
    first = new Map();
    /** Gate E's violations that empty or narrow an input, by input, in order. */
    patterns = new Map();
    matchers = new Map();
    /** Digest → the first unreadable PROV catalog, and the first unreadable receipt, naming it. */
    provNaming;
    receiptNaming;
    constructor(violations, evidence) {
        this.violations = violations;
        const prov = evidence.catalogDocuments.unreadable.filter((u) => u.mentions?.kinds.includes('prov'));
        this.provNaming = firstBy(prov, (u) => u.mentions.digests);
        this.receiptNaming = firstBy(evidence.receipts?.unreadable ?? [], (u) => u.digests ?? []);
        violations.forEach((v, index) => {
            const key = `${v.gate} ${v.code} ${v.path}`;
            if (!this.first.has(key))
                this.first.set(key, index);
            if (v.gate === 'E' && REFUSING.has(v.code)) {
                const list = this.patterns.get(v.path);
                if (list)
                    list.push(index);
                else
                    this.patterns.set(v.path, [index]);
            }
        });
    }
    /** The first violation of this gate, code and path (as the evidence has it, or as shown). */
    of(gate, code, path) {
        return this.first.get(`${gate} ${code} ${printable(path)}`);
    }
    /** The first violation that refused or found nothing for an input's patterns. */
    refusal(input) {
        return this.patterns.get(input)?.[0];
    }
    /** The first pattern of one of `inputs` that matched nothing but would have found `path`. */
    wouldHaveFound(path, inputs) {
        for (const input of inputs) {
            for (const index of this.patterns.get(input) ?? []) {
                const patterns = this.violations[index].about?.patterns;
                if (!patterns)
                    continue;
                let matchers = this.matchers.get(index);
                if (!matchers)
                    this.matchers.set(index, (matchers = patterns.map(patternMatcher)));
                if (matchers.some((matches) => matches(path)))
                    return index;
            }
        }
        return undefined;
    }
}
/** The first violation of the first unreadable catalog whose bytes say `says`. */
function unreadableCatalog(evidence, found, says) {
    for (const unreadable of evidence.catalogDocuments.unreadable) {
        if (!unreadable.mentions || !says(unreadable))
            continue;
        const index = found.of('D', UNREADABLE_CODES[unreadable.failed], unreadable.path);
        if (index !== undefined)
            return index;
    }
    return undefined;
}
/** Why a catalog kind, or a list of the manifest, is absent, when a violation says why. */
function absentBecause(absent, evidence, found) {
    if (absent === 'artifacts' || absent === 'catalogs') {
        return evidence[absent].entries.length === 0 ? found.refusal(absent) : undefined;
    }
    return (unreadableCatalog(evidence, found, (u) => u.mentions.kinds.includes(absent)) ??
        (evidence.catalogs.entries.length === 0 ? found.refusal('catalogs') : undefined));
}
/** Why no passing receipt lists an artifact, when a violation says why. */
function unreceiptedBecause(about, evidence, found) {
    if (about.explainedBy)
        return found.of('E', about.explainedBy.code, about.explainedBy.path);
    const reading = evidence.receipts;
    if (!reading)
        return undefined;
    const unreadable = about.digest && found.receiptNaming.get(about.digest);
    if (unreadable)
        return found.of('E', 'RECEIPT_INVALID', unreadable.path);
    // No receipt read at all: whatever the patterns met is why none lists anything.
    return reading.receipts.length === 0 && reading.unreadable.length === 0
        ? found.refusal('run-receipts')
        : undefined;
}
/** The violation that directly explains `v`, if one does. */
function directCause(v, evidence, found) {
    const about = v.about;
    if (!about)
        return undefined;
    if (about.missing)
        return found.wouldHaveFound(about.missing.path, about.missing.lists);
    if (v.code === 'ARTIFACT_WITHOUT_RECEIPT')
        return unreceiptedBecause(about, evidence, found);
    if (v.code === 'PROV_ENTITY_MISSING' && about.digest) {
        const unreadable = found.provNaming.get(about.digest);
        return unreadable && found.of('D', UNREADABLE_CODES[unreadable.failed], unreadable.path);
    }
    if (!about.absent)
        return undefined;
    const absent = about.absent;
    // Not the *_MISSING itself: a licence or an obligation absent with its catalog kind.
    if (absent in KIND_MISSING && v.code !== KIND_MISSING[absent]) {
        const missing = found.of('D', KIND_MISSING[absent], 'catalogs');
        if (missing !== undefined)
            return missing;
    }
    return absentBecause(absent, evidence, found);
}
/** The violation at the top of `index`'s chain of causes; itself when it has none (or a loop). */
function rootOf(index, direct) {
    const seen = new Set([index]);
    let at = index;
    for (let next = direct[at]; next !== undefined; next = direct[at]) {
        if (seen.has(next))
            return index;
        seen.add(next);
        at = next;
    }
    return at;
}
/**
 * The violations in the report order, cause first: first the causes (violations others follow
 * from), then the violations that are neither cause nor consequence, then each cause's
 * consequences together, each with `causedBy`, the index of its cause. Every violation stays;
 * any first part of the list holds the cause of each consequence in it. `violations` is in the
 * gates' sorted order, which each group keeps.
 */
function causeFirst(violations, evidence) {
    const found = new Found(violations, evidence);
    const direct = violations.map((v, index) => {
        const cause = directCause(v, evidence, found);
        return cause === index ? undefined : cause;
    });
    const root = violations.map((_v, index) => rootOf(index, direct));
    const caused = new Map();
    root.forEach((top, index) => {
        if (top === index)
            return;
        const list = caused.get(top);
        if (list)
            list.push(index);
        else
            caused.set(top, [index]);
    });
    const tops = root.flatMap((top, index) => (top === index ? [index] : []));
    const order = [
        ...tops.filter((index) => caused.has(index)),
        ...tops.filter((index) => !caused.has(index)),
        ...tops.flatMap((index) => caused.get(index) ?? [])
    ];
    const placed = new Map(order.map((index, at) => [index, at]));
    return order.map((index) => {
        const reported = withoutAbout(violations[index]);
        const top = root[index];
        return top === index ? reported : { ...reported, causedBy: placed.get(top) };
    });
}
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

;// CONCATENATED MODULE: ./src/pipeline.ts
// The promotion pipeline, shared by the action, the CLI and the library: read the evidence
// (inventory, documents, catalogs), run the gate table on it, and build the manifest. It reads
// files and returns plain values; writing and reporting belong to the adapters.























/** The bytes of a passing run: the manifest, its digests, and the sidecars that name it. */
function sealed(manifest, manifestName) {
    const text = manifestText(manifest);
    const digest = sha256Digest(text);
    const statement = buildStatement(manifest, digest, manifestName);
    return {
        manifestText: text,
        manifestDigest: digest,
        manifestCanonicalDigest: manifestCanonicalDigest(manifest),
        statementText: json_jsonText(statement),
        checksumsText: checksumsText(manifest)
    };
}
/** The run receipts the patterns find, read, with what finding them met. */
async function receiptEvidence(options, display, skip) {
    const found = await findFiles(options.root, options.runReceipts, 'run-receipts', display, skip);
    return { ...(await readReceipts(options.root, found.files, display)), search: found.findings };
}
/** The artifacts inventory merged from inventory shard files, and the shards for gate E. */
async function shardedArtifacts(options) {
    const reading = await readShardFiles(options.artifactsShards);
    return {
        inventory: { entries: mergedEntries(reading.shards), findings: reading.findings },
        shards: {
            input: 'artifacts-shards',
            shards: reading.shards,
            expected: {
                root: options.rootPath,
                patterns: options.artifacts,
                mediaTypes: options.mediaTypes.map(overrideLine)
            }
        }
    };
}
/** Reads every file the options name into evidence; nothing here judges. */
async function readEvidence(options, context) {
    const display = rootDisplay(options.rootPath);
    const skip = new Set(Object.values(outputs_outputPaths(options.out.absolute)));
    const inventory = (input, pool) => collectInventory({
        root: options.root,
        display,
        input,
        patterns: input === 'artifacts' ? options.artifacts : options.catalogs,
        precomputed: input === 'artifacts' ? options.artifactsManifest : options.catalogsManifest,
        overrides: options.mediaTypes,
        skip,
        pool
    });
    // One pool for both lists, started first: its threads warm up while the first walk runs, and
    // the lists go through it one after the other (a pool takes one list at a time).
    const pool = new HashPool();
    // With shard files, the artifacts are theirs, merged: not found or hashed here.
    const sharded = options.artifactsShards.length > 0 ? shardedArtifacts(options) : undefined;
    const inventories = (async () => {
        try {
            const artifacts = sharded ? (await sharded).inventory : await inventory('artifacts', pool);
            return { artifacts, catalogs: await inventory('catalogs', pool) };
        }
        finally {
            await pool.close();
        }
    })();
    const optional = (value, read) => value === undefined ? undefined : read(value);
    const [{ artifacts, catalogs }, spec, qaReport, policyDecision, basePolicyDecision, approvals, sboms, attestations] = await Promise.all([
        inventories,
        optional(options.spec, spec_readSpecEvidence),
        optional(options.qaReport, readDocument),
        optional(options.policyDecision, readDocument),
        optional(options.basePolicyDecision, readDocument),
        optional(options.approvals, readDocument),
        Promise.all(options.sboms.map(readDocument)),
        Promise.all(options.attestations.map(readDocument))
    ]);
    const stacExtensionSchemas = await readStacExtensionSchemas(options.stacExtensionSchemas);
    const [catalogDocuments, receipts] = await Promise.all([
        readCatalogs(options.root, catalogs.entries, display, { stacExtensionSchemas }),
        options.runReceipts.length === 0 ? undefined : receiptEvidence(options, display, skip)
    ]);
    return {
        datasetSlug: options.datasetSlug,
        given: {
            datasetVersionId: options.datasetVersionId,
            specHash: options.specHash,
            releasedAt: options.releasedAt
        },
        releasedAtSource: context.releasedAtSource,
        spec,
        artifacts,
        ...(sharded ? { artifactShards: (await sharded).shards } : {}),
        catalogs,
        display,
        qaReport,
        policyDecision,
        basePolicyDecision,
        approvals,
        reviewApprovals: context.extraApprovals,
        requiredApprovals: options.requiredApprovals,
        catalogDocuments,
        stacApplicable: options.stacApplicable,
        receipts,
        sboms,
        attestations
    };
}
/** The manifest the evidence gives, whenever every part of it exists, valid or not. */
function candidateManifest(evidence) {
    const identity = identityOf(evidence);
    const qa = qaOutcomeOf(evidence);
    const policy = policyDecisionOf(evidence);
    const { datasetVersionId, specHash, releasedAt } = identity;
    if (!datasetVersionId || !specHash || !releasedAt || !qa || !policy)
        return undefined;
    return buildManifest({
        datasetSlug: evidence.datasetSlug,
        datasetVersionId,
        specHash,
        releasedAt,
        artifacts: evidence.artifacts.entries,
        catalogs: evidence.catalogs.entries,
        qa,
        policy,
        approvals: approvalsOf(evidence)
    });
}
async function evaluatePromotion(options, context) {
    const read = await readEvidence(options, context);
    const manifest = candidateManifest(read);
    const evidence = manifest
        ? { ...read, manifest: { value: manifest, path: options.out.path } }
        : read;
    const verdict = judge(evidence);
    const violations = causeFirst(verdict.violations, evidence);
    const { gates } = verdict;
    const identity = identityOf(evidence);
    const status = violations.length === 0 && manifest ? 'pass' : 'fail';
    return {
        status,
        datasetSlug: options.datasetSlug,
        datasetVersionId: identity.datasetVersionId,
        specHash: identity.specHash,
        releasedAt: identity.releasedAt,
        artifacts: evidence.artifacts.entries,
        catalogs: evidence.catalogs.entries,
        qa: qaOutcomeOf(evidence),
        policy: policyDecisionOf(evidence),
        approvals: approvalsOf(evidence),
        manifest,
        ...(status === 'pass' && manifest ? sealed(manifest, external_node_path_default().basename(options.out.absolute)) : {}),
        violations,
        gates
    };
}
/** released_at as a run takes it: the input, else the checked-out commit's time, else none. */
async function resolveReleasedAt(given, workspace) {
    if (given !== undefined)
        return { releasedAt: given, releasedAtSource: 'input' };
    // Loaded only here: asking git needs child_process, which a run with released-at never does.
    const { commitTime } = await __nccwpck_require__.e(/* import() */ 23).then(__nccwpck_require__.bind(__nccwpck_require__, 2023));
    const fromCommit = await commitTime(workspace);
    return { releasedAt: fromCommit, releasedAtSource: fromCommit ? 'commit' : 'none' };
}
/** The dataset_version_id a promotion run with these inputs would derive (`version-id`). */
async function versionIdOfRun(request) {
    const [spec, released] = await Promise.all([
        request.spec ? readSpecEvidence(request.spec) : undefined,
        resolveReleasedAt(request.releasedAt, request.workspace)
    ]);
    return derivedVersionId({ spec, specHash: request.specHash, ...released });
}
/**
 * Every gate evaluated as a run does it, writing nothing: released_at, when not given, is the
 * committer time of the checked-out commit (never "now", so a re-run gives the same manifest).
 * The library's evaluatePromotion is this; promote writes what it returns.
 */
async function evaluateRun(options, extraApprovals) {
    const { releasedAt, releasedAtSource } = await resolveReleasedAt(options.releasedAt, options.workspace);
    return evaluatePromotion({ ...options, releasedAt }, { releasedAtSource, extraApprovals });
}
/**
 * One promotion run as the adapters do it: evaluate every gate (evaluateRun), and write the
 * manifest atomically only when all pass. `beforeRename` gets the passing result once the
 * manifest and its sidecars are complete beside their targets and before any of them moves (the
 * action writes its outputs and summary there); when it throws, nothing moves.
 */
async function promote(options, extraApprovals, beforeRename) {
    const result = await evaluateRun(options, extraApprovals);
    const { manifestText: text, statementText, checksumsText } = result;
    if (result.status !== 'pass' || !text || !statementText || !checksumsText)
        return result;
    const absolute = outputPaths(options.out.absolute);
    const shown = outputPaths(options.out.path);
    const manifest = { path: absolute.manifest, shown: shown.manifest, text };
    await confineToWorkspace(options.workspace, manifest);
    // All complete before any is in place, and the manifest renamed last: a manifest on disk
    // always has its sidecars beside it.
    await writeFilesAtomic([
        { path: absolute.checksums, shown: shown.checksums, text: checksumsText },
        { path: absolute.statement, shown: shown.statement, text: statementText },
        manifest
    ], { beforeRename: beforeRename && (() => beforeRename(result)) });
    return result;
}

;// CONCATENATED MODULE: ./src/lib/evaluate.ts
// The library's evaluatePromotion: the CLI's inputs as one typed object, parsed as the CLI parses
// its flags, and every gate evaluated as a run does it. It writes nothing.





/** The inputs' raw strings, as the CLI's flags give them; an unknown key is a usage error. */
function rawInputs(inputs) {
    const names = new Map(cliInputs().map((name) => [camelCaseName(name), name]));
    const raw = {};
    for (const [key, value] of Object.entries(inputs)) {
        const name = names.get(key);
        if (name === undefined) {
            const nearest = nearestName(key, names.keys());
            throw new UsageError(`${key} is not an input${nearest === undefined ? '' : `; did you mean ${nearest}?`}`);
        }
        if (value === undefined)
            continue;
        raw[name] = Array.isArray(value) ? value.map(String).join('\n') : String(value);
    }
    return raw;
}
/**
 * Evaluates every promotion gate for the inputs, with paths relative to `workspace` (default:
 * the current directory), and returns the result: status, violations, the gate reports and, on
 * a pass, the manifest's bytes and digest. released-at defaults to the commit time of the
 * workspace's checked-out commit. Writes nothing; a bad input throws UsageError.
 */
async function evaluate_evaluatePromotion(inputs, { workspace = process.cwd() } = {}) {
    return evaluateRun(parseOptions(rawInputs(inputs), external_node_path_default().resolve(workspace)));
}

;// CONCATENATED MODULE: ./src/verify.ts
// Verifying a written manifest before publishing: the manifest is valid and the one expected, its
// sidecars agree with it, and every file it lists is under the root with the listed digest (and,
// with strict patterns, nothing else is). Reads evidence and runs the verify gate table, as
// pipeline.ts does for promotion; the adapters report.














/** The entries of the manifest's two lists that have a string path and digest; the schema judges the rest. */
function listedFiles(document) {
    if (!document.readable || !isRecord(document.value))
        return [];
    const manifest = document.value;
    return ['artifacts', 'catalogs'].flatMap((list) => {
        const entries = manifest[list];
        if (!Array.isArray(entries))
            return [];
        return entries.flatMap((entry) => isRecord(entry) && typeof entry.path === 'string' && typeof entry.digest === 'string'
            ? [{ list, path: entry.path, digest: entry.digest }]
            : []);
    });
}
/** The digest the in-toto Statement names for the manifest's file, or why it names none. */
function statementSubject(text, name) {
    let statement;
    try {
        statement = JSON.parse(text);
    }
    catch {
        return { problem: 'is not JSON' };
    }
    const subjects = isRecord(statement) ? statement.subject : undefined;
    const subject = Array.isArray(subjects)
        ? subjects.find((s) => isRecord(s) && s.name === name)
        : undefined;
    const hex = isRecord(subject) && isRecord(subject.digest) ? subject.digest.sha256 : undefined;
    return typeof hex === 'string'
        ? { actual: `sha256:${hex}` }
        : { problem: `names no subject "${name}" with a sha256 digest` };
}
/** The sidecars beside the manifest that are there, with what each should say. */
async function readSidecars(options, manifest, listed) {
    if (!manifest.readable)
        return [];
    // A sidecar that is not there is not checked; anything else must be a readable text file.
    const read = async (absolute, shown) => {
        const absent = await (0,promises_namespaceObject.lstat)(absolute).then(() => false, (error) => error.code === 'ENOENT');
        if (absent)
            return undefined;
        try {
            return { text: decodeUtf8(shown, await readDocumentBytes(absolute, shown)) };
        }
        catch (error) {
            if (!(error instanceof DocumentError))
                throw error;
            return { problem: error.message.replace(`${shown} `, '') };
        }
    };
    const { absolute, path: shown } = options.manifest;
    const files = outputs_outputPaths(absolute);
    const names = outputs_outputPaths(shown);
    const [statement, checksums] = await Promise.all([
        read(files.statement, names.statement),
        read(files.checksums, names.checksums)
    ]);
    const sidecars = [];
    if (statement) {
        const found = 'text' in statement ? statementSubject(statement.text, external_node_path_default().basename(absolute)) : statement;
        sidecars.push({
            path: names.statement,
            kind: 'statement',
            expected: manifest.digest,
            ...found
        });
    }
    if (checksums) {
        const byList = (list) => listed.filter((file) => file.list === list);
        sidecars.push({
            path: names.checksums,
            kind: 'checksums',
            expected: checksumsText({ artifacts: byList('artifacts'), catalogs: byList('catalogs') }),
            ...('text' in checksums ? { actual: checksums.text } : checksums)
        });
    }
    return sidecars;
}
/** Reads the manifest, its sidecars and the files it lists into evidence; nothing here judges. */
async function readVerifyEvidence(options, pool) {
    const display = rootDisplay(options.rootPath);
    const manifest = await readDocument(options.manifest);
    const listed = listedFiles(manifest);
    // A shard checks its own part of the list and of the strict patterns' files; the manifest
    // and its sidecars (which need the whole list) are checked by every shard.
    const { shard } = options;
    const mine = (path) => !shard || shardOf(path, shard.count) === shard.index;
    const own = Object.values(outputs_outputPaths(options.manifest.absolute));
    const [checks, sidecars, strict] = await Promise.all([
        checkListedFiles(options.root, listed.filter((file) => mine(file.path)), pool),
        readSidecars(options, manifest, listed),
        options.strict.length > 0
            ? findFiles(options.root, options.strict, 'strict', display, new Set(own))
            : undefined
    ]);
    return {
        manifest,
        expectDigest: options.expectDigest,
        sidecars,
        listed: checks,
        display,
        ...(strict ? { strict: { ...strict, files: strict.files.filter((f) => mine(f.path)) } } : {})
    };
}
/**
 * Verifies a written manifest against the files under the root: exit-worthy `fail` on any
 * violation. Hashing runs on the inventory's threads (a pool of its own unless one is given).
 */
async function verifyWritten(options, pool) {
    const threads = pool ?? new HashPool();
    let evidence;
    try {
        evidence = await readVerifyEvidence(options, threads);
    }
    finally {
        if (!pool)
            await threads.close();
    }
    const { violations, gates } = judgeWritten(evidence);
    const count = (list) => evidence.listed.filter((file) => file.list === list).length;
    return {
        status: violations.length === 0 ? 'pass' : 'fail',
        manifestPath: options.manifest.path,
        ...(evidence.manifest.readable ? { manifestDigest: evidence.manifest.digest } : {}),
        artifacts: count('artifacts'),
        catalogs: count('catalogs'),
        violations: violations.map(withoutAbout),
        gates
    };
}

;// CONCATENATED MODULE: ./src/lib/verify.ts
// The library's verifyManifest: a written manifest checked against the files it names, as the
// CLI's verify command and the action's verify mode do it.



/**
 * Verifies a written manifest: valid v1, the expected bytes when `expectDigest` is given, its
 * sidecars (when beside it) in agreement, and every listed file under the root with its digest.
 * Returns `status: 'fail'` with the violations otherwise; a bad request throws UsageError.
 */
async function verifyManifest(request) {
    const workspace = external_node_path_default().resolve(request.workspace ?? process.cwd());
    const options = parseVerifyOptions({
        manifest: request.manifest,
        root: request.root,
        'expect-digest': request.expectDigest,
        strict: (request.strict ?? []).join('\n'),
        ...(request.shard ? { shard: `${request.shard.index}/${request.shard.count}` } : {})
    }, workspace);
    return verifyWritten(options);
}

;// CONCATENATED MODULE: ./src/lib/index.ts
// The library's entry, the package's `exports`: plain functions over the same code the action
// and the CLI run. Importing it runs nothing; every export is a function, a class or a type.





var __webpack_exports__PromotionManifestError = __webpack_exports__.Bv;
var __webpack_exports__UsageError = __webpack_exports__.eb;
var __webpack_exports__buildPromotionManifest = __webpack_exports__.V;
var __webpack_exports__evaluatePromotion = __webpack_exports__.t9;
var __webpack_exports__validatePromotionManifestOrThrow = __webpack_exports__.QJ;
var __webpack_exports__verifyManifest = __webpack_exports__.TX;
var __webpack_exports__writeJsonAtomic = __webpack_exports__.ZJ;
export { __webpack_exports__PromotionManifestError as PromotionManifestError, __webpack_exports__UsageError as UsageError, __webpack_exports__buildPromotionManifest as buildPromotionManifest, __webpack_exports__evaluatePromotion as evaluatePromotion, __webpack_exports__validatePromotionManifestOrThrow as validatePromotionManifestOrThrow, __webpack_exports__verifyManifest as verifyManifest, __webpack_exports__writeJsonAtomic as writeJsonAtomic };
