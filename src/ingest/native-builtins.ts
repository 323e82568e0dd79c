/**
 * The legacy build of pdf.js (what pdf-parse loads under Node) carries core-js, which replaces built-in
 * methods it finds wanting with JavaScript ones for the whole process — `Array.prototype.push` (for an edge case
 * at a length of 2³²) and `JSON.parse` (for its source-text proposal) on Node 20 — once when pdf-parse is
 * imported and again when its worker module loads with the first document. Every `push` of pdf.js and of our
 * own readers then runs through a polyfill: ≈ 10 % of a 48-page parse (bench/README.md, issue 14). The methods
 * the engine adds (Promise.withResolvers, Set methods, Uint8Array.fromBase64 …) are kept; only natives it
 * replaced are put back.
 */
const INTRINSICS: readonly object[] = [
  Array,
  Array.prototype,
  Object,
  Object.prototype,
  String,
  String.prototype,
  Number,
  Number.prototype,
  Function.prototype,
  Math,
  JSON,
  Reflect,
  Promise,
  Promise.prototype,
  Map.prototype,
  Set.prototype,
  WeakMap.prototype,
  RegExp.prototype,
  Date.prototype,
  ArrayBuffer.prototype,
  DataView.prototype,
  Uint8Array,
  Object.getPrototypeOf(Uint8Array.prototype) as object,
];

/**
 * The methods as this module found them: it is evaluated before pdf-parse is first imported (src/ingest/pdf.ts
 * imports it statically). Identity, not `toString`, tells a replacement: core-js makes its functions print as
 * `[native code]`.
 */
const NATIVES: readonly (readonly [object, PropertyKey, PropertyDescriptor])[] = INTRINSICS.flatMap((owner) =>
  Reflect.ownKeys(owner).flatMap((key) => {
    const d = Object.getOwnPropertyDescriptor(owner, key);
    return d && typeof d.value === "function" ? [[owner, key, d] as const] : [];
  }),
);

/** Put back every native method a library replaced since this module was loaded. */
export function restoreNativeBuiltins(): void {
  for (const [owner, key, native] of NATIVES) {
    const now = Object.getOwnPropertyDescriptor(owner, key);
    if (now?.value !== native.value && now?.configurable !== false) Object.defineProperty(owner, key, native);
  }
}
