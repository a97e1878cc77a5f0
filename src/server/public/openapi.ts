import "server-only";
import { homeVisitOptionsDto } from "../home-visit/public-queries";
import { homeVisitRequestDto, requestHomeVisitInput } from "../home-visit/request-home-visit";
import { dossierLookupDto, homeVisitLookupDto, lookupInput } from "../lookup/lookup-dossier";
import { portalRatingDto, rateDossierInput } from "../lookup/rate-dossier";
import { z } from "../validation";
import { MAX_BODY_BYTES } from "./api";
import { availabilityDto } from "./availability";
import { modelOccurrencesDto, OCCURRENCES_MAX_DAYS } from "./calendar-feed";
import { dto } from "./schemas";
import { SEARCH_MAX_CHARS } from "./search";

/**
 * The OpenAPI 3.1 description of /api/v1, next to the handlers. The request bodies and the
 * answers that are DTOs are generated from their zod schemas (the ones the handlers parse
 * with, the ones the DTO types are inferred from), so they cannot drift; the paths and the
 * answers the routes assemble are written here. The integration tests check that every
 * route file has a path here and every path answers.
 */

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const str = (description?: string, extra: Schema = {}): Schema => ({ type: "string", ...(description ? { description } : {}), ...extra });
const nullable = (s: Schema): Schema => ({ oneOf: [s, { type: "null" }] });
const date = (description?: string) => str(description, { format: "date" });
const instant = (description?: string) => str(description, { format: "date-time" });
const arr = (items: Schema): Schema => ({ type: "array", items });
const obj = (properties: Record<string, Schema>, required: string[] = Object.keys(properties)): Schema => ({ type: "object", properties, required });

const slugParam = { name: "slug", in: "path", required: true, description: "Mã đường dẫn của đơn vị, ví dụ xa-pho-nhon.", schema: str(undefined, { pattern: "^[a-z0-9-]{1,120}$" }) };
const modelKeyParam = { name: "key", in: "path", required: true, description: "Mã mô hình, ví dụ pho-nhon-thu-tu-khong-hen.", schema: str() };
const atParam = {
  name: "at",
  in: "query",
  required: false,
  description: "Thời điểm ISO 8601 có múi giờ, có độ lệch múi giờ, ví dụ +07:00 (mặc định: bây giờ).",
  schema: str(undefined, { format: "date-time" }),
};

const errorResponses = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((c) => [
      String(c),
      {
        description: { 404: "Không tìm thấy", 422: "Dữ liệu không hợp lệ (thông báo tiếng Việt)", 429: "Tạm khóa vì thử hoặc gửi quá nhiều lần; chờ theo Retry-After", 409: "Đã có" }[c] ?? "Lỗi",
        content: { "application/json": { schema: ref("Error") } },
        ...(c === 429 ? { headers: { "Retry-After": { description: "Số giây cần chờ", schema: { type: "integer" } } } } : {}),
      },
    ]),
  );

const json = (schema: Schema, description = "Thành công") => ({ description, content: { "application/json": { schema } } });

/** A zod schema in the document: a request body as it may be sent ("input"), a DTO as it is answered ("output"). */
function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): Schema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" });
  return rest;
}

/** The components generated from zod: the document's single source for them. */
const generatedSchemas = {
  requests: { HomeVisitRequestInput: requestHomeVisitInput, LookupInput: lookupInput, RatingInput: rateDossierInput },
  responses: {
    UnitRef: dto.unitRef(),
    Availability: availabilityDto,
    ModelOccurrences: modelOccurrencesDto,
    HomeVisitOptions: homeVisitOptionsDto,
    HomeVisitRequest: homeVisitRequestDto,
    DossierLookup: dossierLookupDto,
    HomeVisitLookup: homeVisitLookupDto,
    Rating: portalRatingDto,
  },
} satisfies Record<"requests" | "responses", Record<string, z.ZodType>>;

const generated = (): Record<string, Schema> => ({
  ...Object.fromEntries(Object.entries(generatedSchemas.requests).map(([name, schema]) => [name, jsonSchemaOf(schema, "input")])),
  ...Object.fromEntries(Object.entries(generatedSchemas.responses).map(([name, schema]) => [name, jsonSchemaOf(schema, "output")])),
});

