/**
 * Mutations that break one invariant of a valid dataset, each with the issue it must yield: the code, the
 * path, and the id of the record concerned.
 */
import {
  type Dataset,
  type DatasetRecord,
  type IssueCode,
  isCurrencyCode,
  isPartialDate,
  PLOVER_CATEGORIES,
  PLOVER_MODES,
  RECORD_SCHEMAS,
  type RecordKind,
  startOf,
} from "bilateral";
import fc from "fast-check";
import { isReversed, partialDateArb } from "./arbitraries.js";

type Json = Record<string, unknown>;
type Path = (string | number)[];

/** A dataset with one invariant broken, and the issue that must be reported. */
export interface Mutation {
  readonly name: string;
  readonly input: Json & { records: Json[] };
  readonly code: IssueCode;
  readonly path: Path;
  /** The id of the record the issue concerns (absent for the header). */
  readonly recordId?: string;
  /** For a mutation inside one record: its kind, and the path within it (checked with safeParseRecord too). */
  readonly within?: { readonly kind: RecordKind; readonly path: Path };
}

const clone = (dataset: Dataset) => structuredClone(dataset) as unknown as Json & { records: Json[] };

function indexesOf(dataset: Dataset, kinds: readonly string[]): number[] {
  return dataset.records.flatMap((record, index) => (kinds.includes(record.kind) ? [index] : []));
}

/** What a mutation does to one record, and the issue it must yield. */
type Change = Omit<Mutation, "input" | "recordId" | "within"> & {
  readonly inner?: Path;
  readonly apply: (record: Json) => void;
};

/**
 * Picks a record of one of the kinds and lets `build` describe how to break it. The change is applied to a
 * fresh clone each time a value is produced, so that shrinking never sees a record broken twice.
 */
function onRecord(
  dataset: Dataset,
  kinds: readonly RecordKind[],
  build: (record: Json, index: number) => fc.Arbitrary<Change>,
): fc.Arbitrary<Mutation> {
  const indexes = indexesOf(dataset, kinds);
  return fc.constantFrom(...indexes).chain((index) =>
    build(dataset.records[index] as unknown as Json, index).map(({ inner, apply, ...mutation }) => {
      const input = clone(dataset);
      const record = input.records[index] as Json;
      apply(record);
      return {
        ...mutation,
        input,
        recordId: record.id as string,
        ...(inner === undefined ? {} : { within: { kind: record.kind as RecordKind, path: inner } }),
      };
    }),
  );
}

/** Ids no generated dataset has: a valid id whose rest starts with a character the generator never writes first. */
const danglingIdArb = fc
  .tuple(fc.constantFrom("country", "person", "org", "place", "event", "source", "x"), fc.nat())
  .map(([namespace, n]) => `${namespace}:\u2205dangling-${n}`);

/** Where each kind keeps a required reference, and the kinds it accepts. */
const REQUIRED_REFERENCE: Partial<Record<RecordKind, { path: Path }>> = {
  event: { path: ["actors", 0] },
  sanction: { path: ["authority"] },
  relationship: { path: ["parties", 0] },
  border: { path: ["parties", 0] },
  mediation: { path: ["mediator"] },
  "trade-target": { path: ["parties", 0] },
  "trade-flow": { path: ["reporter"] },
  project: { path: ["parties", 0] },
  ownership: { path: ["asset"] },
  directorship: { path: ["director"] },
  employment: { path: ["employer"] },
  membership: { path: ["member"] },
  representation: { path: ["client"] },
  family: { path: ["relative"] },
  association: { path: ["parties", 1] },
  payment: { path: ["payer"] },
};

function setAt(target: Json, path: Path, value: unknown): void {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
}

const danglingReference = (dataset: Dataset) =>
  fc.oneof(
    onRecord(dataset, Object.keys(REQUIRED_REFERENCE) as RecordKind[], (record, index) =>
      danglingIdArb.map((id) => {
        const at = (REQUIRED_REFERENCE[record.kind as RecordKind] as { path: Path }).path;
        return {
          name: `dangling ${record.kind}.${at.join(".")}`,
          code: "unresolved_reference",
          path: ["records", index, ...at],
          apply: (target) => setAt(target, at, id),
        };
      }),
    ),
    // A citation naming a source that does not exist, on a record of any kind.
    onRecord(dataset, Object.keys(RECORD_SCHEMAS) as RecordKind[], (record, index) =>
      danglingIdArb.map((id) => {
        const count = ((record.citations as Json[] | undefined) ?? []).length;
        return {
          name: "dangling citation source",
          code: "unresolved_reference",
          path: ["records", index, "citations", count, "source"],
          apply: (target) => {
            target.citations = [...((target.citations as Json[] | undefined) ?? []), { source: id }];
          },
        };
      }),
    ),
  );

