import {
  Field,
  Float64,
  Int8,
  Int32,
  List,
  RecordBatch,
  Schema,
  Struct,
  Table,
  Utf8,
  makeData,
  tableToIPC,
  vectorFromArray,
  type DataType,
} from 'apache-arrow';
import { PATIENT_COLUMNS, type ColumnType } from '../../src/lib/data/columns';
import type { SimPatient } from './assemble';

/** Arrow type per contract type: booleans as Int8 0/1 (the loader reads 0/1 numbers), integers Int32. */
function arrowType(t: ColumnType): DataType {
  if (t === 'string' || t === 'enum') return new Utf8();
  if (t === 'integer') return new Int32();
  if (t === 'boolean') return new Int8();
  return new Float64();
}

const structOf = (fields: [string, DataType][]): List =>
  new List(
    new Field('item', new Struct(fields.map(([name, type]) => new Field(name, type, true))), true),
  );

/** The serial list<struct> columns of columns.ts SERIAL_COLUMNS. */
export const SERIAL_TYPES = {
  mrd_assessments: structOf([
    ['day', new Float64()],
    ['result', new Utf8()],
  ]),
  pk_samples: structOf([
    ['day', new Float64()],
    ['copies_per_ug', new Float64()],
    ['below_lloq', new Int8()],
  ]),
  response_assessments: structOf([
    ['day', new Float64()],
    ['response', new Utf8()],
    ['confirmed', new Int8()],
  ]),
};

/**
 * Encode the cohort as an Arrow IPC file (tableToIPC(table, 'file')): one row per patient,
 * every patient column of the data contract in contract order, then the serial columns,
 * with the schema metadata attached. Throws if a contract column is not produced.
 */
export function encodeCohortArrow(
  patients: readonly SimPatient[],
  metadata: Map<string, string>,
): Uint8Array {
  const fields: Field[] = [];
  const children = [];
  for (const spec of PATIENT_COLUMNS) {
    if (!(spec.name in patients[0].record))
      throw new Error(`simulator does not produce column ${spec.name}`);
    const type = arrowType(spec.type);
    const values = patients.map((p) => p.record[spec.name] ?? null);
    children.push(vectorFromArray(values, type).data[0]);
    fields.push(new Field(spec.name, type, !spec.noMissing));
  }
  const serial: [keyof typeof SERIAL_TYPES, (p: SimPatient) => unknown[]][] = [
    ['mrd_assessments', (p) => p.mrd],
    ['pk_samples', (p) => p.pk],
    ['response_assessments', (p) => p.response],
  ];
  for (const [name, get] of serial) {
    const type = SERIAL_TYPES[name];
    children.push(vectorFromArray(patients.map(get), type).data[0]);
    fields.push(new Field(name, type, true));
  }
  const schema = new Schema(fields, metadata);
  const data = makeData({
    type: new Struct(schema.fields),
    length: patients.length,
    nullCount: 0,
    children,
  });
  const table = new Table(schema, [new RecordBatch(schema, data)]);
  return tableToIPC(table, 'file');
}
