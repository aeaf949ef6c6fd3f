-- Extensions for search: trigram similarity and accent-insensitive matching (added by hand).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('ru', 'en');

-- CreateEnum
CREATE TYPE "RecordType" AS ENUM ('STATEMENT', 'CONFERENCE', 'ORGANISATION', 'INITIATIVE', 'PERSON', 'SOURCE', 'COUNTRY');

-- CreateEnum
CREATE TYPE "PublicationState" AS ENUM ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "TextStatus" AS ENUM ('ORIGINAL', 'TRANSLATION', 'OUTDATED');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "AliasKind" AS ENUM ('ACRONYM', 'VARIANT', 'TRANSLITERATION');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('INTERNATIONAL_ORGANISATION', 'INTERNATIONAL_BODY', 'GOVERNMENT_AGENCY', 'LEGISLATIVE_BODY', 'EDUCATIONAL_INSTITUTION', 'MEDIA', 'NGO', 'OTHER');

-- CreateEnum
CREATE TYPE "ConferenceKind" AS ENUM ('CONFERENCE', 'SUMMIT', 'MEETING', 'SESSION', 'OTHER');

-- CreateEnum
CREATE TYPE "InitiativeKind" AS ENUM ('DRAFT_RESOLUTION', 'RESOLUTION', 'CONVENTION', 'PROGRAMME', 'OPERATION', 'STRATEGY', 'REGIONAL_MECHANISM', 'DECREE', 'LAW', 'DECLARATION', 'PROPOSAL', 'OTHER');

