-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('PROVINCE', 'DISTRICT', 'COMMUNE', 'WARD', 'TOWNSHIP', 'DEPARTMENT', 'ONE_STOP_CENTRE', 'VILLAGE', 'RESIDENTIAL_GROUP');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('OFFICER', 'UNIT_LEADER', 'REVIEWER', 'ADMIN');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'ISSUED', 'IN_FORCE', 'ENDED');

-- CreateEnum
CREATE TYPE "ReportFrequency" AS ENUM ('ONCE', 'QUARTERLY', 'SEMIANNUAL', 'ANNUAL', 'END_OF_MODEL');

-- CreateEnum
CREATE TYPE "ModelKind" AS ENUM ('HOME_VISIT', 'NO_APPOINTMENT_DAY', 'EXTENDED_HOURS', 'ONLINE_SERVICE_DAY', 'LISTENING_SESSION', 'LETTERS', 'FRIENDLY_PLEDGE', 'CUSTOM');

-- CreateEnum
CREATE TYPE "Place" AS ENUM ('OFFICE_DESK', 'HOME', 'VILLAGE_HALL', 'ONLINE', 'OTHER');

-- CreateEnum
CREATE TYPE "HoursKind" AS ENUM ('OFFICE_HOURS', 'WINDOWS');

-- CreateEnum
CREATE TYPE "TurnaroundKind" AS ENUM ('STATUTORY', 'MINUTES', 'SAME_DAY', 'WORKING_DAYS');

-- CreateEnum
CREATE TYPE "AdminLevel" AS ENUM ('PROVINCE', 'DISTRICT', 'COMMUNE');

-- CreateEnum
CREATE TYPE "OnlineLevel" AS ENUM ('NONE', 'PARTIAL', 'FULL');

-- CreateEnum
CREATE TYPE "DayKind" AS ENUM ('OFF', 'WORKING');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('DESK', 'ONLINE', 'POSTAL', 'HOME');

-- CreateEnum
CREATE TYPE "DossierStatus" AS ENUM ('RECEIVED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED', 'RESULT_READY', 'RETURNED', 'REFUSED');

-- CreateEnum
CREATE TYPE "ReturnMethod" AS ENUM ('AT_DESK', 'VIA_VILLAGE_HEAD', 'BY_POST', 'ONLINE');

-- CreateEnum
CREATE TYPE "DossierEventType" AS ENUM ('RECEIVED', 'STARTED', 'SUPPLEMENT_REQUESTED', 'SUPPLEMENT_RECEIVED', 'RESULT_READY', 'RETURNED', 'REFUSED', 'APOLOGY_ISSUED', 'NOTE');

