-- CreateTable
CREATE TABLE "CacheTag" (
    "tag" TEXT NOT NULL,
    "stale" BIGINT,
    "expired" BIGINT,
    "seq" BIGSERIAL NOT NULL,

    CONSTRAINT "CacheTag_pkey" PRIMARY KEY ("tag")
);

-- CreateIndex
CREATE INDEX "CacheTag_seq_idx" ON "CacheTag"("seq");
