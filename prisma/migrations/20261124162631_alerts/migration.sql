-- CreateEnum
CREATE TYPE "AlertKind" AS ENUM ('SEARCH', 'RECORD');

-- CreateEnum
CREATE TYPE "AlertFrequency" AS ENUM ('IMMEDIATE', 'DAILY', 'WEEKLY');

-- CreateEnum
CREATE TYPE "AlertMessageKind" AS ENUM ('CONFIRMATION', 'ALREADY_SUBSCRIBED', 'MANAGE_LINK', 'DIGEST');

-- CreateEnum
CREATE TYPE "AlertMessageStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "AlertTokenPurpose" AS ENUM ('CONFIRM', 'MANAGE', 'UNSUBSCRIBE');

-- CreateTable
CREATE TABLE "AlertReader" (
    "id" UUID NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertReader_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertSubscription" (
    "id" UUID NOT NULL,
    "readerId" UUID NOT NULL,
    "kind" "AlertKind" NOT NULL,
    "key" VARCHAR(1000) NOT NULL,
    "query" JSONB,
    "targetId" UUID,
    "locale" "Locale" NOT NULL,
    "frequency" "AlertFrequency" NOT NULL,
    "confirmedAt" TIMESTAMPTZ(3),
    "nextDigestAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertEvent" (
    "id" BIGSERIAL NOT NULL,
    "recordId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertDelivery" (
    "subscriptionId" UUID NOT NULL,
    "recordId" UUID NOT NULL,
    "messageId" UUID,
    "queuedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertDelivery_pkey" PRIMARY KEY ("subscriptionId","recordId")
);

-- CreateTable
CREATE TABLE "AlertMessage" (
    "id" UUID NOT NULL,
    "readerId" UUID NOT NULL,
    "subscriptionId" UUID,
    "kind" "AlertMessageKind" NOT NULL,
    "locale" "Locale" NOT NULL,
    "status" "AlertMessageStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseUntil" TIMESTAMPTZ(3),
    "lastError" VARCHAR(1000),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),

    CONSTRAINT "AlertMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertToken" (
    "tokenHash" CHAR(64) NOT NULL,
    "purpose" "AlertTokenPurpose" NOT NULL,
    "readerId" UUID NOT NULL,
    "subscriptionId" UUID,
    "messageId" UUID,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertToken_pkey" PRIMARY KEY ("tokenHash")
);

-- CreateIndex
CREATE UNIQUE INDEX "AlertReader_email_key" ON "AlertReader"("email");

-- CreateIndex
CREATE INDEX "AlertSubscription_confirmedAt_idx" ON "AlertSubscription"("confirmedAt");

-- CreateIndex
CREATE INDEX "AlertSubscription_targetId_idx" ON "AlertSubscription"("targetId");

-- CreateIndex
CREATE UNIQUE INDEX "AlertSubscription_readerId_key_key" ON "AlertSubscription"("readerId", "key");

-- CreateIndex
CREATE INDEX "AlertDelivery_messageId_idx" ON "AlertDelivery"("messageId");

-- CreateIndex
CREATE INDEX "AlertDelivery_queuedAt_idx" ON "AlertDelivery"("queuedAt");

-- CreateIndex
CREATE INDEX "AlertMessage_status_nextAttemptAt_idx" ON "AlertMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "AlertMessage_readerId_createdAt_idx" ON "AlertMessage"("readerId", "createdAt");

-- CreateIndex
CREATE INDEX "AlertToken_readerId_idx" ON "AlertToken"("readerId");

-- CreateIndex
CREATE INDEX "AlertToken_expiresAt_idx" ON "AlertToken"("expiresAt");

-- AddForeignKey
ALTER TABLE "AlertSubscription" ADD CONSTRAINT "AlertSubscription_readerId_fkey" FOREIGN KEY ("readerId") REFERENCES "AlertReader"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertDelivery" ADD CONSTRAINT "AlertDelivery_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "AlertSubscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertDelivery" ADD CONSTRAINT "AlertDelivery_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "AlertMessage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertMessage" ADD CONSTRAINT "AlertMessage_readerId_fkey" FOREIGN KEY ("readerId") REFERENCES "AlertReader"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertMessage" ADD CONSTRAINT "AlertMessage_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "AlertSubscription"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertToken" ADD CONSTRAINT "AlertToken_readerId_fkey" FOREIGN KEY ("readerId") REFERENCES "AlertReader"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertToken" ADD CONSTRAINT "AlertToken_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "AlertSubscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertToken" ADD CONSTRAINT "AlertToken_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "AlertMessage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Added by hand: the database itself notes every record that becomes visible (published and not
-- deleted), in the same transaction as the change, whoever makes it (the editors' workflow, the
-- seed, a script). The alert job consumes these rows; nothing has to call it. See
-- docs/decisions (alert job).
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION alert_note_published() RETURNS trigger AS $$
BEGIN
  IF NEW."state" = 'PUBLISHED' AND NEW."deletedAt" IS NULL
     AND (TG_OP = 'INSERT' OR OLD."state" IS DISTINCT FROM 'PUBLISHED' OR OLD."deletedAt" IS NOT NULL) THEN
    INSERT INTO "AlertEvent" ("recordId") VALUES (NEW."id");
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER record_alert_insert AFTER INSERT ON "Record"
FOR EACH ROW EXECUTE FUNCTION alert_note_published();
CREATE TRIGGER record_alert_update AFTER UPDATE OF "state", "deletedAt" ON "Record"
FOR EACH ROW EXECUTE FUNCTION alert_note_published();