export function openApiDocument(baseUrl: string): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    info: {
      title: "Cổng mô hình CCHC — API mở",
      version: "1.0.0",
      description:
        "Dữ liệu công khai đúng như các trang cho người dân hiển thị: đơn vị, mô hình, thủ tục, lịch áp dụng, thời điểm hẹn trả kết quả do bộ quy tắc tính, đề nghị giải quyết tại nhà và tra cứu hồ sơ. Mọi thời điểm theo ISO 8601; ngày là ngày tại Việt Nam (Asia/Ho_Chi_Minh). Lỗi trả về JSON {error: {code, message}} với thông báo tiếng Việt.",
      license: { name: "Dữ liệu công khai" },
    },
    servers: [{ url: `${baseUrl}/api/v1` }],
    paths: {
      "/units": {
        get: {
          summary: "Tìm đơn vị theo tên (không phân biệt dấu, hoa thường), mã đơn vị hành chính hoặc đơn vị cấp trên",
          parameters: [
            { name: "q", in: "query", schema: str(undefined, { maxLength: SEARCH_MAX_CHARS }), description: "Từ khóa, ví dụ «pho nhon»." },
            { name: "code", in: "query", schema: str(undefined, { pattern: "^\\d{1,10}$" }), description: "Mã đơn vị hành chính (GSO), ví dụ 21457." },
            { name: "parent", in: "query", schema: str(undefined, { pattern: "^[a-z0-9-]{1,120}$" }), description: "Slug của đơn vị cấp trên." },
            { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 200 } },
          ],
          responses: { "200": json(obj({ units: arr(ref("UnitHit")) })), ...errorResponses(422) },
        },
      },
      "/units/{slug}": {
        get: { summary: "Một đơn vị: mã, thời gian tồn tại, các cấp trên", parameters: [slugParam], responses: { "200": json(obj({ unit: ref("Unit"), links: { type: "object" } })), ...errorResponses(404) } },
      },
      "/units/{slug}/models": {
        get: {
          summary: "Các mô hình của đơn vị (kể cả của các thôn) và tình trạng vào một ngày",
          parameters: [slugParam, { name: "date", in: "query", schema: date(), description: "Ngày (YYYY-MM-DD), mặc định hôm nay." }],
          responses: { "200": json(obj({ unit: ref("UnitRef"), date: date(), models: arr(ref("ModelSummary")) })), ...errorResponses(404, 422) },
        },
      },
      "/units/{slug}/procedures": {
        get: { summary: "Danh mục thủ tục của đơn vị", parameters: [slugParam], responses: { "200": json(obj({ unit: ref("UnitRef"), procedures: arr(ref("Procedure")) })), ...errorResponses(404) } },
      },
      "/units/{slug}/procedures/{procedure}": {
        get: {
          summary: "Trang thủ tục: giấy tờ, phí, thời hạn, căn cứ, mức trực tuyến, ngày giờ trả trong ngày, thời điểm hẹn trả nếu nộp vào lúc at",
          parameters: [slugParam, { name: "procedure", in: "path", required: true, schema: str(), description: "Mã (id) hoặc khóa của thủ tục, ví dụ chung-thuc-chu-ky." }, atParam],
          responses: { "200": json(ref("ProcedureDetail")), ...errorResponses(404, 422) },
        },
      },
      "/units/{slug}/availability": {
        get: {
          summary: "Tại thời điểm at: với mỗi thủ tục, các mô hình đang áp dụng và thời điểm hẹn trả kết quả nếu nộp lúc đó",
          parameters: [slugParam, atParam],
          responses: { "200": json(ref("Availability")), ...errorResponses(404, 422) },
        },
      },
      "/units/{slug}/schedule": {
        get: {
          summary: "Bảng tuần (thủ tục × ngày) và dòng thông báo tại thời điểm at, như trang đơn vị",
          parameters: [slugParam, atParam],
          responses: { "200": json({ type: "object", description: "Ngày trong tuần, các thủ tục với nhãn từng ngày (SAME_DAY, HOME_VISIT, EXTENDED_HOURS, ORDINARY, CLOSED) và banner." }), ...errorResponses(404, 422) },
        },
      },
      "/units/{slug}/home-visit-options": {
        get: {
          summary: "Đề nghị giải quyết tại nhà: đối tượng, thủ tục và các ngày được phép (còn chỗ) tính từ hôm nay",
          parameters: [slugParam],
          responses: { "200": json(ref("HomeVisitOptions")), ...errorResponses(404) },
        },
      },
      "/units/{slug}/calendar.ics": {
        get: {
          summary: "Lịch iCalendar (RFC 5545) các ngày áp dụng mô hình của đơn vị, đã bỏ ngày nghỉ lễ, Tết",
          parameters: [slugParam],
          responses: { "200": { description: "Lịch", content: { "text/calendar": { schema: str() } } }, ...errorResponses(404) },
        },
      },
      "/models/{key}/occurrences": {
        get: {
          summary: `Các lần áp dụng của một mô hình trong khoảng ngày (tối đa ${OCCURRENCES_MAX_DAYS} ngày), đã bỏ ngày nghỉ`,
          parameters: [
            modelKeyParam,
            { name: "from", in: "query", schema: date(), description: "Từ ngày (mặc định hôm nay)." },
            { name: "to", in: "query", schema: date(), description: "Đến ngày, tính cả ngày đó (mặc định 30 ngày sau from)." },
            { name: "unit", in: "query", schema: str(undefined, { pattern: "^[a-z0-9-]{1,120}$" }), description: "Chỉ tại đơn vị này (theo giờ làm việc và thời gian tồn tại của đơn vị)." },
          ],
          responses: { "200": json(ref("ModelOccurrences")), ...errorResponses(404, 422) },
        },
      },
      "/models/{key}/calendar.ics": {
        get: {
          summary: "Lịch iCalendar (RFC 5545) của một mô hình",
          parameters: [modelKeyParam, { name: "unit", in: "query", schema: str(undefined, { pattern: "^[a-z0-9-]{1,120}$" }) }],
          responses: { "200": { description: "Lịch", content: { "text/calendar": { schema: str() } } }, ...errorResponses(404, 422) },
        },
      },
      "/home-visit-requests": {
        post: {
          summary: "Gửi đề nghị giải quyết thủ tục tại nhà (cùng kiểm tra như biểu mẫu: ngày do quy tắc của mô hình cho phép, còn chỗ, đúng đối tượng)",
          parameters: [{ name: "Idempotency-Key", in: "header", required: false, schema: str(undefined, { pattern: "^[A-Za-z0-9_-]{8,100}$" }), description: "Gửi lại cùng khóa thì nhận lại đề nghị cũ, không tạo thêm." }],
          requestBody: { required: true, description: `JSON, tối đa ${MAX_BODY_BYTES / 1024} KB.`, content: { "application/json": { schema: ref("HomeVisitRequestInput") } } },
          responses: {
            "201": json(ref("HomeVisitRequest"), "Đã tạo; trả về mã theo dõi"),
            "200": json(ref("HomeVisitRequest"), "Đã gửi trước đó với cùng khóa chống trùng"),
            ...errorResponses(404, 422, 429),
          },
        },
      },
      "/dossiers/lookup": {
        post: {
          summary:
            "Tra cứu hồ sơ (mã trên giấy hẹn) hoặc đề nghị đến nhà (mã TN-…) bằng 4 số cuối điện thoại (phoneLast4) hoặc số điện thoại đầy đủ (phone); sau vài lần sai phải chờ lâu dần (429, Retry-After); mã đã bị nhập sai 4 số cuối nhiều lần thì chỉ nhận số đầy đủ (429 có fieldErrors.phone)",
          requestBody: { required: true, content: { "application/json": { schema: ref("LookupInput") } } },
          responses: { "200": json({ oneOf: [ref("DossierLookup"), ref("HomeVisitLookup")] }), ...errorResponses(404, 422, 429) },
        },
      },
      "/dossiers/rating": {
        post: {
          summary: "Đánh giá mức độ hài lòng (một lần, sau khi đã trả kết quả)",
          requestBody: { required: true, content: { "application/json": { schema: ref("RatingInput") } } },
          responses: { "201": json(ref("Rating")), ...errorResponses(404, 409, 422, 429) },
        },
      },
      "/search": {
        get: {
          summary: "Tìm thủ tục, đơn vị, mô hình, kế hoạch (không phân biệt dấu, hoa thường; «đ» khớp «d»)",
          parameters: [{ name: "q", in: "query", required: true, schema: str(undefined, { maxLength: SEARCH_MAX_CHARS }) }],
          responses: { "200": json({ type: "object", properties: { query: str(), words: arr(str()), units: arr(ref("UnitHit")), procedures: arr({ type: "object" }), models: arr({ type: "object" }), plans: arr({ type: "object" }) } }), ...errorResponses(422) },
        },
      },
      "/plans": {
        get: {
          summary: "Các kế hoạch đã ban hành (kế hoạch minh họa của bản trình diễn có illustrative: true, xếp sau)",
          responses: { "200": json(obj({ plans: arr({ type: "object", properties: { key: str(), title: str(), illustrative: { type: "boolean" } }, required: ["key", "title", "illustrative"] }) })) },
        },
      },
      "/plans/{key}": {
        get: {
          summary: "Một kế hoạch như văn bản gốc (số, ngày để trống thì là null)",
          parameters: [{ name: "key", in: "path", required: true, schema: str() }],
          responses: { "200": json(obj({ plan: { type: "object" } })), ...errorResponses(404) },
        },
      },
      "/openapi.json": { get: { summary: "Tài liệu này", responses: { "200": json({ type: "object" }) } } },
    },
    components: {
      schemas: {
        Error: obj({ error: obj({ code: str("VALIDATION, NOT_FOUND, RULE_VIOLATION, CONFLICT, RATE_LIMITED, …"), message: str("Thông báo tiếng Việt"), fieldErrors: { type: "object", additionalProperties: arr(str()) }, retryAfterSeconds: { type: "integer", description: "Khi bị tạm khóa (429) hoặc cơ sở dữ liệu đang khởi động lại (503, UNAVAILABLE): số giây đến khi nên thử lại; cũng gửi trong tiêu đề Retry-After." } }, ["code", "message"]) }),
        UnitHit: obj(
          {
            slug: str(),
            name: str(),
            kind: str(undefined, { enum: ["PROVINCE", "DISTRICT", "COMMUNE", "WARD", "TOWNSHIP", "DEPARTMENT"] }),
            adminCode: nullable(str()),
            parent: nullable(ref("UnitRef")),
            validFrom: nullable(date()),
            validTo: nullable(date()),
            links: { type: "object" },
          },
          ["slug", "name", "kind", "adminCode", "parent", "validFrom", "validTo"],
        ),
        Unit: obj({ id: str(), slug: str(), name: str(), kind: str(), adminCode: nullable(str()), validFrom: nullable(date()), validTo: nullable(date()), mergedInto: nullable(ref("UnitRef")), parent: nullable({ type: "object" }), ancestors: arr({ type: "object" }) }),
        ModelSummary: obj(
          {
            key: str(),
            name: str(),
            kind: str(),
            status: str(undefined, { enum: ["ACTIVE", "UPCOMING", "ENDED"] }),
            description: str("Lịch áp dụng bằng tiếng Việt"),
            validFrom: date(),
            validTo: nullable(date()),
            plan: obj(
              { key: str(), title: str(), reference: str(), illustrative: { type: "boolean", description: "true: dữ liệu minh họa (không phải kế hoạch thật), chỉ có trong bản trình diễn" } },
              ["key", "title", "reference", "illustrative"],
            ),
            localName: nullable(str()),
          },
          ["key", "name", "kind", "status", "description", "validFrom", "validTo", "plan"],
        ),
        Procedure: obj(
          { id: str(), key: str(), code: nullable(str("Mã thủ tục quốc gia")), name: str(), fieldCode: str(), fieldName: str(), statutoryWorkingDays: { type: "integer" }, sameDayCutoff: nullable(str()) },
          ["id", "key", "code", "name", "statutoryWorkingDays"],
        ),
        Promise: obj(
          { channel: str(undefined, { enum: ["DESK", "ONLINE"] }), receivedAt: instant(), effectiveReceivedAt: instant(), promisedAt: instant(), statutoryBound: instant(), basis: str(undefined, { enum: ["MODEL", "STATUTORY"] }), modelName: nullable(str()), steps: arr(str()), opensAt: nullable(instant("Tại Bộ phận Một cửa, hỏi lúc đang đóng cửa: giờ mở cửa; receivedAt là lúc đó")), handover: nullable(str("Khi hẹn trả sau ngày cuối cùng của đơn vị: đơn vị kế thừa trả kết quả")) },
          ["promisedAt", "statutoryBound", "basis", "steps"],
        ),
        ProcedureDetail: {
          type: "object",
          properties: {
            unit: ref("UnitRef"),
            at: instant(),
            procedure: { type: "object", properties: { name: str(), statutoryText: str(), fees: str(), documents: arr(str()), legalBasis: arr(str()), onlineLevel: str(undefined, { enum: ["NONE", "PARTIAL", "FULL"] }) } },
            lifetime: str(undefined, { enum: ["ACTIVE", "NOT_YET", "ENDED"] }),
            models: arr({ type: "object" }),
            week: arr({ type: "object" }),
            promises: arr(ref("Promise")),
            nextOpenings: arr({ type: "object" }),
          },
        },
        ...generated(),
      },
    },
  };
}
