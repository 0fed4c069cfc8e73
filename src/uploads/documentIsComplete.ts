/**
 * Whether a PDF, DOCX or ODT arrived whole. file-type recognises a document
 * from its first bytes, so a transfer cut halfway still "is" a PDF; its end
 * is what is missing. A PDF ends with `%%EOF` after its cross-reference table
 * (the rule Payload applies too, but with an English message); DOCX and ODT
 * are ZIP archives, which end with an end-of-central-directory record.
 */
export function documentIsComplete(data: Buffer, mime: string): boolean {
  if (mime === 'application/pdf') {
    const tail = data.subarray(Math.max(0, data.length - 1024)).toString('latin1')
    return tail.includes('%%EOF') && tail.includes('xref')
  }
  // The record is 22 bytes plus a comment of at most 65,535 bytes.
  const tail = data.subarray(Math.max(0, data.length - 65_557))
  return tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) !== -1
}
