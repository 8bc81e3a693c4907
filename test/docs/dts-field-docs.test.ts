import * as bilateral from "bilateral";
import { describe, expect, it } from "vitest";
import { documentFields } from "../../scripts/dts-field-docs.mjs";

// TypeScript's declaration emit drops the JSDoc of shape properties inside inferred types; `npm run build` runs
// scripts/dts-field-docs.mjs to write each field's description back into dist/*.d.ts, for editors' hovers.

const DECLARATIONS = `import { z } from "zod";
declare const EventSchema: z.ZodObject<{
    negated: z.ZodOptional<z.ZodBoolean>;
    location: z.ZodOptional<z.ZodObject<{
        adm1: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    mentions: z.ZodOptional<z.ZodArray<z.ZodObject<{
        text: z.ZodString;
    }, z.core.$strict>>>;
}, z.core.$strict>;
declare const SanctionEffectSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
    project: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    parties: z.ZodTuple<[z.ZodString, z.ZodString], null>;
}, z.core.$strict>], "effect">;
declare function recordShape<const Kind extends string>(kind: Kind): {
    id: z.ZodString;
};
declare const Unknown: z.ZodObject<{
    negated: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict>;
export { EventSchema, SanctionEffectSchema, recordShape, Unknown };
`;

function docOf(text: string, field: string): string | undefined {
  return text.match(new RegExp(`/\\*\\* (.*) \\*/\\n\\s*${field}:`))?.[1];
}

describe("dts-field-docs", () => {
  const out = documentFields(DECLARATIONS, bilateral);

  it("writes each field's description above it, nested objects, lists and unions included", () => {
    expect(docOf(out, "negated")).toMatch(/^True when the source reports that the act did not take place/);
    expect(docOf(out, "adm1")).toMatch(/^A feed's first-level administrative division code/);
    expect(docOf(out, "text")).toMatch(/^The text as delivered/);
    expect(docOf(out, "project")).toBe("The project the sanction blocks.");
    expect(docOf(out, "parties")).toBe("The two countries whose trade the sanction constrains.");
    expect(docOf(out, "id")).toMatch(/^The record's id/);
  });

  it("leaves declarations it cannot pair with an export alone, and is idempotent", () => {
    expect(out.match(/\/\*\*/g)).toHaveLength(8); // the six above, location and mentions
    expect(out.slice(out.indexOf("declare const Unknown"))).not.toContain("/**");
    expect(documentFields(out, bilateral)).toBe(out);
  });
});
