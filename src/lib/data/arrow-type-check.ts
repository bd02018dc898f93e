import { countNaN } from './column-scan';
import { Type, type Table } from '@uwdata/flechette';
import { patientColumn, isTimeColumn } from './columns';
import { plainIssue, plural, rowIssue, type Issue } from './issues';

/** Arrow type names by type id, for messages. */
const TYPE_NAMES = new Map<number, string>(Object.entries(Type).map(([name, id]) => [id, name]));

interface ArrowType {
  typeId: number;
  dictionary?: ArrowType;
  children?: { type: ArrowType }[];
}

function typeName(type: ArrowType): string {
  if (type.typeId === Type.Dictionary && type.dictionary) {
    return `Dictionary of ${typeName(type.dictionary)}`;
  }
  if (type.typeId === Type.Union && type.children) {
    return `Union of ${type.children.map((c) => typeName(c.type)).join(' and ')}`;
  }
  return TYPE_NAMES.get(type.typeId) ?? `type ${type.typeId}`;
}

const DATE_LIKE = new Set<number>([
  Type.Date,
  Type.Time,
  Type.Timestamp,
  Type.Duration,
  Type.Interval,
]);
const PLAIN_VALUES = new Set<number>([
  Type.Int,
  Type.Float,
  Type.Decimal,
  Type.Utf8,
  Type.LargeUtf8,
  Type.Utf8View,
  Type.Bool,
]);

function dateIssue(name: string, type: ArrowType): Issue {
  const spec = patientColumn(name);
  const what = `${name}: the column holds dates or clock times (Arrow ${typeName(type)}), which would be read as milliseconds since 1970`;
  const todo =
    spec && isTimeColumn(spec) && spec.unit === 'months'
      ? '; convert dates to months since infusion ((date − infusion date) in days ÷ 30.4375)'
      : spec?.name === 'infusion_year'
        ? '; write the infusion year as a whole number (e.g. 2019)'
        : '; convert it to a number (e.g. months since infusion) or to text';
  return plainIssue(name, 'arrow-date-type', what + todo);
}

function typeIssue(name: string, type: ArrowType): Issue | null {
  if (DATE_LIKE.has(type.typeId)) return dateIssue(name, type);
  if (type.typeId === Type.Union) {
    return plainIssue(
      name,
      'arrow-union-type',
      `${name}: the column mixes value types (Arrow ${typeName(type)}), so 1 and "1" could be different groups; write one type per column — numbers, or text`,
    );
  }
  if (type.typeId === Type.Dictionary && type.dictionary) {
    const inner = type.dictionary;
    if (DATE_LIKE.has(inner.typeId)) return dateIssue(name, type);
    if (!PLAIN_VALUES.has(inner.typeId)) {
      return plainIssue(
        name,
        'arrow-dictionary-type',
        `${name}: the column is a dictionary of ${typeName(inner)} values, which the explorer cannot read as one type; write it as plain text or numbers (a dictionary of strings is fine)`,
      );
    }
  }
  return null;
}

/** Rows (0-based) holding NaN in a floating-point column. */
function nanRows(values: ArrayLike<unknown>): number[] {
  // A float column without nulls is a Float64Array: one plain scan says "no NaN", nearly always.
  if (values instanceof Float64Array && countNaN(values) === 0) return [];
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === 'number' && Number.isNaN(v)) out.push(i);
  }
  return out;
}

/**
 * Errors found from the Arrow schema and raw values before they become plain values: dates and
 * timestamps (read as epoch milliseconds), unions (mixed types), dictionaries of anything but
 * text or numbers, a field name used twice, and NaN in floating-point columns (NaN is not
 * "missing": write a null).
 * @example arrowTypeIssues(tableFromIPC(bytes)).map((i) => i.rule) // ['arrow-date-type']
 */
export function arrowTypeIssues(table: Table): Issue[] {
  const issues: Issue[] = [];
  const counts = new Map<string, number>();
  for (const field of table.schema.fields)
    counts.set(field.name, (counts.get(field.name) ?? 0) + 1);
  for (const [name, count] of counts) {
    if (count > 1) {
      issues.push(
        plainIssue(
          name,
          'duplicate-column',
          `${name}: the column name appears ${count} times in the Arrow file; rename or remove the copies so that each column has one name`,
        ),
      );
    }
  }
  table.schema.fields.forEach((field, i) => {
    const type = field.type as ArrowType;
    const issue = typeIssue(field.name, type);
    if (issue) issues.push(issue);
    else if (type.typeId === Type.Float) {
      const nan = nanRows(table.getChildAt(i).toArray() as ArrayLike<unknown>);
      if (nan.length > 0) {
        issues.push(
          rowIssue(
            field.name,
            'not-finite',
            nan,
            `${plural(nan.length, 'value is', 'values are')} NaN (not a number)`,
            '; write a missing value as null (an empty cell), never NaN',
          ),
        );
      }
    }
  });
  return issues;
}
