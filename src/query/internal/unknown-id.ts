import { UnknownIdError } from "../../core/errors.js";
import { closestId } from "../../core/suggest.js";
import type { IndexData } from "./store.js";

function* idsOf(data: IndexData, kinds: readonly string[] | undefined): Generator<string> {
  for (const record of data.records) if (kinds === undefined || kinds.includes(record.kind)) yield record.id;
}

/**
 * The error for an id no record of the index has (of the kinds wanted, when given), offering the id of a
 * record the caller probably meant (`country:IND` for `IND`). Only built when the error is thrown: it reads
 * every id once.
 * @internal
 */
export function unknownIdError(data: IndexData, id: string, kinds?: readonly string[]): UnknownIdError {
  return new UnknownIdError(id, kinds, undefined, closestId(id, idsOf(data, kinds)));
}
