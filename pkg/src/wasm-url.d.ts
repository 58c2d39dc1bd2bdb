/** The URL of the package's `.wasm`, as a bundler's asset import gives it (esbuild's `file`
 * loader, Rollup's `@rollup/plugin-url`, Parcel); pass it to `init({ module_or_path })`. */
declare const url: string;
export default url;
