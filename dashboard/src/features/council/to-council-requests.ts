// Shapes a council's requests for "Worden wij op tijd betrokken?": where each open request stands
// against the council's deadline, the council's rate against the region, and a calendar file of the
// deadlines. Pure, unit-tested.

export interface RequestInput {
  id: string;
  title: string;
  status: string;
  councilRespondedOn: string | null;
  councilPosition: string | null;
  timeliness: { verdict: string; deadline: string | null; daysLeft: number | null } | null;
}

export type DeadlineState =
  | { kind: 'daysLeft'; days: number; deadline: string }
  | { kind: 'overdue'; days: number; deadline: string }
  | { kind: 'answered'; on: string }
  | { kind: 'none' };

/**
 * Where the council stands on a request: days left until its deadline (0 = today), the deadline passed
 * without an answer, already answered, or no deadline (draft, unsolicited advice, "not requested").
 */
export function deadlineState(request: RequestInput): DeadlineState {
  if (request.councilRespondedOn) return { kind: 'answered', on: request.councilRespondedOn };
  const t = request.timeliness;
  if (!t?.deadline || t.daysLeft === null) return { kind: 'none' };
  return t.daysLeft >= 0
    ? { kind: 'daysLeft', days: t.daysLeft, deadline: t.deadline }
    : { kind: 'overdue', days: -t.daysLeft, deadline: t.deadline };
}

/** True when the council can record its position: the request was sent to it and it has not answered yet. */
export function awaitsPosition(
  request: RequestInput & { kind: string; reportedNotRequested: boolean },
): boolean {
  return (
    request.councilPosition === null &&
    !request.reportedNotRequested &&
    request.kind !== 'UNSOLICITED' &&
    request.status === 'SENT'
  );
}

export interface RateFigure {
  onTimeRate: number | null;
  ratedCount: number;
}

/** The council's on-time rate next to the region's, and the difference in percentage points. */
export function compareWithRegion(council: RateFigure | undefined, region: RateFigure | undefined) {
  const rate = (f: RateFigure | undefined) => (f && f.ratedCount > 0 ? f.onTimeRate : null);
  const own = rate(council);
  const all = rate(region);
  return {
    council: own,
    councilRated: council?.ratedCount ?? 0,
    region: all,
    regionRated: region?.ratedCount ?? 0,
    /** Percentage points (council − region), null when either has no figure. */
    // From the rounded percentages the page shows, so 63 % against 61 % reads as 2 points.
    points: own !== null && all !== null ? Math.round(own * 100) - Math.round(all * 100) : null,
  };
}

function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * An iCalendar file (RFC 5545) with one all-day event per open request on its deadline, so a council
 * can put its deadlines in its own agenda. Lines end in CRLF; text is escaped.
 */
export function toIcs(
  councilName: string,
  requests: ReadonlyArray<{ id: string; title: string; deadline: string }>,
  stamp: string,
  summary: (title: string) => string,
): string {
  const day = (iso: string) => iso.replace(/-/g, '');
  const next = (iso: string) => {
    const date = new Date(`${iso}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + 1);
    return date.toISOString().slice(0, 10);
  };
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Participatiemonitor//Adviestermijnen//NL',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${icsText(councilName)}`,
    ...requests.flatMap((r) => [
      'BEGIN:VEVENT',
      `UID:verzoek-${r.id}@participatiemonitor`,
      `DTSTAMP:${day(stamp)}T000000Z`,
      `DTSTART;VALUE=DATE:${day(r.deadline)}`,
      `DTEND;VALUE=DATE:${day(next(r.deadline))}`,
      `SUMMARY:${icsText(summary(r.title))}`,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return `${lines.join('\r\n')}\r\n`;
}
