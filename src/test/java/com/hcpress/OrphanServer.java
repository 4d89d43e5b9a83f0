package com.hcpress;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Starts an embedded PostgreSQL and waits to be killed, leaving the server behind. */
public final class OrphanServer {

    static final String READY = "orphan-ready";

    private OrphanServer() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres.builder().setDataDirectory(Path.of(args[0])).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start();
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
