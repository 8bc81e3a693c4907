import {
  blockedProjects,
  countEvents,
  type DatasetIndex,
  dyadPanel,
  dyadSummary,
  dyadTimeline,
  findEvents,
  findStatements,
  mediatorsBetween,
  sanctionExposure,
  sanctionsInForce,
  sanctionsOnTrade,
  stanceBetween,
  tradeTargetProgress,
  tradeTargetsBetween,
} from "bilateral";
import { type DuckDbEngine, openParquet } from "bilateral/duckdb";
import { describe, expectTypeOf, it } from "vitest";

declare const engine: DuckDbEngine;
declare const index: DatasetIndex;

describe("DuckDbEngine types", () => {
  it("opens as an engine of the built-in records", () => {
    expectTypeOf(openParquet("dir")).toEqualTypeOf<Promise<DuckDbEngine>>();
    expectTypeOf(engine.index).toEqualTypeOf<DatasetIndex>();
  });

  it("answers with the free functions' result types, as Promises", () => {
    const panel = { by: "year", from: "2020", to: "2021" } as const;
    expectTypeOf(engine.findEvents()).resolves.toEqualTypeOf(findEvents(index));
    expectTypeOf(engine.countEvents()).resolves.toEqualTypeOf(countEvents(index));
    expectTypeOf(engine.dyadSummary("a:1", "b:2")).resolves.toEqualTypeOf(dyadSummary(index, "a:1", "b:2"));
    expectTypeOf(engine.dyadTimeline("a:1", "b:2")).resolves.toEqualTypeOf(dyadTimeline(index, "a:1", "b:2"));
    expectTypeOf(engine.dyadPanel(panel)).resolves.toEqualTypeOf(dyadPanel(index, panel));
    expectTypeOf(engine.stanceBetween("a:1", "b:2")).resolves.toEqualTypeOf(
      stanceBetween(index, "a:1", "b:2"),
    );
    expectTypeOf(engine.sanctionsInForce()).resolves.toEqualTypeOf(sanctionsInForce(index));
    expectTypeOf(engine.sanctionsOnTrade("a:1", "b:2")).resolves.toEqualTypeOf(
      sanctionsOnTrade(index, "a:1", "b:2"),
    );
    expectTypeOf(engine.blockedProjects()).resolves.toEqualTypeOf(blockedProjects(index));
    expectTypeOf(engine.mediatorsBetween("a:1", "b:2")).resolves.toEqualTypeOf(
      mediatorsBetween(index, "a:1", "b:2"),
    );
    expectTypeOf(engine.tradeTargetProgress("t:1")).resolves.toEqualTypeOf(tradeTargetProgress(index, "t:1"));
    expectTypeOf(engine.tradeTargetsBetween("a:1", "b:2")).resolves.toEqualTypeOf(
      tradeTargetsBetween(index, "a:1", "b:2"),
    );
    expectTypeOf(engine.sanctionExposure("a:1")).resolves.toEqualTypeOf(sanctionExposure(index, "a:1"));
    expectTypeOf(engine.findStatements()).resolves.toEqualTypeOf(findStatements(index));
  });

  it("rejects options the free functions reject", () => {
    // @ts-expect-error: by is "month", "quarter" or "year"
    void engine.dyadSummary("a:1", "b:2", { by: "week" });
    // @ts-expect-error: a dyad panel needs by, from and to
    void engine.dyadPanel({ by: "year" });
  });
});