-- CreateEnum
CREATE TYPE "InitiativeStatus" AS ENUM ('PROPOSED', 'ADOPTED', 'IN_FORCE', 'ONGOING', 'COMPLETED', 'REJECTED', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('INTERVIEW', 'PRESS_RELEASE', 'STATEMENT', 'WEB_PAGE', 'NEWS', 'OTHER');

-- CreateEnum
CREATE TYPE "ParagraphKind" AS ENUM ('HEADING', 'DATELINE', 'TEXT', 'QUESTION', 'ANSWER');

-- CreateEnum
CREATE TYPE "LinkRole" AS ENUM ('SPEAKER', 'MADE_AT', 'CONCERNS', 'ORGANISED_BY', 'INITIATED_BY', 'OPENED_BY', 'SPOKE_AT', 'PARTICIPATED_IN', 'HELD_IN', 'PART_OF', 'MEMBER_OF', 'PROPOSED_BY', 'ADOPTED_BY', 'BASED_IN', 'COOPERATES_WITH', 'GUIDED_BY', 'MENTIONS');

-- CreateTable
CREATE TABLE "Record" (
    "id" UUID NOT NULL,
    "type" "RecordType" NOT NULL,
    "slug" VARCHAR(120) NOT NULL,
    "state" "PublicationState" NOT NULL DEFAULT 'DRAFT',
    "originalLocale" "Locale" NOT NULL,
    "date" DATE,
    "endDate" DATE,
    "datePrecision" "DatePrecision",
    "version" INTEGER NOT NULL DEFAULT 1,
    "seededVersion" INTEGER,
    "seedHash" VARCHAR(64),
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "publishedAt" TIMESTAMPTZ(3),
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Record_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecordText" (
    "id" UUID NOT NULL,
    "recordId" UUID NOT NULL,
    "field" VARCHAR(40) NOT NULL,
    "locale" "Locale" NOT NULL,
    "text" TEXT NOT NULL,
    "status" "TextStatus" NOT NULL,
    "translatedBy" VARCHAR(200),
    "translatedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RecordText_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Alias" (
    "id" UUID NOT NULL,
    "recordId" UUID NOT NULL,
    "locale" "Locale" NOT NULL,
    "text" VARCHAR(300) NOT NULL,
    "kind" "AliasKind" NOT NULL,

    CONSTRAINT "Alias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Statement" (
    "recordId" UUID NOT NULL,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("recordId")
);

-- CreateTable
CREATE TABLE "Conference" (
    "recordId" UUID NOT NULL,
    "kind" "ConferenceKind" NOT NULL,

    CONSTRAINT "Conference_pkey" PRIMARY KEY ("recordId")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "recordId" UUID NOT NULL,
    "kind" "OrganisationKind" NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("recordId")
);

-- CreateTable
CREATE TABLE "Initiative" (
    "recordId" UUID NOT NULL,
    "kind" "InitiativeKind" NOT NULL,
    "status" "InitiativeStatus" NOT NULL DEFAULT 'UNKNOWN',

    CONSTRAINT "Initiative_pkey" PRIMARY KEY ("recordId")
);

-- CreateTable
CREATE TABLE "Person" (
    "recordId" UUID NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("recordId")
);

-- CreateTable
CREATE TABLE "Country" (
    "recordId" UUID NOT NULL,
    "iso2" CHAR(2) NOT NULL,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("recordId")
);

-- CreateTable
CREATE TABLE "Source" (
    "recordId" UUID NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "url" VARCHAR(2000),
    "fileName" VARCHAR(200),
    "rawCapture" TEXT,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("recordId")
);

-- CreateTable
CREATE TABLE "SourceParagraph" (
    "id" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "anchor" VARCHAR(20) NOT NULL,
    "kind" "ParagraphKind" NOT NULL DEFAULT 'TEXT',

    CONSTRAINT "SourceParagraph_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParagraphText" (
    "id" UUID NOT NULL,
    "paragraphId" UUID NOT NULL,
    "locale" "Locale" NOT NULL,
    "text" TEXT NOT NULL,
    "status" "TextStatus" NOT NULL,
    "translatedBy" VARCHAR(200),
    "translatedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ParagraphText_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Link" (
    "id" UUID NOT NULL,
    "fromId" UUID NOT NULL,
    "toId" UUID NOT NULL,
    "role" "LinkRole" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Link_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Position" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "organisationId" UUID,
    "asOf" DATE,
    "validFrom" DATE,
    "validTo" DATE,

    CONSTRAINT "Position_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PositionText" (
    "id" UUID NOT NULL,
    "positionId" UUID NOT NULL,
    "locale" "Locale" NOT NULL,
    "title" VARCHAR(500) NOT NULL,
    "status" "TextStatus" NOT NULL,

    CONSTRAINT "PositionText_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" UUID NOT NULL,
    "paragraphId" UUID NOT NULL,
    "recordId" UUID,
    "linkId" UUID,
    "positionId" UUID,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" UUID NOT NULL,
    "recordId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "authorId" TEXT,
    "summary" VARCHAR(500),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Record_type_state_date_idx" ON "Record"("type", "state", "date");

-- CreateIndex
CREATE INDEX "Record_date_idx" ON "Record"("date");

-- CreateIndex
CREATE UNIQUE INDEX "Record_type_slug_key" ON "Record"("type", "slug");

-- CreateIndex
CREATE INDEX "RecordText_field_locale_idx" ON "RecordText"("field", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "RecordText_recordId_field_locale_key" ON "RecordText"("recordId", "field", "locale");

-- CreateIndex
CREATE INDEX "Alias_text_idx" ON "Alias"("text");

-- CreateIndex
CREATE UNIQUE INDEX "Alias_recordId_locale_text_key" ON "Alias"("recordId", "locale", "text");

-- CreateIndex
CREATE UNIQUE INDEX "Country_iso2_key" ON "Country"("iso2");

-- CreateIndex
CREATE UNIQUE INDEX "SourceParagraph_sourceId_anchor_key" ON "SourceParagraph"("sourceId", "anchor");

-- CreateIndex
CREATE UNIQUE INDEX "SourceParagraph_sourceId_position_key" ON "SourceParagraph"("sourceId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ParagraphText_paragraphId_locale_key" ON "ParagraphText"("paragraphId", "locale");

-- CreateIndex
CREATE INDEX "Link_toId_role_idx" ON "Link"("toId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Link_fromId_role_toId_key" ON "Link"("fromId", "role", "toId");

-- CreateIndex
CREATE INDEX "Position_personId_idx" ON "Position"("personId");

-- CreateIndex
CREATE INDEX "Position_organisationId_idx" ON "Position"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "PositionText_positionId_locale_key" ON "PositionText"("positionId", "locale");

-- CreateIndex
CREATE INDEX "Evidence_recordId_idx" ON "Evidence"("recordId");

-- CreateIndex
CREATE INDEX "Evidence_linkId_idx" ON "Evidence"("linkId");

-- CreateIndex
CREATE INDEX "Evidence_positionId_idx" ON "Evidence"("positionId");

-- CreateIndex
CREATE UNIQUE INDEX "Evidence_paragraphId_recordId_linkId_positionId_key" ON "Evidence"("paragraphId", "recordId", "linkId", "positionId");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_recordId_version_key" ON "Revision"("recordId", "version");

-- AddForeignKey
ALTER TABLE "RecordText" ADD CONSTRAINT "RecordText_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "Record"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alias" ADD CONSTRAINT "Alias_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "Record"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "Record"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conference" ADD CONSTRAINT "Conference_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "Record"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "Record"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "Record"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "Record"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Country" ADD CONSTRAINT "Country_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "Record"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "Record"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceParagraph" ADD CONSTRAINT "SourceParagraph_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("recordId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParagraphText" ADD CONSTRAINT "ParagraphText_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "SourceParagraph"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Link" ADD CONSTRAINT "Link_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Record"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Link" ADD CONSTRAINT "Link_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Record"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Record"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Record"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionText" ADD CONSTRAINT "PositionText_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "SourceParagraph"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "Record"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "Link"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "Record"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Evidence supports exactly one of a record, a link or a position (added by hand: Prisma cannot
-- express this, and its diff does not see CHECK constraints).
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_one_target_check" CHECK (num_nonnulls("recordId", "linkId", "positionId") = 1);
