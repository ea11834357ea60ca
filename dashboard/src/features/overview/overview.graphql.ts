import { graphql } from '../../lib/documents';

// Everything the public part of the overview shows, in one request: the region's organisations and
// the programme figures (SQL aggregates; the public gets only approved material).
export const OverviewQuery = graphql(`
  query Overview($months: Int!, $from: Date!, $to: Date!) {
    timelinessByMonth: timelinessFigures(groupBy: MONTH, from: $from, to: $to) {
      key
      name
      periodStart
      onTimeRate
      ratedCount
      entryCount
      verdictCounts {
        onTime
        shortNotice
        afterTheFact
        notRequested
        open
        withdrawn
        notApplicable
      }
    }
    timelinessRegion: timelinessFigures(groupBy: REGION, from: $from, to: $to) {
      key
      name
      onTimeRate
      ratedCount
      medianMarginDays
      verdictCounts {
        onTime
        open
      }
    }
    regions {
      id
      code
      name
    }
    municipalities(take: 200) {
      totalItems
      items {
        id
        inhabitants
        youthPopulation
      }
    }
    providers(take: 200) {
      totalItems
      items {
        id
        councilRequired
        councils {
          id
          regulationAdoptedOn
        }
        municipalities {
          id
        }
      }
    }
    programmeStats(months: $months) {
      today
      from
      months
      scope
      pillars {
        pillarId
        code
        number
        title
        titleEn
        progress {
          value
          basedOn
          rule
          explanation
          explanationEn
        }
      }
      pillarProgressOverTime {
        on
        pillarCode
        value
        basedOn
      }
      actionSummary {
        total
        open
        late
        blocked
        dueThisMonth
        dueWithin7Days
        lateMilestones
        waitingOnOthers
      }
      actionsByPillarStatus {
        pillarCode
        status
        count
        late
      }
      activitySummary {
        activities
        participants
        feedbackShare
        withApprovedReport
      }
      activitiesByMonth {
        key
        activities
        participants
        youth
        parents
        professionals
        other
      }
    }
  }
`);

// The "needs attention this week" list; signed-in users only (it names actions and their owners).
export const AttentionQuery = graphql(`
  query Attention {
    adviceRequests(take: 100, sort: DEADLINE_FIRST, filter: { openOnly: true }) {
      totalItems
      items {
        id
        title
        council {
          id
          name
        }
        timeliness {
          deadline
          daysLeft
        }
      }
    }
    lateActions(take: 50) {
      totalItems
      items {
        id
        title
        dueOn
        status
        pillar {
          code
        }
        responsible {
          id
          name
        }
      }
    }
    actionsDueWithin(days: 7, take: 50) {
      totalItems
      items {
        id
        title
        dueOn
        status
        pillar {
          code
        }
        responsible {
          id
          name
        }
      }
    }
    lateMilestones(take: 50) {
      totalItems
      items {
        id
        title
        dueOn
        action {
          id
          title
        }
      }
    }
    activities(take: 200) {
      items {
        id
        title
        heldOn
        report {
          id
          status
          sentOn
        }
      }
    }
  }
`);
