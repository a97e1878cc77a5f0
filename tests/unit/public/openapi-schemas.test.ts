/**
 * The OpenAPI document's request bodies and DTO answers are the zod schemas the handlers
 * parse with and the DTO types come from, so the document cannot drift from the code.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { homeVisitOptionsDto } from "../../../src/server/home-visit/public-queries";
import { homeVisitRequestDto, requestHomeVisitInput } from "../../../src/server/home-visit/request-home-visit";
import { dossierLookupDto, homeVisitLookupDto, lookupInput } from "../../../src/server/lookup/lookup-dossier";
import { portalRatingDto, rateDossierInput } from "../../../src/server/lookup/rate-dossier";
import { availabilityDto } from "../../../src/server/public/availability";
import { modelOccurrencesDto } from "../../../src/server/public/calendar-feed";
import { openApiDocument } from "../../../src/server/public/openapi";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// The document names the server's address, given by the route; nothing here connects.
const doc = openApiDocument("https://cong.example.vn") as Json;
const schemas = doc.components.schemas as Json;
const plain = (schema: z.ZodType, io: "input" | "output") => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" });
  return rest;
};

describe("the OpenAPI document generated from the zod schemas", () => {
  it.each([
    ["HomeVisitRequestInput", requestHomeVisitInput],
    ["LookupInput", lookupInput],
    ["RatingInput", rateDossierInput],
  ] as const)("the request body %s is the JSON Schema of the input the handler parses", (name, input) => {
    expect(schemas[name]).toEqual(plain(input, "input"));
  });

  it.each([
    ["DossierLookup", dossierLookupDto],
    ["HomeVisitLookup", homeVisitLookupDto],
    ["HomeVisitRequest", homeVisitRequestDto],
    ["Rating", portalRatingDto],
    ["Availability", availabilityDto],
    ["ModelOccurrences", modelOccurrencesDto],
    ["HomeVisitOptions", homeVisitOptionsDto],
  ] as const)("the answer %s is the JSON Schema of its DTO", (name, dto) => {
    expect(schemas[name]).toEqual(plain(dto, "output"));
  });

  it("the POST operations send and answer those components", () => {
    const body = (path: string) => doc.paths[path].post.requestBody.content["application/json"].schema.$ref;
    expect(body("/home-visit-requests")).toBe("#/components/schemas/HomeVisitRequestInput");
    expect(body("/dossiers/lookup")).toBe("#/components/schemas/LookupInput");
    expect(body("/dossiers/rating")).toBe("#/components/schemas/RatingInput");
    expect(doc.paths["/dossiers/rating"].post.responses["201"].content["application/json"].schema.$ref).toBe("#/components/schemas/Rating");
    expect(doc.paths["/dossiers/lookup"].post.responses["200"].content["application/json"].schema.oneOf.map((s: Json) => s.$ref)).toEqual([
      "#/components/schemas/DossierLookup",
      "#/components/schemas/HomeVisitLookup",
    ]);
  });

  it("a dossier's look-up documents every field the citizen gets, the refusal included", () => {
    const lookup = schemas.DossierLookup;
    for (const field of ["channelLabel", "refusedAt", "refusalReason"]) {
      expect(lookup.properties, field).toHaveProperty(field);
      expect(lookup.required, field).toContain(field);
    }
    expect(lookup.properties.refusedAt).toEqual({ anyOf: [{ type: "string", format: "date-time" }, { type: "null" }] });
    expect(lookup.additionalProperties).toBe(false);
  });

  it("the request bodies keep the handlers' rules: required fields, enums, patterns", () => {
    expect(schemas.HomeVisitRequestInput.required).toEqual(["unitSlug", "procedureId", "eligibleGroup", "requestedDate", "citizenName", "citizenPhone", "address", "consent"]);
    expect(schemas.HomeVisitRequestInput.properties.eligibleGroup.enum).toContain("ELDERLY_FRAIL");
    expect(schemas.LookupInput.properties.phoneLast4.pattern).toBe("^\\d{4}$");
    expect(schemas.RatingInput.properties.rating.enum).toEqual(["SATISFIED", "NEUTRAL", "UNSATISFIED"]);
  });

  it("every $ref points to a defined schema", () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(10);
    for (const r of refs) expect(schemas[r], r).toBeDefined();
  });
});
