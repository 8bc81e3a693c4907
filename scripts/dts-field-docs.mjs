#!/usr/bin/env node
// Writes each schema field's description into the built type declarations, as a JSDoc comment, so that an
// editor shows it when hovering a field of a record type (`EventRecord["negated"]`). The sources carry the same
// text as JSDoc on each shape property (test/model/field-descriptions.test.ts keeps them equal), but
// TypeScript's declaration emit drops comments inside inferred types: `declare const EventSchema:
// z.ZodObject<{ negated: z.ZodOptional<z.ZodBoolean>; ... }>` comes out bare. This script reads the built
// declarations with the TypeScript compiler API, pairs each declared schema with the built module's schema of
// the same name, and puts back the description of each field (`.meta({ description })`). Run after tsup
// (`npm run build` does); it rewrites dist/*.d.ts and dist/*.d.cts in place.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** A zod schema (duck-typed: the built module's zod may be another copy than this script's). */
function isSchema(value) {
  return typeof value === "object" && value !== null && "_zod" in value;
}

function descriptionOf(schema) {
  // zod keeps `.meta()` in its global registry, shared by every copy of zod 4 through `globalThis`.
  return globalThis.__zod_globalRegistry?.get(schema)?.description;
}

/** What a schema wraps, by the zod class name of its declared type: the inner type, the item, the options. */
function inner(schema, typeName, index) {
  const def = schema._zod.def;
  switch (typeName) {
    case "ZodObject":
      return index === 0 ? def.shape : undefined;
    case "ZodOptional":
    case "ZodNullable":
    case "ZodDefault":
    case "ZodReadonly":
    case "ZodNonOptional":
      return def.innerType;
    case "ZodArray":
      return def.element;
    case "ZodUnion":
    case "ZodDiscriminatedUnion":
      return index === 0 ? def.options : undefined;
    default:
      return undefined;
  }
}

/**
 * Pairs a declared type with the runtime value it describes, and collects a JSDoc insertion for each property
 * whose value is a schema with a description and that has no JSDoc yet.
 */
function collect(type, value, source, edits) {
  if (type === undefined || value === undefined || value === null) return;
  if (ts.isTypeLiteralNode(type) && typeof value === "object" && !isSchema(value)) {
    for (const member of type.members) {
      if (!ts.isPropertySignature(member) || member.name === undefined) continue;
      const name =
        ts.isIdentifier(member.name) || ts.isStringLiteral(member.name) ? member.name.text : undefined;
      if (name === undefined || !Object.hasOwn(value, name)) continue;
      const field = value[name];
      const description = isSchema(field) ? descriptionOf(field) : undefined;
      if (description !== undefined && ts.getJSDocCommentsAndTags(member).length === 0) {
        edits.push({ at: member.getStart(source), description });
      }
      collect(member.type, field, source, edits);
    }
    return;
  }
  if (ts.isTupleTypeNode(type) && Array.isArray(value)) {
    for (const [index, element] of type.elements.entries()) collect(element, value[index], source, edits);
    return;
  }
  if (ts.isTypeReferenceNode(type) && isSchema(value)) {
    const typeName = ts.isQualifiedName(type.typeName) ? type.typeName.right.text : type.typeName.text;
    for (const [index, argument] of (type.typeArguments ?? []).entries()) {
      collect(argument, inner(value, typeName, index), source, edits);
    }
  }
}

/** The declarations' text with the descriptions of the fields of `values` (built exports by name) put in. */
export function documentFields(text, values) {
  const source = ts.createSourceFile("types.d.ts", text, ts.ScriptTarget.Latest, true);
  const edits = [];
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const name = declaration.name.getText(source);
        if (Object.hasOwn(values, name)) collect(declaration.type, values[name], source, edits);
      }
    } else if (ts.isFunctionDeclaration(statement) && statement.name?.text.endsWith("Shape")) {
      // recordShape("kind") and its kin: the shape they return, made with a placeholder kind.
      const make = values[statement.name.text];
      if (typeof make === "function") collect(statement.type, make("kind"), source, edits);
    }
  }
  let out = text;
  for (const { at, description } of edits.sort((a, b) => b.at - a.at)) {
    const lineStart = out.lastIndexOf("\n", at - 1) + 1;
    const indent = out.slice(lineStart, at);
    out = `${out.slice(0, at)}/** ${description.replaceAll("*/", "*\\/")} */\n${indent}${out.slice(at)}`;
  }
  return out;
}

async function main() {
  const dist = join(ROOT, "dist");
  const values = {};
  for (const entry of ["index.js", "interop.js", "example.js"]) {
    Object.assign(values, await import(pathToFileURL(join(dist, entry)).href));
  }
  let count = 0;
  for (const name of readdirSync(dist)) {
    if (!name.endsWith(".d.ts") && !name.endsWith(".d.cts")) continue;
    const path = join(dist, name);
    const before = readFileSync(path, "utf8");
    const after = documentFields(before, values);
    count += after.split("\n").length - before.split("\n").length;
    writeFileSync(path, after);
  }
  console.log(`dts-field-docs: ${count} field descriptions written into dist/*.d.ts and *.d.cts`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
