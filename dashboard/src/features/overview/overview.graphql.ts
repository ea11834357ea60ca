import { graphql } from '../../lib/generated';

// Everything the public part of the overview shows, in one request: the region's organisations and
// the programme figures (SQL aggregates; the public gets only approved material).
export const OverviewQuery = graphql(`
  query Overview($months: Int!) {
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
