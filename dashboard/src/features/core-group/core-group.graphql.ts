import { graphql } from '../../lib/documents';

// One request for the whole actions part: the lists the filters need, the filtered actions and, when
// one is opened (?actie=…), its details. @include keeps it one round trip either way.
export const CoreGroupQuery = graphql(`
  query CoreGroup($filter: ActionFilter, $actionId: ID!, $withAction: Boolean!) {
    pillars {
      id
      code
      number
      title
      titleEn
      goals {
        id
        title
      }
    }
    coreGroupMembers {
      id
      name
      organisation
      seat
    }
    municipalities(take: 200) {
      items {
        id
        cbsCode
        name
      }
    }
    actions(take: 200, filter: $filter) {
      totalItems
      items {
        id
        version
        title
        status
        late
        startOn
        dueOn
        regionWide
        leadOrganisation
        progress {
          value
        }
        pillar {
          id
          code
        }
        responsible {
          id
          name
        }
        municipalities {
          id
          name
        }
        blockedBy {
          id
          title
          status
        }
        milestones {
          id
          title
          dueOn
          doneOn
          late
        }
      }
    }
    action(id: $actionId) @include(if: $withAction) {
      id
      version
      title
      description
      status
      late
      startOn
      dueOn
      regionWide
      leadOrganisation
      manualProgress
      weight
      progress {
        value
        basedOn
        explanation
        explanationEn
      }
      pillar {
        id
        code
        title
        titleEn
      }
      goal {
        id
        title
      }
      responsible {
        id
        name
        organisation
      }
      owners {
        id
        name
      }
      municipalities {
        id
        name
      }
      parent {
        id
        title
      }
      subActions {
        id
        title
        status
      }
      blockedBy {
        id
        title
        status
        late
      }
      blocks {
        id
        title
        status
      }
      milestones {
        id
        title
        dueOn
        doneOn
        late
      }
      history {
        id
        changedAt
        changedBy
        statusFrom
        statusTo
        manualProgressFrom
        manualProgressTo
      }
      activities {
        id
        title
        heldOn
      }
    }
  }
`);

export const ActivitiesQuery = graphql(`
  query CoreGroupActivities($take: Int!) {
    activities(take: $take) {
      totalItems
      items {
        id
        title
        heldOn
        form
        level
        regionWide
        feedbackGiven
        municipality {
          id
          name
        }
        participants {
          total
        }
        report {
          id
          revision
          title
          status
          sentOn
          approvedOn
          sharedOn
          editable
        }
        actions {
          id
          title
        }
      }
    }
  }
`);

export const CreateActionMutation = graphql(`
  mutation CreateAction($input: CreateActionInput!) {
    createAction(input: $input) {
      id
    }
  }
`);

export const UpdateActionMutation = graphql(`
  mutation UpdateAction($id: ID!, $input: UpdateActionInput!) {
    updateAction(id: $id, input: $input) {
      id
      version
    }
  }
`);

export const BulkStatusMutation = graphql(`
  mutation BulkSetActionStatus($input: BulkSetActionStatusInput!) {
    bulkSetActionStatus(input: $input) {
      id
      status
    }
  }
`);

export const AddDependencyMutation = graphql(`
  mutation AddActionDependency($input: ActionDependencyInput!) {
    addActionDependency(input: $input) {
      blocker {
        id
      }
    }
  }
`);

export const RemoveDependencyMutation = graphql(`
  mutation RemoveActionDependency($input: ActionDependencyInput!) {
    removeActionDependency(input: $input)
  }
`);

export const CreateMilestoneMutation = graphql(`
  mutation CreateActionMilestone($input: CreateActionMilestoneInput!) {
    createActionMilestone(input: $input) {
      id
    }
  }
`);

export const UpdateMilestoneMutation = graphql(`
  mutation UpdateActionMilestone($id: ID!, $input: UpdateActionMilestoneInput!) {
    updateActionMilestone(id: $id, input: $input) {
      id
    }
  }
`);

export const DeleteMilestoneMutation = graphql(`
  mutation DeleteActionMilestone($id: ID!) {
    deleteActionMilestone(id: $id)
  }
`);

export const SetReportStatusMutation = graphql(`
  mutation SetActivityReportStatus($id: ID!, $input: SetActivityReportStatusInput!) {
    setActivityReportStatus(id: $id, input: $input) {
      id
      status
    }
  }
`);

export const CreateActivityMutation = graphql(`
  mutation CreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      id
    }
  }
`);

export const CreateReportMutation = graphql(`
  mutation CreateActivityReport($input: CreateActivityReportInput!) {
    createActivityReport(input: $input) {
      id
    }
  }
`);
