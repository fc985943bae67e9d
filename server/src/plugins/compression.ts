import fastifyCompress from '@fastify/compress';
import fp from 'fastify-plugin';
import { constants } from 'node:zlib';

/** Below this many bytes the framing of gzip or brotli outweighs the saving: such answers go out as they are. */
export const COMPRESSION_THRESHOLD = 1024;

/**
 * Brotli or gzip for API answers (JSON, problem+json, CSV, iCalendar), chosen from Accept-Encoding.
 *
 * - Answers that already carry a Content-Encoding (the SPA's precompressed .br/.gz files) pass untouched, and so do
 *   types that are compressed by nature (images, fonts, zip): the library only touches the compressible types.
 * - Brotli runs at quality 4: on the fly the higher levels cost far more CPU than the few bytes they save; the
 *   static assets get the best level once, at build time.
 * - Request bodies are not decompressed: no client sends them compressed, and accepting it would let a small
 *   upload expand past the body limit's intent.
 * - Streams (exports) are compressed as streams; 206 answers are never compressed.
 */
export default fp(
  async (app) => {
    await app.register(fastifyCompress, {
      global: true,
      globalDecompression: false,
      encodings: ['br', 'gzip'],
      threshold: COMPRESSION_THRESHOLD,
      brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
    });
  },
  { name: 'compression' },
);
