/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      ...MemberSummary\n    }\n    viewerCan {\n      seeCases\n      registerApplications\n      readStats\n      seePanelWork\n      administerAccounts\n      readInbox\n      vote\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment MemberRow on Member {\n    id\n    name\n    email\n    role\n    active\n    status\n    agency {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.MemberRowFragmentDoc,
    "\n  query Members($includeInactive: Boolean!) {\n    members(includeInactive: $includeInactive) {\n      ...MemberRow\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query Agencies {\n    agencies {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.AgenciesDocument,
    "\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      ...MemberRow\n    }\n  }\n": typeof types.CreateMemberDocument,
    "\n  mutation DeactivateMember($id: ID!) {\n    deactivateMember(id: $id) {\n      ...MemberRow\n    }\n  }\n": typeof types.DeactivateMemberDocument,
    "\n  mutation ApproveMember($id: ID!) {\n    approveMember(id: $id) {\n      ...MemberRow\n    }\n  }\n": typeof types.ApproveMemberDocument,
    "\n  mutation RejectMember($id: ID!, $reason: String!) {\n    rejectMember(id: $id, reason: $reason) {\n      ...MemberRow\n    }\n  }\n": typeof types.RejectMemberDocument,
    "\n  mutation IssueInvitation($memberId: ID!) {\n    issueInvitation(memberId: $memberId) {\n      path\n      expiresAt\n      member {\n        ...MemberRow\n      }\n    }\n  }\n": typeof types.IssueInvitationDocument,
    "\n  query AccountAudit($first: Int, $after: String) {\n    accountAudit(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          seq\n          at\n          kind\n          fromStatus\n          toStatus\n          role\n          previousRole\n          reason\n          agency {\n            id\n            name\n          }\n          actor {\n            id\n            name\n            role\n          }\n          member {\n            id\n            name\n            email\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AccountAuditDocument,
    "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.CreateAgencyDocument,
    "\n  query Calendar($year: Int!) {\n    calendar(year: $year) {\n      date\n      kind\n      name\n    }\n  }\n": typeof types.CalendarDocument,
    "\n  mutation SetCalendarDay($date: LocalDate!, $kind: CalendarDayKind!, $name: String!) {\n    setCalendarDay(date: $date, kind: $kind, name: $name) {\n      date\n      kind\n      name\n    }\n  }\n": typeof types.SetCalendarDayDocument,
    "\n  mutation RemoveCalendarDay($date: LocalDate!) {\n    removeCalendarDay(date: $date)\n  }\n": typeof types.RemoveCalendarDayDocument,
    "\n  fragment PrescriptionOfficialsFields on PanelSettings {\n    signatoryNameKk\n    signatoryNameRu\n    signatoryPositionKk\n    signatoryPositionRu\n    executorNameKk\n    executorNameRu\n    executorPositionKk\n    executorPositionRu\n    executorPhone\n    executorEmail\n  }\n": typeof types.PrescriptionOfficialsFieldsFragmentDoc,
    "\n  query PanelSettings {\n    panelSettings {\n      ...PanelSettingsFields\n      retentionYears\n      ...PrescriptionOfficialsFields\n    }\n  }\n": typeof types.PanelSettingsDocument,
    "\n  mutation UpdatePanelSettings($input: PanelSettingsInput!) {\n    updatePanelSettings(input: $input) {\n      ...PanelSettingsFields\n      retentionYears\n      ...PrescriptionOfficialsFields\n    }\n  }\n": typeof types.UpdatePanelSettingsDocument,
    "\n  query FailedJobs {\n    failedJobs {\n      id\n      kind\n      attempts\n      lastError\n      failedAt\n      createdAt\n    }\n  }\n": typeof types.FailedJobsDocument,
    "\n  mutation RetryJob($id: ID!) {\n    retryJob(id: $id) {\n      id\n      attempts\n      failedAt\n    }\n  }\n": typeof types.RetryJobDocument,
    "\n  fragment RegistryPlatformFields on Platform {\n    id\n    code\n    name\n    hosts\n    representative\n    representativeKk\n    representativeContact\n    legalNameKk\n    legalNameRu\n    bin\n    registration\n    addressKk\n    addressRu\n  }\n": typeof types.RegistryPlatformFieldsFragmentDoc,
    "\n  query PlatformRegistry {\n    platforms {\n      ...RegistryPlatformFields\n    }\n  }\n": typeof types.PlatformRegistryDocument,
    "\n  mutation UpdatePlatform($id: ID!, $input: PlatformInput!) {\n    updatePlatform(id: $id, input: $input) {\n      ...RegistryPlatformFields\n    }\n  }\n": typeof types.UpdatePlatformDocument,
    "\n  fragment CaseEventFields on CaseEvent {\n    seq\n    kind\n    at\n    actor {\n      id\n      name\n    }\n    payload\n  }\n": typeof types.CaseEventFieldsFragmentDoc,
    "\n  fragment CaseStateFields on Case {\n    id\n    status\n    dueAt\n    overdue\n    screeningReason\n    reviewOverrideReason\n    extension {\n      reason\n      extendedAt\n      dueAt\n      applicantNoticeDueAt\n      noticeSentAt\n      noticeChannel\n      by {\n        id\n        name\n      }\n    }\n    ending\n    answerDueAt\n    answerSentAt\n    answerChannel\n    checklist {\n      childUnder18\n      twoOrMoreEpisodes\n      throughTelecomOrMedia\n      met\n      failing\n    }\n    allowedTransitions\n    viewerCan {\n      extendDeadline\n      recordExtensionNotice\n      recordAnswerSent\n      seeIdentity\n      uploadEvidence\n      choosePrescriptionUrls\n      readAudit\n      comment\n    }\n    events {\n      ...CaseEventFields\n    }\n  }\n": typeof types.CaseStateFieldsFragmentDoc,
    "\n  query CaseFile($id: ID!) {\n    case(id: $id) {\n      ...CaseStateFields\n      number\n      applicationKind\n      applicationNumber\n      checklistOverrideReason\n      language\n      receivedAt\n      description\n      identityErasedAt\n      applicant {\n        name\n        relation\n        contact\n      }\n      child {\n        name\n        birthDate\n        region\n        school\n      }\n      childProfile {\n        ageAtFirstEpisode\n        region\n      }\n      episodes {\n        id\n        occurredAt\n        channel\n        url\n        evidenceDescription\n        platform {\n          id\n          name\n        }\n        contentKind\n        excerpt\n        evidence {\n          id\n          fileName\n          mimeType\n          size\n          sha256\n          uploadedAt\n          uploadedBy {\n            id\n            name\n          }\n        }\n      }\n      resources {\n        id\n        url\n        platform {\n          id\n          name\n        }\n        description\n      }\n      prescriptionUrls {\n        url\n        platform {\n          id\n          name\n        }\n        accountRoot\n        included\n        chosen\n      }\n    }\n  }\n": typeof types.CaseFileDocument,
    "\n  mutation StartScreening($caseId: ID!) {\n    startScreening(caseId: $caseId) {\n      ...CaseStateFields\n    }\n  }\n": typeof types.StartScreeningDocument,
    "\n  mutation AcceptForReview($caseId: ID!, $reason: String) {\n    acceptForReview(caseId: $caseId, reason: $reason) {\n      ...CaseStateFields\n    }\n  }\n": typeof types.AcceptForReviewDocument,
    "\n  mutation ReturnToApplicant($caseId: ID!, $reason: String!) {\n    returnToApplicant(caseId: $caseId, reason: $reason) {\n      ...CaseStateFields\n    }\n  }\n": typeof types.ReturnToApplicantDocument,
    "\n  mutation MarkOutOfScope($caseId: ID!, $reason: String!) {\n    markOutOfScope(caseId: $caseId, reason: $reason) {\n      ...CaseStateFields\n    }\n  }\n": typeof types.MarkOutOfScopeDocument,
    "\n  mutation ExtendDeadline($caseId: ID!, $reason: String!, $dueAt: DateTimeISO!) {\n    extendDeadline(caseId: $caseId, reason: $reason, dueAt: $dueAt) {\n      ...CaseStateFields\n    }\n  }\n": typeof types.ExtendDeadlineDocument,
    "\n  mutation RecordExtensionNotice($caseId: ID!, $sentAt: DateTimeISO!, $channel: NoticeChannel!) {\n    recordExtensionNotice(caseId: $caseId, sentAt: $sentAt, channel: $channel) {\n      ...CaseStateFields\n    }\n  }\n": typeof types.RecordExtensionNoticeDocument,
    "\n  mutation RecordAnswerSent($caseId: ID!, $sentAt: DateTimeISO!, $channel: NoticeChannel!) {\n    recordAnswerSent(caseId: $caseId, sentAt: $sentAt, channel: $channel) {\n      ...CaseStateFields\n    }\n  }\n": typeof types.RecordAnswerSentDocument,
    "\n  query CaseAudit($caseId: ID!, $kinds: [AuditKind!], $first: Int, $after: String) {\n    caseAudit(caseId: $caseId, filter: { kinds: $kinds }, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          seq\n          at\n          kind\n          category\n          subject\n          summary\n          requestId\n          actor {\n            id\n            name\n            role\n            agency {\n              id\n              name\n              kind\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CaseAuditDocument,
    "\n  query CaseAuditSummary($caseId: ID!) {\n    caseAuditSummary(caseId: $caseId) {\n      reads\n      subjects\n      firstAt\n      lastAt\n      actor {\n        id\n        name\n        role\n        agency {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.CaseAuditSummaryDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    deleted\n    deletedAt\n    deletedBy {\n      id\n      name\n    }\n    author {\n      id\n      name\n      role\n      agency {\n        id\n        name\n        kind\n      }\n    }\n    parentId\n    postedAt\n    editedAt\n    revisions {\n      id\n      body\n      replacedAt\n    }\n    mentions {\n      id\n      name\n      email\n    }\n    viewerCan {\n      edit\n      delete\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  query CaseThread($id: ID!) {\n    case(id: $id) {\n      id\n      comments {\n        ...CommentFields\n        replies {\n          ...CommentFields\n        }\n      }\n    }\n  }\n": typeof types.CaseThreadDocument,
    "\n  query RoomDirectory {\n    members {\n      id\n      name\n      email\n      role\n      active\n      agency {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.RoomDirectoryDocument,
    "\n  mutation AddComment($caseId: ID!, $body: String!, $parentId: ID, $idempotencyKey: String) {\n    addComment(caseId: $caseId, body: $body, parentId: $parentId, idempotencyKey: $idempotencyKey) {\n      ...CommentFields\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation EditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      ...CommentFields\n    }\n  }\n": typeof types.EditCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n": typeof types.DeleteCommentDocument,
    "\n  mutation SetTyping($caseId: ID!, $typing: Boolean!) {\n    setTyping(caseId: $caseId, typing: $typing)\n  }\n": typeof types.SetTypingDocument,
    "\n  subscription CaseRoomEvents($caseId: ID!, $after: String) {\n    caseEvents(caseId: $caseId, after: $after) {\n      ...CaseEventFields\n      comment {\n        ...CommentFields\n      }\n    }\n  }\n": typeof types.CaseRoomEventsDocument,
    "\n  subscription CasePresence($caseId: ID!) {\n    casePresence(caseId: $caseId) {\n      caseId\n      members {\n        typing\n        member {\n          id\n          name\n          agency {\n            id\n            name\n            kind\n          }\n        }\n      }\n    }\n  }\n": typeof types.CasePresenceDocument,
    "\n  query Cases($first: Int!, $after: String, $filter: CaseFilter) {\n    cases(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          number\n          status\n          receivedAt\n          dueAt\n          overdue\n          episodes {\n            id\n            platform {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CasesDocument,
    "\n  subscription PanelEvents {\n    panelEvents {\n      seq\n      kind\n    }\n  }\n": typeof types.PanelEventsDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    at\n    readAt\n    case {\n      id\n      number\n    }\n    comment {\n      id\n      body\n      deleted\n      author {\n        id\n        name\n      }\n      mentions {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  subscription Inbox {\n    inbox {\n      unreadCount\n      latest {\n        ...NotificationFields\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  query Notifications($unreadOnly: Boolean!) {\n    notifications(unreadOnly: $unreadOnly) {\n      ...NotificationFields\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation RegisterApplication($input: RegisterApplicationInput!) {\n    registerApplication(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.RegisterApplicationDocument,
    "\n  query IntakeChecklist($input: IntakeChecklistInput!) {\n    intakeChecklist(input: $input) {\n      met\n      failing\n    }\n  }\n": typeof types.IntakeChecklistDocument,
    "\n  query Platforms {\n    platforms {\n      id\n      name\n      hosts\n    }\n  }\n": typeof types.PlatformsDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      member {\n        ...MemberSummary\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      token\n      expiresAt\n      member {\n        ...MemberSummary\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment CasePrescriptionProgress on Case {\n    id\n    prescriptions {\n      ...PrescriptionProgressFields\n    }\n  }\n": typeof types.CasePrescriptionProgressFragmentDoc,
    "\n  fragment PrescriptionProgressFields on Prescription {\n    id\n    number\n    status\n    deliveredAt\n    removalDueAt\n    resolvedAt\n  }\n": typeof types.PrescriptionProgressFieldsFragmentDoc,
    "\n  fragment UrlCheckFields on UrlCheck {\n    id\n    url\n    state\n    httpStatus\n    note\n    checkedAt\n  }\n": typeof types.UrlCheckFieldsFragmentDoc,
    "\n  fragment EscalationFields on AccessRestrictionRequest {\n    id\n    requestedAt\n    requestedBy {\n      id\n      name\n    }\n    package\n  }\n": typeof types.EscalationFieldsFragmentDoc,
    "\n  fragment PrescriptionFields on Prescription {\n    id\n    number\n    addressee\n    addresseeContact\n    platform {\n      id\n      name\n    }\n    urls\n    status\n    issuedAt\n    deliveredAt\n    removalDueAt\n    removalHours\n    resolvedAt\n    legalBasisKk\n    legalBasisRu\n    checks {\n      ...UrlCheckFields\n    }\n    escalation {\n      ...EscalationFields\n    }\n  }\n": typeof types.PrescriptionFieldsFragmentDoc,
    "\n  mutation DeliverPrescription($prescriptionId: ID!, $deliveredAt: DateTimeISO, $idempotencyKey: String) {\n    deliverPrescription(prescriptionId: $prescriptionId, deliveredAt: $deliveredAt, idempotencyKey: $idempotencyKey) {\n      ...PrescriptionFields\n    }\n  }\n": typeof types.DeliverPrescriptionDocument,
    "\n  mutation RecordCompliance($prescriptionId: ID!, $status: PrescriptionStatus!, $note: String, $idempotencyKey: String) {\n    recordCompliance(prescriptionId: $prescriptionId, status: $status, note: $note, idempotencyKey: $idempotencyKey) {\n      ...PrescriptionFields\n    }\n  }\n": typeof types.RecordComplianceDocument,
    "\n  mutation RecheckPrescription($prescriptionId: ID!) {\n    recheckPrescription(prescriptionId: $prescriptionId) {\n      ...UrlCheckFields\n    }\n  }\n": typeof types.RecheckPrescriptionDocument,
    "\n  mutation EscalatePrescription($prescriptionId: ID!, $idempotencyKey: String) {\n    escalatePrescription(prescriptionId: $prescriptionId, idempotencyKey: $idempotencyKey) {\n      ...EscalationFields\n    }\n  }\n": typeof types.EscalatePrescriptionDocument,
    "\n  mutation SetPrescriptionUrl($caseId: ID!, $url: String!, $included: Boolean!) {\n    setPrescriptionUrl(caseId: $caseId, url: $url, included: $included) {\n      url\n      included\n      chosen\n    }\n  }\n": typeof types.SetPrescriptionUrlDocument,
    "\n  query Stats($period: PeriodInput!, $filter: StatsFilter, $withPanel: Boolean!) {\n    stats(period: $period, filter: $filter) {\n      period {\n        from\n        to\n      }\n      total {\n        ...StatsCount\n      }\n      byMonth {\n        ...StatsBucket\n      }\n      byPlatform {\n        ...StatsBucket\n      }\n      byRegion {\n        ...StatsBucket\n      }\n      byStatus {\n        ...StatsBucket\n      }\n      byAgeBand {\n        ...StatsBucket\n      }\n      byOutcome {\n        ...StatsBucket\n      }\n      deadlines {\n        decidedWithinDeadline\n        extended\n        overdueNow\n      }\n      decisionTime {\n        ...StatsDuration\n      }\n      decisionTimeByMonth {\n        ...StatsDuration\n      }\n      compliance {\n        platform\n        prescriptions {\n          ...StatsCount\n        }\n        complied\n        partiallyComplied\n        notComplied\n        escalated\n        medianHoursToRemoval\n      }\n      repeatTargets {\n        target\n        url\n        platform\n        number\n        cases {\n          ...StatsCount\n        }\n      }\n      panelWorkByMember @include(if: $withPanel) {\n        name\n        agencyKind\n        cases\n        votes\n      }\n      panelWorkByAgency @include(if: $withPanel) {\n        name\n        agencyKind\n        cases\n        votes\n      }\n    }\n  }\n\n  fragment StatsCount on Count {\n    value\n    suppressed\n  }\n\n  fragment StatsBucket on Bucket {\n    key\n    count {\n      ...StatsCount\n    }\n  }\n\n  fragment StatsDuration on DurationStat {\n    key\n    count {\n      ...StatsCount\n    }\n    medianHours\n    p90Hours\n  }\n": typeof types.StatsDocument,
    "\n  query StatsPlatforms {\n    platforms {\n      id\n      code\n      name\n    }\n  }\n": typeof types.StatsPlatformsDocument,
    "\n  fragment DecisionFields on Decision {\n    id\n    outcome\n    protocolNumber\n    decidedAt\n    voters {\n      memberId\n      name\n      agency\n      choice\n    }\n    reasoning\n    reasoningKk\n    reasoningRu\n    answerLanguage\n    signed\n    chairSignedAt\n    chairSignedBy {\n      id\n      name\n    }\n    secretarySignedAt\n    secretarySignedBy {\n      id\n      name\n    }\n    dissents {\n      id\n      member {\n        id\n        name\n      }\n      text\n      writtenAt\n    }\n  }\n": typeof types.DecisionFieldsFragmentDoc,
    "\n  query DecisionAnswer($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      decision {\n        id\n        answerText\n      }\n    }\n  }\n": typeof types.DecisionAnswerDocument,
    "\n  mutation AddDissent($decisionId: ID!, $text: String!) {\n    addDissent(decisionId: $decisionId, text: $text) {\n      id\n      member {\n        id\n        name\n      }\n      text\n      writtenAt\n    }\n  }\n": typeof types.AddDissentDocument,
    "\n  mutation SignDecision($decisionId: ID!) {\n    signDecision(decisionId: $decisionId) {\n      ...DecisionFields\n    }\n  }\n": typeof types.SignDecisionDocument,
    "\n  mutation SetDecisionReasoning($decisionId: ID!, $kk: String!, $ru: String!) {\n    setDecisionReasoning(decisionId: $decisionId, kk: $kk, ru: $ru) {\n      ...DecisionFields\n    }\n  }\n": typeof types.SetDecisionReasoningDocument,
    "\n  fragment VotingPerson on Member {\n    id\n    name\n  }\n": typeof types.VotingPersonFragmentDoc,
    "\n  fragment FindingFields on Finding {\n    criterion\n    value\n    note\n  }\n": typeof types.FindingFieldsFragmentDoc,
    "\n  fragment TallyFields on TallyView {\n    eligible\n    voted\n    quorumNeeded\n    quorumMet\n    confirmed\n    notConfirmed\n    abstain\n    outcome\n    decidedByChair\n  }\n": typeof types.TallyFieldsFragmentDoc,
    "\n  fragment RoundTally on VotingRound {\n    tally {\n      ...TallyFields\n    }\n  }\n": typeof types.RoundTallyFragmentDoc,
    "\n  fragment RoundFields on VotingRound {\n    id\n    number\n    open\n    openedAt\n    openedBy {\n      ...VotingPerson\n    }\n    deadlineAt\n    closedAt\n    closeReason\n    outcome\n    canVote\n    tally {\n      ...TallyFields\n    }\n    votes {\n      id\n      member {\n        ...VotingPerson\n        agency {\n          id\n          name\n          kind\n        }\n      }\n      choice\n      findings {\n        ...FindingFields\n      }\n      reasoning\n      castAt\n      supersededAt\n    }\n    myVoteHistory {\n      id\n      choice\n      findings {\n        ...FindingFields\n      }\n      reasoning\n      castAt\n      supersededAt\n    }\n  }\n": typeof types.RoundFieldsFragmentDoc,
    "\n  query CaseVoting($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      allowedTransitions\n      viewerRecused\n      viewerCan {\n        openVoting\n        closeVoting\n        vote\n        declareConflict\n        signDecision\n        writeReasoning\n        followUpPrescriptions\n        escalatePrescriptions\n        seeIdentity\n        extendDeadline\n        recordExtensionNotice\n        recordAnswerSent\n        choosePrescriptionUrls\n        uploadEvidence\n        readAudit\n        comment\n      }\n      recusals {\n        id\n        member {\n          ...VotingPerson\n        }\n        reason\n        declaredAt\n      }\n      votingRounds {\n        ...RoundFields\n      }\n      decision {\n        ...DecisionFields\n      }\n      prescriptions {\n        ...PrescriptionFields\n      }\n    }\n    panelSettings {\n      ...PanelSettingsFields\n    }\n  }\n": typeof types.CaseVotingDocument,
    "\n  mutation OpenVoting($caseId: ID!) {\n    openVoting(caseId: $caseId) {\n      ...RoundFields\n    }\n  }\n": typeof types.OpenVotingDocument,
    "\n  mutation CastVote($roundId: ID!, $choice: VoteChoice!, $findings: [FindingInput!]!, $reasoning: String, $idempotencyKey: String) {\n    castVote(roundId: $roundId, choice: $choice, findings: $findings, reasoning: $reasoning, idempotencyKey: $idempotencyKey) {\n      id\n      choice\n      findings {\n        ...FindingFields\n      }\n      reasoning\n      castAt\n      supersededAt\n    }\n  }\n": typeof types.CastVoteDocument,
    "\n  mutation CloseVoting($roundId: ID!) {\n    closeVoting(roundId: $roundId) {\n      ...RoundFields\n    }\n  }\n": typeof types.CloseVotingDocument,
    "\n  mutation DeclareConflict($caseId: ID!, $reason: String!) {\n    declareConflict(caseId: $caseId, reason: $reason) {\n      id\n      member {\n        ...VotingPerson\n      }\n      reason\n      declaredAt\n    }\n  }\n": typeof types.DeclareConflictDocument,
    "\n  fragment MemberSummary on Member {\n    id\n    name\n    email\n    role\n    agency {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.MemberSummaryFragmentDoc,
    "\n  fragment PanelSettingsFields on PanelSettings {\n    quorumNumerator\n    quorumDenominator\n    decisionRule\n    chairCastingVote\n    votesVisibleBeforeClose\n    roundHours\n    removalHours\n    legalBasisKk\n    legalBasisRu\n    ministryKk\n    ministryRu\n  }\n": typeof types.PanelSettingsFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      ...MemberSummary\n    }\n    viewerCan {\n      seeCases\n      registerApplications\n      readStats\n      seePanelWork\n      administerAccounts\n      readInbox\n      vote\n    }\n  }\n": types.MeDocument,
    "\n  fragment MemberRow on Member {\n    id\n    name\n    email\n    role\n    active\n    status\n    agency {\n      id\n      name\n      kind\n    }\n  }\n": types.MemberRowFragmentDoc,
    "\n  query Members($includeInactive: Boolean!) {\n    members(includeInactive: $includeInactive) {\n      ...MemberRow\n    }\n  }\n": types.MembersDocument,
    "\n  query Agencies {\n    agencies {\n      id\n      name\n      kind\n    }\n  }\n": types.AgenciesDocument,
    "\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      ...MemberRow\n    }\n  }\n": types.CreateMemberDocument,
    "\n  mutation DeactivateMember($id: ID!) {\n    deactivateMember(id: $id) {\n      ...MemberRow\n    }\n  }\n": types.DeactivateMemberDocument,
    "\n  mutation ApproveMember($id: ID!) {\n    approveMember(id: $id) {\n      ...MemberRow\n    }\n  }\n": types.ApproveMemberDocument,
    "\n  mutation RejectMember($id: ID!, $reason: String!) {\n    rejectMember(id: $id, reason: $reason) {\n      ...MemberRow\n    }\n  }\n": types.RejectMemberDocument,
    "\n  mutation IssueInvitation($memberId: ID!) {\n    issueInvitation(memberId: $memberId) {\n      path\n      expiresAt\n      member {\n        ...MemberRow\n      }\n    }\n  }\n": types.IssueInvitationDocument,
    "\n  query AccountAudit($first: Int, $after: String) {\n    accountAudit(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          seq\n          at\n          kind\n          fromStatus\n          toStatus\n          role\n          previousRole\n          reason\n          agency {\n            id\n            name\n          }\n          actor {\n            id\n            name\n            role\n          }\n          member {\n            id\n            name\n            email\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AccountAuditDocument,
    "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n      name\n      kind\n    }\n  }\n": types.CreateAgencyDocument,
    "\n  query Calendar($year: Int!) {\n    calendar(year: $year) {\n      date\n      kind\n      name\n    }\n  }\n": types.CalendarDocument,
    "\n  mutation SetCalendarDay($date: LocalDate!, $kind: CalendarDayKind!, $name: String!) {\n    setCalendarDay(date: $date, kind: $kind, name: $name) {\n      date\n      kind\n      name\n    }\n  }\n": types.SetCalendarDayDocument,
    "\n  mutation RemoveCalendarDay($date: LocalDate!) {\n    removeCalendarDay(date: $date)\n  }\n": types.RemoveCalendarDayDocument,
    "\n  fragment PrescriptionOfficialsFields on PanelSettings {\n    signatoryNameKk\n    signatoryNameRu\n    signatoryPositionKk\n    signatoryPositionRu\n    executorNameKk\n    executorNameRu\n    executorPositionKk\n    executorPositionRu\n    executorPhone\n    executorEmail\n  }\n": types.PrescriptionOfficialsFieldsFragmentDoc,
    "\n  query PanelSettings {\n    panelSettings {\n      ...PanelSettingsFields\n      retentionYears\n      ...PrescriptionOfficialsFields\n    }\n  }\n": types.PanelSettingsDocument,
    "\n  mutation UpdatePanelSettings($input: PanelSettingsInput!) {\n    updatePanelSettings(input: $input) {\n      ...PanelSettingsFields\n      retentionYears\n      ...PrescriptionOfficialsFields\n    }\n  }\n": types.UpdatePanelSettingsDocument,
    "\n  query FailedJobs {\n    failedJobs {\n      id\n      kind\n      attempts\n      lastError\n      failedAt\n      createdAt\n    }\n  }\n": types.FailedJobsDocument,
    "\n  mutation RetryJob($id: ID!) {\n    retryJob(id: $id) {\n      id\n      attempts\n      failedAt\n    }\n  }\n": types.RetryJobDocument,
    "\n  fragment RegistryPlatformFields on Platform {\n    id\n    code\n    name\n    hosts\n    representative\n    representativeKk\n    representativeContact\n    legalNameKk\n    legalNameRu\n    bin\n    registration\n    addressKk\n    addressRu\n  }\n": types.RegistryPlatformFieldsFragmentDoc,
    "\n  query PlatformRegistry {\n    platforms {\n      ...RegistryPlatformFields\n    }\n  }\n": types.PlatformRegistryDocument,
    "\n  mutation UpdatePlatform($id: ID!, $input: PlatformInput!) {\n    updatePlatform(id: $id, input: $input) {\n      ...RegistryPlatformFields\n    }\n  }\n": types.UpdatePlatformDocument,
    "\n  fragment CaseEventFields on CaseEvent {\n    seq\n    kind\n    at\n    actor {\n      id\n      name\n    }\n    payload\n  }\n": types.CaseEventFieldsFragmentDoc,
    "\n  fragment CaseStateFields on Case {\n    id\n    status\n    dueAt\n    overdue\n    screeningReason\n    reviewOverrideReason\n    extension {\n      reason\n      extendedAt\n      dueAt\n      applicantNoticeDueAt\n      noticeSentAt\n      noticeChannel\n      by {\n        id\n        name\n      }\n    }\n    ending\n    answerDueAt\n    answerSentAt\n    answerChannel\n    checklist {\n      childUnder18\n      twoOrMoreEpisodes\n      throughTelecomOrMedia\n      met\n      failing\n    }\n    allowedTransitions\n    viewerCan {\n      extendDeadline\n      recordExtensionNotice\n      recordAnswerSent\n      seeIdentity\n      uploadEvidence\n      choosePrescriptionUrls\n      readAudit\n      comment\n    }\n    events {\n      ...CaseEventFields\n    }\n  }\n": types.CaseStateFieldsFragmentDoc,
    "\n  query CaseFile($id: ID!) {\n    case(id: $id) {\n      ...CaseStateFields\n      number\n      applicationKind\n      applicationNumber\n      checklistOverrideReason\n      language\n      receivedAt\n      description\n      identityErasedAt\n      applicant {\n        name\n        relation\n        contact\n      }\n      child {\n        name\n        birthDate\n        region\n        school\n      }\n      childProfile {\n        ageAtFirstEpisode\n        region\n      }\n      episodes {\n        id\n        occurredAt\n        channel\n        url\n        evidenceDescription\n        platform {\n          id\n          name\n        }\n        contentKind\n        excerpt\n        evidence {\n          id\n          fileName\n          mimeType\n          size\n          sha256\n          uploadedAt\n          uploadedBy {\n            id\n            name\n          }\n        }\n      }\n      resources {\n        id\n        url\n        platform {\n          id\n          name\n        }\n        description\n      }\n      prescriptionUrls {\n        url\n        platform {\n          id\n          name\n        }\n        accountRoot\n        included\n        chosen\n      }\n    }\n  }\n": types.CaseFileDocument,
    "\n  mutation StartScreening($caseId: ID!) {\n    startScreening(caseId: $caseId) {\n      ...CaseStateFields\n    }\n  }\n": types.StartScreeningDocument,
    "\n  mutation AcceptForReview($caseId: ID!, $reason: String) {\n    acceptForReview(caseId: $caseId, reason: $reason) {\n      ...CaseStateFields\n    }\n  }\n": types.AcceptForReviewDocument,
    "\n  mutation ReturnToApplicant($caseId: ID!, $reason: String!) {\n    returnToApplicant(caseId: $caseId, reason: $reason) {\n      ...CaseStateFields\n    }\n  }\n": types.ReturnToApplicantDocument,
    "\n  mutation MarkOutOfScope($caseId: ID!, $reason: String!) {\n    markOutOfScope(caseId: $caseId, reason: $reason) {\n      ...CaseStateFields\n    }\n  }\n": types.MarkOutOfScopeDocument,
    "\n  mutation ExtendDeadline($caseId: ID!, $reason: String!, $dueAt: DateTimeISO!) {\n    extendDeadline(caseId: $caseId, reason: $reason, dueAt: $dueAt) {\n      ...CaseStateFields\n    }\n  }\n": types.ExtendDeadlineDocument,
    "\n  mutation RecordExtensionNotice($caseId: ID!, $sentAt: DateTimeISO!, $channel: NoticeChannel!) {\n    recordExtensionNotice(caseId: $caseId, sentAt: $sentAt, channel: $channel) {\n      ...CaseStateFields\n    }\n  }\n": types.RecordExtensionNoticeDocument,
    "\n  mutation RecordAnswerSent($caseId: ID!, $sentAt: DateTimeISO!, $channel: NoticeChannel!) {\n    recordAnswerSent(caseId: $caseId, sentAt: $sentAt, channel: $channel) {\n      ...CaseStateFields\n    }\n  }\n": types.RecordAnswerSentDocument,
    "\n  query CaseAudit($caseId: ID!, $kinds: [AuditKind!], $first: Int, $after: String) {\n    caseAudit(caseId: $caseId, filter: { kinds: $kinds }, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          seq\n          at\n          kind\n          category\n          subject\n          summary\n          requestId\n          actor {\n            id\n            name\n            role\n            agency {\n              id\n              name\n              kind\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CaseAuditDocument,
    "\n  query CaseAuditSummary($caseId: ID!) {\n    caseAuditSummary(caseId: $caseId) {\n      reads\n      subjects\n      firstAt\n      lastAt\n      actor {\n        id\n        name\n        role\n        agency {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.CaseAuditSummaryDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    deleted\n    deletedAt\n    deletedBy {\n      id\n      name\n    }\n    author {\n      id\n      name\n      role\n      agency {\n        id\n        name\n        kind\n      }\n    }\n    parentId\n    postedAt\n    editedAt\n    revisions {\n      id\n      body\n      replacedAt\n    }\n    mentions {\n      id\n      name\n      email\n    }\n    viewerCan {\n      edit\n      delete\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  query CaseThread($id: ID!) {\n    case(id: $id) {\n      id\n      comments {\n        ...CommentFields\n        replies {\n          ...CommentFields\n        }\n      }\n    }\n  }\n": types.CaseThreadDocument,
    "\n  query RoomDirectory {\n    members {\n      id\n      name\n      email\n      role\n      active\n      agency {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.RoomDirectoryDocument,
    "\n  mutation AddComment($caseId: ID!, $body: String!, $parentId: ID, $idempotencyKey: String) {\n    addComment(caseId: $caseId, body: $body, parentId: $parentId, idempotencyKey: $idempotencyKey) {\n      ...CommentFields\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation EditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      ...CommentFields\n    }\n  }\n": types.EditCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n": types.DeleteCommentDocument,
    "\n  mutation SetTyping($caseId: ID!, $typing: Boolean!) {\n    setTyping(caseId: $caseId, typing: $typing)\n  }\n": types.SetTypingDocument,
    "\n  subscription CaseRoomEvents($caseId: ID!, $after: String) {\n    caseEvents(caseId: $caseId, after: $after) {\n      ...CaseEventFields\n      comment {\n        ...CommentFields\n      }\n    }\n  }\n": types.CaseRoomEventsDocument,
    "\n  subscription CasePresence($caseId: ID!) {\n    casePresence(caseId: $caseId) {\n      caseId\n      members {\n        typing\n        member {\n          id\n          name\n          agency {\n            id\n            name\n            kind\n          }\n        }\n      }\n    }\n  }\n": types.CasePresenceDocument,
    "\n  query Cases($first: Int!, $after: String, $filter: CaseFilter) {\n    cases(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          number\n          status\n          receivedAt\n          dueAt\n          overdue\n          episodes {\n            id\n            platform {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CasesDocument,
    "\n  subscription PanelEvents {\n    panelEvents {\n      seq\n      kind\n    }\n  }\n": types.PanelEventsDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    at\n    readAt\n    case {\n      id\n      number\n    }\n    comment {\n      id\n      body\n      deleted\n      author {\n        id\n        name\n      }\n      mentions {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  subscription Inbox {\n    inbox {\n      unreadCount\n      latest {\n        ...NotificationFields\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  query Notifications($unreadOnly: Boolean!) {\n    notifications(unreadOnly: $unreadOnly) {\n      ...NotificationFields\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation RegisterApplication($input: RegisterApplicationInput!) {\n    registerApplication(input: $input) {\n      id\n      number\n    }\n  }\n": types.RegisterApplicationDocument,
    "\n  query IntakeChecklist($input: IntakeChecklistInput!) {\n    intakeChecklist(input: $input) {\n      met\n      failing\n    }\n  }\n": types.IntakeChecklistDocument,
    "\n  query Platforms {\n    platforms {\n      id\n      name\n      hosts\n    }\n  }\n": types.PlatformsDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      member {\n        ...MemberSummary\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      token\n      expiresAt\n      member {\n        ...MemberSummary\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment CasePrescriptionProgress on Case {\n    id\n    prescriptions {\n      ...PrescriptionProgressFields\n    }\n  }\n": types.CasePrescriptionProgressFragmentDoc,
    "\n  fragment PrescriptionProgressFields on Prescription {\n    id\n    number\n    status\n    deliveredAt\n    removalDueAt\n    resolvedAt\n  }\n": types.PrescriptionProgressFieldsFragmentDoc,
    "\n  fragment UrlCheckFields on UrlCheck {\n    id\n    url\n    state\n    httpStatus\n    note\n    checkedAt\n  }\n": types.UrlCheckFieldsFragmentDoc,
    "\n  fragment EscalationFields on AccessRestrictionRequest {\n    id\n    requestedAt\n    requestedBy {\n      id\n      name\n    }\n    package\n  }\n": types.EscalationFieldsFragmentDoc,
    "\n  fragment PrescriptionFields on Prescription {\n    id\n    number\n    addressee\n    addresseeContact\n    platform {\n      id\n      name\n    }\n    urls\n    status\n    issuedAt\n    deliveredAt\n    removalDueAt\n    removalHours\n    resolvedAt\n    legalBasisKk\n    legalBasisRu\n    checks {\n      ...UrlCheckFields\n    }\n    escalation {\n      ...EscalationFields\n    }\n  }\n": types.PrescriptionFieldsFragmentDoc,
    "\n  mutation DeliverPrescription($prescriptionId: ID!, $deliveredAt: DateTimeISO, $idempotencyKey: String) {\n    deliverPrescription(prescriptionId: $prescriptionId, deliveredAt: $deliveredAt, idempotencyKey: $idempotencyKey) {\n      ...PrescriptionFields\n    }\n  }\n": types.DeliverPrescriptionDocument,
    "\n  mutation RecordCompliance($prescriptionId: ID!, $status: PrescriptionStatus!, $note: String, $idempotencyKey: String) {\n    recordCompliance(prescriptionId: $prescriptionId, status: $status, note: $note, idempotencyKey: $idempotencyKey) {\n      ...PrescriptionFields\n    }\n  }\n": types.RecordComplianceDocument,
    "\n  mutation RecheckPrescription($prescriptionId: ID!) {\n    recheckPrescription(prescriptionId: $prescriptionId) {\n      ...UrlCheckFields\n    }\n  }\n": types.RecheckPrescriptionDocument,
    "\n  mutation EscalatePrescription($prescriptionId: ID!, $idempotencyKey: String) {\n    escalatePrescription(prescriptionId: $prescriptionId, idempotencyKey: $idempotencyKey) {\n      ...EscalationFields\n    }\n  }\n": types.EscalatePrescriptionDocument,
    "\n  mutation SetPrescriptionUrl($caseId: ID!, $url: String!, $included: Boolean!) {\n    setPrescriptionUrl(caseId: $caseId, url: $url, included: $included) {\n      url\n      included\n      chosen\n    }\n  }\n": types.SetPrescriptionUrlDocument,
    "\n  query Stats($period: PeriodInput!, $filter: StatsFilter, $withPanel: Boolean!) {\n    stats(period: $period, filter: $filter) {\n      period {\n        from\n        to\n      }\n      total {\n        ...StatsCount\n      }\n      byMonth {\n        ...StatsBucket\n      }\n      byPlatform {\n        ...StatsBucket\n      }\n      byRegion {\n        ...StatsBucket\n      }\n      byStatus {\n        ...StatsBucket\n      }\n      byAgeBand {\n        ...StatsBucket\n      }\n      byOutcome {\n        ...StatsBucket\n      }\n      deadlines {\n        decidedWithinDeadline\n        extended\n        overdueNow\n      }\n      decisionTime {\n        ...StatsDuration\n      }\n      decisionTimeByMonth {\n        ...StatsDuration\n      }\n      compliance {\n        platform\n        prescriptions {\n          ...StatsCount\n        }\n        complied\n        partiallyComplied\n        notComplied\n        escalated\n        medianHoursToRemoval\n      }\n      repeatTargets {\n        target\n        url\n        platform\n        number\n        cases {\n          ...StatsCount\n        }\n      }\n      panelWorkByMember @include(if: $withPanel) {\n        name\n        agencyKind\n        cases\n        votes\n      }\n      panelWorkByAgency @include(if: $withPanel) {\n        name\n        agencyKind\n        cases\n        votes\n      }\n    }\n  }\n\n  fragment StatsCount on Count {\n    value\n    suppressed\n  }\n\n  fragment StatsBucket on Bucket {\n    key\n    count {\n      ...StatsCount\n    }\n  }\n\n  fragment StatsDuration on DurationStat {\n    key\n    count {\n      ...StatsCount\n    }\n    medianHours\n    p90Hours\n  }\n": types.StatsDocument,
    "\n  query StatsPlatforms {\n    platforms {\n      id\n      code\n      name\n    }\n  }\n": types.StatsPlatformsDocument,
    "\n  fragment DecisionFields on Decision {\n    id\n    outcome\n    protocolNumber\n    decidedAt\n    voters {\n      memberId\n      name\n      agency\n      choice\n    }\n    reasoning\n    reasoningKk\n    reasoningRu\n    answerLanguage\n    signed\n    chairSignedAt\n    chairSignedBy {\n      id\n      name\n    }\n    secretarySignedAt\n    secretarySignedBy {\n      id\n      name\n    }\n    dissents {\n      id\n      member {\n        id\n        name\n      }\n      text\n      writtenAt\n    }\n  }\n": types.DecisionFieldsFragmentDoc,
    "\n  query DecisionAnswer($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      decision {\n        id\n        answerText\n      }\n    }\n  }\n": types.DecisionAnswerDocument,
    "\n  mutation AddDissent($decisionId: ID!, $text: String!) {\n    addDissent(decisionId: $decisionId, text: $text) {\n      id\n      member {\n        id\n        name\n      }\n      text\n      writtenAt\n    }\n  }\n": types.AddDissentDocument,
    "\n  mutation SignDecision($decisionId: ID!) {\n    signDecision(decisionId: $decisionId) {\n      ...DecisionFields\n    }\n  }\n": types.SignDecisionDocument,
    "\n  mutation SetDecisionReasoning($decisionId: ID!, $kk: String!, $ru: String!) {\n    setDecisionReasoning(decisionId: $decisionId, kk: $kk, ru: $ru) {\n      ...DecisionFields\n    }\n  }\n": types.SetDecisionReasoningDocument,
    "\n  fragment VotingPerson on Member {\n    id\n    name\n  }\n": types.VotingPersonFragmentDoc,
    "\n  fragment FindingFields on Finding {\n    criterion\n    value\n    note\n  }\n": types.FindingFieldsFragmentDoc,
    "\n  fragment TallyFields on TallyView {\n    eligible\n    voted\n    quorumNeeded\n    quorumMet\n    confirmed\n    notConfirmed\n    abstain\n    outcome\n    decidedByChair\n  }\n": types.TallyFieldsFragmentDoc,
    "\n  fragment RoundTally on VotingRound {\n    tally {\n      ...TallyFields\n    }\n  }\n": types.RoundTallyFragmentDoc,
    "\n  fragment RoundFields on VotingRound {\n    id\n    number\n    open\n    openedAt\n    openedBy {\n      ...VotingPerson\n    }\n    deadlineAt\n    closedAt\n    closeReason\n    outcome\n    canVote\n    tally {\n      ...TallyFields\n    }\n    votes {\n      id\n      member {\n        ...VotingPerson\n        agency {\n          id\n          name\n          kind\n        }\n      }\n      choice\n      findings {\n        ...FindingFields\n      }\n      reasoning\n      castAt\n      supersededAt\n    }\n    myVoteHistory {\n      id\n      choice\n      findings {\n        ...FindingFields\n      }\n      reasoning\n      castAt\n      supersededAt\n    }\n  }\n": types.RoundFieldsFragmentDoc,
    "\n  query CaseVoting($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      allowedTransitions\n      viewerRecused\n      viewerCan {\n        openVoting\n        closeVoting\n        vote\n        declareConflict\n        signDecision\n        writeReasoning\n        followUpPrescriptions\n        escalatePrescriptions\n        seeIdentity\n        extendDeadline\n        recordExtensionNotice\n        recordAnswerSent\n        choosePrescriptionUrls\n        uploadEvidence\n        readAudit\n        comment\n      }\n      recusals {\n        id\n        member {\n          ...VotingPerson\n        }\n        reason\n        declaredAt\n      }\n      votingRounds {\n        ...RoundFields\n      }\n      decision {\n        ...DecisionFields\n      }\n      prescriptions {\n        ...PrescriptionFields\n      }\n    }\n    panelSettings {\n      ...PanelSettingsFields\n    }\n  }\n": types.CaseVotingDocument,
    "\n  mutation OpenVoting($caseId: ID!) {\n    openVoting(caseId: $caseId) {\n      ...RoundFields\n    }\n  }\n": types.OpenVotingDocument,
    "\n  mutation CastVote($roundId: ID!, $choice: VoteChoice!, $findings: [FindingInput!]!, $reasoning: String, $idempotencyKey: String) {\n    castVote(roundId: $roundId, choice: $choice, findings: $findings, reasoning: $reasoning, idempotencyKey: $idempotencyKey) {\n      id\n      choice\n      findings {\n        ...FindingFields\n      }\n      reasoning\n      castAt\n      supersededAt\n    }\n  }\n": types.CastVoteDocument,
    "\n  mutation CloseVoting($roundId: ID!) {\n    closeVoting(roundId: $roundId) {\n      ...RoundFields\n    }\n  }\n": types.CloseVotingDocument,
    "\n  mutation DeclareConflict($caseId: ID!, $reason: String!) {\n    declareConflict(caseId: $caseId, reason: $reason) {\n      id\n      member {\n        ...VotingPerson\n      }\n      reason\n      declaredAt\n    }\n  }\n": types.DeclareConflictDocument,
    "\n  fragment MemberSummary on Member {\n    id\n    name\n    email\n    role\n    agency {\n      id\n      name\n      kind\n    }\n  }\n": types.MemberSummaryFragmentDoc,
    "\n  fragment PanelSettingsFields on PanelSettings {\n    quorumNumerator\n    quorumDenominator\n    decisionRule\n    chairCastingVote\n    votesVisibleBeforeClose\n    roundHours\n    removalHours\n    legalBasisKk\n    legalBasisRu\n    ministryKk\n    ministryRu\n  }\n": types.PanelSettingsFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...MemberSummary\n    }\n    viewerCan {\n      seeCases\n      registerApplications\n      readStats\n      seePanelWork\n      administerAccounts\n      readInbox\n      vote\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...MemberSummary\n    }\n    viewerCan {\n      seeCases\n      registerApplications\n      readStats\n      seePanelWork\n      administerAccounts\n      readInbox\n      vote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberRow on Member {\n    id\n    name\n    email\n    role\n    active\n    status\n    agency {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment MemberRow on Member {\n    id\n    name\n    email\n    role\n    active\n    status\n    agency {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($includeInactive: Boolean!) {\n    members(includeInactive: $includeInactive) {\n      ...MemberRow\n    }\n  }\n"): (typeof documents)["\n  query Members($includeInactive: Boolean!) {\n    members(includeInactive: $includeInactive) {\n      ...MemberRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agencies {\n    agencies {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query Agencies {\n    agencies {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      ...MemberRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      ...MemberRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateMember($id: ID!) {\n    deactivateMember(id: $id) {\n      ...MemberRow\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateMember($id: ID!) {\n    deactivateMember(id: $id) {\n      ...MemberRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMember($id: ID!) {\n    approveMember(id: $id) {\n      ...MemberRow\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveMember($id: ID!) {\n    approveMember(id: $id) {\n      ...MemberRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectMember($id: ID!, $reason: String!) {\n    rejectMember(id: $id, reason: $reason) {\n      ...MemberRow\n    }\n  }\n"): (typeof documents)["\n  mutation RejectMember($id: ID!, $reason: String!) {\n    rejectMember(id: $id, reason: $reason) {\n      ...MemberRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueInvitation($memberId: ID!) {\n    issueInvitation(memberId: $memberId) {\n      path\n      expiresAt\n      member {\n        ...MemberRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IssueInvitation($memberId: ID!) {\n    issueInvitation(memberId: $memberId) {\n      path\n      expiresAt\n      member {\n        ...MemberRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountAudit($first: Int, $after: String) {\n    accountAudit(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          seq\n          at\n          kind\n          fromStatus\n          toStatus\n          role\n          previousRole\n          reason\n          agency {\n            id\n            name\n          }\n          actor {\n            id\n            name\n            role\n          }\n          member {\n            id\n            name\n            email\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountAudit($first: Int, $after: String) {\n    accountAudit(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          seq\n          at\n          kind\n          fromStatus\n          toStatus\n          role\n          previousRole\n          reason\n          agency {\n            id\n            name\n          }\n          actor {\n            id\n            name\n            role\n          }\n          member {\n            id\n            name\n            email\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Calendar($year: Int!) {\n    calendar(year: $year) {\n      date\n      kind\n      name\n    }\n  }\n"): (typeof documents)["\n  query Calendar($year: Int!) {\n    calendar(year: $year) {\n      date\n      kind\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCalendarDay($date: LocalDate!, $kind: CalendarDayKind!, $name: String!) {\n    setCalendarDay(date: $date, kind: $kind, name: $name) {\n      date\n      kind\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation SetCalendarDay($date: LocalDate!, $kind: CalendarDayKind!, $name: String!) {\n    setCalendarDay(date: $date, kind: $kind, name: $name) {\n      date\n      kind\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCalendarDay($date: LocalDate!) {\n    removeCalendarDay(date: $date)\n  }\n"): (typeof documents)["\n  mutation RemoveCalendarDay($date: LocalDate!) {\n    removeCalendarDay(date: $date)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PrescriptionOfficialsFields on PanelSettings {\n    signatoryNameKk\n    signatoryNameRu\n    signatoryPositionKk\n    signatoryPositionRu\n    executorNameKk\n    executorNameRu\n    executorPositionKk\n    executorPositionRu\n    executorPhone\n    executorEmail\n  }\n"): (typeof documents)["\n  fragment PrescriptionOfficialsFields on PanelSettings {\n    signatoryNameKk\n    signatoryNameRu\n    signatoryPositionKk\n    signatoryPositionRu\n    executorNameKk\n    executorNameRu\n    executorPositionKk\n    executorPositionRu\n    executorPhone\n    executorEmail\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PanelSettings {\n    panelSettings {\n      ...PanelSettingsFields\n      retentionYears\n      ...PrescriptionOfficialsFields\n    }\n  }\n"): (typeof documents)["\n  query PanelSettings {\n    panelSettings {\n      ...PanelSettingsFields\n      retentionYears\n      ...PrescriptionOfficialsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePanelSettings($input: PanelSettingsInput!) {\n    updatePanelSettings(input: $input) {\n      ...PanelSettingsFields\n      retentionYears\n      ...PrescriptionOfficialsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePanelSettings($input: PanelSettingsInput!) {\n    updatePanelSettings(input: $input) {\n      ...PanelSettingsFields\n      retentionYears\n      ...PrescriptionOfficialsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FailedJobs {\n    failedJobs {\n      id\n      kind\n      attempts\n      lastError\n      failedAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query FailedJobs {\n    failedJobs {\n      id\n      kind\n      attempts\n      lastError\n      failedAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryJob($id: ID!) {\n    retryJob(id: $id) {\n      id\n      attempts\n      failedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RetryJob($id: ID!) {\n    retryJob(id: $id) {\n      id\n      attempts\n      failedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegistryPlatformFields on Platform {\n    id\n    code\n    name\n    hosts\n    representative\n    representativeKk\n    representativeContact\n    legalNameKk\n    legalNameRu\n    bin\n    registration\n    addressKk\n    addressRu\n  }\n"): (typeof documents)["\n  fragment RegistryPlatformFields on Platform {\n    id\n    code\n    name\n    hosts\n    representative\n    representativeKk\n    representativeContact\n    legalNameKk\n    legalNameRu\n    bin\n    registration\n    addressKk\n    addressRu\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformRegistry {\n    platforms {\n      ...RegistryPlatformFields\n    }\n  }\n"): (typeof documents)["\n  query PlatformRegistry {\n    platforms {\n      ...RegistryPlatformFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlatform($id: ID!, $input: PlatformInput!) {\n    updatePlatform(id: $id, input: $input) {\n      ...RegistryPlatformFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlatform($id: ID!, $input: PlatformInput!) {\n    updatePlatform(id: $id, input: $input) {\n      ...RegistryPlatformFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseEventFields on CaseEvent {\n    seq\n    kind\n    at\n    actor {\n      id\n      name\n    }\n    payload\n  }\n"): (typeof documents)["\n  fragment CaseEventFields on CaseEvent {\n    seq\n    kind\n    at\n    actor {\n      id\n      name\n    }\n    payload\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseStateFields on Case {\n    id\n    status\n    dueAt\n    overdue\n    screeningReason\n    reviewOverrideReason\n    extension {\n      reason\n      extendedAt\n      dueAt\n      applicantNoticeDueAt\n      noticeSentAt\n      noticeChannel\n      by {\n        id\n        name\n      }\n    }\n    ending\n    answerDueAt\n    answerSentAt\n    answerChannel\n    checklist {\n      childUnder18\n      twoOrMoreEpisodes\n      throughTelecomOrMedia\n      met\n      failing\n    }\n    allowedTransitions\n    viewerCan {\n      extendDeadline\n      recordExtensionNotice\n      recordAnswerSent\n      seeIdentity\n      uploadEvidence\n      choosePrescriptionUrls\n      readAudit\n      comment\n    }\n    events {\n      ...CaseEventFields\n    }\n  }\n"): (typeof documents)["\n  fragment CaseStateFields on Case {\n    id\n    status\n    dueAt\n    overdue\n    screeningReason\n    reviewOverrideReason\n    extension {\n      reason\n      extendedAt\n      dueAt\n      applicantNoticeDueAt\n      noticeSentAt\n      noticeChannel\n      by {\n        id\n        name\n      }\n    }\n    ending\n    answerDueAt\n    answerSentAt\n    answerChannel\n    checklist {\n      childUnder18\n      twoOrMoreEpisodes\n      throughTelecomOrMedia\n      met\n      failing\n    }\n    allowedTransitions\n    viewerCan {\n      extendDeadline\n      recordExtensionNotice\n      recordAnswerSent\n      seeIdentity\n      uploadEvidence\n      choosePrescriptionUrls\n      readAudit\n      comment\n    }\n    events {\n      ...CaseEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseFile($id: ID!) {\n    case(id: $id) {\n      ...CaseStateFields\n      number\n      applicationKind\n      applicationNumber\n      checklistOverrideReason\n      language\n      receivedAt\n      description\n      identityErasedAt\n      applicant {\n        name\n        relation\n        contact\n      }\n      child {\n        name\n        birthDate\n        region\n        school\n      }\n      childProfile {\n        ageAtFirstEpisode\n        region\n      }\n      episodes {\n        id\n        occurredAt\n        channel\n        url\n        evidenceDescription\n        platform {\n          id\n          name\n        }\n        contentKind\n        excerpt\n        evidence {\n          id\n          fileName\n          mimeType\n          size\n          sha256\n          uploadedAt\n          uploadedBy {\n            id\n            name\n          }\n        }\n      }\n      resources {\n        id\n        url\n        platform {\n          id\n          name\n        }\n        description\n      }\n      prescriptionUrls {\n        url\n        platform {\n          id\n          name\n        }\n        accountRoot\n        included\n        chosen\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseFile($id: ID!) {\n    case(id: $id) {\n      ...CaseStateFields\n      number\n      applicationKind\n      applicationNumber\n      checklistOverrideReason\n      language\n      receivedAt\n      description\n      identityErasedAt\n      applicant {\n        name\n        relation\n        contact\n      }\n      child {\n        name\n        birthDate\n        region\n        school\n      }\n      childProfile {\n        ageAtFirstEpisode\n        region\n      }\n      episodes {\n        id\n        occurredAt\n        channel\n        url\n        evidenceDescription\n        platform {\n          id\n          name\n        }\n        contentKind\n        excerpt\n        evidence {\n          id\n          fileName\n          mimeType\n          size\n          sha256\n          uploadedAt\n          uploadedBy {\n            id\n            name\n          }\n        }\n      }\n      resources {\n        id\n        url\n        platform {\n          id\n          name\n        }\n        description\n      }\n      prescriptionUrls {\n        url\n        platform {\n          id\n          name\n        }\n        accountRoot\n        included\n        chosen\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartScreening($caseId: ID!) {\n    startScreening(caseId: $caseId) {\n      ...CaseStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartScreening($caseId: ID!) {\n    startScreening(caseId: $caseId) {\n      ...CaseStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptForReview($caseId: ID!, $reason: String) {\n    acceptForReview(caseId: $caseId, reason: $reason) {\n      ...CaseStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptForReview($caseId: ID!, $reason: String) {\n    acceptForReview(caseId: $caseId, reason: $reason) {\n      ...CaseStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnToApplicant($caseId: ID!, $reason: String!) {\n    returnToApplicant(caseId: $caseId, reason: $reason) {\n      ...CaseStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnToApplicant($caseId: ID!, $reason: String!) {\n    returnToApplicant(caseId: $caseId, reason: $reason) {\n      ...CaseStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkOutOfScope($caseId: ID!, $reason: String!) {\n    markOutOfScope(caseId: $caseId, reason: $reason) {\n      ...CaseStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkOutOfScope($caseId: ID!, $reason: String!) {\n    markOutOfScope(caseId: $caseId, reason: $reason) {\n      ...CaseStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendDeadline($caseId: ID!, $reason: String!, $dueAt: DateTimeISO!) {\n    extendDeadline(caseId: $caseId, reason: $reason, dueAt: $dueAt) {\n      ...CaseStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendDeadline($caseId: ID!, $reason: String!, $dueAt: DateTimeISO!) {\n    extendDeadline(caseId: $caseId, reason: $reason, dueAt: $dueAt) {\n      ...CaseStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordExtensionNotice($caseId: ID!, $sentAt: DateTimeISO!, $channel: NoticeChannel!) {\n    recordExtensionNotice(caseId: $caseId, sentAt: $sentAt, channel: $channel) {\n      ...CaseStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordExtensionNotice($caseId: ID!, $sentAt: DateTimeISO!, $channel: NoticeChannel!) {\n    recordExtensionNotice(caseId: $caseId, sentAt: $sentAt, channel: $channel) {\n      ...CaseStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAnswerSent($caseId: ID!, $sentAt: DateTimeISO!, $channel: NoticeChannel!) {\n    recordAnswerSent(caseId: $caseId, sentAt: $sentAt, channel: $channel) {\n      ...CaseStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAnswerSent($caseId: ID!, $sentAt: DateTimeISO!, $channel: NoticeChannel!) {\n    recordAnswerSent(caseId: $caseId, sentAt: $sentAt, channel: $channel) {\n      ...CaseStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseAudit($caseId: ID!, $kinds: [AuditKind!], $first: Int, $after: String) {\n    caseAudit(caseId: $caseId, filter: { kinds: $kinds }, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          seq\n          at\n          kind\n          category\n          subject\n          summary\n          requestId\n          actor {\n            id\n            name\n            role\n            agency {\n              id\n              name\n              kind\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseAudit($caseId: ID!, $kinds: [AuditKind!], $first: Int, $after: String) {\n    caseAudit(caseId: $caseId, filter: { kinds: $kinds }, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          seq\n          at\n          kind\n          category\n          subject\n          summary\n          requestId\n          actor {\n            id\n            name\n            role\n            agency {\n              id\n              name\n              kind\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseAuditSummary($caseId: ID!) {\n    caseAuditSummary(caseId: $caseId) {\n      reads\n      subjects\n      firstAt\n      lastAt\n      actor {\n        id\n        name\n        role\n        agency {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseAuditSummary($caseId: ID!) {\n    caseAuditSummary(caseId: $caseId) {\n      reads\n      subjects\n      firstAt\n      lastAt\n      actor {\n        id\n        name\n        role\n        agency {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    body\n    deleted\n    deletedAt\n    deletedBy {\n      id\n      name\n    }\n    author {\n      id\n      name\n      role\n      agency {\n        id\n        name\n        kind\n      }\n    }\n    parentId\n    postedAt\n    editedAt\n    revisions {\n      id\n      body\n      replacedAt\n    }\n    mentions {\n      id\n      name\n      email\n    }\n    viewerCan {\n      edit\n      delete\n    }\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id\n    body\n    deleted\n    deletedAt\n    deletedBy {\n      id\n      name\n    }\n    author {\n      id\n      name\n      role\n      agency {\n        id\n        name\n        kind\n      }\n    }\n    parentId\n    postedAt\n    editedAt\n    revisions {\n      id\n      body\n      replacedAt\n    }\n    mentions {\n      id\n      name\n      email\n    }\n    viewerCan {\n      edit\n      delete\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseThread($id: ID!) {\n    case(id: $id) {\n      id\n      comments {\n        ...CommentFields\n        replies {\n          ...CommentFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseThread($id: ID!) {\n    case(id: $id) {\n      id\n      comments {\n        ...CommentFields\n        replies {\n          ...CommentFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomDirectory {\n    members {\n      id\n      name\n      email\n      role\n      active\n      agency {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoomDirectory {\n    members {\n      id\n      name\n      email\n      role\n      active\n      agency {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($caseId: ID!, $body: String!, $parentId: ID, $idempotencyKey: String) {\n    addComment(caseId: $caseId, body: $body, parentId: $parentId, idempotencyKey: $idempotencyKey) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($caseId: ID!, $body: String!, $parentId: ID, $idempotencyKey: String) {\n    addComment(caseId: $caseId, body: $body, parentId: $parentId, idempotencyKey: $idempotencyKey) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTyping($caseId: ID!, $typing: Boolean!) {\n    setTyping(caseId: $caseId, typing: $typing)\n  }\n"): (typeof documents)["\n  mutation SetTyping($caseId: ID!, $typing: Boolean!) {\n    setTyping(caseId: $caseId, typing: $typing)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CaseRoomEvents($caseId: ID!, $after: String) {\n    caseEvents(caseId: $caseId, after: $after) {\n      ...CaseEventFields\n      comment {\n        ...CommentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription CaseRoomEvents($caseId: ID!, $after: String) {\n    caseEvents(caseId: $caseId, after: $after) {\n      ...CaseEventFields\n      comment {\n        ...CommentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CasePresence($caseId: ID!) {\n    casePresence(caseId: $caseId) {\n      caseId\n      members {\n        typing\n        member {\n          id\n          name\n          agency {\n            id\n            name\n            kind\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription CasePresence($caseId: ID!) {\n    casePresence(caseId: $caseId) {\n      caseId\n      members {\n        typing\n        member {\n          id\n          name\n          agency {\n            id\n            name\n            kind\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cases($first: Int!, $after: String, $filter: CaseFilter) {\n    cases(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          number\n          status\n          receivedAt\n          dueAt\n          overdue\n          episodes {\n            id\n            platform {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cases($first: Int!, $after: String, $filter: CaseFilter) {\n    cases(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          number\n          status\n          receivedAt\n          dueAt\n          overdue\n          episodes {\n            id\n            platform {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PanelEvents {\n    panelEvents {\n      seq\n      kind\n    }\n  }\n"): (typeof documents)["\n  subscription PanelEvents {\n    panelEvents {\n      seq\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    at\n    readAt\n    case {\n      id\n      number\n    }\n    comment {\n      id\n      body\n      deleted\n      author {\n        id\n        name\n      }\n      mentions {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    at\n    readAt\n    case {\n      id\n      number\n    }\n    comment {\n      id\n      body\n      deleted\n      author {\n        id\n        name\n      }\n      mentions {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Inbox {\n    inbox {\n      unreadCount\n      latest {\n        ...NotificationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription Inbox {\n    inbox {\n      unreadCount\n      latest {\n        ...NotificationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($unreadOnly: Boolean!) {\n    notifications(unreadOnly: $unreadOnly) {\n      ...NotificationFields\n    }\n  }\n"): (typeof documents)["\n  query Notifications($unreadOnly: Boolean!) {\n    notifications(unreadOnly: $unreadOnly) {\n      ...NotificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterApplication($input: RegisterApplicationInput!) {\n    registerApplication(input: $input) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterApplication($input: RegisterApplicationInput!) {\n    registerApplication(input: $input) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeChecklist($input: IntakeChecklistInput!) {\n    intakeChecklist(input: $input) {\n      met\n      failing\n    }\n  }\n"): (typeof documents)["\n  query IntakeChecklist($input: IntakeChecklistInput!) {\n    intakeChecklist(input: $input) {\n      met\n      failing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Platforms {\n    platforms {\n      id\n      name\n      hosts\n    }\n  }\n"): (typeof documents)["\n  query Platforms {\n    platforms {\n      id\n      name\n      hosts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      member {\n        ...MemberSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      member {\n        ...MemberSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      token\n      expiresAt\n      member {\n        ...MemberSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      token\n      expiresAt\n      member {\n        ...MemberSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CasePrescriptionProgress on Case {\n    id\n    prescriptions {\n      ...PrescriptionProgressFields\n    }\n  }\n"): (typeof documents)["\n  fragment CasePrescriptionProgress on Case {\n    id\n    prescriptions {\n      ...PrescriptionProgressFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PrescriptionProgressFields on Prescription {\n    id\n    number\n    status\n    deliveredAt\n    removalDueAt\n    resolvedAt\n  }\n"): (typeof documents)["\n  fragment PrescriptionProgressFields on Prescription {\n    id\n    number\n    status\n    deliveredAt\n    removalDueAt\n    resolvedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UrlCheckFields on UrlCheck {\n    id\n    url\n    state\n    httpStatus\n    note\n    checkedAt\n  }\n"): (typeof documents)["\n  fragment UrlCheckFields on UrlCheck {\n    id\n    url\n    state\n    httpStatus\n    note\n    checkedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EscalationFields on AccessRestrictionRequest {\n    id\n    requestedAt\n    requestedBy {\n      id\n      name\n    }\n    package\n  }\n"): (typeof documents)["\n  fragment EscalationFields on AccessRestrictionRequest {\n    id\n    requestedAt\n    requestedBy {\n      id\n      name\n    }\n    package\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PrescriptionFields on Prescription {\n    id\n    number\n    addressee\n    addresseeContact\n    platform {\n      id\n      name\n    }\n    urls\n    status\n    issuedAt\n    deliveredAt\n    removalDueAt\n    removalHours\n    resolvedAt\n    legalBasisKk\n    legalBasisRu\n    checks {\n      ...UrlCheckFields\n    }\n    escalation {\n      ...EscalationFields\n    }\n  }\n"): (typeof documents)["\n  fragment PrescriptionFields on Prescription {\n    id\n    number\n    addressee\n    addresseeContact\n    platform {\n      id\n      name\n    }\n    urls\n    status\n    issuedAt\n    deliveredAt\n    removalDueAt\n    removalHours\n    resolvedAt\n    legalBasisKk\n    legalBasisRu\n    checks {\n      ...UrlCheckFields\n    }\n    escalation {\n      ...EscalationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeliverPrescription($prescriptionId: ID!, $deliveredAt: DateTimeISO, $idempotencyKey: String) {\n    deliverPrescription(prescriptionId: $prescriptionId, deliveredAt: $deliveredAt, idempotencyKey: $idempotencyKey) {\n      ...PrescriptionFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeliverPrescription($prescriptionId: ID!, $deliveredAt: DateTimeISO, $idempotencyKey: String) {\n    deliverPrescription(prescriptionId: $prescriptionId, deliveredAt: $deliveredAt, idempotencyKey: $idempotencyKey) {\n      ...PrescriptionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCompliance($prescriptionId: ID!, $status: PrescriptionStatus!, $note: String, $idempotencyKey: String) {\n    recordCompliance(prescriptionId: $prescriptionId, status: $status, note: $note, idempotencyKey: $idempotencyKey) {\n      ...PrescriptionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCompliance($prescriptionId: ID!, $status: PrescriptionStatus!, $note: String, $idempotencyKey: String) {\n    recordCompliance(prescriptionId: $prescriptionId, status: $status, note: $note, idempotencyKey: $idempotencyKey) {\n      ...PrescriptionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecheckPrescription($prescriptionId: ID!) {\n    recheckPrescription(prescriptionId: $prescriptionId) {\n      ...UrlCheckFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecheckPrescription($prescriptionId: ID!) {\n    recheckPrescription(prescriptionId: $prescriptionId) {\n      ...UrlCheckFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EscalatePrescription($prescriptionId: ID!, $idempotencyKey: String) {\n    escalatePrescription(prescriptionId: $prescriptionId, idempotencyKey: $idempotencyKey) {\n      ...EscalationFields\n    }\n  }\n"): (typeof documents)["\n  mutation EscalatePrescription($prescriptionId: ID!, $idempotencyKey: String) {\n    escalatePrescription(prescriptionId: $prescriptionId, idempotencyKey: $idempotencyKey) {\n      ...EscalationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPrescriptionUrl($caseId: ID!, $url: String!, $included: Boolean!) {\n    setPrescriptionUrl(caseId: $caseId, url: $url, included: $included) {\n      url\n      included\n      chosen\n    }\n  }\n"): (typeof documents)["\n  mutation SetPrescriptionUrl($caseId: ID!, $url: String!, $included: Boolean!) {\n    setPrescriptionUrl(caseId: $caseId, url: $url, included: $included) {\n      url\n      included\n      chosen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Stats($period: PeriodInput!, $filter: StatsFilter, $withPanel: Boolean!) {\n    stats(period: $period, filter: $filter) {\n      period {\n        from\n        to\n      }\n      total {\n        ...StatsCount\n      }\n      byMonth {\n        ...StatsBucket\n      }\n      byPlatform {\n        ...StatsBucket\n      }\n      byRegion {\n        ...StatsBucket\n      }\n      byStatus {\n        ...StatsBucket\n      }\n      byAgeBand {\n        ...StatsBucket\n      }\n      byOutcome {\n        ...StatsBucket\n      }\n      deadlines {\n        decidedWithinDeadline\n        extended\n        overdueNow\n      }\n      decisionTime {\n        ...StatsDuration\n      }\n      decisionTimeByMonth {\n        ...StatsDuration\n      }\n      compliance {\n        platform\n        prescriptions {\n          ...StatsCount\n        }\n        complied\n        partiallyComplied\n        notComplied\n        escalated\n        medianHoursToRemoval\n      }\n      repeatTargets {\n        target\n        url\n        platform\n        number\n        cases {\n          ...StatsCount\n        }\n      }\n      panelWorkByMember @include(if: $withPanel) {\n        name\n        agencyKind\n        cases\n        votes\n      }\n      panelWorkByAgency @include(if: $withPanel) {\n        name\n        agencyKind\n        cases\n        votes\n      }\n    }\n  }\n\n  fragment StatsCount on Count {\n    value\n    suppressed\n  }\n\n  fragment StatsBucket on Bucket {\n    key\n    count {\n      ...StatsCount\n    }\n  }\n\n  fragment StatsDuration on DurationStat {\n    key\n    count {\n      ...StatsCount\n    }\n    medianHours\n    p90Hours\n  }\n"): (typeof documents)["\n  query Stats($period: PeriodInput!, $filter: StatsFilter, $withPanel: Boolean!) {\n    stats(period: $period, filter: $filter) {\n      period {\n        from\n        to\n      }\n      total {\n        ...StatsCount\n      }\n      byMonth {\n        ...StatsBucket\n      }\n      byPlatform {\n        ...StatsBucket\n      }\n      byRegion {\n        ...StatsBucket\n      }\n      byStatus {\n        ...StatsBucket\n      }\n      byAgeBand {\n        ...StatsBucket\n      }\n      byOutcome {\n        ...StatsBucket\n      }\n      deadlines {\n        decidedWithinDeadline\n        extended\n        overdueNow\n      }\n      decisionTime {\n        ...StatsDuration\n      }\n      decisionTimeByMonth {\n        ...StatsDuration\n      }\n      compliance {\n        platform\n        prescriptions {\n          ...StatsCount\n        }\n        complied\n        partiallyComplied\n        notComplied\n        escalated\n        medianHoursToRemoval\n      }\n      repeatTargets {\n        target\n        url\n        platform\n        number\n        cases {\n          ...StatsCount\n        }\n      }\n      panelWorkByMember @include(if: $withPanel) {\n        name\n        agencyKind\n        cases\n        votes\n      }\n      panelWorkByAgency @include(if: $withPanel) {\n        name\n        agencyKind\n        cases\n        votes\n      }\n    }\n  }\n\n  fragment StatsCount on Count {\n    value\n    suppressed\n  }\n\n  fragment StatsBucket on Bucket {\n    key\n    count {\n      ...StatsCount\n    }\n  }\n\n  fragment StatsDuration on DurationStat {\n    key\n    count {\n      ...StatsCount\n    }\n    medianHours\n    p90Hours\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatsPlatforms {\n    platforms {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query StatsPlatforms {\n    platforms {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DecisionFields on Decision {\n    id\n    outcome\n    protocolNumber\n    decidedAt\n    voters {\n      memberId\n      name\n      agency\n      choice\n    }\n    reasoning\n    reasoningKk\n    reasoningRu\n    answerLanguage\n    signed\n    chairSignedAt\n    chairSignedBy {\n      id\n      name\n    }\n    secretarySignedAt\n    secretarySignedBy {\n      id\n      name\n    }\n    dissents {\n      id\n      member {\n        id\n        name\n      }\n      text\n      writtenAt\n    }\n  }\n"): (typeof documents)["\n  fragment DecisionFields on Decision {\n    id\n    outcome\n    protocolNumber\n    decidedAt\n    voters {\n      memberId\n      name\n      agency\n      choice\n    }\n    reasoning\n    reasoningKk\n    reasoningRu\n    answerLanguage\n    signed\n    chairSignedAt\n    chairSignedBy {\n      id\n      name\n    }\n    secretarySignedAt\n    secretarySignedBy {\n      id\n      name\n    }\n    dissents {\n      id\n      member {\n        id\n        name\n      }\n      text\n      writtenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecisionAnswer($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      decision {\n        id\n        answerText\n      }\n    }\n  }\n"): (typeof documents)["\n  query DecisionAnswer($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      decision {\n        id\n        answerText\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDissent($decisionId: ID!, $text: String!) {\n    addDissent(decisionId: $decisionId, text: $text) {\n      id\n      member {\n        id\n        name\n      }\n      text\n      writtenAt\n    }\n  }\n"): (typeof documents)["\n  mutation AddDissent($decisionId: ID!, $text: String!) {\n    addDissent(decisionId: $decisionId, text: $text) {\n      id\n      member {\n        id\n        name\n      }\n      text\n      writtenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignDecision($decisionId: ID!) {\n    signDecision(decisionId: $decisionId) {\n      ...DecisionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignDecision($decisionId: ID!) {\n    signDecision(decisionId: $decisionId) {\n      ...DecisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDecisionReasoning($decisionId: ID!, $kk: String!, $ru: String!) {\n    setDecisionReasoning(decisionId: $decisionId, kk: $kk, ru: $ru) {\n      ...DecisionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetDecisionReasoning($decisionId: ID!, $kk: String!, $ru: String!) {\n    setDecisionReasoning(decisionId: $decisionId, kk: $kk, ru: $ru) {\n      ...DecisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VotingPerson on Member {\n    id\n    name\n  }\n"): (typeof documents)["\n  fragment VotingPerson on Member {\n    id\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FindingFields on Finding {\n    criterion\n    value\n    note\n  }\n"): (typeof documents)["\n  fragment FindingFields on Finding {\n    criterion\n    value\n    note\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TallyFields on TallyView {\n    eligible\n    voted\n    quorumNeeded\n    quorumMet\n    confirmed\n    notConfirmed\n    abstain\n    outcome\n    decidedByChair\n  }\n"): (typeof documents)["\n  fragment TallyFields on TallyView {\n    eligible\n    voted\n    quorumNeeded\n    quorumMet\n    confirmed\n    notConfirmed\n    abstain\n    outcome\n    decidedByChair\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoundTally on VotingRound {\n    tally {\n      ...TallyFields\n    }\n  }\n"): (typeof documents)["\n  fragment RoundTally on VotingRound {\n    tally {\n      ...TallyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoundFields on VotingRound {\n    id\n    number\n    open\n    openedAt\n    openedBy {\n      ...VotingPerson\n    }\n    deadlineAt\n    closedAt\n    closeReason\n    outcome\n    canVote\n    tally {\n      ...TallyFields\n    }\n    votes {\n      id\n      member {\n        ...VotingPerson\n        agency {\n          id\n          name\n          kind\n        }\n      }\n      choice\n      findings {\n        ...FindingFields\n      }\n      reasoning\n      castAt\n      supersededAt\n    }\n    myVoteHistory {\n      id\n      choice\n      findings {\n        ...FindingFields\n      }\n      reasoning\n      castAt\n      supersededAt\n    }\n  }\n"): (typeof documents)["\n  fragment RoundFields on VotingRound {\n    id\n    number\n    open\n    openedAt\n    openedBy {\n      ...VotingPerson\n    }\n    deadlineAt\n    closedAt\n    closeReason\n    outcome\n    canVote\n    tally {\n      ...TallyFields\n    }\n    votes {\n      id\n      member {\n        ...VotingPerson\n        agency {\n          id\n          name\n          kind\n        }\n      }\n      choice\n      findings {\n        ...FindingFields\n      }\n      reasoning\n      castAt\n      supersededAt\n    }\n    myVoteHistory {\n      id\n      choice\n      findings {\n        ...FindingFields\n      }\n      reasoning\n      castAt\n      supersededAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseVoting($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      allowedTransitions\n      viewerRecused\n      viewerCan {\n        openVoting\n        closeVoting\n        vote\n        declareConflict\n        signDecision\n        writeReasoning\n        followUpPrescriptions\n        escalatePrescriptions\n        seeIdentity\n        extendDeadline\n        recordExtensionNotice\n        recordAnswerSent\n        choosePrescriptionUrls\n        uploadEvidence\n        readAudit\n        comment\n      }\n      recusals {\n        id\n        member {\n          ...VotingPerson\n        }\n        reason\n        declaredAt\n      }\n      votingRounds {\n        ...RoundFields\n      }\n      decision {\n        ...DecisionFields\n      }\n      prescriptions {\n        ...PrescriptionFields\n      }\n    }\n    panelSettings {\n      ...PanelSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query CaseVoting($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      allowedTransitions\n      viewerRecused\n      viewerCan {\n        openVoting\n        closeVoting\n        vote\n        declareConflict\n        signDecision\n        writeReasoning\n        followUpPrescriptions\n        escalatePrescriptions\n        seeIdentity\n        extendDeadline\n        recordExtensionNotice\n        recordAnswerSent\n        choosePrescriptionUrls\n        uploadEvidence\n        readAudit\n        comment\n      }\n      recusals {\n        id\n        member {\n          ...VotingPerson\n        }\n        reason\n        declaredAt\n      }\n      votingRounds {\n        ...RoundFields\n      }\n      decision {\n        ...DecisionFields\n      }\n      prescriptions {\n        ...PrescriptionFields\n      }\n    }\n    panelSettings {\n      ...PanelSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenVoting($caseId: ID!) {\n    openVoting(caseId: $caseId) {\n      ...RoundFields\n    }\n  }\n"): (typeof documents)["\n  mutation OpenVoting($caseId: ID!) {\n    openVoting(caseId: $caseId) {\n      ...RoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CastVote($roundId: ID!, $choice: VoteChoice!, $findings: [FindingInput!]!, $reasoning: String, $idempotencyKey: String) {\n    castVote(roundId: $roundId, choice: $choice, findings: $findings, reasoning: $reasoning, idempotencyKey: $idempotencyKey) {\n      id\n      choice\n      findings {\n        ...FindingFields\n      }\n      reasoning\n      castAt\n      supersededAt\n    }\n  }\n"): (typeof documents)["\n  mutation CastVote($roundId: ID!, $choice: VoteChoice!, $findings: [FindingInput!]!, $reasoning: String, $idempotencyKey: String) {\n    castVote(roundId: $roundId, choice: $choice, findings: $findings, reasoning: $reasoning, idempotencyKey: $idempotencyKey) {\n      id\n      choice\n      findings {\n        ...FindingFields\n      }\n      reasoning\n      castAt\n      supersededAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseVoting($roundId: ID!) {\n    closeVoting(roundId: $roundId) {\n      ...RoundFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseVoting($roundId: ID!) {\n    closeVoting(roundId: $roundId) {\n      ...RoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareConflict($caseId: ID!, $reason: String!) {\n    declareConflict(caseId: $caseId, reason: $reason) {\n      id\n      member {\n        ...VotingPerson\n      }\n      reason\n      declaredAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeclareConflict($caseId: ID!, $reason: String!) {\n    declareConflict(caseId: $caseId, reason: $reason) {\n      id\n      member {\n        ...VotingPerson\n      }\n      reason\n      declaredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberSummary on Member {\n    id\n    name\n    email\n    role\n    agency {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment MemberSummary on Member {\n    id\n    name\n    email\n    role\n    agency {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PanelSettingsFields on PanelSettings {\n    quorumNumerator\n    quorumDenominator\n    decisionRule\n    chairCastingVote\n    votesVisibleBeforeClose\n    roundHours\n    removalHours\n    legalBasisKk\n    legalBasisRu\n    ministryKk\n    ministryRu\n  }\n"): (typeof documents)["\n  fragment PanelSettingsFields on PanelSettings {\n    quorumNumerator\n    quorumDenominator\n    decisionRule\n    chairCastingVote\n    votesVisibleBeforeClose\n    roundHours\n    removalHours\n    legalBasisKk\n    legalBasisRu\n    ministryKk\n    ministryRu\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;