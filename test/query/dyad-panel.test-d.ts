import {
  assemblePanel,
  createIndex,
  type Dataset,
  type DyadPanelRow,
  dyadPanel,
  type PanelEventCell,
  type PanelEvents,
  type PanelSanction,
  type PanelStance,
  type PanelTrade,
  type PanelTradeTarget,
  type TradeProgressStatus,
} from "bilateral";
import { describe, expectTypeOf, it } from "vitest";

declare const dataset: Dataset;

describe("dyad panel types", () => {
  it("types a row's cells", () => {
    const index = createIndex(dataset);
    const rows = dyadPanel(index, { by: "year", from: "2020", to: "2025" });
    expectTypeOf(rows).toEqualTypeOf<DyadPanelRow[]>();
    const row = rows[0] as DyadPanelRow;
    expectTypeOf(row.dyad).toEqualTypeOf<readonly [string, string]>();
    expectTypeOf(row.period).toEqualTypeOf<string>();
    expectTypeOf(row.events).toEqualTypeOf<PanelEvents>();
    expectTypeOf(row.events.byQuadClass[4]).toEqualTypeOf<number>();
    expectTypeOf(row.events.meanIntensity).toEqualTypeOf<number | undefined>();
    expectTypeOf(row.events.imprecise).toEqualTypeOf<number>();
    expectTypeOf(row.stances).toEqualTypeOf<readonly PanelStance[]>();
    expectTypeOf(row.sanctions).toEqualTypeOf<readonly PanelSanction[]>();
    expectTypeOf(row.sanctions[0]?.reachesTrade).toEqualTypeOf<boolean | undefined>();
    expectTypeOf(row.trade).toEqualTypeOf<PanelTrade>();
    expectTypeOf(row.trade.sums[0]?.flows).toEqualTypeOf<readonly string[] | undefined>();
    expectTypeOf(row.tradeTargets).toEqualTypeOf<readonly PanelTradeTarget[]>();
    expectTypeOf(row.tradeTargets[0]?.status).toEqualTypeOf<TradeProgressStatus | undefined>();
    // Event cells carry counts, not event ids.
    expectTypeOf(row.events).not.toHaveProperty("events");
  });

  it("requires by, from and to, and takes event cells with an intensity sum", () => {
    const index = createIndex(dataset);
    // @ts-expect-error: from and to are required
    dyadPanel(index, { by: "year" });
    // @ts-expect-error: no quarterly panel
    dyadPanel(index, { by: "quarter", from: "2020", to: "2025" });
    // @ts-expect-error: a dyad is a pair
    dyadPanel(index, { by: "year", from: "2020", to: "2025", dyads: [["country:IRN"]] });
    expectTypeOf<PanelEventCell["intensitySum"]>().toEqualTypeOf<number>();
    expectTypeOf<PanelEventCell>().not.toHaveProperty("meanIntensity");
    expectTypeOf(assemblePanel(index, { by: "month", from: "2020", to: "2020" }, [])).toEqualTypeOf<
      DyadPanelRow[]
    >();
  });
});
