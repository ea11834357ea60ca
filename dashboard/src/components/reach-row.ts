/** Activities and participants (by kind) in one month ('YYYY-MM'). */
export interface ReachRow {
  month: string;
  activities: number;
  participants: number;
  youth: number;
  parents: number;
  professionals: number;
  other: number;
}
