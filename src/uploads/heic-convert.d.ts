// heic-convert ships no types; this is the one call src/uploads/convertHeic.ts makes.
declare module 'heic-convert' {
  type Options = { buffer: Uint8Array | ArrayBuffer; format: 'JPEG' | 'PNG'; quality?: number }
  function convert(options: Options): Promise<ArrayBuffer | Uint8Array>
  export default convert
}