const wrongReferenceKind = (dataset: Dataset) => {
  const sources = indexesOf(dataset, ["source"]).map((at) => dataset.records[at]?.id as string);
  return onRecord(dataset, ["event"], (_record, index) =>
    fc.constantFrom(...sources).map((source) => ({
      name: "event actor is a source",
      code: "wrong_reference_kind",
      path: ["records", index, "actors", 0],
      apply: (target) => {
        (target.actors as string[])[0] = source;
      },
    })),
  );
};

const duplicateId = (dataset: Dataset): fc.Arbitrary<Mutation> => {
  const n = dataset.records.length;
  return fc.tuple(fc.nat({ max: n - 1 }), fc.nat({ max: n })).map(([original, at]) => {
    const input = clone(dataset);
    const copy = structuredClone(input.records[original]) as Json;
    input.records.splice(at, 0, copy);
    // The checker flags the later of the two; inserting before the original shifts it one place.
    const later = at > original ? at : original + 1;
    return {
      name: "duplicate id",
      input,
      code: "duplicate_id",
      path: ["records", later, "id"],
      recordId: copy.id as string,
    };
  });
};

/** Two partial dates, the second of which ends before (or when) the first starts. */
const reversedPairArb = fc
  .tuple(partialDateArb, partialDateArb)
  .filter(([start, end]) => isReversed(start, end));

const reversedPeriod = (dataset: Dataset) =>
  onRecord(dataset, ["relationship", "border", "organization", "person", "event"], (record, index) =>
    reversedPairArb.map(([start, end]): Change => {
      const kind = record.kind as string;
      if (kind === "event") {
        return {
          name: "event ends before it starts",
          code: "period_reversed",
          path: ["records", index, "endDate"],
          inner: ["endDate"],
          apply: (target) => {
            target.date = start;
            target.endDate = end;
          },
        };
      }
      if (kind === "person") {
        const count = ((record.positions as Json[] | undefined) ?? []).length;
        const inner = ["positions", count, "period", "end"];
        return {
          name: "position period reversed",
          code: "period_reversed",
          path: ["records", index, ...inner],
          inner,
          apply: (target) => {
            target.positions = [
              ...((target.positions as Json[] | undefined) ?? []),
              { title: "Minister", period: { start, end } },
            ];
          },
        };
      }
      return {
        name: `${kind} period reversed`,
        code: "period_reversed",
        path: ["records", index, "period", "end"],
        inner: ["period", "end"],
        apply: (target) => {
          target.period = { start, end };
        },
      };
    }),
  );

/** Every (category, mode) where the mode belongs to another category but not to this one. */
export const MISMATCHED_MODES: readonly (readonly [string, string])[] = PLOVER_CATEGORIES.flatMap(
  (category) => {
    const own = new Set<string>(PLOVER_MODES[category]);
    const others = new Set(
      PLOVER_CATEGORIES.flatMap((other) => (other === category ? [] : [...PLOVER_MODES[other]])),
    );
    return [...others].filter((mode) => !own.has(mode)).map((mode) => [category, mode] as const);
  },
);

const modeOfAnotherCategory = (dataset: Dataset) =>
  onRecord(dataset, ["event"], (_record, index) =>
    fc.constantFrom(...MISMATCHED_MODES).map(([category, mode]) => ({
      name: `${category} with mode ${mode}`,
      code: "mode_category_mismatch",
      path: ["records", index, "mode"],
      inner: ["mode"],
      apply: (target) => {
        target.category = category;
        target.mode = mode;
      },
    })),
  );

/** Currency codes that are not active ISO 4217 codes: near misses, old codes, lower case, symbols. */
const badCurrencyArb = fc
  .oneof(
    fc.stringMatching(/^[A-Z]{3}$/),
    fc.constantFrom(
      "usd",
      "Eur",
      "US$",
      "$",
      "€",
      "EURO",
      "RIAL",
      "DEM",
      "FRF",
      "ITL",
      "VEB",
      "",
      " USD",
      "USD ",
      "ＵＳＤ",
      "XYZ",
    ),
  )
  .filter((code) => !isCurrencyCode(code));

