/** The decoder lives beside the other CSV pieces in http/, where every import reads its upload. */
export { decodeInput, type CsvEncoding, type DecodedInput } from '../../../http/csv-decode.ts';