-- CreateEnum
CREATE TYPE "HomeVisitStatus" AS ENUM ('PENDING', 'CONFIRMED', 'DECLINED', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('PLANNED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "QuestionStatus" AS ENUM ('OPEN', 'ANSWERED', 'FOLLOW_UP', 'CLOSED');

-- CreateEnum
CREATE TYPE "LetterType" AS ENUM ('CONGRATULATION', 'CONDOLENCE', 'APOLOGY');

-- CreateEnum
CREATE TYPE "LetterEvent" AS ENUM ('MARRIAGE', 'BIRTH', 'NEW_HOUSE', 'DEATH', 'FIRE', 'ACCIDENT', 'SERVICE_INCIDENT', 'LATE_DOSSIER', 'OTHER');

-- CreateEnum
CREATE TYPE "Rating" AS ENUM ('SATISFIED', 'NEUTRAL', 'UNSATISFIED');

-- CreateEnum
CREATE TYPE "RatingSource" AS ENUM ('PORTAL', 'PAPER');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED');

-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('RETURNED', 'ACCEPTED');

-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "searchName" TEXT NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "parentId" TEXT,
    "adminCode" TEXT,
    "validFrom" DATE,
    "validTo" DATE,
    "mergedIntoId" TEXT,
    "officeHours" JSONB,
    "source" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "position" TEXT,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "unitId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "passwordChangedAt" TIMESTAMPTZ(3),
    "lastSignInAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "blockedUntil" TIMESTAMPTZ(3),

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorName" TEXT,
    "actorRole" TEXT,
    "unitId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppMeta" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AppMeta_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "number" TEXT,
    "symbol" TEXT NOT NULL,
    "issuingUnitId" TEXT NOT NULL,
    "signingPlace" TEXT,
    "signedYear" INTEGER,
    "signedMonth" INTEGER,
    "signedDay" INTEGER,
    "title" TEXT NOT NULL,
    "searchTitle" TEXT NOT NULL,
    "legalBases" TEXT[],
    "purposes" TEXT[],
    "requirements" TEXT[],
    "validFrom" DATE,
    "validTo" DATE,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "endedAt" TIMESTAMPTZ(3),
    "signerName" TEXT,
    "signerTitle" TEXT,
    "recipients" TEXT[],
    "sourceFile" TEXT,
    "assumptions" TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanTask" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "unitId" TEXT,
    "description" TEXT NOT NULL,
    "dueOn" DATE,
    "sourceQuote" TEXT,
    "doneAt" TIMESTAMPTZ(3),
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PlanTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportingObligation" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "frequency" "ReportFrequency" NOT NULL,
    "reviewerUnitId" TEXT NOT NULL,
    "dueOn" DATE,
    "dueDaysAfterPeriod" INTEGER,
    "sourceQuote" TEXT,

    CONSTRAINT "ReportingObligation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportingObligationUnit" (
    "obligationId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,

    CONSTRAINT "ReportingObligationUnit_pkey" PRIMARY KEY ("obligationId","unitId")
);

-- CreateTable
CREATE TABLE "ServiceModel" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "kind" "ModelKind" NOT NULL,
    "name" TEXT NOT NULL,
    "searchName" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sourceQuotes" TEXT[],
    "attendeeRoles" TEXT[],
    "assumptions" TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ServiceModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceModelVersion" (
    "id" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "rrule" TEXT,
    "rdates" TEXT[],
    "exdates" TEXT[],
    "hoursKind" "HoursKind" NOT NULL,
    "windows" JSONB NOT NULL,
    "intakeCutoff" TEXT,
    "turnaroundKind" "TurnaroundKind" NOT NULL,
    "turnaroundValue" INTEGER,
    "workingDaysOnly" BOOLEAN NOT NULL DEFAULT true,
    "noDeferralPastWeekend" BOOLEAN NOT NULL DEFAULT false,
    "place" "Place" NOT NULL,
    "placeNote" TEXT,
    "eligibleGroups" TEXT[],
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServiceModelVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelScope" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "allProcedures" BOOLEAN NOT NULL DEFAULT false,
    "capacityPerDay" INTEGER,
    "localName" TEXT,

    CONSTRAINT "ModelScope_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelScopeProcedure" (
    "scopeId" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,

    CONSTRAINT "ModelScopeProcedure_pkey" PRIMARY KEY ("scopeId","procedureId")
);

-- CreateTable
CREATE TABLE "ProcedureField" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProcedureField_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Procedure" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "code" TEXT,
    "name" TEXT NOT NULL,
    "searchName" TEXT NOT NULL,
    "fieldCode" TEXT NOT NULL,
    "level" "AdminLevel" NOT NULL,
    "statutoryWorkingDays" INTEGER NOT NULL,
    "sameDayCutoff" TEXT,
    "statutoryText" TEXT NOT NULL,
    "fees" TEXT NOT NULL,
    "documents" TEXT[],
    "legalBasis" TEXT[],
    "onlineLevel" "OnlineLevel" NOT NULL,
    "source" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Procedure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitProcedure" (
    "unitId" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,

    CONSTRAINT "UnitProcedure_pkey" PRIMARY KEY ("unitId","procedureId")
);

-- CreateTable
CREATE TABLE "CalendarEntry" (
    "id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "kind" "DayKind" NOT NULL,
    "name" TEXT NOT NULL,
    "legalBasis" TEXT,
    "effectiveFrom" DATE NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Dossier" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "modelId" TEXT,
    "modelVersionId" TEXT,
    "channel" "Channel" NOT NULL,
    "status" "DossierStatus" NOT NULL DEFAULT 'RECEIVED',
    "receivedAt" TIMESTAMPTZ(3) NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "receivedById" TEXT,
    "handlerId" TEXT,
    "promisedAt" TIMESTAMPTZ(3) NOT NULL,
    "originalPromisedAt" TIMESTAMPTZ(3) NOT NULL,
    "statutoryBoundAt" TIMESTAMPTZ(3) NOT NULL,
    "regime" TEXT NOT NULL,
    "citizenName" TEXT NOT NULL,
    "citizenPhone" TEXT NOT NULL,
    "citizenAddress" TEXT,
    "writtenOnBehalf" BOOLEAN NOT NULL DEFAULT false,
    "onlineHelp" BOOLEAN NOT NULL DEFAULT false,
    "resultReadyAt" TIMESTAMPTZ(3),
    "returnedAt" TIMESTAMPTZ(3),
    "returnMethod" "ReturnMethod",
    "refusedAt" TIMESTAMPTZ(3),
    "refusalReason" TEXT,
    "pausedMinutes" INTEGER NOT NULL DEFAULT 0,
    "homeVisitRequestId" TEXT,
    "idempotencyKey" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Dossier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DossierEvent" (
    "id" TEXT NOT NULL,
    "dossierId" TEXT NOT NULL,
    "type" "DossierEventType" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "actorId" TEXT,
    "note" TEXT,
    "data" JSONB,

    CONSTRAINT "DossierEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApologySlip" (
    "id" TEXT NOT NULL,
    "dossierId" TEXT NOT NULL,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL,
    "previousPromisedAt" TIMESTAMPTZ(3) NOT NULL,
    "newPromisedAt" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "issuedById" TEXT,

    CONSTRAINT "ApologySlip_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HomeVisitRequest" (
    "id" TEXT NOT NULL,
    "trackingCode" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "eligibleGroup" TEXT NOT NULL,
    "requestedDate" DATE NOT NULL,
    "confirmedDate" DATE,
    "status" "HomeVisitStatus" NOT NULL DEFAULT 'PENDING',
    "citizenName" TEXT NOT NULL,
    "citizenPhone" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "note" TEXT,
    "declineReason" TEXT,
    "outcome" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "decidedById" TEXT,
    "completedAt" TIMESTAMPTZ(3),
    "idempotencyKey" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "HomeVisitRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HomeVisitAssignment" (
    "requestId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "HomeVisitAssignment_pkey" PRIMARY KEY ("requestId","userId")
);

-- CreateTable
CREATE TABLE "HomeVisitDay" (
    "id" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "booked" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "HomeVisitDay_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ListeningSession" (
    "id" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "hostUnitId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "SessionStatus" NOT NULL DEFAULT 'PLANNED',
    "minutes" TEXT,
    "heldAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ListeningSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionAttendance" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "roleTitle" TEXT NOT NULL,
    "personName" TEXT,
    "present" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "SessionAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CitizenQuestion" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "askerName" TEXT,
    "content" TEXT NOT NULL,
    "assignedUnitId" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "answer" TEXT,
    "answeredAt" TIMESTAMPTZ(3),
    "answeredById" TEXT,
    "status" "QuestionStatus" NOT NULL DEFAULT 'OPEN',
    "followUpNote" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CitizenQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LetterTemplate" (
    "id" TEXT NOT NULL,
    "unitId" TEXT,
    "type" "LetterType" NOT NULL,
    "event" "LetterEvent",
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LetterTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Letter" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "type" "LetterType" NOT NULL,
    "event" "LetterEvent" NOT NULL,
    "recipientName" TEXT NOT NULL,
    "recipientAddress" TEXT,
    "body" TEXT NOT NULL,
    "dossierId" TEXT,
    "templateId" TEXT,
    "ceremonyAt" TIMESTAMPTZ(3),
    "sentAt" TIMESTAMPTZ(3) NOT NULL,
    "sentById" TEXT,

    CONSTRAINT "Letter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffPledge" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "planId" TEXT,
    "userId" TEXT,
    "staffName" TEXT NOT NULL,
    "position" TEXT,
    "content" TEXT NOT NULL,
    "signedOn" DATE NOT NULL,
    "recordedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffPledge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SatisfactionResponse" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "dossierId" TEXT,
    "source" "RatingSource" NOT NULL,
    "rating" "Rating" NOT NULL,
    "comment" TEXT,
    "respondedAt" TIMESTAMPTZ(3) NOT NULL,
    "recordedById" TEXT,

    CONSTRAINT "SatisfactionResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" TEXT NOT NULL,
    "obligationId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "periodLabel" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "narrativeResults" TEXT NOT NULL DEFAULT '',
    "narrativeDifficulties" TEXT NOT NULL DEFAULT '',
    "narrativeProposals" TEXT NOT NULL DEFAULT '',
    "figures" JSONB,
    "number" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" TIMESTAMPTZ(3),
    "acceptedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportSubmission" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,
    "submittedById" TEXT,
    "figures" JSONB NOT NULL,
    "narrative" JSONB NOT NULL,

    CONSTRAINT "ReportSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportReview" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "decision" "ReviewDecision" NOT NULL,
    "comment" TEXT NOT NULL,
    "reviewerId" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReportReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Unit_key_key" ON "Unit"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_slug_key" ON "Unit"("slug");

-- CreateIndex
CREATE INDEX "Unit_parentId_idx" ON "Unit"("parentId");

-- CreateIndex
CREATE INDEX "Unit_kind_idx" ON "Unit"("kind");

-- CreateIndex
CREATE INDEX "Unit_searchName_idx" ON "Unit"("searchName");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "User_unitId_idx" ON "User"("unitId");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "AuditLog_unitId_at_idx" ON "AuditLog"("unitId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_action_at_idx" ON "AuditLog"("action", "at");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_key_key" ON "Plan"("key");

-- CreateIndex
CREATE INDEX "Plan_issuingUnitId_idx" ON "Plan"("issuingUnitId");

-- CreateIndex
CREATE INDEX "Plan_status_idx" ON "Plan"("status");

-- CreateIndex
CREATE INDEX "PlanTask_planId_idx" ON "PlanTask"("planId");

-- CreateIndex
CREATE INDEX "PlanTask_unitId_idx" ON "PlanTask"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportingObligation_key_key" ON "ReportingObligation"("key");

-- CreateIndex
CREATE INDEX "ReportingObligation_planId_idx" ON "ReportingObligation"("planId");

-- CreateIndex
CREATE INDEX "ReportingObligation_reviewerUnitId_idx" ON "ReportingObligation"("reviewerUnitId");

-- CreateIndex
CREATE INDEX "ReportingObligationUnit_unitId_idx" ON "ReportingObligationUnit"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceModel_key_key" ON "ServiceModel"("key");

-- CreateIndex
CREATE INDEX "ServiceModel_planId_idx" ON "ServiceModel"("planId");

-- CreateIndex
CREATE INDEX "ServiceModel_kind_idx" ON "ServiceModel"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceModelVersion_modelId_effectiveFrom_key" ON "ServiceModelVersion"("modelId", "effectiveFrom");

-- CreateIndex
CREATE INDEX "ModelScope_unitId_idx" ON "ModelScope"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "ModelScope_versionId_unitId_key" ON "ModelScope"("versionId", "unitId");

-- CreateIndex
CREATE INDEX "ModelScopeProcedure_procedureId_idx" ON "ModelScopeProcedure"("procedureId");

-- CreateIndex
CREATE UNIQUE INDEX "Procedure_key_key" ON "Procedure"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Procedure_code_key" ON "Procedure"("code");

-- CreateIndex
CREATE INDEX "Procedure_fieldCode_idx" ON "Procedure"("fieldCode");

-- CreateIndex
CREATE INDEX "Procedure_searchName_idx" ON "Procedure"("searchName");

-- CreateIndex
CREATE INDEX "UnitProcedure_procedureId_idx" ON "UnitProcedure"("procedureId");

-- CreateIndex
CREATE INDEX "CalendarEntry_date_idx" ON "CalendarEntry"("date");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarEntry_date_effectiveFrom_key" ON "CalendarEntry"("date", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "Dossier_code_key" ON "Dossier"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Dossier_idempotencyKey_key" ON "Dossier"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Dossier_unitId_receivedAt_idx" ON "Dossier"("unitId", "receivedAt");

-- CreateIndex
CREATE INDEX "Dossier_unitId_status_promisedAt_idx" ON "Dossier"("unitId", "status", "promisedAt");

-- CreateIndex
CREATE INDEX "Dossier_procedureId_idx" ON "Dossier"("procedureId");

-- CreateIndex
CREATE INDEX "Dossier_modelId_receivedAt_idx" ON "Dossier"("modelId", "receivedAt");

-- CreateIndex
CREATE INDEX "DossierEvent_dossierId_at_idx" ON "DossierEvent"("dossierId", "at");

-- CreateIndex
CREATE INDEX "ApologySlip_dossierId_idx" ON "ApologySlip"("dossierId");

-- CreateIndex
CREATE UNIQUE INDEX "HomeVisitRequest_trackingCode_key" ON "HomeVisitRequest"("trackingCode");

-- CreateIndex
CREATE UNIQUE INDEX "HomeVisitRequest_idempotencyKey_key" ON "HomeVisitRequest"("idempotencyKey");

-- CreateIndex
CREATE INDEX "HomeVisitRequest_unitId_status_idx" ON "HomeVisitRequest"("unitId", "status");

-- CreateIndex
CREATE INDEX "HomeVisitRequest_unitId_requestedDate_idx" ON "HomeVisitRequest"("unitId", "requestedDate");

-- CreateIndex
CREATE UNIQUE INDEX "HomeVisitDay_modelId_unitId_date_key" ON "HomeVisitDay"("modelId", "unitId", "date");

-- CreateIndex
CREATE INDEX "ListeningSession_hostUnitId_date_idx" ON "ListeningSession"("hostUnitId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "ListeningSession_modelId_unitId_date_key" ON "ListeningSession"("modelId", "unitId", "date");

-- CreateIndex
CREATE INDEX "SessionAttendance_sessionId_idx" ON "SessionAttendance"("sessionId");

-- CreateIndex
CREATE INDEX "CitizenQuestion_sessionId_idx" ON "CitizenQuestion"("sessionId");

-- CreateIndex
CREATE INDEX "CitizenQuestion_assignedUnitId_status_idx" ON "CitizenQuestion"("assignedUnitId", "status");

-- CreateIndex
CREATE INDEX "LetterTemplate_unitId_type_idx" ON "LetterTemplate"("unitId", "type");

-- CreateIndex
CREATE INDEX "Letter_unitId_sentAt_idx" ON "Letter"("unitId", "sentAt");

-- CreateIndex
CREATE UNIQUE INDEX "Letter_unitId_year_number_key" ON "Letter"("unitId", "year", "number");

-- CreateIndex
CREATE INDEX "StaffPledge_unitId_signedOn_idx" ON "StaffPledge"("unitId", "signedOn");

-- CreateIndex
CREATE UNIQUE INDEX "SatisfactionResponse_dossierId_key" ON "SatisfactionResponse"("dossierId");

-- CreateIndex
CREATE INDEX "SatisfactionResponse_unitId_respondedAt_idx" ON "SatisfactionResponse"("unitId", "respondedAt");

-- CreateIndex
CREATE INDEX "Report_unitId_status_idx" ON "Report"("unitId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Report_obligationId_unitId_periodStart_key" ON "Report"("obligationId", "unitId", "periodStart");

-- CreateIndex
CREATE UNIQUE INDEX "ReportSubmission_reportId_version_key" ON "ReportSubmission"("reportId", "version");

-- CreateIndex
CREATE INDEX "ReportReview_reportId_idx" ON "ReportReview"("reportId");

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_issuingUnitId_fkey" FOREIGN KEY ("issuingUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTask" ADD CONSTRAINT "PlanTask_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTask" ADD CONSTRAINT "PlanTask_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportingObligation" ADD CONSTRAINT "ReportingObligation_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportingObligation" ADD CONSTRAINT "ReportingObligation_reviewerUnitId_fkey" FOREIGN KEY ("reviewerUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportingObligationUnit" ADD CONSTRAINT "ReportingObligationUnit_obligationId_fkey" FOREIGN KEY ("obligationId") REFERENCES "ReportingObligation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportingObligationUnit" ADD CONSTRAINT "ReportingObligationUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceModel" ADD CONSTRAINT "ServiceModel_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceModelVersion" ADD CONSTRAINT "ServiceModelVersion_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "ServiceModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceModelVersion" ADD CONSTRAINT "ServiceModelVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelScope" ADD CONSTRAINT "ModelScope_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ServiceModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelScope" ADD CONSTRAINT "ModelScope_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelScopeProcedure" ADD CONSTRAINT "ModelScopeProcedure_scopeId_fkey" FOREIGN KEY ("scopeId") REFERENCES "ModelScope"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelScopeProcedure" ADD CONSTRAINT "ModelScopeProcedure_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Procedure" ADD CONSTRAINT "Procedure_fieldCode_fkey" FOREIGN KEY ("fieldCode") REFERENCES "ProcedureField"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitProcedure" ADD CONSTRAINT "UnitProcedure_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitProcedure" ADD CONSTRAINT "UnitProcedure_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarEntry" ADD CONSTRAINT "CalendarEntry_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "ServiceModel"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ServiceModelVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_receivedById_fkey" FOREIGN KEY ("receivedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_handlerId_fkey" FOREIGN KEY ("handlerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_homeVisitRequestId_fkey" FOREIGN KEY ("homeVisitRequestId") REFERENCES "HomeVisitRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierEvent" ADD CONSTRAINT "DossierEvent_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierEvent" ADD CONSTRAINT "DossierEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApologySlip" ADD CONSTRAINT "ApologySlip_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApologySlip" ADD CONSTRAINT "ApologySlip_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HomeVisitRequest" ADD CONSTRAINT "HomeVisitRequest_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HomeVisitRequest" ADD CONSTRAINT "HomeVisitRequest_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "ServiceModel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HomeVisitRequest" ADD CONSTRAINT "HomeVisitRequest_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HomeVisitRequest" ADD CONSTRAINT "HomeVisitRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HomeVisitAssignment" ADD CONSTRAINT "HomeVisitAssignment_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "HomeVisitRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HomeVisitAssignment" ADD CONSTRAINT "HomeVisitAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HomeVisitDay" ADD CONSTRAINT "HomeVisitDay_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "ServiceModel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HomeVisitDay" ADD CONSTRAINT "HomeVisitDay_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ListeningSession" ADD CONSTRAINT "ListeningSession_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "ServiceModel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ListeningSession" ADD CONSTRAINT "ListeningSession_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ListeningSession" ADD CONSTRAINT "ListeningSession_hostUnitId_fkey" FOREIGN KEY ("hostUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionAttendance" ADD CONSTRAINT "SessionAttendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ListeningSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CitizenQuestion" ADD CONSTRAINT "CitizenQuestion_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ListeningSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CitizenQuestion" ADD CONSTRAINT "CitizenQuestion_assignedUnitId_fkey" FOREIGN KEY ("assignedUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CitizenQuestion" ADD CONSTRAINT "CitizenQuestion_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterTemplate" ADD CONSTRAINT "LetterTemplate_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Letter" ADD CONSTRAINT "Letter_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Letter" ADD CONSTRAINT "Letter_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Letter" ADD CONSTRAINT "Letter_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "LetterTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Letter" ADD CONSTRAINT "Letter_sentById_fkey" FOREIGN KEY ("sentById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffPledge" ADD CONSTRAINT "StaffPledge_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffPledge" ADD CONSTRAINT "StaffPledge_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffPledge" ADD CONSTRAINT "StaffPledge_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffPledge" ADD CONSTRAINT "StaffPledge_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SatisfactionResponse" ADD CONSTRAINT "SatisfactionResponse_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SatisfactionResponse" ADD CONSTRAINT "SatisfactionResponse_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SatisfactionResponse" ADD CONSTRAINT "SatisfactionResponse_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_obligationId_fkey" FOREIGN KEY ("obligationId") REFERENCES "ReportingObligation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSubmission" ADD CONSTRAINT "ReportSubmission_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSubmission" ADD CONSTRAINT "ReportSubmission_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportReview" ADD CONSTRAINT "ReportReview_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportReview" ADD CONSTRAINT "ReportReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The audit log is append-only: refuse UPDATE, DELETE and TRUNCATE at the database.
-- The migration runner splits scripts at every semicolon, even inside quotes, so the
-- body writes its semicolon as the escape \073.
CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN RAISE EXCEPTION ''AuditLog is append-only''\073 END';

CREATE TRIGGER "AuditLog_no_update" BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();
CREATE TRIGGER "AuditLog_no_truncate" BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"();