const unknownCurrency = (dataset: Dataset) =>
  onRecord(dataset, ["trade-flow", "trade-target", "project"], (record, index) =>
    badCurrencyArb.map((currency) => {
      const field =
        record.kind === "trade-flow" ? "value" : record.kind === "trade-target" ? "amount" : "cost";
      const inner = [field, "currency"];
      return {
        name: `currency ${JSON.stringify(currency)}`,
        code: "invalid_currency",
        path: ["records", index, ...inner],
        inner,
        apply: (target) => {
          // No equivalents: one in the same bad currency would add equivalent_same_unit.
          target[field] = {
            amount: ((target[field] as Json | undefined)?.amount as number | undefined) ?? 1,
            currency,
          };
        },
      };
    }),
  );

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** Strings that look like partial dates but are not: dates that do not exist, fields out of range, bad forms. */
export const invalidDateArb: fc.Arbitrary<string> = fc
  .oneof(
    fc.constant("2025-02-30"),
    fc.integer({ min: 1, max: 9999 }).map((year) => `${pad(year, 4)}-02-${year % 4 === 0 ? 30 : 29}`),
    fc
      .tuple(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(4, 6, 9, 11))
      .map(([y, m]) => `${pad(y, 4)}-${pad(m)}-31`),
    fc.constantFrom(
      "1900-02-29",
      "2100-02-29",
      "2025-00",
      "2025-13",
      "2025-01-00",
      "2025-01-32",
      "0000",
      "0000-01-01",
    ),
    fc.constantFrom(
      "2025-08-03T24:00Z",
      "2025-08-03T23:60Z",
      "2025-08-03T10:30:60Z",
      "2025-08-03T10:30+15:00",
    ),
    fc.constantFrom(
      "2025-08-03T10:30+05:60",
      "2025-08-03T10:30",
      "2025-08-03T10Z",
      "2025-08-03T10:30:00.1234Z",
    ),
    fc.constantFrom(
      "2025-8-3",
      "25-08-03",
      "2025/08/03",
      "03/08/2025",
      "2025-08-03 10:30Z",
      " 2025",
      "2025 ",
      "",
    ),
    fc.constantFrom(
      "２０２５",
      "2025-W31",
      "2025-215",
      "+2025",
      "-2025",
      "20250803",
      "2025-08-03T10:30:00Z[UTC]",
    ),
  )
  .filter((text) => !isPartialDate(text));

const DATE_FIELD: Partial<Record<RecordKind, Path>> = {
  "trade-flow": ["period"],
  event: ["date"],
  source: ["published"],
  "trade-target": ["targetDate"],
  sanction: ["statusHistory", 0, "since"],
};

const invalidDate = (dataset: Dataset): fc.Arbitrary<Mutation> =>
  fc.oneof(
    onRecord(dataset, Object.keys(DATE_FIELD) as RecordKind[], (record, index) =>
      invalidDateArb.map((date) => {
        const inner = DATE_FIELD[record.kind as RecordKind] as Path;
        return {
          name: `${record.kind} date ${JSON.stringify(date)}`,
          code: "invalid_date",
          path: ["records", index, ...inner],
          inner,
          apply: (target) => setAt(target, inner, date),
        };
      }),
    ),
    invalidDateArb.map((date) => {
      const input = clone(dataset);
      input.created = date;
      return {
        name: `header created ${JSON.stringify(date)}`,
        input,
        code: "invalid_date" as const,
        path: ["created"],
      };
    }),
  );

const sameParty = (dataset: Dataset) =>
  onRecord(
    dataset,
    ["relationship", "border", "trade-target", "mediation", "trade-flow", "sanction"],
    (record, index) => {
      const kind = record.kind as string;
      const at = (inner: Path, name: string, apply: (target: Json) => void): Change => ({
        name,
        code: "same_party",
        path: ["records", index, ...inner],
        inner,
        apply,
      });
      if (kind === "trade-flow") {
        return fc.constant(
          at(["partner"], "trade flow with itself", (target) => {
            target.partner = target.reporter;
            target.flow = "export";
          }),
        );
      }
      if (kind === "mediation") {
        return fc.constantFrom(
          at(["between", 1], "mediator is a party", (target) => {
            (target.between as string[])[1] = target.mediator as string;
          }),
          at(["between", 1], "mediation between one party", (target) => {
            const between = target.between as string[];
            between[1] = between[0] as string;
          }),
        );
      }
      if (kind === "sanction") {
        const count = ((record.effects as Json[] | undefined) ?? []).length;
        const country = (dataset.records.find((candidate) => candidate.kind === "country") as DatasetRecord)
          .id;
        return fc.constant(
          at(["effects", count, "parties", 1], "sanction constrains a dyad of one", (target) => {
            target.effects = [
              ...((target.effects as Json[] | undefined) ?? []),
              { effect: "constrains-trade", parties: [country, country] },
            ];
          }),
        );
      }
      return fc.constant(
        at(["parties", 1], `${kind} with one party twice`, (target) => {
          const parties = target.parties as string[];
          parties[1] = parties[0] as string;
        }),
      );
    },
  );

