/**
 * iCalendar (RFC 5545) text for the public calendar feeds: one VCALENDAR with one VEVENT per
 * occurrence. Instants are written in UTC ("…Z", RFC 5545 §3.3.5 form #2), so calendar
 * programs show them in the reader's own time zone without a VTIMEZONE block.
 * Pure: the caller passes the generation time (DTSTAMP).
 */

export interface IcsEvent {
  /** Globally unique and stable across regenerations (RFC 5545 §3.8.4.7). */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  categories?: string[];
}

interface IcsCalendar {
  /** Shown as the calendar's name (X-WR-CALNAME). */
  name: string;
  description?: string;
  /** When the feed was generated: every event's DTSTAMP. */
  stamp: Date;
  events: IcsEvent[];
}

const PRODID = "-//Cong mo hinh CCHC//Lich mo hinh//VI";

/** 20240306T000000Z */
export function icsInstant(t: Date): string {
  if (Number.isNaN(t.getTime())) throw new RangeError("Thời điểm không hợp lệ");
  return t.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, newline. */
export function icsEscape(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

const encoder = new TextEncoder();

/**
 * Folds a content line so that no physical line exceeds 75 octets (RFC 5545 §3.1), never
 * splitting a UTF-8 character: Vietnamese letters take 2–3 octets each.
 */
export function icsFold(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The first line holds 75 octets; continuation lines start with a space, so 74 more.
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n ");
}

function property(name: string, value: string): string {
  return icsFold(`${name}:${value}`);
}

export function buildIcs(calendar: IcsCalendar): string {
  const stamp = icsInstant(calendar.stamp);
  const lines: string[] = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    property("PRODID", PRODID),
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    property("X-WR-CALNAME", icsEscape(calendar.name)),
    "X-WR-TIMEZONE:Asia/Ho_Chi_Minh",
  ];
  if (calendar.description) lines.push(property("X-WR-CALDESC", icsEscape(calendar.description)));
  for (const e of calendar.events) {
    if (e.end.getTime() <= e.start.getTime()) throw new RangeError(`Sự kiện ${e.uid} kết thúc trước khi bắt đầu`);
    lines.push("BEGIN:VEVENT");
    lines.push(property("UID", e.uid));
    lines.push(`DTSTAMP:${stamp}`);
    lines.push(`DTSTART:${icsInstant(e.start)}`);
    lines.push(`DTEND:${icsInstant(e.end)}`);
    lines.push(property("SUMMARY", icsEscape(e.summary)));
    if (e.description) lines.push(property("DESCRIPTION", icsEscape(e.description)));
    if (e.location) lines.push(property("LOCATION", icsEscape(e.location)));
    if (e.url) lines.push(property("URL", e.url));
    if (e.categories?.length) lines.push(property("CATEGORIES", e.categories.map(icsEscape).join(",")));
    lines.push("TRANSP:TRANSPARENT");
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return `${lines.join("\r\n")}\r\n`;
}
