// Reads a .vsix (a zip) with no dependency: the central directory gives the names and unix modes,
// zlib inflates the data. Enough for the content test and for unpacking the server to run it.
import { inflateRawSync } from "node:zlib";

export function readZip(buffer) {
  const end = findEndOfCentralDirectory(buffer);
  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(offset) !== 0x02014b50) {
      throw new Error(`bad central directory entry at ${offset}`);
    }
    const method = buffer.readUInt16LE(offset + 10);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const externalAttributes = buffer.readUInt32LE(offset + 38);
    const localHeader = buffer.readUInt32LE(offset + 42);
    const name = buffer.toString("utf8", offset + 46, offset + 46 + nameLength);
    entries.push({
      name,
      /** Unix mode bits, when the zip was made on a unix-like system (0 otherwise). */
      mode: externalAttributes >>> 16,
      data() {
        const localNameLength = buffer.readUInt16LE(localHeader + 26);
        const localExtraLength = buffer.readUInt16LE(localHeader + 28);
        const start = localHeader + 30 + localNameLength + localExtraLength;
        const raw = buffer.subarray(start, start + compressedSize);
        return method === 0 ? Buffer.from(raw) : inflateRawSync(raw);
      },
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(buffer) {
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 65557); i--) {
    if (buffer.readUInt32LE(i) === 0x06054b50) {
      return i;
    }
  }
  throw new Error("not a zip file (no end of central directory)");
}