const FORBIDDEN = ["__proto__", "constructor", "prototype"];

/** Field names no schema defines: near misses, prototype names, odd Unicode, and the forbidden keys. */
const strangeKeyArb = fc.oneof(
  fc.constantFrom(...FORBIDDEN),
  fc.constantFrom(
    "Name",
    "ID",
    "kind ",
    " id",
    "toString",
    "hasOwnProperty",
    "valueOf",
    "__defineGetter__",
    "",
    "نام",
    "名前",
    "💥",
  ),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }),
);

/** Adds an own property, as JSON.parse does (assigning "__proto__" would set the prototype instead). */
export function defineOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

function schemaKeys(kind: string): Set<string> {
  return new Set(Object.keys((RECORD_SCHEMAS[kind as RecordKind] as unknown as { shape: object }).shape));
}

const HEADER_KEYS = new Set([
  "format",
  "version",
  "id",
  "title",
  "description",
  "licence",
  "homepage",
  "created",
  "records",
]);
const keyCode = (key: string) =>
  FORBIDDEN.includes(key) ? ("forbidden_key" as const) : ("unknown_field" as const);

const unknownField = (dataset: Dataset): fc.Arbitrary<Mutation> =>
  fc.oneof(
    onRecord(dataset, Object.keys(RECORD_SCHEMAS) as RecordKind[], (record, index) =>
      fc
        .tuple(
          strangeKeyArb.filter((key) => !schemaKeys(record.kind as string).has(key)),
          fc.jsonValue({ maxDepth: 2 }),
        )
        .map(([key, value]) => ({
          name: `record field ${JSON.stringify(key)}`,
          code: keyCode(key),
          path: ["records", index, key],
          inner: [key],
          apply: (target) => defineOwn(target, key, value),
        })),
    ),
    // Inside a nested object: a trade flow's money.
    onRecord(dataset, ["trade-flow"], (_record, index) =>
      strangeKeyArb
        .filter((key) => !["amount", "currency", "equivalents"].includes(key))
        .map((key) => ({
          name: `money field ${JSON.stringify(key)}`,
          code: keyCode(key),
          path: ["records", index, "value", key],
          inner: ["value", key],
          apply: (target) => defineOwn(target.value as Json, key, 1),
        })),
    ),
    strangeKeyArb
      .filter((key) => !HEADER_KEYS.has(key))
      .map((key) => {
        const input = clone(dataset);
        defineOwn(input, key, "x");
        return { name: `header field ${JSON.stringify(key)}`, input, code: keyCode(key), path: [key] };
      }),
  );

/** Two partial dates, the second starting strictly before the first. */
const backwardsArb = fc.tuple(partialDateArb, partialDateArb).filter(([a, b]) => startOf(b) < startOf(a));

const HISTORY_ENTRY: Partial<Record<RecordKind, [string, Json]>> = {
  sanction: ["statusHistory", { status: "imposed" }],
  project: ["statusHistory", { status: "planned" }],
  mediation: ["statusHistory", { status: "active" }],
  relationship: ["stanceHistory", { stance: "neutral" }],
};

const nonChronologicalHistory = (dataset: Dataset) =>
  onRecord(dataset, Object.keys(HISTORY_ENTRY) as RecordKind[], (record, index) => {
    const [field, entry] = HISTORY_ENTRY[record.kind as RecordKind] as [string, Json];
    const dated = (since?: string): Json => (since === undefined ? { ...entry } : { ...entry, since });
    const change = (name: string, history: Json[]): Change => ({
      name,
      code: "history_not_chronological",
      path: ["records", index, field, 1],
      inner: [field, 1],
      apply: (target) => {
        target[field] = history;
      },
    });
    return fc.oneof(
      backwardsArb.map(([first, second]) =>
        change(`${field} going back in time`, [dated(first), dated(second)]),
      ),
      partialDateArb.map((date) => change(`${field} dated after undated`, [dated(), dated(date)])),
    );
  });

/** The mutations, by name, each an arbitrary over a valid dataset with every kind present. */
export const MUTATIONS: Readonly<Record<string, (dataset: Dataset) => fc.Arbitrary<Mutation>>> = {
  danglingReference,
  wrongReferenceKind,
  duplicateId,
  reversedPeriod,
  modeOfAnotherCategory,
  unknownCurrency,
  invalidDate,
  sameParty,
  unknownField,
  nonChronologicalHistory,
};

/** The record at an index of a mutated dataset. */
export function recordAt(mutation: Mutation, index: number): DatasetRecord {
  return mutation.input.records[index] as unknown as DatasetRecord;
}
