import { blockedProjects } from "bilateral";
import { describe, expect, it } from "vitest";
import { index, PAK, USA } from "./histories-fixture.js";

describe("blockedProjects", () => {
  it("lists projects blocked now and by what", () => {
    const found = blockedProjects(index);
    expect(found.map((p) => [p.project.id, p.status, p.blockedBy.map((b) => b.sanction.id)])).toEqual([
      ["project:pipeline", "suspended", ["sanction:us-iran"]],
      ["project:port", "frozen", []],
    ]);
    expect(found[0]?.blockedBy[0]?.effect).toEqual({ effect: "blocks-project", project: "project:pipeline" });
  });

  it("lists projects blocked at a date", () => {
    expect(blockedProjects(index, { at: "2013-06" }).map((p) => [p.project.id, p.status])).toEqual([
      ["project:pipeline", "under-construction"],
    ]);
    expect(
      blockedProjects(index, { at: "2017" }).map((p) => [p.project.id, p.status, p.blockedBy.length]),
    ).toEqual([["project:pipeline", "suspended", 0]]);
    expect(blockedProjects(index, { at: "2009" })).toEqual([]);
  });

  it("filters by party", () => {
    expect(blockedProjects(index, { party: PAK }).map((p) => p.project.id)).toEqual([
      "project:pipeline",
      "project:port",
    ]);
    expect(blockedProjects(index, { party: USA })).toEqual([]);
  });
});
