import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { domainError } from './errors.ts';

/** The largest CSV file an import takes. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** Excel and Windows send CSV files under several types. */
const CSV_TYPES = ['text/csv', 'application/csv', 'text/plain', 'application/vnd.ms-excel', 'application/octet-stream'];

/** An import request without a file in it. */
export const FileMissing = domainError(
  'file_missing',
  400,
  'Send the CSV file as the request body (text/csv) or as the multipart field "file"',
);
export const MalformedUpload = domainError(
  'malformed_upload',
  400,
  'The multipart body could not be read; send the CSV file as the multipart field "file" or as text/csv',
);

const UPLOAD = Symbol('uploaded file');
type Uploading = { [UPLOAD]?: Buffer };

/**
 * Lets the routes of a plugin take a CSV file as multipart/form-data or as the body itself (text/csv and kin). A
 * multipart file is read before the handler, like a body: the write's transaction opens just before the handler, and
 * must not stay open while a slow client uploads.
 */
export async function acceptCsvUploads(app: FastifyInstance) {
  await app.register(multipart);
  app.addContentTypeParser(CSV_TYPES, { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES }, (_request, body, done) =>
    done(null, body),
  );
  app.addHook('preValidation', async (request) => {
    if (request.isMultipart()) (request as Uploading)[UPLOAD] = await readMultipartFile(request);
  });
}

/** The uploaded CSV file: the multipart field "file" (read before the handler), or the request body. */
export async function uploadedFile(request: FastifyRequest): Promise<Buffer> {
  const read = (request as Uploading)[UPLOAD];
  if (read) return read;
  if (!Buffer.isBuffer(request.body) || request.body.length === 0) throw new FileMissing();
  return request.body;
}

async function readMultipartFile(request: FastifyRequest): Promise<Buffer> {
  try {
    const part = await request.file({ limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } });
    if (!part) throw new FileMissing();
    return await part.toBuffer();
  } catch (error) {
    // A body that is too large keeps its 413; a broken one (no boundary, cut off) is the client's error, not ours.
    const status = (error as { statusCode?: number }).statusCode;
    if (error instanceof FileMissing || (status !== undefined && status < 500)) throw error;
    throw new MalformedUpload();
  }
}
